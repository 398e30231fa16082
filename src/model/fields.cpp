// The registry's tables. Labels and help texts are what the UI shows; keys are the model's
// member names. Formula texts match docs/models/*.md.
//
// Index: accessors | units | capacity | commitment | circularity | supply | choices | outputs
#include "model/fields.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

namespace boomerang::model {

namespace {

// ---- Accessors: a field is named by its member pointer; where its struct sits in a Scenario
// or ScenarioResults, and so its section, follows from the member's class.

template <typename Struct>
struct Place;

template <>
struct Place<CapacityInputs> {
    static constexpr Section section = Section::capacity;
    static constexpr auto in = &Scenario::capacity;
};
template <>
struct Place<CommitmentInputs> {
    static constexpr Section section = Section::commitment;
    static constexpr auto in = &Scenario::commitment;
};
template <>
struct Place<CircularityInputs> {
    static constexpr Section section = Section::circularity;
    static constexpr auto in = &Scenario::circularity;
};
template <>
struct Place<SupplyInputs> {
    static constexpr Section section = Section::supply;
    static constexpr auto in = &Scenario::supply;
};
template <>
struct Place<CapacityResults> {
    static constexpr Section section = Section::capacity;
    static constexpr auto in = &ScenarioResults::capacity;
};
template <>
struct Place<CommitmentResults> {
    static constexpr Section section = Section::commitment;
    static constexpr auto in = &ScenarioResults::commitment;
};
template <>
struct Place<CircularityResults> {
    static constexpr Section section = Section::circularity;
    static constexpr auto in = &ScenarioResults::circularity;
};
template <>
struct Place<NetworkResults> {
    static constexpr Section section = Section::network;
    static constexpr auto in = &ScenarioResults::network;
};
template <>
struct Place<SupplyResults> {
    static constexpr Section section = Section::supply;
    static constexpr auto in = &ScenarioResults::supply;
};

template <typename Member>
struct ClassOf;
template <typename Class, typename T>
struct ClassOf<T Class::*> {
    using type = Class;
};

template <auto member>
using PlaceOf = Place<typename ClassOf<decltype(member)>::type>;

template <auto member>
double read_input(const Scenario& s) {
    return (s.*PlaceOf<member>::in).*member;
}
template <auto member>
void write_input(Scenario& s, double value) {
    (s.*PlaceOf<member>::in).*member = value;
}
template <auto member>
int read_choice(const Scenario& s) {
    return static_cast<int>((s.*PlaceOf<member>::in).*member);
}
template <auto member>
void write_choice(Scenario& s, int value) {
    using Enum = std::remove_reference_t<decltype((s.*PlaceOf<member>::in).*member)>;
    (s.*PlaceOf<member>::in).*member = static_cast<Enum>(value);
}
template <auto member>
double read_output(const ScenarioResults& r) {
    return (r.*PlaceOf<member>::in).*member;
}

template <auto member>
constexpr InputField input(std::string_view key, std::string_view label, Unit unit, Bounds bounds,
                           std::string_view help) {
    return {PlaceOf<member>::section, key, label, unit, bounds, &read_input<member>, &write_input<member>, help};
}

template <auto member>
constexpr ChoiceField choice(std::string_view key, std::string_view label, std::span<const ChoiceOption> options,
                             std::string_view help) {
    return {PlaceOf<member>::section, key, label, options, &read_choice<member>, &write_choice<member>, help};
}

template <auto member>
constexpr OutputField output(std::string_view key, std::string_view label, Unit unit, std::string_view formula) {
    return {PlaceOf<member>::section, key, label, unit, &read_output<member>, formula};
}

}  // namespace

// ---- Units ------------------------------------------------------------------------------

std::string_view unit_name(Unit unit) {
    switch (unit) {
        case Unit::usd: return "usd";
        case Unit::usd_per_year: return "usd_per_year";
        case Unit::usd_per_gw: return "usd_per_gw";
        case Unit::usd_per_gw_year: return "usd_per_gw_year";
        case Unit::usd_per_gpu: return "usd_per_gpu";
        case Unit::usd_per_gpu_hour: return "usd_per_gpu_hour";
        case Unit::usd_per_mwh: return "usd_per_mwh";
        case Unit::usd_per_share: return "usd_per_share";
        case Unit::usd_per_month: return "usd_per_month";
        case Unit::usd_per_mw_month: return "usd_per_mw_month";
        case Unit::kw_per_gpu: return "kw_per_gpu";
        case Unit::mw: return "mw";
        case Unit::gw: return "gw";
        case Unit::gw_per_year: return "gw_per_year";
        case Unit::gw_per_week: return "gw_per_week";
        case Unit::twh_per_year: return "twh_per_year";
        case Unit::gpus: return "gpus";
        case Unit::gpus_per_year: return "gpus_per_year";
        case Unit::gpus_per_gw: return "gpus_per_gw";
        case Unit::wafers_per_year: return "wafers_per_year";
        case Unit::dies_per_wafer: return "dies_per_wafer";
        case Unit::dies_per_gpu: return "dies_per_gpu";
        case Unit::shares: return "shares";
        case Unit::fraction: return "fraction";
        case Unit::fraction_per_year: return "fraction_per_year";
        case Unit::fraction_per_month: return "fraction_per_month";
        case Unit::ratio: return "ratio";
        case Unit::months: return "months";
        case Unit::days: return "days";
        case Unit::years: return "years";
        case Unit::calendar_year: return "calendar_year";
    }
    return "";
}

namespace {

constexpr std::array inputs{
    // ---- Capacity ---------------------------------------------------------------------
    input<&CapacityInputs::deal_size_usd>(
        "deal_size_usd", "Deal size", Unit::usd, positive,
        "Capex the deal pays for: hardware only, or hardware and facility (see deal_scope). "
        "Read when the deal is sized by deal size."),
    input<&CapacityInputs::capacity_gw>(
        "capacity_gw", "Capacity (IT power)", Unit::gw, positive,
        "Gigawatts drawn by the GPUs and servers, before cooling. AMD–OpenAI: 6 GW (Tencent "
        "Technology). Read when the deal is sized by capacity."),
    input<&CapacityInputs::gpus>("gpus", "GPUs", Unit::gpus, positive,
                                 "Number of GPUs. 6 GW ≈ 3 million GPUs (Tencent Technology). Read when the deal is "
                                 "sized by GPUs."),
    input<&CapacityInputs::gpus_per_gw>(
        "gpus_per_gw", "GPUs per GW", Unit::gpus_per_gw, positive,
        "GPUs per gigawatt of IT power: 1 GW ≈ 500,000 GB200/300 GPUs (Tencent Technology)."),
    input<&CapacityInputs::hardware_usd_per_gw>(
        "hardware_usd_per_gw", "Hardware cost per GW", Unit::usd_per_gw, positive,
        "GPUs, servers and networking per gigawatt: \"the hardware cost alone exceeds $20 "
        "billion\" (Tencent Technology)."),
    input<&CapacityInputs::facility_usd_per_gw>(
        "facility_usd_per_gw", "Facility cost per GW", Unit::usd_per_gw, non_negative,
        "Building, power and cooling per gigawatt of IT power. Assumption: about $10M per MW, "
        "the industry rule of thumb."),
    input<&CapacityInputs::pue>("pue", "PUE", Unit::ratio, pue_bounds,
                                "Power usage effectiveness: grid power / IT power. Assumption: 1.2 for a new "
                                "liquid-cooled site."),
    input<&CapacityInputs::utilization_fraction>(
        "utilization_fraction", "Utilization", Unit::fraction, positive_fraction,
        "Average share of the fleet busy and billable; scales energy drawn and GPU-hours "
        "sold. Assumption: 80%."),
    input<&CapacityInputs::electricity_usd_per_mwh>("electricity_usd_per_mwh", "Electricity price", Unit::usd_per_mwh,
                                                    non_negative,
                                                    "Price of grid power. Assumption: $60/MWh, a US industrial rate."),
    input<&CapacityInputs::other_opex_fraction_per_year>(
        "other_opex_fraction_per_year", "Other opex", Unit::fraction_per_year, fraction,
        "Staff, maintenance, insurance and taxes per year as a share of total capex. "
        "Assumption: 3%."),
    input<&CapacityInputs::it_life_years>(
        "it_life_years", "IT useful life", Unit::years, positive,
        "Years over which the hardware is paid off. Assumption: 5 (hyperscalers use 5–6)."),
    input<&CapacityInputs::facility_life_years>("facility_life_years", "Facility useful life", Unit::years, positive,
                                                "Years over which the building is paid off. Assumption: 20."),
    input<&CapacityInputs::cost_of_capital_per_year>(
        "cost_of_capital_per_year", "Cost of capital", Unit::fraction_per_year, fraction,
        "Yearly return the capex must earn. Assumption: 10%, a blend of debt and equity."),

    // ---- Commitment -------------------------------------------------------------------
    input<&CommitmentInputs::headline_value_usd>(
        "headline_value_usd", "Headline value", Unit::usd, positive,
        "Announced contract value: Anthropic–SpaceX $15B (\"The Great AI Compute Race\"). Read "
        "when the headline value is given."),
    input<&CommitmentInputs::monthly_payment_usd>(
        "monthly_payment_usd", "Monthly payment", Unit::usd, positive,
        "Payment per month at the full rate: $1.25B (\"The Great AI Compute Race\"). Read when "
        "the monthly payment is given."),
    input<&CommitmentInputs::term_months>("term_months", "Term", Unit::months, term_months_bounds,
                                          "Length of the contract in whole months. $15B / $1.25B per month = 12."),
    input<&CommitmentInputs::ramp_months>(
        "ramp_months", "Ramp", Unit::months, ramp_months_bounds,
        "Months over which payments rise linearly from 0 to the full rate; at most the term."),
    input<&CommitmentInputs::notice_days>(
        "notice_days", "Notice period", Unit::days, non_negative,
        "Days of notice either side must give to exit: 90 (\"The Great AI Compute Race\"). "
        "Counted in 30-day months."),
    input<&CommitmentInputs::termination_fee_usd>(
        "termination_fee_usd", "Termination fee", Unit::usd, non_negative,
        "Paid by the buyer on an early exit, on top of the notice-period payments."),
    input<&CommitmentInputs::prepayment_usd>(
        "prepayment_usd", "Prepayment", Unit::usd, non_negative,
        "Paid at signing, non-refundable, credited to the first months; at most the headline."),
    input<&CommitmentInputs::exit_probability_per_year>(
        "exit_probability_per_year", "Exit probability", Unit::fraction_per_year, fraction,
        "Chance per year that either side gives notice. Assumption: 20%."),
    input<&CommitmentInputs::seller_annual_revenue_usd>(
        "seller_annual_revenue_usd", "Seller's annual revenue", Unit::usd_per_year, positive,
        "The seller's revenue per year, to size the deal against it. Assumption: SpaceX "
        "about $15.5B in 2025 (Elon Musk's estimate)."),

    // ---- Circularity (model: circularity.hpp) ------------------------------------------
    input<&CircularityInputs::deployed_gw>(
        "deployed_gw", "Deployed", Unit::gw, non_negative,
        "Gigawatts deployed so far; tranches at or below it are paid out or vested."),
    input<&CircularityInputs::customer_spend_usd_per_gw>(
        "customer_spend_usd_per_gw", "Customer spend per GW", Unit::usd_per_gw, non_negative,
        "What the customer spends with the vendor per GW: > $20B of hardware (Tencent "
        "Technology)."),
    input<&CircularityInputs::gross_margin_fraction>(
        "gross_margin_fraction", "Vendor gross margin", Unit::fraction, fraction,
        "Vendor's gross profit per dollar of revenue: Nvidia 75% (annual report)."),
    input<&CircularityInputs::strike_usd_per_share>(
        "strike_usd_per_share", "Warrant strike", Unit::usd_per_share, non_negative,
        "Price the customer pays per warrant share: AMD $0.01 (Tencent Technology)."),
    input<&CircularityInputs::share_price_usd>(
        "share_price_usd", "Vendor share price", Unit::usd_per_share, non_negative,
        "Vendor's share price, to value the warrants and test price conditions."),
    input<&CircularityInputs::vendor_shares_outstanding>(
        "vendor_shares_outstanding", "Vendor shares outstanding", Unit::shares, non_negative,
        "Vendor's shares before the grant; needed when warrants grant shares."),
    input<&CircularityInputs::market_cap_change_usd>(
        "market_cap_change_usd", "Market value change", Unit::usd, any_finite,
        "Vendor's market value change on the announcement: Nvidia +$180B (Tencent "
        "Technology). May be negative."),

    // ---- Supply -------------------------------------------------------------------------
    input<&SupplyInputs::cowos_wafers_per_year>(
        "cowos_wafers_per_year", "CoWoS wafers per year", Unit::wafers_per_year, positive,
        "Advanced-packaging wafers per year: 900,000 (Tencent Technology says \"monthly\", "
        "which only works as a yearly figure)."),
    input<&SupplyInputs::vendor_share_fraction>(
        "vendor_share_fraction", "Vendor's share", Unit::fraction, positive_fraction,
        "Share of the wafers the GPU vendor gets: Nvidia half (Tencent Technology)."),
    input<&SupplyInputs::gpu_dies_per_wafer>(
        "gpu_dies_per_wafer", "GPU dies per wafer", Unit::dies_per_wafer, positive,
        "GPU dies packaged per wafer. Assumption: 30, which reproduces the article's 6.75M "
        "GPUs."),
    input<&SupplyInputs::dies_per_gpu>("dies_per_gpu", "Dies per GPU", Unit::dies_per_gpu, dies_per_gpu_bounds,
                                       "Compute dies in one GPU: 2 for the dual-die GB200 (Tencent Technology)."),
    input<&SupplyInputs::packaging_yield_fraction>(
        "packaging_yield_fraction", "Packaging yield", Unit::fraction, positive_fraction,
        "Share of packaged dies that work. 100% reproduces the article, which counts them all."),
    input<&SupplyInputs::gpus_per_gw>("gpus_per_gw", "GPUs per GW", Unit::gpus_per_gw, positive,
                                      "Converts GPUs to gigawatts: 500,000 per GW (Tencent Technology)."),
    input<&SupplyInputs::demand_gw>("demand_gw", "Demand", Unit::gw, non_negative,
                                    "Gigawatts to deliver when entered: OpenAI's > $1T of agreements ≈ 50 GW (Tencent "
                                    "Technology)."),
    input<&SupplyInputs::target_gw_per_week>(
        "target_gw_per_week", "Target pace", Unit::gw_per_week, positive,
        "\"a gigawatt of new AI infrastructure every week\" (Sam Altman, quoted in RTZ #854)."),
    input<&SupplyInputs::supply_growth_per_year>(
        "supply_growth_per_year", "Supply growth", Unit::fraction_per_year, supply_growth_bounds,
        "Yearly growth of wafer supply after the first year; 0 keeps it flat."),
    input<&SupplyInputs::start_year>("start_year", "First year", Unit::calendar_year, start_year_bounds,
                                     "Calendar year of the first supply figure: 2025 (Tencent Technology)."),
    input<&SupplyInputs::horizon_years>("horizon_years", "Years shown", Unit::years, horizon_years_bounds,
                                        "Number of years in the supply-versus-demand series."),
};

constexpr std::array size_by_options{
    ChoiceOption{"deal_size", "Deal size ($)"},
    ChoiceOption{"capacity", "Capacity (GW)"},
    ChoiceOption{"gpus", "GPUs"},
};
constexpr std::array deal_scope_options{
    ChoiceOption{"hardware", "Hardware only"},
    ChoiceOption{"hardware_and_facility", "Hardware and facility"},
};
constexpr std::array amount_given_options{
    ChoiceOption{"headline_value", "Headline value"},
    ChoiceOption{"monthly_payment", "Monthly payment"},
};
constexpr std::array demand_source_options{
    ChoiceOption{"capacity", "Capacity section"},
    ChoiceOption{"entered", "Entered demand"},
};

// ---- Choices --------------------------------------------------------------------------
constexpr std::array choices{
    choice<&CapacityInputs::size_by>(
        "size_by", "Size the deal by", size_by_options,
        "The figure you enter; the other two of deal size, GW and GPUs are derived from it."),
    choice<&CapacityInputs::deal_scope>(
        "deal_scope", "Deal size covers", deal_scope_options,
        "Whether the deal's dollars buy the hardware only (as the articles count) or the "
        "facility too."),
    choice<&CommitmentInputs::amount_given>(
        "amount_given", "Amount given", amount_given_options,
        "The contract figure you enter; the other is derived over the term and ramp."),
    choice<&SupplyInputs::demand_source>("demand_source", "Demand from", demand_source_options,
                                         "Check the capacity section's gigawatts, or the demand entered here."),
};

// ---- Outputs --------------------------------------------------------------------------
constexpr std::array outputs{
    output<&CapacityResults::deal_size_usd>(
        "deal_size_usd", "Deal size", Unit::usd,
        "capacity_gw × (hardware_usd_per_gw [+ facility_usd_per_gw if deal_scope covers the "
        "facility])"),
    output<&CapacityResults::capacity_gw>("capacity_gw", "Capacity (IT power)", Unit::gw,
                                          "as entered, or deal_size_usd / deal $ per GW, or gpus / gpus_per_gw"),
    output<&CapacityResults::facility_power_gw>("facility_power_gw", "Facility power", Unit::gw, "capacity_gw × pue"),
    output<&CapacityResults::gpus>("gpus", "GPUs", Unit::gpus, "capacity_gw × gpus_per_gw"),
    output<&CapacityResults::hardware_usd_per_gpu>("hardware_usd_per_gpu", "Hardware per GPU", Unit::usd_per_gpu,
                                                   "hardware_usd_per_gw / gpus_per_gw"),
    output<&CapacityResults::hardware_capex_usd>("hardware_capex_usd", "Hardware capex", Unit::usd,
                                                 "capacity_gw × hardware_usd_per_gw"),
    output<&CapacityResults::facility_capex_usd>("facility_capex_usd", "Facility capex", Unit::usd,
                                                 "capacity_gw × facility_usd_per_gw"),
    output<&CapacityResults::total_capex_usd>("total_capex_usd", "Total capex", Unit::usd,
                                              "hardware_capex_usd + facility_capex_usd"),
    output<&CapacityResults::energy_twh_per_year>("energy_twh_per_year", "Energy per year", Unit::twh_per_year,
                                                  "facility_power_gw × utilization_fraction × 8760 h / 1000"),
    output<&CapacityResults::energy_cost_usd_per_year>(
        "energy_cost_usd_per_year", "Energy cost per year", Unit::usd_per_year,
        "energy_twh_per_year × 1,000,000 MWh/TWh × electricity_usd_per_mwh"),
    output<&CapacityResults::capital_cost_usd_per_year>(
        "capital_cost_usd_per_year", "Capital cost per year", Unit::usd_per_year,
        "hardware_capex_usd × CRF(r, it_life_years) + facility_capex_usd × CRF(r, "
        "facility_life_years); CRF(r, n) = r / (1 − (1 + r)^−n), 1/n at r = 0"),
    output<&CapacityResults::other_opex_usd_per_year>("other_opex_usd_per_year", "Other opex per year",
                                                      Unit::usd_per_year,
                                                      "total_capex_usd × other_opex_fraction_per_year"),
    output<&CapacityResults::breakeven_revenue_usd_per_year>(
        "breakeven_revenue_usd_per_year", "Break-even revenue per year", Unit::usd_per_year,
        "capital_cost_usd_per_year + energy_cost_usd_per_year + other_opex_usd_per_year"),
    output<&CapacityResults::cost_usd_per_gpu_hour>(
        "cost_usd_per_gpu_hour", "Cost per GPU-hour", Unit::usd_per_gpu_hour,
        "breakeven_revenue_usd_per_year / (gpus × 8760 h × utilization_fraction)"),
    output<&CapacityResults::total_capex_usd_per_gw>("total_capex_usd_per_gw", "Total capex per GW", Unit::usd_per_gw,
                                                     "total_capex_usd / capacity_gw"),
    output<&CapacityResults::breakeven_revenue_usd_per_gw_year>("breakeven_revenue_usd_per_gw_year",
                                                                "Break-even revenue per GW-year", Unit::usd_per_gw_year,
                                                                "breakeven_revenue_usd_per_year / capacity_gw"),

    output<&CommitmentResults::headline_value_usd>(
        "headline_value_usd", "Headline value", Unit::usd,
        "as entered, or monthly_payment_usd × (term_months − ramp_months / 2)"),
    output<&CommitmentResults::monthly_payment_usd>(
        "monthly_payment_usd", "Monthly payment", Unit::usd,
        "as entered, or headline_value_usd / (term_months − ramp_months / 2)"),
    output<&CommitmentResults::notice_months>("notice_months", "Notice period", Unit::months, "notice_days / 30"),
    output<&CommitmentResults::firm_value_usd>(
        "firm_value_usd", "Firm value", Unit::usd,
        "min(headline, max(payments in the first notice_months, prepayment) + termination fee)"),
    output<&CommitmentResults::firm_share_fraction>("firm_share_fraction", "Firm share", Unit::fraction,
                                                    "firm_value_usd / headline_value_usd"),
    output<&CommitmentResults::exit_probability_per_month>("exit_probability_per_month", "Exit probability per month",
                                                           Unit::fraction_per_month,
                                                           "1 − (1 − exit_probability_per_year)^(1/12)"),
    output<&CommitmentResults::expected_value_usd>(
        "expected_value_usd", "Expected value", Unit::usd,
        "Σ over notice months m of q(1 − q)^m × (payments through m + firm value at m) + "
        "(1 − q)^term × headline; q = exit_probability_per_month"),
    output<&CommitmentResults::expected_share_fraction>("expected_share_fraction", "Expected share", Unit::fraction,
                                                        "expected_value_usd / headline_value_usd"),
    output<&CommitmentResults::deal_revenue_usd_per_year>("deal_revenue_usd_per_year", "Deal revenue per year",
                                                          Unit::usd_per_year, "monthly_payment_usd × 12"),
    output<&CommitmentResults::deal_to_seller_revenue_ratio>("deal_to_seller_revenue_ratio", "Deal / seller revenue",
                                                             Unit::ratio,
                                                             "deal_revenue_usd_per_year / seller_annual_revenue_usd"),
    output<&CommitmentResults::revenue_at_risk_usd>("revenue_at_risk_usd", "Revenue at risk", Unit::usd,
                                                    "headline_value_usd − firm_value_usd"),
    output<&CommitmentResults::revenue_at_risk_ratio>("revenue_at_risk_ratio", "Revenue at risk / seller revenue",
                                                      Unit::ratio, "revenue_at_risk_usd / seller_annual_revenue_usd"),

    output<&CircularityResults::investment_committed_usd>("investment_committed_usd", "Investment committed", Unit::usd,
                                                          "Σ investment tranche amounts"),
    output<&CircularityResults::investment_disbursed_usd>("investment_disbursed_usd", "Investment disbursed", Unit::usd,
                                                          "Σ amounts of tranches with at_gw ≤ deployed_gw"),
    output<&CircularityResults::customer_spend_usd>("customer_spend_usd", "Customer spend", Unit::usd,
                                                    "customer_spend_usd_per_gw × deployed_gw"),
    output<&CircularityResults::round_trip_ratio>(
        "round_trip_ratio", "Round trip", Unit::ratio,
        "min(investment_disbursed_usd, customer_spend_usd) / customer_spend_usd; 0 if no spend"),
    output<&CircularityResults::vendor_gross_profit_usd>("vendor_gross_profit_usd", "Vendor gross profit", Unit::usd,
                                                         "customer_spend_usd × gross_margin_fraction"),
    output<&CircularityResults::vendor_net_cash_usd>("vendor_net_cash_usd", "Vendor net cash", Unit::usd,
                                                     "vendor_gross_profit_usd − investment_disbursed_usd"),
    output<&CircularityResults::warrant_shares_granted>("warrant_shares_granted", "Warrant shares granted",
                                                        Unit::shares, "Σ warrant tranche shares"),
    output<&CircularityResults::warrant_shares_vested>(
        "warrant_shares_vested", "Warrant shares vested", Unit::shares,
        "Σ shares of tranches whose deployment and price conditions are met"),
    output<&CircularityResults::warrant_stake_fraction>("warrant_stake_fraction", "Warrant stake", Unit::fraction,
                                                        "warrant_shares_granted / vendor_shares_outstanding"),
    output<&CircularityResults::vested_warrant_value_usd>(
        "vested_warrant_value_usd", "Vested warrant value", Unit::usd,
        "warrant_shares_vested × max(0, share_price_usd − strike_usd_per_share)"),
    output<&CircularityResults::vendor_net_value_usd>("vendor_net_value_usd", "Vendor net value", Unit::usd,
                                                      "vendor_net_cash_usd − vested_warrant_value_usd"),
    output<&CircularityResults::effective_discount_ratio>(
        "effective_discount_ratio", "Effective discount", Unit::ratio,
        "(investment_disbursed_usd + vested_warrant_value_usd) / customer_spend_usd; 0 if no "
        "spend"),
    output<&CircularityResults::market_cap_change_per_usd_committed>(
        "market_cap_change_per_usd_committed", "Market value change per $ committed", Unit::ratio,
        "market_cap_change_usd / (investment_committed_usd + warrant_shares_granted × "
        "max(0, share_price_usd − strike_usd_per_share)); 0 if nothing is committed"),

    output<&NetworkResults::total_flow_usd>("total_flow_usd", "Total flow", Unit::usd, "Σ flow amounts"),
    output<&NetworkResults::circular_flow_usd>("circular_flow_usd", "Circular flow", Unit::usd,
                                               "Σ flows whose two ends are in the same cycle"),
    output<&NetworkResults::circular_share_fraction>("circular_share_fraction", "Circular share", Unit::fraction,
                                                     "circular_flow_usd / total_flow_usd; 0 if there is no flow"),

    output<&SupplyResults::supply_gpus_per_year>(
        "supply_gpus_per_year", "GPU supply per year", Unit::gpus_per_year,
        "cowos_wafers_per_year × vendor_share_fraction × gpu_dies_per_wafer / dies_per_gpu × "
        "packaging_yield_fraction"),
    output<&SupplyResults::supply_gw_per_year>("supply_gw_per_year", "Supply per year", Unit::gw_per_year,
                                               "supply_gpus_per_year / gpus_per_gw"),
    output<&SupplyResults::demand_gw>("demand_gw", "Demand", Unit::gw,
                                      "the capacity section's capacity_gw, or demand_gw as entered"),
    output<&SupplyResults::demand_gpus>("demand_gpus", "Demand in GPUs", Unit::gpus, "demand_gw × gpus_per_gw"),
    output<&SupplyResults::years_to_deliver>(
        "years_to_deliver", "Years to deliver", Unit::years,
        "demand_gw / supply_gw_per_year; with growth g: ln(1 + demand × g / supply) / "
        "ln(1 + g)"),
    output<&SupplyResults::target_gw_per_year>("target_gw_per_year", "Target pace per year", Unit::gw_per_year,
                                               "target_gw_per_week × 52"),
    output<&SupplyResults::supply_to_target_ratio>("supply_to_target_ratio", "Supply / target pace", Unit::ratio,
                                                   "supply_gw_per_year / target_gw_per_year"),
    output<&SupplyResults::years_to_deliver_at_target>("years_to_deliver_at_target", "Years to deliver at target pace",
                                                       Unit::years, "demand_gw / target_gw_per_year"),
};

template <typename Field>
const Field* find(std::span<const Field> fields, Section section, std::string_view key) {
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const Field& field) { return field.section == section && field.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

}  // namespace

std::span<const InputField> input_fields() { return inputs; }
std::span<const ChoiceField> choice_fields() { return choices; }
std::span<const OutputField> output_fields() { return outputs; }

const InputField* find_input_field(Section section, std::string_view key) { return find(input_fields(), section, key); }
const ChoiceField* find_choice_field(Section section, std::string_view key) {
    return find(choice_fields(), section, key);
}
const OutputField* find_output_field(Section section, std::string_view key) {
    return find(output_fields(), section, key);
}

}  // namespace boomerang::model
