// Commitments & exit clauses: how much of a headline compute contract is firm.
//
// A contract pays monthly for term_months, ramping linearly to its full monthly rate over
// ramp_months. Either side may exit with notice_days' notice; the buyer then still pays the
// months inside the notice period plus any termination fee. The firm value is what the
// seller keeps whatever happens; the expected value weighs every exit month by a constant
// annual exit probability. Formulas and worked examples: docs/models/commitment.md.
#pragma once

#include "model/result.hpp"

#include <vector>

namespace boomerang::model {

// Which of the two contract figures was entered; the other is derived from it.
enum class AmountGiven { headline_value, monthly_payment };

// Notice periods are counted in commercial 30-day months, so the article's "90 days'
// notice" is exactly three monthly payments.
inline constexpr double days_per_month = 30.0;

struct CommitmentInputs {
    // Anthropic–SpaceX: "a $15 billion deal with SpaceX for computing resources ... a whopping
    // $1.25 billion per month ... Both Anthropic and SpaceX have the option to exit the
    // agreement with just 90 days' notice" ("The Great AI Compute Race: Anthropic's
    // Billion-Dollar Bet"). The term is not stated; $15B / $1.25B gives 12 months.
    AmountGiven amount_given = AmountGiven::monthly_payment;
    double headline_value_usd = 15e9;
    double monthly_payment_usd = 1.25e9;  // at full rate, after the ramp
    double term_months = 12.0;
    double ramp_months = 0.0;
    double notice_days = 90.0;
    // Not in the article: no fee, no prepayment.
    double termination_fee_usd = 0.0;
    double prepayment_usd = 0.0;  // paid at signing, non-refundable, credited to the first months
    // Assumption: a one-in-five chance each year that either side gives notice; the article
    // only says either side can.
    double exit_probability_per_year = 0.2;
    // Assumption (not in the articles, which call it "relatively modest"): SpaceX's 2025
    // revenue of about $15.5B as estimated publicly by Elon Musk.
    double seller_annual_revenue_usd = 15.5e9;
};

// One row per month; month 0 is signing. Amounts are the seller's revenue.
struct CommitmentMonth {
    int month = 0;
    double paid_usd = 0.0;             // cash received this month (month 0: the prepayment)
    double paid_cumulative_usd = 0.0;  // cash received through this month
    double committed_usd = 0.0;        // headline minus the payments scheduled so far
    double firm_usd = 0.0;             // of committed: kept even if notice is given now
    double expected_usd = 0.0;         // of committed: expected under the exit probability
};

struct CommitmentResults {
    double headline_value_usd = 0.0;
    double monthly_payment_usd = 0.0;  // full rate
    double notice_months = 0.0;        // notice_days / 30
    double firm_value_usd = 0.0;       // at signing
    double firm_share_fraction = 0.0;  // firm / headline
    double exit_probability_per_month = 0.0;
    double expected_value_usd = 0.0;  // at signing
    double expected_share_fraction = 0.0;
    double deal_revenue_usd_per_year = 0.0;     // monthly payment x 12
    double deal_to_seller_revenue_ratio = 0.0;  // deal revenue per year / seller revenue
    double revenue_at_risk_usd = 0.0;           // headline - firm: lost if notice is given now
    double revenue_at_risk_ratio = 0.0;         // revenue at risk / seller revenue per year
    std::vector<CommitmentMonth> schedule;      // months 0 .. term_months
};

Result<CommitmentResults> evaluate_commitment(const CommitmentInputs& inputs);

}  // namespace boomerang::model
