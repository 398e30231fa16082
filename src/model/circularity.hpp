// Circularity of one vendor–customer pair: how much of the vendor's revenue from a customer
// is the vendor's own money coming back ("equity for orders", vendor financing).
//
// Two ways the vendor hands value to its customer are modelled side by side:
//   - cash investment released in tranches as gigawatts are deployed
//     (Nvidia's up-to-$100B in OpenAI), and
//   - warrants on the vendor's own shares vesting with deployment and share price
//     (AMD's grant of nearly 10% of AMD to OpenAI at $0.01 a share).
// The struct defaults are the Nvidia–OpenAI deal; amd_openai_circularity() is the AMD one.
// Formulas and worked examples: docs/models/circularity.md.
#pragma once

#include "model/result.hpp"

#include <vector>

namespace boomerang::model {

// Cash the vendor releases once deployment reaches at_gw.
struct InvestmentTranche {
    double at_gw = 0.0;
    double amount_usd = 0.0;
};

// Warrant shares that vest once deployment reaches vest_at_gw AND the vendor's share price
// is at least vest_at_share_price_usd (0 = no price condition).
struct WarrantTranche {
    double shares = 0.0;
    double vest_at_gw = 0.0;
    double vest_at_share_price_usd = 0.0;
};

struct CircularityInputs {
    // Nvidia "would invest a total of $100 billion in OpenAI over the next decade" (Su Yang,
    // Tencent Technology, "Jensen Huang doesn't believe in bubbles; OpenAI needs a money
    // printer"). The split into $10B per gigawatt over 10 GW is from public reporting of the
    // Nvidia–OpenAI letter of intent, and matches Altman's "10 gigawatts of compute"
    // (Michael Parekh, "AI: Dazzling 'Boomerang' Deals to Scale AI", RTZ #854).
    std::vector<InvestmentTranche> investment_tranches = {
        {1.0, 10e9}, {2.0, 10e9}, {3.0, 10e9}, {4.0, 10e9}, {5.0, 10e9},
        {6.0, 10e9}, {7.0, 10e9}, {8.0, 10e9}, {9.0, 10e9}, {10.0, 10e9},
    };
    // How far deployment has gone. Defaults to the whole deal so the presets show the deal
    // as announced once it is complete.
    double deployed_gw = 10.0;
    // "a 1GW data center requires approximately 500,000 GPUs ... the hardware cost alone
    // exceeds $20 billion" (Tencent Technology, as above). All of it is taken as spent with
    // the vendor.
    double customer_spend_usd_per_gw = 20e9;
    // Nvidia's GAAP gross margin for fiscal 2025, 75.0% (Nvidia annual report; not in the
    // articles).
    double gross_margin_fraction = 0.75;
    // Nvidia grants no warrants to OpenAI.
    std::vector<WarrantTranche> warrant_tranches = {};
    double strike_usd_per_share = 0.0;
    double share_price_usd = 0.0;
    // Vendor's shares before the grant; only needed when warrant_tranches grant shares.
    double vendor_shares_outstanding = 0.0;
    // "its market value increased by nearly $180 billion" on the day Nvidia announced the
    // investment (Tencent Technology, as above). May be negative.
    double market_cap_change_usd = 180e9;
};

// AMD–OpenAI: 6 GW of AMD-based data centers; warrants for "up to nearly 10%" of AMD at
// $0.01 a share; AMD +43% over three days, market value up "more than $100 billion" (Tencent
// Technology, as above). Share count, tranche schedule, price and margin are from public
// reporting and filings; see the definition for each source.
CircularityInputs amd_openai_circularity();

struct InvestmentTrancheStatus {
    double at_gw = 0.0;
    double amount_usd = 0.0;
    bool disbursed = false;  // deployed_gw >= at_gw
};

struct WarrantTrancheStatus {
    double shares = 0.0;
    double vest_at_gw = 0.0;
    double vest_at_share_price_usd = 0.0;
    bool deployment_met = false;  // deployed_gw >= vest_at_gw
    bool price_met = false;       // share_price_usd >= vest_at_share_price_usd
    bool vested = false;          // both
    double value_usd = 0.0;       // max(0, share price - strike) x shares, if vested
};

struct CircularityResults {
    double investment_committed_usd = 0.0;  // sum of all tranches
    double investment_disbursed_usd = 0.0;  // tranches with at_gw <= deployed_gw
    double customer_spend_usd = 0.0;        // customer_spend_usd_per_gw x deployed_gw
    // Share of the customer's spend paid with the vendor's own cash:
    // min(disbursed, spend) / spend; 0 when nothing is spent.
    double round_trip_ratio = 0.0;
    double vendor_gross_profit_usd = 0.0;  // spend x gross margin
    double vendor_net_cash_usd = 0.0;      // gross profit - investment disbursed
    double warrant_shares_granted = 0.0;
    double warrant_shares_vested = 0.0;
    double warrant_stake_fraction = 0.0;  // granted / vendor_shares_outstanding
    double vested_warrant_value_usd = 0.0;
    // Net cash minus what the vested warrants are worth to the customer: the deal's result
    // for the vendor's existing shareholders, counting dilution.
    double vendor_net_value_usd = 0.0;
    // (disbursed + vested warrant value) / spend; can exceed 1. 0 when nothing is spent.
    double effective_discount_ratio = 0.0;
    // market_cap_change_usd / (committed + all granted warrants valued at share_price_usd);
    // 0 when nothing is committed.
    double market_cap_change_per_usd_committed = 0.0;
    std::vector<InvestmentTrancheStatus> investment_tranches;  // in input order
    std::vector<WarrantTrancheStatus> warrant_tranches;        // in input order
};

Result<CircularityResults> evaluate_circularity(const CircularityInputs& inputs);

}  // namespace boomerang::model
