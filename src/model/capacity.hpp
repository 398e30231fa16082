// Capacity & cost: what a deal buys (gigawatts, GPUs) and what owning it costs per year and
// per GPU-hour.
//
// A deal is sized by one of three figures — its dollar size, its gigawatts of IT power, or
// its GPU count — and the other two follow from gpus_per_gw and the cost per GW. "Deal size"
// is the capex the deal pays for: the hardware alone (how the articles count: "$1 trillion
// ... corresponds to a hardware demand for a 50GW data center") or hardware and facility.
// Formulas and worked examples: docs/models/capacity.md.
#pragma once

#include "model/result.hpp"

namespace boomerang::model {

// Which figure the deal is sized by; the other two are derived from it.
enum class SizeBy { deal_size, capacity, gpus };

// What the deal's dollar size pays for.
enum class DealScope { hardware, hardware_and_facility };

struct CapacityInputs {
    // AMD–OpenAI: "OpenAI will deploy data centers with a total capacity of 6GW ... 6GW
    // corresponds to approximately 3 million GPUs, and the total hardware investment is
    // expected to exceed $120 billion (excluding data center infrastructure and other
    // operating expenses)" (Su Yang, Tencent Technology, "Jensen Huang doesn't believe in
    // bubbles; OpenAI needs a money printer"). The three sizes agree; size_by picks the one
    // that is read, the others are recomputed.
    SizeBy size_by = SizeBy::capacity;
    DealScope deal_scope = DealScope::hardware;
    double deal_size_usd = 120e9;
    double capacity_gw = 6.0;
    double gpus = 3e6;
    // "a 1GW data center requires approximately 500,000 GPUs of the GB200/300 series, and
    // the hardware cost alone exceeds $20 billion" (Tencent Technology, as above).
    double gpus_per_gw = 500'000.0;
    double hardware_usd_per_gw = 20e9;
    // Assumption (not in the articles): building, power and cooling at about $10M per MW of
    // IT load, the common industry rule of thumb for new AI data centers.
    double facility_usd_per_gw = 10e9;
    // Assumption: power usage effectiveness of a new liquid-cooled AI data center.
    double pue = 1.2;
    // Assumption: average share of the GPU fleet busy and billable; it scales both the
    // energy drawn and the GPU-hours sold.
    double utilization_fraction = 0.8;
    // Assumption: a US industrial power purchase price.
    double electricity_usd_per_mwh = 60.0;
    // Assumption: staff, maintenance, insurance and taxes as a share of total capex.
    double other_opex_fraction_per_year = 0.03;
    // Assumption: GPUs are written off over five years (hyperscalers use five to six), the
    // building over twenty.
    double it_life_years = 5.0;
    double facility_life_years = 20.0;
    // Assumption: a blended cost of debt and equity for an AI infrastructure builder.
    double cost_of_capital_per_year = 0.10;
};

struct CapacityResults {
    double deal_size_usd = 0.0;
    double capacity_gw = 0.0;        // IT power: what the GPUs and servers draw
    double facility_power_gw = 0.0;  // capacity_gw x pue: what the site draws from the grid
    double gpus = 0.0;
    double hardware_usd_per_gpu = 0.0;  // hardware_usd_per_gw / gpus_per_gw
    double hardware_capex_usd = 0.0;
    double facility_capex_usd = 0.0;
    double total_capex_usd = 0.0;
    double energy_twh_per_year = 0.0;
    double energy_cost_usd_per_year = 0.0;
    // Capital recovery: the level yearly payment that repays the capex with interest at
    // cost_of_capital_per_year over each asset's life (straight line at 0%).
    double capital_cost_usd_per_year = 0.0;
    double other_opex_usd_per_year = 0.0;
    // Capital cost + energy + other opex: the yearly revenue at which the deal breaks even.
    double breakeven_revenue_usd_per_year = 0.0;
    double cost_usd_per_gpu_hour = 0.0;
    double total_capex_usd_per_gw = 0.0;
    double breakeven_revenue_usd_per_gw_year = 0.0;
};

// Capital recovery factor: the share of a capex repaid each year by level payments over
// life_years at rate_per_year; 1 / life_years at a rate of 0.
double capital_recovery_factor(double rate_per_year, double life_years);

Result<CapacityResults> evaluate_capacity(const CapacityInputs& inputs);

}  // namespace boomerang::model
