// Writes BENCHMARKS.md from one run of scripts/bench.sh, and prints the same figures.
//
//   node bench/report.mjs --results build/bench-results --out BENCHMARKS.md
//
// Reads what scripts/bench.sh left in the results folder: native_models.txt (the output of
// build/native/bench/boomerang_bench_models), browser_models.json, browser_frame_time.json,
// web_size.json (each from its script's --json), status.txt ("name ok|failed|missing" lines)
// and loadavg-start.txt. Adds the machine: CPU, cores, RAM, OS, compilers, Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from '../scripts/options.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const resultsDir = resolve(ROOT, option('--results', 'build/bench-results'));
const outFile = resolve(ROOT, option('--out', 'BENCHMARKS.md'));

// ---- Inputs ------------------------------------------------------------------------------

const read = (name) => (existsSync(join(resultsDir, name)) ? readFileSync(join(resultsDir, name), 'utf8') : null);
const readJson = (name) => {
  const text = read(name);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
const status = Object.fromEntries((read('status.txt') || '').trim().split('\n').filter(Boolean)
  .map((line) => line.split(/\s+/)));

const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
};
const cacheValue = (buildDir, key) => {
  const cache = join(ROOT, buildDir, 'CMakeCache.txt');
  if (!existsSync(cache)) return null;
  const line = readFileSync(cache, 'utf8').split('\n').find((l) => l.startsWith(`${key}:`));
  return line ? line.slice(line.indexOf('=') + 1) : null;
};

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = (cpuinfo.match(/^model name\s*:\s*(.+)$/m) || [])[1] || os.cpus()[0]?.model || 'unknown';
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const osName = (osRelease.match(/^PRETTY_NAME="?([^"\n]+)"?$/m) || [])[1] || os.type();
  const cxx = cacheValue('build/native', 'CMAKE_CXX_COMPILER') || 'c++';
  return {
    cpu,
    cores: os.cpus().length,
    ramGiB: os.totalmem() / 2 ** 30,
    os: `${osName}, Linux ${os.release()}`,
    compiler: (run(cxx, ['--version']) || 'unknown').split('\n')[0],
    nativeBuildType: cacheValue('build/native', 'CMAKE_BUILD_TYPE') || 'unknown',
    emscripten: `Emscripten ${((run('emcc', ['--version']) || '').match(/\d+\.\d+\.\d+/) || ['unknown'])[0]}`,
    webOpt: cacheValue('build/web', 'BOOMERANG_WEB_OPT'),
    webLto: cacheValue('build/web', 'BOOMERANG_WEB_LTO'),
    node: process.version,
    commit: run('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']) || 'unknown',
    loadStart: (read('loadavg-start.txt') || '').split(' ').slice(0, 3).join(' '),
    loadEnd: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

// "evaluate_capacity   11738253 evaluations/s  (checksum 403517)", "Monte Carlo, ... 3.228 ms"
function parseNative(text) {
  if (!text) return null;
  const rates = {};
  const times = {};
  for (const line of text.split('\n')) {
    let match = line.match(/^(.+?)\s+([\d.]+) evaluations\/s/);
    if (match) rates[match[1].trim()] = Number(match[2]);
    match = line.match(/^(.+?)\s+([\d.]+) ms\s*$/);
    if (match) times[match[1].trim()] = Number(match[2]);
  }
  // "boomerang ratios, 1000 companies, 5000 flows   22.9 ms  (checksum …)"
  const large = {};
  for (const line of text.split('\n')) {
    const match = line.match(/^((?:boomerang ratios|evaluate_book), [^()]*?)\s+([\d.]+) ms\s+\(checksum/);
    if (match) large[match[1].trim()] = Number(match[2]);
  }
  const monteCarloKey = Object.keys(times).find((k) => k.startsWith('Monte Carlo'));
  const bookKey = Object.keys(times).find((k) => k.startsWith('evaluate_book'));
  return { rates, times, monteCarloKey, bookKey, large };
}

// ---- Formatting -----------------------------------------------------------------------------

const perSecond = (x) => `${Math.round(x).toLocaleString('en')} /s`;
const ms = (x, digits = 2) => (x == null ? 'n/a' : `${x.toFixed(digits)} ms`);
const times = (x) => `${x.toFixed(2)}×`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
// `align`: one letter a column, l or r (numbers), e.g. 'lrl'.
const table = (header, rows, align = 'l' + 'r'.repeat(header.length - 1)) => [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');

// web_size.mjs's JSON shape is its own: show every number it reports, by its path.
function flatten(value, prefix = '', rows = []) {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, rows);
  } else if (value !== null && value !== undefined) {
    rows.push([`\`${prefix}\``, typeof value === 'number' ? String(Number(value.toPrecision(6))) : String(value)]);
  }
  return rows;
}

const sectionStatus = (name, what) => {
  const state = status[name];
  if (state === 'failed') return `**${what} failed in this run** (log: \`${join(resultsDir, `${name}.log`).replace(`${ROOT}/`, '')}\`).`;
  if (state === 'missing') return `**Not measured in this run**: ${what} was not available.`;
  return `**No result** for ${what}.`;
};

// ---- The report -----------------------------------------------------------------------------

const m = machine();
const native = parseNative(read('native_models.txt'));
const models = readJson('browser_models.json');
const frames = readJson('browser_frame_time.json');
const size = readJson('web_size.json');
const largeBook = readJson('browser_large_book.json');
const date = new Date();
const chromium = models?.chromium || frames?.chromium || 'unknown';

let goalsTable = '';
const md = [];
md.push('# Benchmarks', '');
md.push(`Figures from one run of \`scripts/bench.sh\` on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC ` +
  `(commit \`${m.commit}\` plus the working tree). Regenerate with \`scripts/bench.sh\`; raw results of the ` +
  'run are in `build/bench-results/`. Absolute figures depend on the machine and its load; the ratios ' +
  'are measured side by side in one page (or one script), so they hold better on a noisy machine.', '');
// ---- Goals: each measured as a ratio side by side in this run, or against a fixed limit ------
{
  const rows = [];
  const verdict = (ok) => (ok == null ? 'not measured' : ok ? 'met' : '**missed**');
  const goal = (what, value, target, ok, how) => rows.push([what, value, target, verdict(ok), how]);
  const capacity = models?.capacity;
  goal('Model evaluations/s in the page, wasm ÷ plain JavaScript', capacity ? times(capacity.wasmOverJs.median) : 'n/a', '≥ 2.5×',
    capacity ? capacity.wasmOverJs.median >= 2.5 : null, '`evaluate_capacity`, app flags, same page and inputs, checked equal first');
  const mcNative = native?.monteCarloKey ? native.times[native.monteCarloKey] : null;
  const mcRatio = models && mcNative ? models.monteCarlo.wasm.ms / mcNative : null;
  goal('Monte Carlo of 20,000 draws, wasm ÷ native time', mcRatio ? times(mcRatio) : 'n/a', '≤ 1.5×', mcRatio ? mcRatio <= 1.5 : null,
    'medians, one after the other in this run');
  const firstFrame = size?.ratio?.firstFrame;
  goal('Time to first frame, app ÷ minimal Dear ImGui app', typeof firstFrame === 'number' ? times(firstFrame) : 'n/a', '≤ 1.3×',
    typeof firstFrame === 'number' ? firstFrame <= 1.3 : null, 'fresh browser context, median of the loads');
  const appPage = size?.pages?.find((page) => page.name === 'boomerang');
  const brotli = size?.ratio?.brotli;
  goal('Bytes sent (brotli), app ÷ minimal app', typeof brotli === 'number' ? times(brotli) : 'n/a', '≤ 2.2×',
    typeof brotli === 'number' ? brotli <= 2.2 : null, 'every file the page loads');
  goal('Bytes sent (brotli), app in all', appPage ? kb(appPage.total.brotli) : 'n/a', '≤ 300 KB',
    appPage ? appPage.total.brotli <= 300_000 : null, 'every file the page loads');
  goal('Book evaluation, 200 deals and 60 companies, in the page', models?.book ? ms(models.book.wasm.ms, 1) : 'n/a', '≤ 2 ms',
    models?.book ? models.book.wasm.ms <= 2 : null, 'bench/random_book.hpp, app flags');
  const web = models?.large?.find((entry) => entry.label.startsWith('boomerang ratios, 1,000'));
  goal('All boomerang ratios, 1,000 companies and 5,000 flows, in the page', web ? ms(web.wasm.ms, 1) : 'n/a', '≤ 50 ms',
    web ? web.wasm.ms <= 50 : null, 'random web, pass-on 0.9, app flags; the whole book of 5,000 deals is in "Large webs"');
  const cap = (readFileSync(join(ROOT, 'src/model/network.hpp'), 'utf8').match(/max_network_companies = ([\d']+)/) || [])[1];
  const capValue = cap ? Number(cap.replace(/'/g, '')) : null;
  goal('Companies a network may hold', capValue ? capValue.toLocaleString('en') : 'n/a', 'no cap below 10,000',
    capValue ? capValue >= 10_000 : null, '`max_network_companies`, as the book\'s `max_book_companies`');
  const dealWeb = frames?.dealWebDrag;
  goal('Frame CPU while dragging a value of the deal web book, median / p99',
    dealWeb?.frames ? `${ms(dealWeb.median)} / ${ms(dealWeb.p99)}` : 'n/a', '≤ 4 ms / ≤ 8 ms',
    dealWeb?.frames ? dealWeb.median <= 4 && dealWeb.p99 <= 8 : null, 'bench/browser_frame_time.mjs');
  goal('Frames drawn at rest', frames?.rest ? String(frames.rest.frames) : 'n/a', '0', frames?.rest ? frames.rest.frames === 0 : null,
    `no input for ${frames?.rest?.seconds ?? 'n/a'} s`);
  const memory = frames?.memory?.afterDealWebAndViewsBytes;
  goal('Wasm memory after opening the deal web and every tab', memory ? `${(memory / 2 ** 20).toFixed(1)} MiB` : 'n/a', '≤ 32 MB',
    memory ? memory <= 32e6 : null, 'the module\'s memory buffer');
  // The largest books the app accepts (its own limits, which the page takes): shown, and the
  // longest the tab went without a frame. A book it refused counts against the goal.
  const largeCases = largeBook?.cases || [];
  const accepted = largeCases.filter((c) => c.opened && !c.error);
  const notOpened = largeCases.length - accepted.length;
  const what = 'The largest book the app accepts, as a file and as a link: shown after';
  if (accepted.length) {
    const slowest = Math.max(...accepted.map((c) => c.shownMs));
    const frozen = Math.max(...accepted.map((c) => c.longestGapUntilQuietMs));
    const worst = `worst of ${accepted.length} cases${notOpened ? ` (${notOpened} not opened)` : ''}`;
    goal(what, ms(slowest, 0), '≤ 1 s', slowest <= 1000 && !notOpened, `${worst} (bench/browser_large_book.mjs)`);
    goal('… and the longest the tab went without a frame', ms(frozen, 0), 'never frozen', frozen <= 100,
      'longest gap between animation frames until the page was quiet; 100 ms counts as frozen');
  } else {
    goal(what, notOpened ? 'none opened' : 'n/a', '≤ 1 s', notOpened ? false : null, 'bench/browser_large_book.mjs');
  }
  goalsTable = table(['what', 'this run', 'goal', '', 'how'], rows, 'lrrll');
}
md.push('## Goals', '');
md.push('Each figure below is measured in this run; the sections after it say how. A missed goal is explained in ' +
  'docs/PERFORMANCE.md, with what was tried.', '');
md.push(goalsTable, '');

md.push('## Machine', '');
md.push(table(['what', 'this run'], [
  ['CPU', `${m.cpu}, ${m.cores} cores`],
  ['RAM', `${m.ramGiB.toFixed(1)} GiB`],
  ['OS', m.os],
  ['native compiler', `${m.compiler} (build/native, ${m.nativeBuildType})`],
  ['Emscripten', `${m.emscripten}${m.webOpt ? ` (build/web: ${m.webOpt}${m.webLto === 'ON' ? ' -flto' : ''})` : ''}`],
  ['browser', `Chromium ${chromium}, headless, software WebGL (SwiftShader)`],
  ['Node.js', m.node],
  ['load average (1, 5, 15 min)', `${m.loadStart || 'n/a'} at the start, ${m.loadEnd} at the end`],
], 'll'), '');

md.push('## Model evaluations per second', '');
if (native) {
  md.push('**Native** (`build/native/bench/boomerang_bench_models`, bench/model_bench.cpp): 20,000 calls per ' +
    'timing, median of 9 timings; each call varies one input so none is skipped.', '');
  md.push(table(['model', 'evaluations/s'], Object.entries(native.rates).map(([k, v]) => [`\`${k}\``, perSecond(v)])), '');
} else {
  md.push(sectionStatus('native_models', 'the native model benchmark'), '');
}
if (models) {
  const { capacity, scenario, check } = models;
  md.push(`**WebAssembly beside JavaScript, in one page** (\`bench/browser_models.mjs\`, page bench/wasm/): ` +
    '`evaluate_capacity` in two wasm builds of bench/wasm/model_bench_wasm.cpp, the models compiled as the app ' +
    'compiles them (-O2 outside link-time optimisation, cmake/web_size.cmake) and at -O3, and the same formulas written in plain ' +
    'JavaScript (bench/js/capacity_model.mjs). Each round times one batch of each side back to back, in a ' +
    `rotating order, on the same varied inputs (every sizing mode, both scopes, a zero cost of capital); ` +
    `${capacity.js.rounds} rounds of ${capacity.js.batchEvaluations.toLocaleString('en')} evaluations, ` +
    'medians. Before timing, the page checks that wasm and JavaScript give the same 16 outputs on ' +
    `${check.inputs.toLocaleString('en')} inputs: largest relative difference ` +
    `${check.maxRelativeDifference.toExponential(1)} (allowed 1e-9).`, '');
  md.push(table(['side', 'evaluate_capacity evaluations/s', 'evaluate (whole scenario) evaluations/s'], [
    [capacity.labels.wasm, perSecond(capacity.wasm.perSecond), perSecond(scenario.wasm.perSecond)],
    [capacity.labels.wasm_o3, perSecond(capacity.wasm_o3.perSecond), perSecond(scenario.wasm_o3.perSecond)],
    [capacity.labels.js, perSecond(capacity.js.perSecond), 'not written in JS'],
  ]), '');
} else {
  md.push(sectionStatus('browser_models', 'the browser model benchmark'), '');
}

md.push('## Monte Carlo, 20,000 draws', '');
md.push('Cost per GPU-hour over three capacity inputs (hardware cost per GW triangular, utilisation and cost of ' +
  `capital uniform), seed 1: the same work natively (median of 9 runs) and in wasm (median of ${models?.monteCarlo.runs ?? 'n/a'} ` +
  'runs, the two builds alternating).', '');
{
  const rows = [];
  if (native?.monteCarloKey) rows.push(['native', ms(native.times[native.monteCarloKey])]);
  if (models) {
    rows.push([models.capacity.labels.wasm, ms(models.monteCarlo.wasm.ms, 1)]);
    rows.push([models.capacity.labels.wasm_o3, ms(models.monteCarlo.wasm_o3.ms, 1)]);
  }
  md.push(rows.length ? table(['where', 'time'], rows) : sectionStatus('browser_models', 'the Monte Carlo benchmark'), '');
  if (models) md.push('Chromium\'s `performance.now()` has 0.1 ms resolution here, hence one decimal.', '');
}

md.push('## A book of 200 deals among 60 companies', '');
md.push('`evaluate_book` on a random book (bench/random_book.hpp, seed 1: capacity purchases with binding parts, ' +
  'rentals with notice, vendor financing per GW, warrants), as the app evaluates on every edit: every deal, the ' +
  'network with both attribution rules, commitments and timelines. Target: under 2 ms in the browser.', '');
{
  const rows = [];
  if (native?.bookKey) rows.push(['native', ms(native.times[native.bookKey])]);
  if (models?.book) {
    rows.push([models.capacity.labels.wasm, ms(models.book.wasm.ms, 1)]);
    rows.push([models.capacity.labels.wasm_o3, ms(models.book.wasm_o3.ms, 1)]);
  }
  md.push(rows.length ? table(['where', 'time'], rows) : sectionStatus('browser_models', 'the book benchmark'), '');
}

md.push('## Large webs', '');
md.push('Every boomerang ratio of a random web (bench/random_network.hpp: flows between random pairs, amounts ' +
  '$100M–$100B, every company passing on 90%), solved by the sparse first-return solver (docs/models/network.md, ' +
  '"All companies at once"), and whole random books (bench/random_book.hpp) of thousands of deals. Natively ' +
  '(bench/model_bench.cpp, median of 9) and in the page (bench/browser_models.mjs, medians of the runs shown). ' +
  'The dense solver before it took 1.7 s for 300 companies and 1,500 flows and 3 min 6 s for 1,000 and 5,000, natively.', '');
{
  const nativeLarge = native?.large || {};
  // Native labels print counts without separators; the page's with them.
  const key = (label) => label.replace(/(\d),(\d{3})/g, '$1$2');
  const rows = (models?.large || []).map((entry) => [entry.label, ms(nativeLarge[key(entry.label)] ?? null, 1),
    ms(entry.wasm.ms, 1), ms(entry.wasm_o3.ms, 1), String(entry.runs)]);
  md.push(rows.length ? table(['work', 'native', 'wasm (app flags)', 'wasm (-O3)', 'runs in the page'], rows, 'lrrrr')
    : sectionStatus('browser_models', 'the large-web benchmark'), '');
}

md.push('## The largest books', '');
if (largeBook?.cases?.length) {
  const l = largeBook.limits;
  const mib = (bytes) => `${(bytes / 2 ** 20).toLocaleString('en', { maximumFractionDigits: 2 })} MiB`;
  md.push('`bench/browser_large_book.mjs`: random books (a JavaScript port of bench/random_book.hpp, each checked with ' +
    '`boomerang-cli check`) as large as the app accepts, opened as a user would (the Import button\'s file chooser, ' +
    'a fresh page on a `#b1.` link, `location.hash` on an open page). The page takes the app\'s own limits, which the bench ' +
    `reads from the app: a file, or what a link unpacks to, of at most ${mib(l.bookBytes)}, and a link of at most ` +
    `${l.linkChars.toLocaleString('en')} characters; the format allows ${l.deals.toLocaleString('en')} deals and ` +
    `${l.companies.toLocaleString('en')} companies. Each book has as many deals as the first limit it meets allows ("binds": ` +
    'the format\'s deals, the bytes of JSON or a link\'s characters). Times in ms from the open action; "gap" is the ' +
    'longest time between two animation frames until the page was quiet.', '');
  md.push(table(['case', 'deals', 'companies', 'JSON', 'binds', 'opened', 'shown', 'ratios done', 'frames', 'longest frame CPU', 'gap',
    'wasm memory'],
    largeBook.cases.map((c) => [c.name, String(c.deals), String(c.companies), `${(c.bytes / 1024).toFixed(0)} KiB`, c.boundBy?.limit ?? '-',
      c.error ? `error: ${c.error}` : c.opened ? 'yes' : c.refusal ? `refused: ${c.refusal}` : 'no', c.shownMs == null ? '-' : ms(c.shownMs, 0),
      c.opened && c.ratiosMs != null ? ms(c.ratiosMs, 0) : '-', String(c.frames ?? '-'),
      c.maxFrameCpuMs == null ? '-' : ms(c.maxFrameCpuMs, 1), c.longestGapUntilQuietMs == null ? '-' : ms(c.longestGapUntilQuietMs, 0),
      c.memoryBytes ? `${(c.memoryBytes / 2 ** 20).toFixed(0)} MiB` : '-'])), '');
} else {
  md.push(sectionStatus('browser_large_book', 'the large-book benchmark'), '');
}

md.push('## Frame CPU time in the browser', '');
if (frames) {
  const { rest, idle, drag, viewport } = frames;
  const row = (name, s, how) => [name, s.frames, ms(s.median), ms(s.p90), ms(s.p99), ms(s.max), how];
  md.push(`The web app in headless Chromium at ${viewport.width}×${viewport.height} (\`bench/browser_frame_time.mjs\`). ` +
    'CPU time of a frame as the app measures it (events, GUI, models, charts, draw submission), read back ' +
    'through `window.boomerang.frameTimes()`.', '');
  const dealWeb = frames.dealWebDrag;
  md.push(table(['state', 'frames', 'median', 'p90', 'p99', 'max', 'how it was measured'], [
    row('at rest', rest, `no input for ${rest.seconds} s: ${rest.framesPerSecond.toFixed(1)} frames/s drawn, ` +
      `${rest.cpuMsPerSecond.toFixed(1)} ms of CPU per second`),
    row('idle frame', idle, `pointer moved 1 px back and forth ${idle.pointerMoves} times over an empty area: ` +
      'the loop wakes, nothing changes'),
    row('dragging', drag, `"Capacity (IT power)" scrubbed by its label, ${drag.pointerMoves} moves of 1 px ` +
      `(${drag.fromGw} → ${drag.toGw.toFixed(1)} GW): models, UI and charts redone every frame`),
    ...(dealWeb?.frames ? [row('dragging in the deal web', dealWeb, `the "deal-web" preset opened, ${dealWeb.label.replace(/\.label$/, '')} ` +
      `scrubbed by its label from ${dealWeb.from} to ${Number(dealWeb.to.toPrecision(3))}: the whole book and its network redone every frame`)] : []),
  ], 'lrrrrrl'), '');
  if (frames.memory) {
    const mib = (bytes) => (bytes ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : 'n/a');
    md.push(`WebAssembly memory (\`window.boomerang.memoryBytes()\`): ${mib(frames.memory.atStartBytes)} once the page is ready, ` +
      `${mib(frames.memory.afterDealWebAndViewsBytes)} after the deal web and every view (${frames.memory.views?.shown ?? 'n/a'} shown).`, '');
  }
  md.push(`Target: median under 4 ms while dragging — ${frames.targetMet ? 'met' : 'missed'}.`, '');
} else {
  md.push(sectionStatus('browser_frame_time', 'the frame-time benchmark'), '');
}

md.push('## Headline parser', '');
{
  const parse = readJson('browser_parse.json');
  const nativeParse = read('native_parse.txt');
  const perSentence = nativeParse?.match(/one sentence[^:]*:\s*([\d.]+) ms/);
  const perParagraph = nativeParse?.match(/10 KB paragraph:\s*([\d.]+) ms/);
  const rows = [];
  if (perSentence && perParagraph) rows.push(['native (`boomerang_bench_parse`)', ms(Number(perSentence[1]), 3), ms(Number(perParagraph[1]), 2)]);
  if (parse) rows.push(['in the page (`bench/browser_parse.mjs`)', ms(parse.sentence.ms, 3), ms(parse.paragraph10kb.ms, 2)]);
  md.push('`parse::read_headline` on the 178 sentences of tests/parse/corpus.json and on 10 KB paragraphs made of ' +
    'them, median of 9 passes. Goal: under 1 ms per sentence in the browser' +
    (parse ? ` — ${parse.goalMet ? 'met' : 'missed'}.` : '.'), '');
  md.push(rows.length ? table(['where', 'per sentence', 'per 10 KB paragraph'], rows, 'lrr')
    : sectionStatus('browser_parse', 'the parser benchmarks'), '');
}

md.push('## Transfer size and time to first frame', '');
if (size?.pages?.every((page) => page.total && page.firstFrameMs)) {
  md.push('`bench/web_size.mjs`: the release page beside a minimal Dear ImGui + GLFW app built in the same web ' +
    'build with the same flags (bench/minimal_imgui), in one run. Sizes: every file the page loads, raw, ' +
    'gzip -9 and brotli 11 as Node\'s zlib makes them, and what the server sent (KB = 1,000 bytes). Time to ' +
    `first frame: from navigation start to the first frame drawn, median of ${size.runs} fresh loads ` +
    '(new browser context, nothing cached) from a local server.', '');
  md.push(table(['page', 'files', 'raw', 'gzip -9', 'brotli', 'sent', 'time to first frame'], size.pages.map((page) => [
    page.name, page.files.map((f) => `\`${f.path}\``).join(', '), kb(page.total.raw), kb(page.total.gzip),
    kb(page.total.brotli), kb(page.total.sent), ms(page.firstFrameMs.median, 0),
  ]), 'llrrrrr'), '');
  const { gzipTotal, ratioToMinimal } = size.targets || {};
  if (gzipTotal && ratioToMinimal) {
    md.push(`Targets: gzipped total at most ${kb(gzipTotal.limitBytes)} — ${gzipTotal.pass ? 'met' : 'missed'} ` +
      `(${kb(gzipTotal.bytes)}); at most ${ratioToMinimal.limit}× the minimal app's — ` +
      `${ratioToMinimal.pass ? 'met' : 'missed'} (${times(ratioToMinimal.ratio)}).`, '');
  }
} else if (size) {
  md.push('`bench/web_size.mjs`: the release page beside a minimal Dear ImGui app built with the same flags, ' +
    'side by side in one run. Every figure it reported:', '');
  md.push(table(['figure', 'value'], flatten(size), 'll'), '');
} else {
  md.push(sectionStatus('web_size', '`bench/web_size.mjs`'), '');
}

md.push('## Ratios', '');
{
  const rows = [];
  if (models) {
    const { capacity } = models;
    const perRound = (r) => `${r.perRound.length} rounds, from ${Math.min(...r.perRound).toFixed(2)} to ${Math.max(...r.perRound).toFixed(2)}`;
    rows.push(['wasm (app flags) ÷ JavaScript, `evaluate_capacity`', times(capacity.wasmOverJs.median), `same page, median of ${perRound(capacity.wasmOverJs)}`]);
    rows.push(['wasm (-O3) ÷ JavaScript, `evaluate_capacity`', times(capacity.wasmO3OverJs.median), `same page, median of ${perRound(capacity.wasmO3OverJs)}`]);
    rows.push(['wasm (-O3) ÷ wasm (app flags), `evaluate_capacity`', times(capacity.wasmO3OverWasm.median), `same page, median of ${perRound(capacity.wasmO3OverWasm)}`]);
    rows.push(['Monte Carlo, wasm (app flags) ÷ wasm (-O3) time', times(models.monteCarlo.wasm.ms / models.monteCarlo.wasm_o3.ms), 'same page, alternating runs']);
    if (native?.monteCarloKey) {
      rows.push(['Monte Carlo, wasm (app flags) ÷ native time', times(models.monteCarlo.wasm.ms / native.times[native.monteCarloKey]),
        'same work, measured one after the other in this run (not side by side)']);
    }
  }
  if (size?.ratio) {
    for (const [key, what] of [['gzip', 'gzipped transfer'], ['brotli', 'brotli transfer'], ['raw', 'raw size'], ['firstFrame', 'time to first frame']]) {
      if (typeof size.ratio[key] === 'number') {
        rows.push([`${what}, app ÷ minimal Dear ImGui app`, times(size.ratio[key]), 'web_size.mjs, both pages in one run']);
      }
    }
  }
  if (frames?.drag?.median && frames?.idle?.median) {
    rows.push(['frame CPU, dragging ÷ idle frame (medians)', times(frames.drag.median / frames.idle.median), 'same page, one after the other']);
  }
  md.push(rows.length ? table(['ratio', 'value', 'how it was measured'], rows, 'lrl') : 'No ratios: the benchmarks behind them did not run.', '');
}

const failedNames = Object.entries(status).filter(([, s]) => s !== 'ok').map(([n, s]) => `${n} (${s})`);
if (failedNames.length) md.push(`Not complete: ${failedNames.join(', ')}.`, '');

const text = `${md.join('\n').trimEnd()}\n`;
writeFileSync(outFile, text);
console.log(text);
console.log(`written to ${outFile.replace(`${ROOT}/`, '')}`);
