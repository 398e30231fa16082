// The capacity & cost model (src/model/capacity.cpp, evaluate_capacity) written in plain
// JavaScript, formula for formula, so the browser benchmark can time WebAssembly against
// what a hand-written JavaScript calculator would do in the same page.
//
// Same inputs, same outputs, same validation (every input is bounds-checked, the first bad
// one is reported). bench/browser_models.mjs checks that this and the wasm build agree on
// every output before it times anything. Formulas: docs/models/capacity.md.

const HOURS_PER_YEAR = 8760; // 365 days
const MWH_PER_TWH = 1e6;
const GWH_PER_TWH = 1e3;

export const SIZE_BY = { deal_size: 0, capacity: 1, gpus: 2 };
export const DEAL_SCOPE = { hardware: 0, hardware_and_facility: 1 };

// The bounds of src/model/bounds.hpp that the capacity inputs use.
const POSITIVE = { min: 0, max: Infinity, minExclusive: true };
const NON_NEGATIVE = { min: 0, max: Infinity, minExclusive: false };
const FRACTION = { min: 0, max: 1, minExclusive: false };
const POSITIVE_FRACTION = { min: 0, max: 1, minExclusive: true };
const PUE = { min: 1, max: 5, minExclusive: false };

const CHECKS = [
  ['deal_size_usd', POSITIVE],
  ['capacity_gw', POSITIVE],
  ['gpus', POSITIVE],
  ['gpus_per_gw', POSITIVE],
  ['hardware_usd_per_gw', POSITIVE],
  ['facility_usd_per_gw', NON_NEGATIVE],
  ['pue', PUE],
  ['utilization_fraction', POSITIVE_FRACTION],
  ['electricity_usd_per_mwh', NON_NEGATIVE],
  ['other_opex_fraction_per_year', FRACTION],
  ['it_life_years', POSITIVE],
  ['facility_life_years', POSITIVE],
  ['cost_of_capital_per_year', FRACTION],
];

// The outputs in CapacityResults' order (bench/wasm/model_bench_wasm.cpp lists the same).
export const OUTPUT_KEYS = [
  'deal_size_usd', 'capacity_gw', 'facility_power_gw', 'gpus', 'hardware_usd_per_gpu',
  'hardware_capex_usd', 'facility_capex_usd', 'total_capex_usd', 'energy_twh_per_year',
  'energy_cost_usd_per_year', 'capital_cost_usd_per_year', 'other_opex_usd_per_year',
  'breakeven_revenue_usd_per_year', 'cost_usd_per_gpu_hour', 'total_capex_usd_per_gw',
  'breakeven_revenue_usd_per_gw_year',
];

function inBounds(value, bounds) {
  if (!Number.isFinite(value)) return false;
  if (bounds.minExclusive ? value <= bounds.min : value < bounds.min) return false;
  return value <= bounds.max;
}

export function capitalRecoveryFactor(ratePerYear, lifeYears) {
  if (ratePerYear === 0) return 1 / lifeYears;
  return ratePerYear / -Math.expm1(-lifeYears * Math.log1p(ratePerYear));
}

function dealUsdPerGw(input) {
  return input.deal_scope === DEAL_SCOPE.hardware
    ? input.hardware_usd_per_gw
    : input.hardware_usd_per_gw + input.facility_usd_per_gw;
}

function sizedCapacityGw(input) {
  switch (input.size_by) {
    case SIZE_BY.deal_size: return input.deal_size_usd / dealUsdPerGw(input);
    case SIZE_BY.capacity: return input.capacity_gw;
    case SIZE_BY.gpus: return input.gpus / input.gpus_per_gw;
  }
  return input.capacity_gw;
}

// Returns { ok: true, value: results } or { ok: false, error: { field } }, as the C++
// Result<CapacityResults> does (the message text is not reproduced).
export function evaluateCapacity(input) {
  for (const [key, bounds] of CHECKS) {
    if (!inBounds(input[key], bounds)) return { ok: false, error: { field: key } };
  }
  const out = {};
  out.capacity_gw = sizedCapacityGw(input);
  out.deal_size_usd = out.capacity_gw * dealUsdPerGw(input);
  out.gpus = out.capacity_gw * input.gpus_per_gw;
  out.facility_power_gw = out.capacity_gw * input.pue;
  out.hardware_usd_per_gpu = input.hardware_usd_per_gw / input.gpus_per_gw;

  out.hardware_capex_usd = out.capacity_gw * input.hardware_usd_per_gw;
  out.facility_capex_usd = out.capacity_gw * input.facility_usd_per_gw;
  out.total_capex_usd = out.hardware_capex_usd + out.facility_capex_usd;

  out.energy_twh_per_year =
    out.facility_power_gw * input.utilization_fraction * HOURS_PER_YEAR / GWH_PER_TWH;
  out.energy_cost_usd_per_year =
    out.energy_twh_per_year * MWH_PER_TWH * input.electricity_usd_per_mwh;

  const r = input.cost_of_capital_per_year;
  out.capital_cost_usd_per_year =
    out.hardware_capex_usd * capitalRecoveryFactor(r, input.it_life_years) +
    out.facility_capex_usd * capitalRecoveryFactor(r, input.facility_life_years);
  out.other_opex_usd_per_year = out.total_capex_usd * input.other_opex_fraction_per_year;
  out.breakeven_revenue_usd_per_year =
    out.capital_cost_usd_per_year + out.energy_cost_usd_per_year + out.other_opex_usd_per_year;

  const gpuHoursPerYear = out.gpus * HOURS_PER_YEAR * input.utilization_fraction;
  out.cost_usd_per_gpu_hour = out.breakeven_revenue_usd_per_year / gpuHoursPerYear;
  out.total_capex_usd_per_gw = out.total_capex_usd / out.capacity_gw;
  out.breakeven_revenue_usd_per_gw_year = out.breakeven_revenue_usd_per_year / out.capacity_gw;
  return { ok: true, value: out };
}

// ---- The benchmark's varied inputs ------------------------------------------------------
// Twin of capacity_inputs(i) in bench/wasm/model_bench_wasm.cpp: the same doubles from the
// same operations, walking every sizing mode, both scopes and a zero cost of capital.

export function capacityInputs(i) {
  return {
    size_by: i % 3,
    deal_scope: Math.floor(i / 3) % 2,
    deal_size_usd: 50e9 + (i % 101) * 1e9,
    capacity_gw: 0.5 + (i % 97) * 0.1,
    gpus: 1e5 + (i % 89) * 5e4,
    gpus_per_gw: 400_000 + (i % 13) * 10_000,
    hardware_usd_per_gw: 15e9 + (i % 17) * 1e9,
    facility_usd_per_gw: 8e9 + (i % 5) * 1e9,
    pue: 1.1 + (i % 7) * 0.05,
    utilization_fraction: 0.5 + (i % 9) * 0.05,
    electricity_usd_per_mwh: 40 + (i % 11) * 5,
    other_opex_fraction_per_year: 0.02 + (i % 4) * 0.005,
    it_life_years: 4 + (i % 3),
    facility_life_years: 15 + (i % 4) * 5,
    cost_of_capital_per_year: (i % 8) * 0.02,
  };
}

// Same digest as the wasm side: outputs span 1e-1 to 1e12, so a plain sum would be decided
// by the largest alone.
function digest(out) {
  return out.cost_usd_per_gpu_hour + out.capacity_gw + out.breakeven_revenue_usd_per_year * 1e-12;
}

// Twin of bench_capacity(first, count): evaluates inputs first .. first + count - 1 and
// returns the sum of the digests.
export function benchCapacity(first, count) {
  let sum = 0;
  for (let i = first; i < first + count; i++) {
    const result = evaluateCapacity(capacityInputs(i));
    if (result.ok) sum += digest(result.value);
  }
  return sum;
}
