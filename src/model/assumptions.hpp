// Shared assumptions: the costs and physics every capacity deal in a book is priced with.
//
// The book holds one set; a deal may override any of them (Deal::overrides), and the screen
// shows where it does. Every value is optional: a figure that needs a missing assumption is
// not shown, rather than computed with a number nobody entered.
#pragma once

#include "model/bounds.hpp"

#include <optional>
#include <string_view>

namespace boomerang::model {

struct Assumptions {
    std::optional<double> hardware_usd_per_gw;  // per GW of IT power
    std::optional<double> facility_usd_per_gw;  // building, power and cooling, per GW of IT power
    std::optional<double> pue;                  // facility power / IT power
    std::optional<double> electricity_usd_per_mwh;
    std::optional<double> utilization_fraction;          // share of GPU-hours busy and billable
    std::optional<double> idle_power_fraction;           // share of full power an idle GPU still draws
    std::optional<double> other_opex_fraction_per_year;  // of total capex
    std::optional<double> opex_usd_per_gw_year;          // absolute, per GW of IT power
    std::optional<double> it_life_years;
    std::optional<double> facility_life_years;
    std::optional<double> cost_of_capital_per_year;

    bool operator==(const Assumptions&) const = default;
};

// One assumption described once: its key in files and error messages, its bounds, its member.
struct AssumptionField {
    std::string_view key;
    Bounds bounds;
    std::optional<double> Assumptions::*member;
};

// Every assumption in file order.
inline constexpr AssumptionField assumption_fields[] = {
    {"hardware_usd_per_gw", positive, &Assumptions::hardware_usd_per_gw},
    {"facility_usd_per_gw", non_negative, &Assumptions::facility_usd_per_gw},
    {"pue", pue_bounds, &Assumptions::pue},
    {"electricity_usd_per_mwh", non_negative, &Assumptions::electricity_usd_per_mwh},
    {"utilization_fraction", positive_fraction, &Assumptions::utilization_fraction},
    {"idle_power_fraction", fraction, &Assumptions::idle_power_fraction},
    {"other_opex_fraction_per_year", fraction, &Assumptions::other_opex_fraction_per_year},
    {"opex_usd_per_gw_year", non_negative, &Assumptions::opex_usd_per_gw_year},
    {"it_life_years", positive, &Assumptions::it_life_years},
    {"facility_life_years", positive, &Assumptions::facility_life_years},
    {"cost_of_capital_per_year", fraction, &Assumptions::cost_of_capital_per_year},
};

// The deal's value where it overrides the book, else the book's.
Assumptions resolve(const Assumptions& book, const Assumptions& deal_overrides);

}  // namespace boomerang::model
