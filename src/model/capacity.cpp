#include "model/capacity.hpp"

#include "model/bounds.hpp"

#include <cmath>
#include <optional>

namespace boomerang::model {

namespace {

constexpr double hours_per_year = 8760.0;  // 365 days
constexpr double mwh_per_twh = 1e6;
constexpr double gwh_per_twh = 1e3;

std::optional<Error> validate(const CapacityInputs& in) {
    const struct {
        const char* key;
        double value;
        Bounds bounds;
    } checks[] = {
        {"deal_size_usd", in.deal_size_usd, positive},
        {"capacity_gw", in.capacity_gw, positive},
        {"gpus", in.gpus, positive},
        {"gpus_per_gw", in.gpus_per_gw, positive},
        {"hardware_usd_per_gw", in.hardware_usd_per_gw, positive},
        {"facility_usd_per_gw", in.facility_usd_per_gw, non_negative},
        {"pue", in.pue, pue_bounds},
        {"utilization_fraction", in.utilization_fraction, positive_fraction},
        {"electricity_usd_per_mwh", in.electricity_usd_per_mwh, non_negative},
        {"other_opex_fraction_per_year", in.other_opex_fraction_per_year, fraction},
        {"it_life_years", in.it_life_years, positive},
        {"facility_life_years", in.facility_life_years, positive},
        {"cost_of_capital_per_year", in.cost_of_capital_per_year, fraction},
    };
    for (const auto& check : checks) {
        if (auto error = check_bounds(check.key, check.value, check.bounds)) return error;
    }
    return std::nullopt;
}

// The capex the deal's dollar size pays for, per GW of IT power.
double deal_usd_per_gw(const CapacityInputs& in) {
    return in.deal_scope == DealScope::hardware ? in.hardware_usd_per_gw
                                                : in.hardware_usd_per_gw + in.facility_usd_per_gw;
}

double sized_capacity_gw(const CapacityInputs& in) {
    switch (in.size_by) {
        case SizeBy::deal_size: return in.deal_size_usd / deal_usd_per_gw(in);
        case SizeBy::capacity: return in.capacity_gw;
        case SizeBy::gpus: return in.gpus / in.gpus_per_gw;
    }
    return in.capacity_gw;
}

}  // namespace

double capital_recovery_factor(double rate_per_year, double life_years) {
    if (rate_per_year == 0.0) return 1.0 / life_years;
    // r / (1 - (1 + r)^-n), written with expm1/log1p so small rates keep their precision.
    return rate_per_year / -std::expm1(-life_years * std::log1p(rate_per_year));
}

Result<CapacityResults> evaluate_capacity(const CapacityInputs& in) {
    if (auto error = validate(in)) return *error;

    CapacityResults out;
    out.capacity_gw = sized_capacity_gw(in);
    out.deal_size_usd = out.capacity_gw * deal_usd_per_gw(in);
    out.gpus = out.capacity_gw * in.gpus_per_gw;
    out.facility_power_gw = out.capacity_gw * in.pue;
    out.hardware_usd_per_gpu = in.hardware_usd_per_gw / in.gpus_per_gw;

    out.hardware_capex_usd = out.capacity_gw * in.hardware_usd_per_gw;
    out.facility_capex_usd = out.capacity_gw * in.facility_usd_per_gw;
    out.total_capex_usd = out.hardware_capex_usd + out.facility_capex_usd;

    out.energy_twh_per_year = out.facility_power_gw * in.utilization_fraction * hours_per_year / gwh_per_twh;
    out.energy_cost_usd_per_year = out.energy_twh_per_year * mwh_per_twh * in.electricity_usd_per_mwh;

    const double r = in.cost_of_capital_per_year;
    out.capital_cost_usd_per_year = out.hardware_capex_usd * capital_recovery_factor(r, in.it_life_years) +
                                    out.facility_capex_usd * capital_recovery_factor(r, in.facility_life_years);
    out.other_opex_usd_per_year = out.total_capex_usd * in.other_opex_fraction_per_year;
    out.breakeven_revenue_usd_per_year =
        out.capital_cost_usd_per_year + out.energy_cost_usd_per_year + out.other_opex_usd_per_year;

    const double gpu_hours_per_year = out.gpus * hours_per_year * in.utilization_fraction;
    out.cost_usd_per_gpu_hour = out.breakeven_revenue_usd_per_year / gpu_hours_per_year;
    out.total_capex_usd_per_gw = out.total_capex_usd / out.capacity_gw;
    out.breakeven_revenue_usd_per_gw_year = out.breakeven_revenue_usd_per_year / out.capacity_gw;
    return out;
}

}  // namespace boomerang::model
