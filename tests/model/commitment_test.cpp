// Commitments & exit clauses: the Anthropic–SpaceX deal and the formulas of
// docs/models/commitment.md.
#include "model/commitment.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace boomerang::model;
using doctest::Approx;

namespace {

CommitmentResults evaluated(const CommitmentInputs& inputs) {
    const auto result = evaluate_commitment(inputs);
    REQUIRE(result.ok());
    return result.value();
}

Error rejected(const CommitmentInputs& inputs) {
    const auto result = evaluate_commitment(inputs);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

}  // namespace

TEST_CASE("firm value counts only the notice period") {
    // "The Great AI Compute Race": $15B at $1.25B per month, either side may exit with 90
    // days' notice.
    CommitmentInputs in;

    SUBCASE("Anthropic–SpaceX: 3 x $1.25B = $3.75B of $15B is firm") {
        const CommitmentResults out = evaluated(in);
        CHECK(out.headline_value_usd == Approx(15e9));
        CHECK(out.notice_months == 3.0);  // 90 days in 30-day months, exactly
        CHECK(out.firm_value_usd == Approx(3.75e9));
        CHECK(out.firm_share_fraction == Approx(0.25));
        CHECK(out.revenue_at_risk_usd == Approx(11.25e9));
    }
    SUBCASE("a longer notice period makes more of the deal firm") {
        in.notice_days = 180.0;
        CHECK(evaluated(in).firm_value_usd == Approx(7.5e9));  // 6 monthly payments
    }
    SUBCASE("a notice period between months counts the part-month") {
        in.notice_days = 45.0;
        CHECK(evaluated(in).firm_value_usd == Approx(1.875e9));  // 1.5 x $1.25B
    }
    SUBCASE("without notice nothing is firm") {
        in.notice_days = 0.0;
        CHECK(evaluated(in).firm_value_usd == 0.0);
    }
    SUBCASE("a notice longer than the term makes the whole contract firm") {
        in.notice_days = 400.0;
        CHECK(evaluated(in).firm_share_fraction == Approx(1.0));
    }
    SUBCASE("a termination fee adds to the notice payments") {
        in.termination_fee_usd = 1e9;
        CHECK(evaluated(in).firm_value_usd == Approx(4.75e9));
    }
    SUBCASE("a fee larger than the rest of the contract is never paid: finishing is cheaper") {
        in.termination_fee_usd = 20e9;
        CHECK(evaluated(in).firm_value_usd == Approx(15e9));
    }
    SUBCASE("a non-refundable prepayment larger than the notice payments is firm") {
        in.prepayment_usd = 6e9;
        CHECK(evaluated(in).firm_value_usd == Approx(6e9));
    }
}

TEST_CASE("headline and monthly payment follow from each other") {
    CommitmentInputs in;

    SUBCASE("$1.25B a month for 12 months is $15B") { CHECK(evaluated(in).headline_value_usd == Approx(15e9)); }
    SUBCASE("$15B over 12 months is $1.25B a month") {
        in.amount_given = AmountGiven::headline_value;
        in.monthly_payment_usd = 1.0;  // ignored: the headline is given
        CHECK(evaluated(in).monthly_payment_usd == Approx(1.25e9));
    }
    SUBCASE("a 4-month linear ramp costs half of 4 full payments") {
        in.ramp_months = 4.0;
        const CommitmentResults out = evaluated(in);
        CHECK(out.headline_value_usd == Approx(1.25e9 * (12.0 - 2.0)));
        // Month m of the ramp pays the average rate over the month: (m - 1/2) / 4.
        CHECK(out.schedule[1].paid_usd == Approx(1.25e9 * 0.125));
        CHECK(out.schedule[4].paid_usd == Approx(1.25e9 * 0.875));
        CHECK(out.schedule[5].paid_usd == Approx(1.25e9));
        // The first 3 months pay 1/8 + 3/8 + 5/8 = 9/8 of a full payment.
        CHECK(out.firm_value_usd == Approx(1.25e9 * 9.0 / 8.0));
    }
    SUBCASE("headline -> monthly -> headline gives back the headline") {
        in.ramp_months = 3.5;
        in.amount_given = AmountGiven::headline_value;
        in.headline_value_usd = 10e9;
        in.monthly_payment_usd = evaluated(in).monthly_payment_usd;
        in.amount_given = AmountGiven::monthly_payment;
        CHECK(evaluated(in).headline_value_usd == Approx(10e9));
    }
}

TEST_CASE("the schedule shows each month's payment and what is still committed") {
    CommitmentInputs in;

    SUBCASE("Anthropic–SpaceX month by month") {
        const CommitmentResults out = evaluated(in);
        REQUIRE(out.schedule.size() == 13);  // signing + 12 months
        CHECK(out.schedule[0].paid_usd == 0.0);
        CHECK(out.schedule[1].paid_usd == Approx(1.25e9));
        CHECK(out.schedule[12].paid_cumulative_usd == Approx(15e9));
        CHECK(out.schedule[4].committed_usd == Approx(10e9));  // 8 payments left
        CHECK(out.schedule[4].firm_usd == Approx(3.75e9));     // still 3 inside the notice
        CHECK(out.schedule[10].firm_usd == Approx(2.5e9));     // only 2 payments left
        CHECK(out.schedule[12].committed_usd == Approx(0.0));
        CHECK(out.schedule[12].firm_usd == Approx(0.0));
    }
    SUBCASE("a prepayment is paid at signing and used up before cash flows again") {
        in.prepayment_usd = 2e9;
        const CommitmentResults out = evaluated(in);
        CHECK(out.schedule[0].paid_usd == Approx(2e9));
        CHECK(out.schedule[1].paid_usd == Approx(0.0));    // $1.25B of credit used
        CHECK(out.schedule[2].paid_usd == Approx(0.5e9));  // $2.5B due, $2B prepaid
        CHECK(out.schedule[12].paid_cumulative_usd == Approx(15e9));
    }
    SUBCASE("every month, firm <= expected <= committed") {
        in.ramp_months = 5.0;
        in.termination_fee_usd = 0.5e9;
        in.prepayment_usd = 4e9;
        for (const CommitmentMonth& row : evaluated(in).schedule) {
            CAPTURE(row.month);
            CHECK(row.firm_usd <= row.expected_usd * (1.0 + 1e-12));
            CHECK(row.expected_usd <= row.committed_usd * (1.0 + 1e-12));
        }
    }
}

TEST_CASE("expected value weighs each exit month by a constant exit probability") {
    CommitmentInputs in;

    SUBCASE("20% a year is 1.842% a month") {
        // 1 - 0.8^(1/12) = 0.0184235
        CHECK(evaluated(in).exit_probability_per_month == Approx(0.0184235).epsilon(1e-5));
    }
    SUBCASE("Anthropic–SpaceX at 20% a year: $14.013B expected of $15B") {
        // Sum over notice months k = 0..11 of q(1-q)^k x min(k + 3, 12) x $1.25B, plus
        // (1-q)^12 x $15B, q = 0.0184235: computed independently to $14.012988B.
        const CommitmentResults out = evaluated(in);
        CHECK(out.expected_value_usd == Approx(14.012988e9).epsilon(1e-6));
        CHECK(out.expected_share_fraction == Approx(14.012988 / 15.0).epsilon(1e-6));
    }
    SUBCASE("nobody ever exits: the headline is expected") {
        in.exit_probability_per_year = 0.0;
        CHECK(evaluated(in).expected_value_usd == Approx(15e9));
    }
    SUBCASE("someone surely exits at once: only the firm value is expected") {
        in.exit_probability_per_year = 1.0;
        CHECK(evaluated(in).expected_value_usd == Approx(3.75e9));
    }
    SUBCASE("a higher exit probability lowers the expected value") {
        const double at_20_percent = evaluated(in).expected_value_usd;
        in.exit_probability_per_year = 0.5;
        CHECK(evaluated(in).expected_value_usd < at_20_percent);
    }
}

TEST_CASE("the deal is set against the seller's annual revenue") {
    // SpaceX revenue about $15.5B (assumption, see commitment.hpp).
    const CommitmentResults out = evaluated(CommitmentInputs{});
    CHECK(out.deal_revenue_usd_per_year == Approx(15e9));            // $1.25B x 12
    CHECK(out.deal_to_seller_revenue_ratio == Approx(15.0 / 15.5));  // "a significant chunk"
    CHECK(out.revenue_at_risk_ratio == Approx(11.25 / 15.5));        // $11.25B at risk
}

TEST_CASE("commitment inputs that make no sense are rejected, naming the field") {
    CommitmentInputs in;

    SUBCASE("a ramp longer than the term") {
        in.ramp_months = 13.0;
        const Error error = rejected(in);
        CHECK(error.field == "ramp_months");
        CHECK(error.message == "ramp_months must not exceed term_months (got 13 > 12)");
    }
    SUBCASE("a term that is not a whole number of months") {
        in.term_months = 12.5;
        const Error error = rejected(in);
        CHECK(error.field == "term_months");
        CHECK(error.message == "term_months must be a whole number ≥ 1 and ≤ 600 (got 12.5)");
    }
    SUBCASE("a prepayment above the headline value") {
        in.prepayment_usd = 16e9;
        const Error error = rejected(in);
        CHECK(error.field == "prepayment_usd");
        CHECK(error.message ==
              "prepayment_usd must not exceed the headline value (got 16000000000 > "
              "15000000000)");
    }
    SUBCASE("an exit probability above 100%") {
        in.exit_probability_per_year = 1.5;
        CHECK(rejected(in).field == "exit_probability_per_year");
    }
    SUBCASE("a negative notice period") {
        in.notice_days = -1.0;
        CHECK(rejected(in).field == "notice_days");
    }
    SUBCASE("a seller without revenue, which leaves nothing to compare with") {
        in.seller_annual_revenue_usd = 0.0;
        CHECK(rejected(in).field == "seller_annual_revenue_usd");
    }
}
