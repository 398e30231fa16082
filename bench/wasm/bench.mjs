// The bench page's script: times the capacity model in WebAssembly and in plain JavaScript
// (capacity_model.mjs, copied from bench/js/) in the same page, by the same clock, in
// alternating batches. Two WebAssembly builds of bench/wasm/model_bench_wasm.cpp:
//   model_bench_app.js  the models compiled as the app compiles them (-O2, no LTO)
//   model_bench_o3.js   the models at -O3
//
// window.modelBench.run(options) returns every figure; bench/browser_models.mjs calls it in
// headless Chromium. Opened by hand, the page runs once with the defaults and shows a table.
import { OUTPUT_KEYS, benchCapacity, capacityInputs, evaluateCapacity } from './capacity_model.mjs';

const DEFAULTS = {
  // Many short rounds rather than a few long ones: a burst of load from another process
  // then spoils a few rounds, and the median ignores them.
  rounds: 11,           // timed batches per side; each round runs every side once, in turn
  minBatchMs: 50,       // a batch lasts at least this long, far above the clock's resolution
  checkCount: 10_000,   // inputs on which wasm and JS must agree, output by output...
  maxRelativeDifference: 1e-9,  // ...this well, or nothing is timed
  monteCarloRuns: 11,
};

const BUILDS = [
  { key: 'wasm', label: 'wasm (app flags)', create: () => window.createModelBench_app() },
  { key: 'wasm_o3', label: 'wasm (-O3)', create: () => window.createModelBench_o3() },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const relativeDifference = (a, b) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

function time(work) {
  const start = performance.now();
  const checksum = work();
  return { ms: performance.now() - start, checksum };
}

// Doubles the batch until one lasts minBatchMs; the doublings also warm up the JIT.
function calibrate(work, minBatchMs) {
  for (let count = 1000; ; count *= 2) {
    if (time(() => work(0, count)).ms >= minBatchMs || count >= 1 << 26) return count;
  }
}

// Largest relative difference between wasm and JS over every output of `count` inputs.
function agreement(module, count) {
  const outputCount = module._bench_capacity_output_count();
  if (outputCount !== OUTPUT_KEYS.length) {
    throw new Error(`wasm has ${outputCount} capacity outputs, JS ${OUTPUT_KEYS.length}`);
  }
  let max = 0;
  let worst = null;
  for (let i = 0; i < count; i++) {
    const result = evaluateCapacity(capacityInputs(i));
    if (!result.ok) throw new Error(`JS rejected input ${i}: ${result.error.field}`);
    OUTPUT_KEYS.forEach((key, k) => {
      const wasm = module._bench_capacity_output(i, k);
      const difference = Number.isNaN(wasm) ? Infinity : relativeDifference(wasm, result.value[key]);
      if (difference > max) {
        max = difference;
        worst = { input: i, output: key, wasm, js: result.value[key] };
      }
    });
  }
  return { inputs: count, outputs: OUTPUT_KEYS.length, maxRelativeDifference: max, worst };
}

// Evaluations per second over the timed batches of one side.
function rate(batches, count) {
  const perSecond = batches.map((batch) => (count / batch.ms) * 1000);
  return { batchEvaluations: count, rounds: batches.length, perSecond: median(perSecond), all: perSecond };
}

export async function run(options = {}) {
  const settings = { ...DEFAULTS, ...options };
  const modules = {};
  for (const build of BUILDS) modules[build.key] = await build.create();

  const check = { maxRelativeDifference: 0, maxChecksumDifference: 0, worst: null };
  const disagree = (difference, what) => {
    if (difference <= settings.maxRelativeDifference) return;
    throw new Error(`wasm and JavaScript disagree: ${what} differ by ${difference.toExponential(2)} ` +
      `(> ${settings.maxRelativeDifference}) ${JSON.stringify(check.worst)}`);
  };
  for (const build of BUILDS) {
    const result = agreement(modules[build.key], settings.checkCount);
    Object.assign(check, { inputs: result.inputs, outputs: result.outputs });
    if (result.maxRelativeDifference >= check.maxRelativeDifference) {
      check.maxRelativeDifference = result.maxRelativeDifference;
      check.worst = result.worst && { build: build.key, ...result.worst };
    }
    disagree(check.maxRelativeDifference, `${build.label} outputs`);
  }

  // The capacity model: every side runs the same inputs in each round, in a rotating order.
  const sides = [
    ...BUILDS.map((build) => ({ ...build, work: (first, n) => modules[build.key]._bench_capacity(first, n) })),
    { key: 'js', label: 'JavaScript', work: benchCapacity },
  ];
  // One batch size for every side, long enough for the slowest.
  const count = Math.max(...sides.map((side) => calibrate(side.work, settings.minBatchMs)));
  const batches = Object.fromEntries(sides.map((side) => [side.key, []]));
  for (let round = 0; round < settings.rounds; round++) {
    const first = round * count;  // fresh inputs each round, the same for every side
    for (let turn = 0; turn < sides.length; turn++) {
      const side = sides[(round + turn) % sides.length];
      batches[side.key].push(time(() => side.work(first, count)));
    }
    const js = batches.js[round].checksum;
    for (const build of BUILDS) {
      check.maxChecksumDifference = Math.max(check.maxChecksumDifference,
        relativeDifference(batches[build.key][round].checksum, js));
    }
  }
  disagree(check.maxChecksumDifference, 'batch checksums');

  const capacity = { labels: {} };
  for (const side of sides) {
    capacity[side.key] = rate(batches[side.key], count);
    capacity.labels[side.key] = side.label;
  }
  // Ratios per round (the batches of a round ran back to back), then their median.
  const ratio = (a, b) => {
    const perRound = batches[a].map((batch, round) => batches[b][round].ms / batch.ms);
    return { median: median(perRound), perRound };
  };
  capacity.wasmOverJs = ratio('wasm', 'js');
  capacity.wasmO3OverJs = ratio('wasm_o3', 'js');
  capacity.wasmO3OverWasm = ratio('wasm_o3', 'wasm');

  // The whole model and the Monte Carlo, in both wasm builds, alternating.
  const scenario = {};
  const monteCarlo = {};
  const scenarioCount = calibrate((first, n) => modules.wasm._bench_scenario(first, n), settings.minBatchMs);
  const scenarioBatches = Object.fromEntries(BUILDS.map((build) => [build.key, []]));
  for (let round = 0; round < settings.rounds; round++) {
    for (const build of round % 2 ? [...BUILDS].reverse() : BUILDS) {
      scenarioBatches[build.key].push(
        time(() => modules[build.key]._bench_scenario(round * scenarioCount, scenarioCount)));
    }
  }
  const monteCarloRuns = Object.fromEntries(BUILDS.map((build) => [build.key, []]));
  for (const build of BUILDS) modules[build.key]._bench_monte_carlo();  // warm-up
  for (let run = 0; run < settings.monteCarloRuns; run++) {
    for (const build of run % 2 ? [...BUILDS].reverse() : BUILDS) {
      monteCarloRuns[build.key].push(time(() => modules[build.key]._bench_monte_carlo()));
    }
  }
  for (const build of BUILDS) {
    scenario[build.key] = rate(scenarioBatches[build.key], scenarioCount);
    const runs = monteCarloRuns[build.key];
    monteCarlo[build.key] = { ms: median(runs.map((r) => r.ms)), all: runs.map((r) => r.ms), p50: runs[0].checksum };
  }
  monteCarlo.samples = modules.wasm._bench_monte_carlo_sample_count();
  monteCarlo.runs = settings.monteCarloRuns;

  // A book of 200 deals among 60 companies, evaluated whole, as the app does on every edit.
  const book = { runs: settings.monteCarloRuns };
  const bookRuns = Object.fromEntries(BUILDS.map((build) => [build.key, []]));
  for (const build of BUILDS) modules[build.key]._bench_book();  // warm-up
  for (let run = 0; run < settings.monteCarloRuns; run++) {
    for (const build of run % 2 ? [...BUILDS].reverse() : BUILDS) {
      bookRuns[build.key].push(time(() => modules[build.key]._bench_book()));
    }
  }
  for (const build of BUILDS) {
    const runs = bookRuns[build.key];
    book[build.key] = { ms: median(runs.map((r) => r.ms)), all: runs.map((r) => r.ms), checksum: runs[0].checksum };
  }

  // Large webs: every boomerang ratio of a random network, and a whole random book, at the
  // sizes of bench/model_bench.cpp. Fewer runs: each takes up to seconds.
  const large = [];
  const largeRuns = (label, work, runs) => {
    const entry = { label, runs };
    for (const build of BUILDS) {
      work(modules[build.key]);  // warm-up, and builds the network or book
      const times = [];
      for (let run = 0; run < runs; run++) times.push(time(() => work(modules[build.key])));
      entry[build.key] = { ms: median(times.map((r) => r.ms)), all: times.map((r) => r.ms), checksum: times[0].checksum };
    }
    large.push(entry);
  };
  largeRuns('boomerang ratios, 1,000 companies, 5,000 flows', (m) => m._bench_network(1000, 5000), settings.monteCarloRuns);
  largeRuns('evaluate_book, 5,000 deals, 1,000 companies', (m) => m._bench_large_book(5000, 1000), 5);
  largeRuns('boomerang ratios, 10,000 companies, 30,000 flows', (m) => m._bench_network(10000, 30000), 1);
  largeRuns('evaluate_book, 10,000 deals, 2,000 companies', (m) => m._bench_large_book(10000, 2000), 1);

  return { userAgent: navigator.userAgent, check, capacity, scenario, monteCarlo, book, large };
}

function show(results) {
  const { capacity, scenario, monteCarlo } = results;
  const perSecond = (value) => `${Math.round(value).toLocaleString('en')} /s`;
  const rows = [
    ['wasm ≡ JS: max relative difference', results.check.maxRelativeDifference.toExponential(2)],
    ...['wasm', 'wasm_o3', 'js'].map((key) => [`evaluate_capacity, ${capacity.labels[key]}`, perSecond(capacity[key].perSecond)]),
    ['wasm (app flags) ÷ JavaScript', `${capacity.wasmOverJs.median.toFixed(2)}×`],
    ['wasm (-O3) ÷ JavaScript', `${capacity.wasmO3OverJs.median.toFixed(2)}×`],
    ...BUILDS.map((build) => [`evaluate (whole scenario), ${build.label}`, perSecond(scenario[build.key].perSecond)]),
    ...BUILDS.map((build) => [`Monte Carlo, ${monteCarlo.samples.toLocaleString('en')} draws, ${build.label}`,
      `${monteCarlo[build.key].ms.toFixed(1)} ms`]),
    ...BUILDS.map((build) => [`evaluate_book, 200 deals, 60 companies, ${build.label}`,
      `${results.book[build.key].ms.toFixed(1)} ms`]),
    ...results.large.flatMap((entry) => BUILDS.map((build) => [`${entry.label}, ${build.label}`,
      `${entry[build.key].ms.toFixed(1)} ms`])),
  ];
  const body = document.querySelector('#results tbody');
  for (const [name, value] of rows) {
    const row = body.insertRow();
    row.insertCell().textContent = name;
    row.insertCell().textContent = value;
  }
  document.getElementById('results').hidden = false;
}

window.modelBench = { run };

// Opened by hand (not by bench/browser_models.mjs, which adds ?driver): run once and show.
if (!new URLSearchParams(location.search).has('driver')) {
  const status = document.getElementById('status');
  run().then((results) => { status.textContent = 'Done.'; show(results); },
    (error) => { status.textContent = `Failed: ${error.message}`; });
} else {
  document.getElementById('status').textContent = 'Waiting for the benchmark driver.';
}
