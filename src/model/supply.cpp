#include "model/supply.hpp"

#include "model/bounds.hpp"

#include <cmath>
#include <optional>

namespace boomerang::model {

namespace {

std::optional<Error> validate(const SupplyInputs& in) {
    const struct {
        const char* key;
        double value;
        Bounds bounds;
    } checks[] = {
        {"cowos_wafers_per_year", in.cowos_wafers_per_year, positive},
        {"vendor_share_fraction", in.vendor_share_fraction, positive_fraction},
        {"gpu_dies_per_wafer", in.gpu_dies_per_wafer, positive},
        {"dies_per_gpu", in.dies_per_gpu, dies_per_gpu_bounds},
        {"packaging_yield_fraction", in.packaging_yield_fraction, positive_fraction},
        {"gpus_per_gw", in.gpus_per_gw, positive},
        {"demand_gw", in.demand_gw, non_negative},
        {"target_gw_per_week", in.target_gw_per_week, positive},
        {"supply_growth_per_year", in.supply_growth_per_year, supply_growth_bounds},
        {"start_year", in.start_year, start_year_bounds},
        {"horizon_years", in.horizon_years, horizon_years_bounds},
    };
    for (const auto& check : checks) {
        if (auto error = check_bounds(check.key, check.value, check.bounds)) return error;
    }
    return std::nullopt;
}

// Years n until s + s(1+g) + ... + s(1+g)^(n-1) = s((1+g)^n - 1)/g reaches the demand,
// with n allowed to be fractional; demand / s when supply does not grow.
}  // namespace

double years_to_reach(double demand_gw, double supply_gw_per_year, double growth_per_year) {
    if (growth_per_year == 0.0) return demand_gw / supply_gw_per_year;
    return std::log1p(demand_gw * growth_per_year / supply_gw_per_year) / std::log1p(growth_per_year);
}

Result<SupplyResults> evaluate_supply(const SupplyInputs& in) {
    if (auto error = validate(in)) return *error;

    SupplyResults out;
    out.supply_gpus_per_year = in.cowos_wafers_per_year * in.vendor_share_fraction * in.gpu_dies_per_wafer /
                               in.dies_per_gpu * in.packaging_yield_fraction;
    out.supply_gw_per_year = out.supply_gpus_per_year / in.gpus_per_gw;
    out.demand_gw = in.demand_gw;
    out.demand_gpus = in.demand_gw * in.gpus_per_gw;
    out.years_to_deliver = years_to_reach(in.demand_gw, out.supply_gw_per_year, in.supply_growth_per_year);
    out.target_gw_per_year = in.target_gw_per_week * weeks_per_year;
    out.supply_to_target_ratio = out.supply_gw_per_year / out.target_gw_per_year;
    out.years_to_deliver_at_target = in.demand_gw / out.target_gw_per_year;

    const int first_year = static_cast<int>(in.start_year);
    const int years = static_cast<int>(in.horizon_years);
    double supply_gw = out.supply_gw_per_year;
    double cumulative_gw = 0.0;
    for (int i = 0; i < years; ++i) {
        cumulative_gw += supply_gw;
        out.series.push_back(
            {first_year + i, supply_gw, cumulative_gw, in.demand_gw, out.target_gw_per_year * (i + 1)});
        supply_gw *= 1.0 + in.supply_growth_per_year;
    }
    return out;
}

}  // namespace boomerang::model
