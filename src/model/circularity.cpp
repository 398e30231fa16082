#include "model/circularity.hpp"

#include "model/bounds.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace boomerang::model {

CircularityInputs amd_openai_circularity() {
    CircularityInputs inputs;
    inputs.investment_tranches = {};  // AMD pays OpenAI no cash
    // "OpenAI will deploy data centers with a total capacity of 6GW based on AMD chips".
    inputs.deployed_gw = 6.0;
    // customer_spend_usd_per_gw stays $20B: "6GW ... the total hardware investment is
    // expected to exceed $120 billion".
    // AMD's GAAP gross margin for 2024, 49% (AMD annual report; not in the articles).
    inputs.gross_margin_fraction = 0.49;
    // Public reporting of the warrant: up to 160M shares; the first tranche vests with the
    // first 1 GW, further tranches as deployment scales to 6 GW, the last only once AMD's
    // share price reaches $600. The split into six equal tranches, one per GW, and the
    // evenly spaced price targets before $600 are our assumption: the terms are not public.
    for (int gw = 1; gw <= 6; ++gw) {
        inputs.warrant_tranches.push_back({160e6 / 6.0, 1.0 * gw, 100.0 * gw});
    }
    // "for $0.01" a share (Tencent Technology, as in circularity.hpp).
    inputs.strike_usd_per_share = 0.01;
    // AMD closed at $164.67 on 3 Oct 2025, the last trading day before the announcement
    // (market data), then "rose by a cumulative 43% over three consecutive trading days".
    inputs.share_price_usd = 164.67 * 1.43;
    // AMD's 10-Q for Q2 2025: about 1.62 billion shares outstanding, which makes 160M the
    // article's "nearly 10%".
    inputs.vendor_shares_outstanding = 1.62e9;
    // "its market value increased by more than $100 billion".
    inputs.market_cap_change_usd = 100e9;
    return inputs;
}

namespace {

// A field inside a list, e.g. "amount_usd of investment tranche 2 must be ...".
std::optional<Error> check_element(const char* field, double value, const Bounds& bounds, const std::string& which) {
    if (bounds.contains(value)) return std::nullopt;
    return Error{field, bounds_message(field + which, value, bounds)};
}

std::optional<Error> validate(const CircularityInputs& in) {
    for (std::size_t i = 0; i < in.investment_tranches.size(); ++i) {
        const std::string which = " of investment tranche " + std::to_string(i + 1);
        const InvestmentTranche& t = in.investment_tranches[i];
        if (auto e = check_element("at_gw", t.at_gw, non_negative, which)) return e;
        if (auto e = check_element("amount_usd", t.amount_usd, non_negative, which)) return e;
    }
    if (auto e = check_bounds("deployed_gw", in.deployed_gw, non_negative)) return e;
    if (auto e = check_bounds("customer_spend_usd_per_gw", in.customer_spend_usd_per_gw, non_negative)) return e;
    if (auto e = check_bounds("gross_margin_fraction", in.gross_margin_fraction, fraction)) return e;
    double granted_shares = 0.0;
    for (std::size_t i = 0; i < in.warrant_tranches.size(); ++i) {
        const std::string which = " of warrant tranche " + std::to_string(i + 1);
        const WarrantTranche& t = in.warrant_tranches[i];
        if (auto e = check_element("shares", t.shares, non_negative, which)) return e;
        if (auto e = check_element("vest_at_gw", t.vest_at_gw, non_negative, which)) return e;
        if (auto e = check_element("vest_at_share_price_usd", t.vest_at_share_price_usd, non_negative, which)) return e;
        granted_shares += t.shares;
    }
    if (auto e = check_bounds("strike_usd_per_share", in.strike_usd_per_share, non_negative)) return e;
    if (auto e = check_bounds("share_price_usd", in.share_price_usd, non_negative)) return e;
    if (auto e = check_bounds("vendor_shares_outstanding", in.vendor_shares_outstanding, non_negative)) return e;
    if (granted_shares > 0.0 && in.vendor_shares_outstanding == 0.0) {
        return Error{"vendor_shares_outstanding",
                     "vendor_shares_outstanding must be more than 0 when warrant tranches grant "
                     "shares (they grant " +
                         number_text(granted_shares) + ")"};
    }
    if (auto e = check_bounds("market_cap_change_usd", in.market_cap_change_usd, any_finite)) return e;
    return std::nullopt;
}

// a / b, or 0 when there is nothing to divide by: the UI shows "0" rather than "nan".
double ratio_or_zero(double a, double b) { return b > 0.0 ? a / b : 0.0; }

}  // namespace

Result<CircularityResults> evaluate_circularity(const CircularityInputs& in) {
    if (auto error = validate(in)) return *error;

    CircularityResults out;
    for (const InvestmentTranche& t : in.investment_tranches) {
        const bool disbursed = in.deployed_gw >= t.at_gw;
        out.investment_tranches.push_back({t.at_gw, t.amount_usd, disbursed});
        out.investment_committed_usd += t.amount_usd;
        if (disbursed) out.investment_disbursed_usd += t.amount_usd;
    }
    out.customer_spend_usd = in.customer_spend_usd_per_gw * in.deployed_gw;
    out.round_trip_ratio =
        ratio_or_zero(std::min(out.investment_disbursed_usd, out.customer_spend_usd), out.customer_spend_usd);
    out.vendor_gross_profit_usd = out.customer_spend_usd * in.gross_margin_fraction;
    out.vendor_net_cash_usd = out.vendor_gross_profit_usd - out.investment_disbursed_usd;

    // A warrant is worth its intrinsic value: nobody exercises below the strike.
    const double value_usd_per_share = std::max(0.0, in.share_price_usd - in.strike_usd_per_share);
    for (const WarrantTranche& t : in.warrant_tranches) {
        WarrantTrancheStatus status{t.shares, t.vest_at_gw, t.vest_at_share_price_usd};
        status.deployment_met = in.deployed_gw >= t.vest_at_gw;
        status.price_met = in.share_price_usd >= t.vest_at_share_price_usd;
        status.vested = status.deployment_met && status.price_met;
        status.value_usd = status.vested ? t.shares * value_usd_per_share : 0.0;
        out.warrant_tranches.push_back(status);
        out.warrant_shares_granted += t.shares;
        if (status.vested) out.warrant_shares_vested += t.shares;
    }
    out.warrant_stake_fraction = ratio_or_zero(out.warrant_shares_granted, in.vendor_shares_outstanding);
    out.vested_warrant_value_usd = out.warrant_shares_vested * value_usd_per_share;
    out.vendor_net_value_usd = out.vendor_net_cash_usd - out.vested_warrant_value_usd;
    out.effective_discount_ratio =
        ratio_or_zero(out.investment_disbursed_usd + out.vested_warrant_value_usd, out.customer_spend_usd);
    // The market reacts to the announcement, so the denominator is everything promised,
    // not what has been paid out so far.
    out.market_cap_change_per_usd_committed = ratio_or_zero(
        in.market_cap_change_usd, out.investment_committed_usd + out.warrant_shares_granted * value_usd_per_share);
    return out;
}

}  // namespace boomerang::model
