// Evaluating one deal: the outputs of the blocks it has, on its real monthly schedule.
//
// Every result block is present exactly when the deal has the input block, and every
// optional figure is present exactly when the inputs it needs are. Money moves on a monthly
// schedule (Schedule): purchases as capacity deploys, rentals month by month, stated values
// evenly over their term, investment tranches and warrant vesting in the month deployment
// reaches them. The book's network and timeline read these schedules, so a deal and its
// book can never disagree. Formulas: docs/models/deals.md.
#pragma once

#include "model/book.hpp"
#include "model/deal.hpp"
#include "model/result.hpp"

#include <optional>
#include <vector>

namespace boomerang::model {

// Amounts per calendar month from first_month (a month_index) on.
struct Schedule {
    int first_month = 0;
    std::vector<double> values;

    bool empty() const { return values.empty(); }
    int end_month() const { return first_month + static_cast<int>(values.size()); }
    double at(int month) const;  // 0 outside the schedule
    double total() const;
    // Sum over the months from `from` to `to`, both included.
    double sum(int from, int to) const;
    double through(int month) const { return sum(first_month, month); }
};

struct YearAmount {
    int year = 0;
    double value = 0.0;

    bool operator==(const YearAmount&) const = default;
};

// Calendar-year sums of a schedule, one row per year it touches.
std::vector<YearAmount> by_year(const Schedule& schedule);

struct CapacityBlockResults {
    std::optional<double> capacity_gw;        // as entered or derived, in the deal's basis
    std::optional<double> it_power_gw;        // needs the PUE when the basis is facility
    std::optional<double> facility_power_gw;  // needs the PUE when the basis is IT
    std::optional<double> gpus;
    std::optional<double> gpus_per_gw;  // in the deal's basis
    std::optional<double> kw_per_gpu;   // all-in, in the deal's basis
    std::optional<double> hardware_capex_usd;
    std::optional<double> facility_capex_usd;
    std::optional<double> total_capex_usd;
    std::optional<double> purchase_value_usd;  // what the buyer pays the seller (pays_for)
    std::optional<double> hardware_usd_per_gpu;
    std::optional<double> energy_twh_per_year;
    std::optional<double> energy_cost_usd_per_year;
    std::optional<double> capital_cost_usd_per_year;
    std::optional<double> opex_usd_per_year;
    // Capital cost + energy + opex: the yearly cost of running the capacity.
    std::optional<double> annualized_cost_usd_per_year;
    std::optional<double> cost_usd_per_gpu_hour;
    Schedule deployed_gw;  // GW (deal basis) added each month
};

struct RentalBlockResults {
    double monthly_rate_usd = 0.0;
    double term_months = 0.0;
    Date end;                  // last month paid
    double total_usd = 0.0;    // the sum of the schedule
    double ramp_months = 0.0;  // 0 without a linear ramp
    // Paid from the start through t months (t may fall within a month, or within the ramp).
    double paid_through(double t) const;
    std::optional<double> usd_per_gpu_hour;  // full rate / (GPUs × 730 h)
    std::optional<double> usd_per_mw_month;
    Schedule payments;
};

struct ExitBlockResults {
    double headline_value_usd = 0.0;
    std::optional<double> binding_value_usd;  // with binding_gw: the part the terms bind
    double firm_value_usd = 0.0;              // kept whatever either side does; 0 under a letter of intent
    double firm_share_fraction = 0.0;
    std::optional<double> notice_months;
    double notice_payments_usd = 0.0;          // payments inside the notice period at signing
    std::optional<double> expected_value_usd;  // needs exit_probability_per_year
    std::optional<double> expected_share_fraction;
    double at_risk_usd = 0.0;  // headline − firm
    // At risk ÷ the seller's revenue per year, when the book gives that revenue.
    std::optional<double> at_risk_to_seller_revenue_ratio;
    bool nothing_binds = false;  // a letter of intent, superseded or cancelled
    // Month by month from the first payment: what remains committed and firm.
    Schedule committed_usd;
    Schedule firm_usd;
    Schedule expected_usd;  // empty without exit_probability_per_year
};

struct FinancingTrancheStatus {
    double at_gw = 0.0;
    double amount_usd = 0.0;
    std::optional<int> month;  // when deployment reaches at_gw; none if it never does
    bool in_window = false;
};

struct FinancingBlockResults {
    double committed_usd = 0.0;    // all tranches
    double disbursed_usd = 0.0;    // tranches released within the book's window
    double stake_value_usd = 0.0;  // as entered, else 0
    bool stake_value_entered = false;
    double net_transfer_usd = 0.0;                  // disbursed − stake value
    std::optional<double> spend_with_investor_usd;  // the buyer's payments to the investor
    std::optional<double> round_trip_ratio;         // min(disbursed, spend) / spend
    std::optional<double> investor_gross_profit_usd;
    std::optional<double> investor_net_cash_usd;  // gross profit − disbursed
    std::vector<FinancingTrancheStatus> tranches;
    Schedule disbursements;
};

struct ProjectFinanceBlockResults {
    double equity_usd = 0.0;
    double debt_usd = 0.0;
    double raised_usd = 0.0;
    std::optional<double> debt_to_equity_ratio;
    double debt_share_fraction = 0.0;
    std::optional<double> cost_of_capital_per_year;   // weighted; needs both costs
    std::optional<double> debt_service_usd_per_year;  // needs the debt's cost and term
    std::optional<double> buys_it_gw;                 // raised / (hardware + facility per GW)
};

struct VestingTrancheStatus {
    double shares = 0.0;
    double vest_at_gw = 0.0;
    double vest_at_share_price_usd = 0.0;
    std::optional<int> deployment_month;  // when deployment reaches vest_at_gw
    bool price_met = false;
    bool vested = false;  // deployment met within the window and price met
    double value_usd = 0.0;
};

// One valuation rule everywhere: vested tranches at intrinsic value at share_price_usd;
// unvested tranches shown apart, as what all would be worth at the last price hurdle.
struct WarrantsBlockResults {
    double shares_granted = 0.0;
    double shares_vested = 0.0;
    std::optional<double> vested_value_usd;                     // needs the share price and strike
    std::optional<double> all_vest_price_usd;                   // the highest hurdle, else the share price
    std::optional<double> all_vest_value_usd;                   // every share at all_vest_price_usd
    std::optional<double> ownership_if_all_exercised_fraction;  // n / (N + n)
    std::optional<double> vested_ownership_fraction;
    std::vector<VestingTrancheStatus> tranches;
    Schedule vesting_value;  // the vested value, in the month each tranche vests
};

struct DealResults {
    std::optional<CapacityBlockResults> capacity;
    std::optional<RentalBlockResults> rental;
    std::optional<ExitBlockResults> exit;
    std::optional<FinancingBlockResults> financing;
    std::optional<ProjectFinanceBlockResults> project_finance;
    std::optional<WarrantsBlockResults> warrants;
    // Buyer → seller: the rental's payments, else the capacity's purchase as it deploys, else
    // a stated headline over its term.
    Schedule payments;
    std::vector<YearAmount> payments_by_year;
    std::optional<double> market_cap_change_per_usd_committed;
    // The seller as investor: its net cash from the deal minus the vested warrants it gave
    // away, the result for its existing shareholders. Needs the investor's gross margin.
    std::optional<double> seller_net_value_usd;
    // (Investment disbursed + vested warrant value) ÷ what the buyer spends with the seller.
    std::optional<double> effective_discount_ratio;
};

// Evaluates `deal` with `book`'s assumptions and window. Errors name the field by its path
// inside the deal ("capacity.capacity_gw", "warrants.tranches[2].shares").
Result<DealResults> evaluate_deal(const Deal& deal, const Book& book);

}  // namespace boomerang::model
