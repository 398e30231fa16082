// Model evaluations per second in headless Chromium: the capacity model in WebAssembly beside
// the same formulas in plain JavaScript, in one page, in alternating batches; then the whole
// model and a Monte Carlo of 20,000 draws in WebAssembly.
//
//   node bench/browser_models.mjs [--json] [--build DIR]   (after scripts/build.sh web)
//
// The page is bench/wasm/ with two builds of bench/wasm/model_bench_wasm.cpp that the web
// build puts in build/web/model_bench/: the models compiled as the app compiles them (-O2
// outside link-time optimisation, cmake/web_size.cmake) and at -O3. Before timing anything the page checks that
// wasm and JavaScript give the same outputs for the same inputs, and fails if any output
// differs by more than 1e-9 relatively. Prints numbers; no assertions on speed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { flag } from '../scripts/options.mjs';
import { openPage, withSiteAndBrowser } from '../tests/browser/harness.mjs';
import { WEB_BUILD as buildDir } from './browser_bench.mjs';

const MAX_RELATIVE_DIFFERENCE = 1e-9;

const json = flag('--json');
const page = join(buildDir, 'model_bench', 'index.html');
if (!existsSync(join(buildDir, 'model_bench', 'model_bench_o3.wasm'))) {
  console.error(`no model bench page in ${join(buildDir, 'model_bench')}: build it with scripts/build.sh web`);
  process.exit(1);
}

const format = (perSecond) => Math.round(perSecond).toLocaleString('en');

const results = await withSiteAndBrowser(buildDir, async ({ site, browser }) => {
  const { page: tab, problems } = await openPage(browser, `${site.url}model_bench/?driver`);
  await tab.waitForFunction(() => window.modelBench, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`the bench page did not start (${page}): ${problems.join('; ') || 'no error reported'}`);
  });
  // The page throws, before timing anything, if wasm and JS disagree.
  const measured = await tab.evaluate((max) => window.modelBench.run({ maxRelativeDifference: max }), MAX_RELATIVE_DIFFERENCE);
  measured.chromium = browser.version();
  return measured;
}).catch((error) => {
  console.error(`FAILED: ${error.message.replace(/^page\.evaluate: Error: /, '').split('\n')[0]}`);
  process.exitCode = 1;
  return null;
});
if (!results) process.exit();

const { check, capacity, scenario, monteCarlo } = results;
if (json) {
  console.log(JSON.stringify({ ...results, maxAllowedDifference: MAX_RELATIVE_DIFFERENCE }, null, 2));
} else {
  const line = (name, value, unit, note = '') => console.log(`${name.padEnd(44)} ${value.padStart(12)} ${unit}${note && `  ${note}`}`);
  const ratio = (r) => `(per round: ${r.perRound.map((x) => x.toFixed(2)).join(', ')})`;
  console.log(`Chromium ${results.chromium}, one page, ${capacity.js.rounds} rounds of ` +
    `${capacity.js.batchEvaluations.toLocaleString('en')} evaluations per side, medians:`);
  console.log(`wasm and JS agree: max relative difference ${check.maxRelativeDifference.toExponential(2)} over ` +
    `${check.outputs} outputs of ${check.inputs.toLocaleString('en')} inputs ` +
    `(batch checksums ${check.maxChecksumDifference.toExponential(2)})`);
  for (const key of ['wasm', 'wasm_o3', 'js']) {
    line(`evaluate_capacity, ${capacity.labels[key]}`, format(capacity[key].perSecond), 'evaluations/s');
  }
  line('wasm (app flags) / JavaScript', capacity.wasmOverJs.median.toFixed(2), 'x', ratio(capacity.wasmOverJs));
  line('wasm (-O3) / JavaScript', capacity.wasmO3OverJs.median.toFixed(2), 'x', ratio(capacity.wasmO3OverJs));
  line('wasm (-O3) / wasm (app flags)', capacity.wasmO3OverWasm.median.toFixed(2), 'x', ratio(capacity.wasmO3OverWasm));
  for (const [key, label] of [['wasm', 'app flags'], ['wasm_o3', '-O3']]) {
    line(`evaluate (whole scenario), wasm (${label})`, format(scenario[key].perSecond), 'evaluations/s');
  }
  for (const [key, label] of [['wasm', 'app flags'], ['wasm_o3', '-O3']]) {
    line(`Monte Carlo, ${monteCarlo.samples.toLocaleString('en')} draws, wasm (${label})`, monteCarlo[key].ms.toFixed(2), 'ms',
      `(median of ${monteCarlo.runs}; P50 $${monteCarlo[key].p50.toFixed(4)}/GPU-hour)`);
  }
  for (const [key, label] of [['wasm', 'app flags'], ['wasm_o3', '-O3']]) {
    line(`evaluate_book, 200 deals, 60 companies, wasm (${label})`, results.book[key].ms.toFixed(2), 'ms',
      `(median of ${results.book.runs}; target 2 ms)`);
  }
  for (const entry of results.large) {
    for (const [key, label] of [['wasm', 'app flags'], ['wasm_o3', '-O3']]) {
      line(`${entry.label}, wasm (${label})`, entry[key].ms.toFixed(1), 'ms', `(median of ${entry.runs})`);
    }
  }
}
