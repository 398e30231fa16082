// The circularity of a vendor–customer pair, as specified in docs/models/circularity.md.
// Deal figures: Su Yang, Tencent Technology, "Jensen Huang doesn't believe in bubbles;
// OpenAI needs a money printer", unless a comment says otherwise.
#include "model/circularity.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

using boomerang::model::amd_openai_circularity;
using boomerang::model::CircularityInputs;
using boomerang::model::evaluate_circularity;

TEST_CASE("Nvidia's $100B in OpenAI comes back as half of OpenAI's $200B of Nvidia systems") {
    const auto r = evaluate_circularity(CircularityInputs{});
    REQUIRE(r.ok());
    CHECK(r->investment_committed_usd == doctest::Approx(100e9));  // ten $10B tranches
    CHECK(r->investment_disbursed_usd == doctest::Approx(100e9));  // all 10 GW deployed
    CHECK(r->customer_spend_usd == doctest::Approx(200e9));        // 10 GW x $20B per GW
    CHECK(r->round_trip_ratio == doctest::Approx(0.5));            // 100 / 200
    CHECK(r->vendor_gross_profit_usd == doctest::Approx(150e9));   // 200 x 75%
    CHECK(r->vendor_net_cash_usd == doctest::Approx(50e9));        // 150 - 100
    CHECK(r->effective_discount_ratio == doctest::Approx(0.5));    // 100 / 200, no warrants
    CHECK(r->vendor_net_value_usd == doctest::Approx(50e9));       // no warrants to subtract
    // "nearly $180 billion" of market value on $100B committed
    CHECK(r->market_cap_change_per_usd_committed == doctest::Approx(1.8));
    CHECK(r->warrant_shares_granted == 0.0);
    CHECK(r->warrant_stake_fraction == 0.0);  // nothing granted, no outstanding count needed
}

TEST_CASE("investment tranches are disbursed as deployment reaches each gigawatt") {
    CircularityInputs in;
    SUBCASE("3.5 GW deployed releases the first three $10B tranches") {
        in.deployed_gw = 3.5;
        const auto r = evaluate_circularity(in);
        REQUIRE(r.ok());
        REQUIRE(r->investment_tranches.size() == 10);
        CHECK(r->investment_tranches[2].disbursed);        // at 3 GW
        CHECK_FALSE(r->investment_tranches[3].disbursed);  // at 4 GW
        CHECK(r->investment_disbursed_usd == doctest::Approx(30e9));
        CHECK(r->customer_spend_usd == doctest::Approx(70e9));         // 3.5 x $20B
        CHECK(r->round_trip_ratio == doctest::Approx(30.0 / 70.0));    // 0.4286
        CHECK(r->vendor_net_cash_usd == doctest::Approx(22.5e9));      // 70 x 0.75 - 30
        CHECK(r->investment_committed_usd == doctest::Approx(100e9));  // unchanged by progress
    }
    SUBCASE("a tranche is released exactly at its gigawatt") {
        in.deployed_gw = 1.0;
        const auto r = evaluate_circularity(in);
        REQUIRE(r.ok());
        CHECK(r->investment_tranches[0].disbursed);
        CHECK(r->investment_disbursed_usd == doctest::Approx(10e9));
        CHECK(r->round_trip_ratio == doctest::Approx(0.5));  // $10B of the first GW's $20B
    }
    SUBCASE("before the first gigawatt nothing is spent and every ratio is 0, not NaN") {
        in.deployed_gw = 0.0;
        const auto r = evaluate_circularity(in);
        REQUIRE(r.ok());
        CHECK(r->investment_disbursed_usd == 0.0);
        CHECK(r->customer_spend_usd == 0.0);
        CHECK(r->round_trip_ratio == 0.0);
        CHECK(r->effective_discount_ratio == 0.0);
        CHECK(r->market_cap_change_per_usd_committed == doctest::Approx(1.8));  // as announced
    }
}

TEST_CASE("round-trip ratio is capped at 1 when the investment exceeds the spend") {
    CircularityInputs in;
    in.customer_spend_usd_per_gw = 5e9;  // 10 GW x $5B = $50B spent against $100B invested
    const auto r = evaluate_circularity(in);
    REQUIRE(r.ok());
    CHECK(r->round_trip_ratio == doctest::Approx(1.0));          // min(100, 50) / 50
    CHECK(r->effective_discount_ratio == doctest::Approx(2.0));  // 100 / 50: paid twice over
    CHECK(r->vendor_net_cash_usd == doctest::Approx(-62.5e9));   // 50 x 0.75 - 100
}

TEST_CASE("AMD's warrants for nearly 10% of AMD vest with gigawatts and share price") {
    const CircularityInputs in = amd_openai_circularity();
    // AMD closed at $164.67 before the announcement and rose 43%: $235.48.
    const double price_usd = 164.67 * 1.43;
    const double value_per_share_usd = price_usd - 0.01;
    const double tranche_shares = 160e6 / 6;

    SUBCASE("all 6 GW deployed at $235.48: the $100 and $200 tranches vest") {
        const auto r = evaluate_circularity(in);
        REQUIRE(r.ok());
        REQUIRE(r->warrant_tranches.size() == 6);
        CHECK(r->warrant_tranches[1].vested);           // 2 GW and $200
        CHECK(r->warrant_tranches[2].deployment_met);   // 3 GW reached...
        CHECK_FALSE(r->warrant_tranches[2].price_met);  // ...but $300 not
        CHECK_FALSE(r->warrant_tranches[2].vested);
        CHECK(r->warrant_tranches[0].value_usd == doctest::Approx(tranche_shares * value_per_share_usd));
        CHECK(r->warrant_tranches[5].value_usd == 0.0);  // unvested is worth nothing yet
        CHECK(r->warrant_shares_granted == doctest::Approx(160e6));
        CHECK(r->warrant_shares_vested == doctest::Approx(2 * tranche_shares));  // 53.3M
        // "nearly 10%": 160M of 1.62B shares outstanding
        CHECK(r->warrant_stake_fraction == doctest::Approx(0.0988).epsilon(0.001));
        // 53.3M x $235.47 = $12.56B
        CHECK(r->vested_warrant_value_usd == doctest::Approx(12.558e9).epsilon(0.001));
        CHECK(r->customer_spend_usd == doctest::Approx(120e9));                        // "exceed $120 billion"
        CHECK(r->round_trip_ratio == 0.0);                                             // AMD pays no cash into OpenAI
        CHECK(r->vendor_net_cash_usd == doctest::Approx(58.8e9));                      // 120 x 49%
        CHECK(r->vendor_net_value_usd == doctest::Approx(46.24e9).epsilon(0.001));     // 58.8 - 12.56
        CHECK(r->effective_discount_ratio == doctest::Approx(0.1047).epsilon(0.001));  // 12.56/120
        // "more than $100 billion" on 160M x $235.47 = $37.67B of warrants
        CHECK(r->market_cap_change_per_usd_committed == doctest::Approx(2.654).epsilon(0.001));
    }
    SUBCASE("at $600 with 6 GW every tranche vests: warrants worth $96B, 80% of the order") {
        CircularityInputs at_target = in;
        at_target.share_price_usd = 600.0;
        const auto r = evaluate_circularity(at_target);
        REQUIRE(r.ok());
        CHECK(r->warrant_shares_vested == doctest::Approx(160e6));
        CHECK(r->vested_warrant_value_usd == doctest::Approx(160e6 * 599.99));       // $95.998B
        CHECK(r->effective_discount_ratio == doctest::Approx(0.8).epsilon(0.001));   // 96 / 120
        CHECK(r->vendor_net_value_usd == doctest::Approx(58.8e9 - 160e6 * 599.99));  // -$37.2B
    }
    SUBCASE("at $600 but only 1 GW deployed, only the first tranche vests") {
        CircularityInputs early = in;
        early.share_price_usd = 600.0;
        early.deployed_gw = 1.0;
        const auto r = evaluate_circularity(early);
        REQUIRE(r.ok());
        CHECK(r->warrant_tranches[5].price_met);
        CHECK_FALSE(r->warrant_tranches[5].deployment_met);
        CHECK(r->warrant_shares_vested == doctest::Approx(tranche_shares));
    }
    SUBCASE("below the strike a vested warrant is worth nothing") {
        CircularityInputs underwater = in;
        underwater.strike_usd_per_share = 300.0;
        const auto r = evaluate_circularity(underwater);
        REQUIRE(r.ok());
        CHECK(r->warrant_shares_vested == doctest::Approx(2 * tranche_shares));
        CHECK(r->vested_warrant_value_usd == 0.0);
        CHECK(r->market_cap_change_per_usd_committed == 0.0);  // nothing of value committed
    }
}

namespace {

// Runs the evaluation expecting a rejection of `field`, whose message must name it.
void check_rejects(const CircularityInputs& in, const std::string& field) {
    const auto r = evaluate_circularity(in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == field);
    CHECK(r.error().message.find(field) != std::string::npos);
}

}  // namespace

TEST_CASE("circularity inputs that cannot describe a deal are rejected, naming the field") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CircularityInputs in = amd_openai_circularity();
    in.investment_tranches = {{1.0, 10e9}};

    SUBCASE("gross margin above 100%") {
        in.gross_margin_fraction = 1.7;
        check_rejects(in, "gross_margin_fraction");
        CHECK(evaluate_circularity(in).error().message ==
              "gross_margin_fraction must be a finite number ≥ 0 and ≤ 1 (got 1.7)");
    }
    SUBCASE("negative gross margin") {
        in.gross_margin_fraction = -0.1;
        check_rejects(in, "gross_margin_fraction");
    }
    SUBCASE("NaN gross margin") {
        in.gross_margin_fraction = nan;
        check_rejects(in, "gross_margin_fraction");
    }
    SUBCASE("negative deployment") {
        in.deployed_gw = -1.0;
        check_rejects(in, "deployed_gw");
        CHECK(evaluate_circularity(in).error().message == "deployed_gw must be a finite number ≥ 0 (got -1)");
    }
    SUBCASE("infinite deployment") {
        in.deployed_gw = inf;
        check_rejects(in, "deployed_gw");
        CHECK(evaluate_circularity(in).error().message == "deployed_gw must be a finite number ≥ 0 (got inf)");
    }
    SUBCASE("negative spend per GW") {
        in.customer_spend_usd_per_gw = -20e9;
        check_rejects(in, "customer_spend_usd_per_gw");
    }
    SUBCASE("negative tranche amount, naming the tranche") {
        in.investment_tranches.push_back({2.0, -5e9});
        check_rejects(in, "amount_usd");
        CHECK(evaluate_circularity(in).error().message ==
              "amount_usd of investment tranche 2 must be a finite number ≥ 0 (got -5000000000)");
    }
    SUBCASE("NaN tranche gigawatt") {
        in.investment_tranches[0].at_gw = nan;
        check_rejects(in, "at_gw");
    }
    SUBCASE("negative warrant shares") {
        in.warrant_tranches[3].shares = -1.0;
        check_rejects(in, "shares");
        CHECK(evaluate_circularity(in).error().message ==
              "shares of warrant tranche 4 must be a finite number ≥ 0 (got -1)");
    }
    SUBCASE("negative vesting gigawatt") {
        in.warrant_tranches[0].vest_at_gw = -1.0;
        check_rejects(in, "vest_at_gw");
    }
    SUBCASE("infinite vesting price") {
        in.warrant_tranches[0].vest_at_share_price_usd = inf;
        check_rejects(in, "vest_at_share_price_usd");
    }
    SUBCASE("negative strike") {
        in.strike_usd_per_share = -0.01;
        check_rejects(in, "strike_usd_per_share");
    }
    SUBCASE("negative share price") {
        in.share_price_usd = -1.0;
        check_rejects(in, "share_price_usd");
    }
    SUBCASE("negative share count") {
        in.vendor_shares_outstanding = -1.0;
        check_rejects(in, "vendor_shares_outstanding");
    }
    SUBCASE("warrants granted by a vendor with no shares") {
        in.vendor_shares_outstanding = 0.0;
        check_rejects(in, "vendor_shares_outstanding");
    }
    SUBCASE("NaN market-cap change") {
        in.market_cap_change_usd = nan;
        check_rejects(in, "market_cap_change_usd");
    }
    SUBCASE("a market-cap fall is a valid input") {
        in.market_cap_change_usd = -50e9;
        CHECK(evaluate_circularity(in).ok());
    }
}
