// Download size and time to first frame of the web app, beside a minimal Dear ImGui + GLFW
// app built in the same web build with the same flags (bench/minimal_imgui).
//
//   node bench/web_size.mjs [--build build/web] [--runs 5] [--json]
//
// For each page: every file it loads (read from the browser's Resource Timing entries), raw,
// gzip -9 and brotli (quality 11) as node's zlib makes them, what scripts/serve.mjs actually
// sent (Chromium asks for brotli even over http://127.0.0.1), the totals;
// then the time to first frame: the median over --runs fresh page loads (a new browser
// context each, nothing cached) of the 'boomerang-first-frame' performance mark, which both
// loaders set when the first frame is drawn, measured from navigation start. Targets
//: the page at most 400 KB gzipped in total (KB = 1,000 bytes) and at most
// 1.3 × the minimal app's gzipped total. Prints numbers and PASS/FAIL lines; exits 0 either
// way (it is a benchmark, not a test). --json prints one JSON object instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { flag, option } from '../scripts/options.mjs';
import { launchBrowser, openPage, startSite, waitForReady } from '../tests/browser/harness.mjs';
import { WEB_BUILD as BUILD } from './browser_bench.mjs';

const RUNS = Number(option('--runs', 5));
const JSON_OUTPUT = flag('--json');
const LIMIT_GZIP_BYTES = 400_000;
const LIMIT_RATIO = 1.3;

const PAGES = [
  { name: 'boomerang', root: join(BUILD, 'site') },
  { name: 'minimal_imgui', root: join(BUILD, 'minimal_imgui') },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function sizes(file) {
  const body = readFileSync(file);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9, memLevel: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// One fresh load: the site-relative paths it requested, the bytes the server sent for each
// (Resource Timing's encodedBodySize) and the first-frame mark in ms from navigation start.
async function loadOnce(browser, url) {
  const { page, context, problems } = await openPage(browser, url);
  try {
    await waitForReady(page);
    const result = await page.evaluate(() => ({
      firstFrameMs: performance.getEntriesByName('boomerang-first-frame')[0]?.startTime,
      transfers: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .map((entry) => ({ url: entry.name, sent: entry.encodedBodySize })),
    }));
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    const origin = new URL(url).origin;
    const files = result.transfers
      .filter((t) => new URL(t.url).origin === origin)
      .map((t) => ({ path: new URL(t.url).pathname.replace(/\/$/, '/index.html').slice(1), sent: t.sent }));
    return { files, firstFrameMs: result.firstFrameMs };
  } finally {
    await context.close();
  }
}

async function measure(browser, { name, root }) {
  const site = await startSite(root);
  try {
    // A first, uncounted load lets the server compress each file once (brotli at quality 11
    // takes seconds on a large Wasm), as a static host would have done before any visitor.
    const warmUp = await loadOnce(browser, site.url);
    const loads = [];
    for (let run = 0; run < RUNS; run++) loads.push(await loadOnce(browser, site.url));
    const unique = new Map(warmUp.files.map((file) => [file.path, file]));
    const files = [...unique.values()].map(({ path, sent }) => ({ path, sent, ...sizes(join(root, path)) }));
    const total = { raw: 0, gzip: 0, brotli: 0, sent: 0 };
    for (const file of files) for (const key of Object.keys(total)) total[key] += file[key];
    const times = loads.map((load) => load.firstFrameMs);
    return { name, root, files, total, firstFrameMs: { median: median(times), runs: times } };
  } finally {
    site.server.close();
  }
}

const browser = await launchBrowser();
let report;
try {
  const [app, minimal] = [await measure(browser, PAGES[0]), await measure(browser, PAGES[1])];
  const ratio = {
    raw: app.total.raw / minimal.total.raw,
    gzip: app.total.gzip / minimal.total.gzip,
    brotli: app.total.brotli / minimal.total.brotli,
    firstFrame: app.firstFrameMs.median / minimal.firstFrameMs.median,
  };
  report = {
    build: BUILD, runs: RUNS, pages: [app, minimal], ratio,
    targets: {
      gzipTotal: { limitBytes: LIMIT_GZIP_BYTES, bytes: app.total.gzip, pass: app.total.gzip <= LIMIT_GZIP_BYTES },
      ratioToMinimal: { limit: LIMIT_RATIO, ratio: ratio.gzip, pass: ratio.gzip <= LIMIT_RATIO },
    },
  };
} finally {
  await browser.close();
}

if (JSON_OUTPUT) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const n = (value) => value.toLocaleString('en').padStart(11);
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  for (const page of report.pages) {
    console.log(`\n${page.name} (${page.root})`);
    console.log(`  ${'file'.padEnd(24)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'brotli'.padStart(11)}${'sent'.padStart(11)}`);
    for (const f of page.files) console.log(`  ${f.path.padEnd(24)}${n(f.raw)}${n(f.gzip)}${n(f.brotli)}${n(f.sent)}`);
    const t = page.total;
    console.log(`  ${'total'.padEnd(24)}${n(t.raw)}${n(t.gzip)}${n(t.brotli)}${n(t.sent)}`);
    console.log(`  time to first frame: median ${page.firstFrameMs.median.toFixed(0)} ms over ${report.runs} loads ` +
      `(${page.firstFrameMs.runs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
  }
  const { ratio, targets } = report;
  console.log(`\nboomerang / minimal: raw ${ratio.raw.toFixed(2)}×, gzip ${ratio.gzip.toFixed(2)}×, ` +
    `brotli ${ratio.brotli.toFixed(2)}×, time to first frame ${ratio.firstFrame.toFixed(2)}×`);
  console.log(`${targets.gzipTotal.pass ? 'PASS' : 'FAIL'}: gzipped total ${kb(targets.gzipTotal.bytes)} ≤ ${kb(LIMIT_GZIP_BYTES)}`);
  console.log(`${targets.ratioToMinimal.pass ? 'PASS' : 'FAIL'}: gzipped total ${ratio.gzip.toFixed(2)}× the minimal app's ≤ ${LIMIT_RATIO}×`);
}
