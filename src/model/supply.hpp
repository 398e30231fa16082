// Supply check: can the chip supply chain deliver the gigawatts a deal promises?
//
// Advanced-packaging (CoWoS) wafers x the vendor's share x good GPU dies per wafer / dies
// per GPU gives GPUs per year; / gpus_per_gw gives gigawatts per year. Set against a demand
// in GW this gives years to deliver, and against Altman's "a gigawatt of new AI
// infrastructure every week" how far supply is from that pace. It assumes the vendor's whole
// output goes to this demand. Formulas and worked examples: docs/models/supply.md.
#pragma once

#include "model/result.hpp"

#include <vector>

namespace boomerang::model {

// Where the supply check's demand comes from when evaluated as part of a Scenario:
// the capacity section's gigawatts, or demand_gw as entered.
enum class DemandSource { capacity, entered };

// Altman's weekly gigawatt read as 52 a year, the usual reading of the phrase.
inline constexpr double weeks_per_year = 52.0;

struct SupplyInputs {
    // "TSMC's monthly CoWoS production capacity is estimated to be 900,000 wafers, and
    // NVIDIA's demand accounts for half of it. According to the dual-die design of the
    // GB200, theoretically, 6.75 million GPUs can be produced in 2025 ... NVIDIA's GPU
    // production capacity in 2025 corresponds to a data center capacity of nearly 14GW"
    // (Su Yang, Tencent Technology, "Jensen Huang doesn't believe in bubbles; OpenAI needs a
    // money printer"). The 900,000 only works as a yearly figure, so it is read as one.
    double cowos_wafers_per_year = 900'000.0;
    double vendor_share_fraction = 0.5;
    // Assumption reproducing the article: 900,000 x 0.5 x 30 / 2 = 6.75M GPUs, i.e. 30 good
    // GPU dies (15 dual-die packages) per wafer with every die counted.
    double gpu_dies_per_wafer = 30.0;
    double dies_per_gpu = 2.0;
    double packaging_yield_fraction = 1.0;
    // "Based on the assumption that 1GW corresponds to 500,000 GPUs" (as above).
    double gpus_per_gw = 500'000.0;
    DemandSource demand_source = DemandSource::capacity;
    // "OpenAI's computing power agreements exceed $1 trillion ... it corresponds to a hardware
    // demand for a 50GW data center" (as above). Read when demand_source is entered.
    double demand_gw = 50.0;
    // "we want to create a factory that can produce a gigawatt of new AI infrastructure every
    // week" (Sam Altman, quoted by Michael Parekh, "AI: Dazzling 'Boomerang' Deals to Scale
    // AI", AI: Reset to Zero, RTZ #854).
    double target_gw_per_week = 1.0;
    // Growth of wafer supply from one year to the next; 0 keeps 2025's capacity.
    double supply_growth_per_year = 0.0;
    double start_year = 2025.0;
    double horizon_years = 10.0;  // rows in the year-by-year series
};

struct SupplyYear {
    int year = 0;                       // calendar year
    double supply_gw = 0.0;             // delivered that year
    double cumulative_supply_gw = 0.0;  // delivered from start_year through that year
    double demand_gw = 0.0;             // the demand, flat: the line to reach
    double target_cumulative_gw = 0.0;  // built at the target pace through that year
};

struct SupplyResults {
    double supply_gpus_per_year = 0.0;  // in start_year
    double supply_gw_per_year = 0.0;    // in start_year
    double demand_gw = 0.0;
    double demand_gpus = 0.0;
    double years_to_deliver = 0.0;    // until cumulative supply reaches the demand
    double target_gw_per_year = 0.0;  // target_gw_per_week x 52
    double supply_to_target_ratio = 0.0;
    double years_to_deliver_at_target = 0.0;  // demand / target per year
    std::vector<SupplyYear> series;           // horizon_years rows from start_year
};

Result<SupplyResults> evaluate_supply(const SupplyInputs& inputs);

// Years until supply starting at supply_gw_per_year and growing continuously by
// growth_per_year adds up to demand_gw.
double years_to_reach(double demand_gw, double supply_gw_per_year, double growth_per_year);

}  // namespace boomerang::model
