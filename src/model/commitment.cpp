#include "model/commitment.hpp"

#include "model/bounds.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace boomerang::model {

namespace {

constexpr double months_per_year = 12.0;

std::optional<Error> validate(const CommitmentInputs& in) {
    const struct {
        const char* key;
        double value;
        Bounds bounds;
    } checks[] = {
        {"headline_value_usd", in.headline_value_usd, positive},
        {"monthly_payment_usd", in.monthly_payment_usd, positive},
        {"term_months", in.term_months, term_months_bounds},
        {"ramp_months", in.ramp_months, ramp_months_bounds},
        {"notice_days", in.notice_days, non_negative},
        {"termination_fee_usd", in.termination_fee_usd, non_negative},
        {"prepayment_usd", in.prepayment_usd, non_negative},
        {"exit_probability_per_year", in.exit_probability_per_year, fraction},
        {"seller_annual_revenue_usd", in.seller_annual_revenue_usd, positive},
    };
    for (const auto& check : checks) {
        if (auto error = check_bounds(check.key, check.value, check.bounds)) return error;
    }
    if (in.ramp_months > in.term_months) {
        return Error{"ramp_months", "ramp_months must not exceed term_months (got " + number_text(in.ramp_months) +
                                        " > " + number_text(in.term_months) + ")"};
    }
    return std::nullopt;
}

// Payments scheduled from signing to month t, in full monthly payments. Payments accrue
// evenly within each month and ramp linearly from 0 at signing to the full rate at
// ramp_months, so the ramp costs ramp_months / 2 full payments.
double full_payments_through(double t, double term_months, double ramp_months) {
    t = std::clamp(t, 0.0, term_months);
    if (t >= ramp_months) return t - ramp_months / 2.0;
    return t * t / (2.0 * ramp_months);
}

}  // namespace

Result<CommitmentResults> evaluate_commitment(const CommitmentInputs& in) {
    if (auto error = validate(in)) return *error;

    const double term = in.term_months;
    const double ramp = in.ramp_months;
    const double full_payments = full_payments_through(term, term, ramp);

    CommitmentResults out;
    if (in.amount_given == AmountGiven::headline_value) {
        out.headline_value_usd = in.headline_value_usd;
        out.monthly_payment_usd = in.headline_value_usd / full_payments;
    } else {
        out.monthly_payment_usd = in.monthly_payment_usd;
        out.headline_value_usd = in.monthly_payment_usd * full_payments;
    }
    if (in.prepayment_usd > out.headline_value_usd) {
        return Error{"prepayment_usd", "prepayment_usd must not exceed the headline value (got " +
                                           number_text(in.prepayment_usd) + " > " +
                                           number_text(out.headline_value_usd) + ")"};
    }
    const double headline = out.headline_value_usd;
    out.notice_months = in.notice_days / days_per_month;
    out.exit_probability_per_month = 1.0 - std::pow(1.0 - in.exit_probability_per_year, 1.0 / months_per_year);

    const auto scheduled_usd = [&](double t) { return out.monthly_payment_usd * full_payments_through(t, term, ramp); };
    // Kept of the remaining commitment if notice is given at month t: the payments inside the
    // notice period, or the unused prepayment if larger, plus the fee — never more than the
    // rest of the contract, since a buyer would rather finish it than pay more to leave.
    const auto firm_usd = [&](double t) {
        const double paid_for = scheduled_usd(t);
        const double notice_payments = scheduled_usd(t + out.notice_months) - paid_for;
        const double unused_prepayment = std::max(0.0, in.prepayment_usd - paid_for);
        return std::min(headline - paid_for, std::max(notice_payments, unused_prepayment) + in.termination_fee_usd);
    };

    // Seller's expected total revenue given the contract still runs at month m: notice comes
    // at the start of each month with probability q, else the contract runs on.
    const int months = static_cast<int>(term);
    const double q = out.exit_probability_per_month;
    std::vector<double> expected_total_usd(static_cast<std::size_t>(months) + 1, headline);
    for (int m = months - 1; m >= 0; --m) {
        const double if_notice = scheduled_usd(m) + firm_usd(m);
        expected_total_usd[static_cast<std::size_t>(m)] =
            q * if_notice + (1.0 - q) * expected_total_usd[static_cast<std::size_t>(m) + 1];
    }

    double paid_cumulative = 0.0;
    for (int m = 0; m <= months; ++m) {
        CommitmentMonth row;
        row.month = m;
        row.paid_cumulative_usd = std::max(in.prepayment_usd, scheduled_usd(m));
        row.paid_usd = row.paid_cumulative_usd - paid_cumulative;
        paid_cumulative = row.paid_cumulative_usd;
        row.committed_usd = headline - scheduled_usd(m);
        row.firm_usd = firm_usd(m);
        row.expected_usd = expected_total_usd[static_cast<std::size_t>(m)] - scheduled_usd(m);
        out.schedule.push_back(row);
    }

    out.firm_value_usd = out.schedule.front().firm_usd;
    out.firm_share_fraction = out.firm_value_usd / headline;
    out.expected_value_usd = out.schedule.front().expected_usd;
    out.expected_share_fraction = out.expected_value_usd / headline;
    out.deal_revenue_usd_per_year = out.monthly_payment_usd * months_per_year;
    out.deal_to_seller_revenue_ratio = out.deal_revenue_usd_per_year / in.seller_annual_revenue_usd;
    out.revenue_at_risk_usd = headline - out.firm_value_usd;
    out.revenue_at_risk_ratio = out.revenue_at_risk_usd / in.seller_annual_revenue_usd;
    return out;
}

}  // namespace boomerang::model
