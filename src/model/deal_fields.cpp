// Index: accessors | the deal's fields | assumptions
#include "model/deal_fields.hpp"

#include <array>

namespace boomerang::model {

namespace {

// ---- Accessors: a field is named by its block's member and its own.

template <auto block, auto member>
std::optional<double> get_in(const Deal& deal) {
    const auto& found = deal.*block;
    if (!found) return std::nullopt;
    return (*found).*member;
}

template <auto block, auto member>
bool set_in(Deal& deal, std::optional<double> value) {
    auto& found = deal.*block;
    if (!found) return false;
    (*found).*member = value;
    return true;
}

template <auto member>
std::optional<double> get_deal(const Deal& deal) {
    return deal.*member;
}

template <auto member>
bool set_deal(Deal& deal, std::optional<double> value) {
    deal.*member = value;
    return true;
}

template <Block block_kind, auto block, auto member>
constexpr DealInputField field(std::string_view key, std::string_view label, Unit unit, Bounds bounds,
                               std::string_view help) {
    return {block_kind, key, label, unit, bounds, &get_in<block, member>, &set_in<block, member>, help};
}

constexpr auto capacity = &Deal::capacity;
constexpr auto rental = &Deal::rental;
constexpr auto exit = &Deal::exit;
constexpr auto financing = &Deal::financing;
constexpr auto project_finance = &Deal::project_finance;
constexpr auto warrants = &Deal::warrants;
using C = CapacityBlock;
using R = RentalBlock;
using X = ExitBlock;
using F = FinancingBlock;
using P = ProjectFinanceBlock;
using W = WarrantsBlock;

// ---- The deal's fields, in each block's file order.

const auto fields = std::to_array<DealInputField>({
    field<Block::capacity, capacity, &C::capacity_gw>(
        "capacity_gw", "Capacity", Unit::gw, positive,
        "The gigawatts the deal covers, in its stated basis: grid power (what the site draws) or IT power."),
    field<Block::capacity, capacity, &C::gpus>("gpus", "GPUs", Unit::gpus, positive,
                                               "The number of GPUs the capacity holds."),
    field<Block::capacity, capacity, &C::gpus_per_gw>(
        "gpus_per_gw", "GPUs per GW", Unit::gpus_per_gw, positive,
        "GPUs per GW of the stated basis; 1,000,000 ÷ it is the all-in kW per GPU."),

    field<Block::rental, rental, &R::monthly_rate_usd>("monthly_rate_usd", "Monthly rate", Unit::usd_per_month,
                                                       positive, "What a month costs at the full rate."),
    field<Block::rental, rental, &R::term_months>("term_months", "Term", Unit::months, term_months_bounds,
                                                  "Months paid, from the deal's start."),
    field<Block::rental, rental, &R::discounted_months>("discounted_months", "Discounted months", Unit::months,
                                                        whole_months_bounds, "The first months, at a lower rate."),
    field<Block::rental, rental, &R::discounted_rate_fraction>(
        "discounted_rate_fraction", "Discounted rate", Unit::fraction, fraction,
        "The share of the full rate paid in the discounted months."),
    field<Block::rental, rental, &R::ramp_months>("ramp_months", "Ramp", Unit::months, ramp_months_bounds,
                                                  "Months over which the rate rises linearly to the full rate."),
    field<Block::rental, rental, &R::gpus>("gpus", "GPUs rented", Unit::gpus, positive,
                                           "The GPUs the rate pays for; gives the price per GPU-hour."),
    field<Block::rental, rental, &R::power_mw>("power_mw", "Power rented", Unit::mw, positive,
                                               "The megawatts the rate pays for; gives the price per MW-month."),

    field<Block::exit, exit, &X::headline_value_usd>("headline_value_usd", "Headline value", Unit::usd, positive,
                                                     "The value announced, when it is stated rather than computed."),
    field<Block::exit, exit, &X::term_months>("term_months", "Paid over", Unit::months, term_months_bounds,
                                              "A stated value is paid evenly over these months."),
    field<Block::exit, exit, &X::binding_gw>("binding_gw", "Binding gigawatts", Unit::gw, non_negative,
                                             "Only the first gigawatts of the purchase are a binding commitment."),
    field<Block::exit, exit, &X::notice_days>("notice_days", "Notice", Unit::days, notice_days_bounds,
                                              "The notice either party (or the one named) must give to leave."),
    field<Block::exit, exit, &X::minimum_term_months>("minimum_term_months", "Minimum term", Unit::months,
                                                      whole_months_bounds,
                                                      "Notice cannot end the contract before these months."),
    field<Block::exit, exit, &X::termination_fee_usd>("termination_fee_usd", "Termination fee", Unit::usd, non_negative,
                                                      "Paid by whoever leaves early."),
    field<Block::exit, exit, &X::prepayment_usd>("prepayment_usd", "Prepayment", Unit::usd, non_negative,
                                                 "Paid at signing and credited to the first payments."),
    field<Block::exit, exit, &X::exit_probability_per_year>(
        "exit_probability_per_year", "Chance of notice", Unit::fraction_per_year, fraction,
        "An assumption in every real deal: the chance each year that notice is given."),

    field<Block::financing, financing, &F::stake_value_usd>(
        "stake_value_usd", "Value of the stake received", Unit::usd, non_negative,
        "What the investor receives for its money; no deal discloses it, so it is $0 unless entered."),
    field<Block::financing, financing, &F::investor_gross_margin_fraction>(
        "investor_gross_margin_fraction", "Investor's gross margin", Unit::fraction, fraction,
        "The investor's margin on what the buyer spends with it."),

    field<Block::project_finance, project_finance, &P::equity_usd>("equity_usd", "Equity", Unit::usd, non_negative,
                                                                   "Equity raised."),
    field<Block::project_finance, project_finance, &P::debt_usd>("debt_usd", "Debt", Unit::usd, non_negative,
                                                                 "Debt raised."),
    field<Block::project_finance, project_finance, &P::cost_of_equity_per_year>(
        "cost_of_equity_per_year", "Cost of equity", Unit::fraction_per_year, fraction, "The return equity asks for."),
    field<Block::project_finance, project_finance, &P::cost_of_debt_per_year>(
        "cost_of_debt_per_year", "Cost of debt", Unit::fraction_per_year, fraction, "The interest on the debt."),
    field<Block::project_finance, project_finance, &P::debt_term_years>(
        "debt_term_years", "Debt term", Unit::years, positive, "Years over which the debt is repaid."),

    field<Block::warrants, warrants, &W::strike_usd_per_share>("strike_usd_per_share", "Strike", Unit::usd_per_share,
                                                               non_negative, "The price paid per share on exercise."),
    field<Block::warrants, warrants, &W::share_price_usd>("share_price_usd", "Share price", Unit::usd_per_share,
                                                          non_negative, "The issuer's share price at the status date."),
    field<Block::warrants, warrants, &W::shares_outstanding>("shares_outstanding", "Shares outstanding", Unit::shares,
                                                             positive, "The issuer's shares before exercise."),

    DealInputField{Block::deal, "market_cap_change_usd", "Market value change", Unit::usd, any_finite,
                   &get_deal<&Deal::market_cap_change_usd>, &set_deal<&Deal::market_cap_change_usd>,
                   "The seller's change in market value on the announcement day."},
});

// ---- Assumptions, in model/assumptions.hpp's order.

constexpr auto infos = std::to_array<AssumptionInfo>({
    {"hardware_usd_per_gw", "Hardware per GW", Unit::usd_per_gw, "Servers, GPUs and networking, per GW of IT power."},
    {"facility_usd_per_gw", "Facility per GW", Unit::usd_per_gw, "Buildings, power and cooling, per GW of IT power."},
    {"pue", "PUE", Unit::ratio, "Grid power ÷ IT power: what cooling and conversion add."},
    {"electricity_usd_per_mwh", "Electricity price", Unit::usd_per_mwh, "What the site pays for energy."},
    {"utilization_fraction", "Utilization", Unit::fraction, "The share of GPU-hours busy and billable."},
    {"idle_power_fraction", "Idle power", Unit::fraction, "The share of full power an idle GPU server still draws."},
    {"other_opex_fraction_per_year", "Other opex (share of capex)", Unit::fraction_per_year,
     "Staff, maintenance, insurance and taxes a year, as a share of capex."},
    {"opex_usd_per_gw_year", "Other opex per GW", Unit::usd_per_gw_year,
     "Staff, maintenance and the rest a year, per GW of IT power (energy apart)."},
    {"it_life_years", "GPU life", Unit::years, "Years over which the hardware is paid back."},
    {"facility_life_years", "Facility life", Unit::years, "Years over which the buildings are paid back."},
    {"cost_of_capital_per_year", "Cost of capital", Unit::fraction_per_year, "The yearly return the capital asks for."},
});

static_assert(infos.size() == std::size(assumption_fields), "one label per assumption");

}  // namespace

std::span<const DealInputField> deal_input_fields() { return fields; }

const DealInputField* find_deal_input_field(Block block, std::string_view key) {
    for (const DealInputField& f : fields) {
        if (f.block == block && f.key == key) return &f;
    }
    return nullptr;
}

const DealInputField* block_start_field(Block block) {
    switch (block) {
        case Block::capacity: return find_deal_input_field(block, "capacity_gw");
        case Block::rental: return find_deal_input_field(block, "monthly_rate_usd");
        case Block::exit: return find_deal_input_field(block, "headline_value_usd");
        case Block::project_finance: return find_deal_input_field(block, "equity_usd");
        case Block::deal:
        case Block::financing:
        case Block::warrants: return nullptr;
    }
    return nullptr;
}

std::span<const AssumptionInfo> assumption_infos() { return infos; }

const AssumptionInfo* find_assumption_info(std::string_view key) {
    for (const AssumptionInfo& info : infos) {
        if (info.key == key) return &info;
    }
    return nullptr;
}

}  // namespace boomerang::model
