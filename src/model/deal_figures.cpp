#include "model/deal_figures.hpp"

#include <array>

namespace boomerang::model {

namespace {

std::optional<double> as_optional(double value) { return value; }
std::optional<double> as_optional(const std::optional<double>& value) { return value; }

// The figure `member` of the result block `block`, absent when the deal lacks the block.
template <auto block, auto member>
std::optional<double> in_block(const DealResults& results) {
    const auto& found = results.*block;
    if (!found) return std::nullopt;
    return as_optional((*found).*member);
}

template <auto member>
std::optional<double> of_deal(const DealResults& results) {
    return as_optional(results.*member);
}

template <auto member>
constexpr DealFigure capacity(std::string_view key, std::string_view label, Unit unit) {
    return {Block::capacity, key, label, unit, &in_block<&DealResults::capacity, member>};
}
template <auto member>
constexpr DealFigure rental(std::string_view key, std::string_view label, Unit unit) {
    return {Block::rental, key, label, unit, &in_block<&DealResults::rental, member>};
}
template <auto member>
constexpr DealFigure exit(std::string_view key, std::string_view label, Unit unit) {
    return {Block::exit, key, label, unit, &in_block<&DealResults::exit, member>};
}
template <auto member>
constexpr DealFigure financing(std::string_view key, std::string_view label, Unit unit) {
    return {Block::financing, key, label, unit, &in_block<&DealResults::financing, member>};
}
template <auto member>
constexpr DealFigure project_finance(std::string_view key, std::string_view label, Unit unit) {
    return {Block::project_finance, key, label, unit, &in_block<&DealResults::project_finance, member>};
}
template <auto member>
constexpr DealFigure warrants(std::string_view key, std::string_view label, Unit unit) {
    return {Block::warrants, key, label, unit, &in_block<&DealResults::warrants, member>};
}
template <auto member>
constexpr DealFigure deal(std::string_view key, std::string_view label, Unit unit) {
    return {Block::deal, key, label, unit, &of_deal<member>};
}

using C = CapacityBlockResults;
using R = RentalBlockResults;
using X = ExitBlockResults;
using F = FinancingBlockResults;
using P = ProjectFinanceBlockResults;
using W = WarrantsBlockResults;

const auto figures = std::to_array<DealFigure>({
    capacity<&C::capacity_gw>("capacity_gw", "Capacity", Unit::gw),
    capacity<&C::it_power_gw>("it_power_gw", "IT power", Unit::gw),
    capacity<&C::facility_power_gw>("facility_power_gw", "Grid power", Unit::gw),
    capacity<&C::gpus>("gpus", "GPUs", Unit::gpus),
    capacity<&C::gpus_per_gw>("gpus_per_gw", "GPUs per GW", Unit::gpus_per_gw),
    capacity<&C::kw_per_gpu>("kw_per_gpu", "Power per GPU, all-in", Unit::kw_per_gpu),
    capacity<&C::purchase_value_usd>("purchase_value_usd", "Purchase value", Unit::usd),
    capacity<&C::hardware_capex_usd>("hardware_capex_usd", "Hardware capex", Unit::usd),
    capacity<&C::facility_capex_usd>("facility_capex_usd", "Facility capex", Unit::usd),
    capacity<&C::total_capex_usd>("total_capex_usd", "Total capex", Unit::usd),
    capacity<&C::hardware_usd_per_gpu>("hardware_usd_per_gpu", "Hardware per GPU", Unit::usd_per_gpu),
    capacity<&C::energy_twh_per_year>("energy_twh_per_year", "Energy", Unit::twh_per_year),
    capacity<&C::energy_cost_usd_per_year>("energy_cost_usd_per_year", "Energy cost", Unit::usd_per_year),
    capacity<&C::capital_cost_usd_per_year>("capital_cost_usd_per_year", "Capital cost", Unit::usd_per_year),
    capacity<&C::opex_usd_per_year>("opex_usd_per_year", "Other operating cost", Unit::usd_per_year),
    capacity<&C::annualized_cost_usd_per_year>("annualized_cost_usd_per_year", "Cost per year", Unit::usd_per_year),
    capacity<&C::cost_usd_per_gpu_hour>("cost_usd_per_gpu_hour", "Cost per GPU-hour", Unit::usd_per_gpu_hour),

    rental<&R::monthly_rate_usd>("monthly_rate_usd", "Monthly rate", Unit::usd_per_month),
    rental<&R::term_months>("term_months", "Term", Unit::months),
    rental<&R::total_usd>("total_usd", "Total over the term", Unit::usd),
    rental<&R::usd_per_gpu_hour>("usd_per_gpu_hour", "Price per GPU-hour", Unit::usd_per_gpu_hour),
    rental<&R::usd_per_mw_month>("usd_per_mw_month", "Price per MW-month", Unit::usd_per_mw_month),

    exit<&X::headline_value_usd>("headline_value_usd", "Headline value", Unit::usd),
    exit<&X::binding_value_usd>("binding_value_usd", "Binding part", Unit::usd),
    exit<&X::firm_value_usd>("firm_value_usd", "Firm value", Unit::usd),
    exit<&X::firm_share_fraction>("firm_share_fraction", "Firm share", Unit::fraction),
    exit<&X::notice_months>("notice_months", "Notice", Unit::months),
    exit<&X::expected_value_usd>("expected_value_usd", "Expected value", Unit::usd),
    exit<&X::expected_share_fraction>("expected_share_fraction", "Expected share", Unit::fraction),
    exit<&X::at_risk_usd>("at_risk_usd", "At risk", Unit::usd),
    exit<&X::at_risk_to_seller_revenue_ratio>("at_risk_to_seller_revenue_ratio", "At risk ÷ seller's revenue",
                                              Unit::ratio),

    financing<&F::committed_usd>("committed_usd", "Investment committed", Unit::usd),
    financing<&F::disbursed_usd>("disbursed_usd", "Released in the window", Unit::usd),
    financing<&F::stake_value_usd>("stake_value_usd", "Value of the stake received", Unit::usd),
    financing<&F::net_transfer_usd>("net_transfer_usd", "Net transfer to the buyer", Unit::usd),
    financing<&F::spend_with_investor_usd>("spend_with_investor_usd", "Spent with the investor", Unit::usd),
    financing<&F::round_trip_ratio>("round_trip_ratio", "Round trip", Unit::fraction),
    financing<&F::investor_gross_profit_usd>("investor_gross_profit_usd", "Investor's gross profit", Unit::usd),
    financing<&F::investor_net_cash_usd>("investor_net_cash_usd", "Investor's net cash", Unit::usd),

    project_finance<&P::equity_usd>("equity_usd", "Equity", Unit::usd),
    project_finance<&P::debt_usd>("debt_usd", "Debt", Unit::usd),
    project_finance<&P::raised_usd>("raised_usd", "Raised", Unit::usd),
    project_finance<&P::debt_to_equity_ratio>("debt_to_equity_ratio", "Debt to equity", Unit::ratio),
    project_finance<&P::debt_share_fraction>("debt_share_fraction", "Debt share", Unit::fraction),
    project_finance<&P::cost_of_capital_per_year>("cost_of_capital_per_year", "Cost of capital",
                                                  Unit::fraction_per_year),
    project_finance<&P::debt_service_usd_per_year>("debt_service_usd_per_year", "Debt service", Unit::usd_per_year),
    project_finance<&P::buys_it_gw>("buys_it_gw", "Buys (IT power)", Unit::gw),

    warrants<&W::shares_granted>("shares_granted", "Shares granted", Unit::shares),
    warrants<&W::shares_vested>("shares_vested", "Shares vested by the window's end", Unit::shares),
    warrants<&W::vested_value_usd>("vested_value_usd", "Vested value by the window's end", Unit::usd),
    warrants<&W::all_vest_price_usd>("all_vest_price_usd", "If all vest at", Unit::usd_per_share),
    warrants<&W::all_vest_value_usd>("all_vest_value_usd", "Value if all vest", Unit::usd),
    warrants<&W::ownership_if_all_exercised_fraction>("ownership_if_all_exercised_fraction",
                                                      "Ownership if all exercised", Unit::fraction),
    warrants<&W::vested_ownership_fraction>("vested_ownership_fraction", "Ownership vested by the window's end",
                                            Unit::fraction),

    deal<&DealResults::market_cap_change_per_usd_committed>("market_cap_change_per_usd_committed",
                                                            "Market value per $ committed", Unit::ratio),
    deal<&DealResults::seller_net_value_usd>("seller_net_value_usd", "Seller's net value", Unit::usd),
    deal<&DealResults::effective_discount_ratio>("effective_discount_ratio", "Effective discount", Unit::ratio),
});

}  // namespace

std::string_view block_name(Block block) {
    switch (block) {
        case Block::deal: return "deal";
        case Block::capacity: return "capacity";
        case Block::rental: return "rental";
        case Block::exit: return "exit";
        case Block::financing: return "financing";
        case Block::project_finance: return "project_finance";
        case Block::warrants: return "warrants";
    }
    return "";
}

std::string_view block_title(Block block) {
    switch (block) {
        case Block::deal: return "The deal";
        case Block::capacity: return "Capacity bought";
        case Block::rental: return "Compute rental";
        case Block::exit: return "Payments and exit terms";
        case Block::financing: return "Vendor financing";
        case Block::project_finance: return "Project financing";
        case Block::warrants: return "Warrants";
    }
    return "";
}

bool has_block(const Deal& deal, Block block) {
    switch (block) {
        case Block::deal: return true;
        case Block::capacity: return deal.capacity.has_value();
        case Block::rental: return deal.rental.has_value();
        case Block::exit: return deal.exit.has_value();
        case Block::financing: return deal.financing.has_value();
        case Block::project_finance: return deal.project_finance.has_value();
        case Block::warrants: return deal.warrants.has_value();
    }
    return false;
}

std::span<const DealFigure> deal_figures() { return figures; }

const DealFigure* find_deal_figure(Block block, std::string_view key) {
    for (const DealFigure& figure : figures) {
        if (figure.block == block && figure.key == key) return &figure;
    }
    return nullptr;
}

}  // namespace boomerang::model
