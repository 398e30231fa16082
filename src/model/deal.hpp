// Deal: what one company agreed with another, with the terms it has and no others.
//
// A deal names its parties and status and holds only the term blocks it has; every block is
// optional and holds only its own inputs. A block a deal lacks produces no outputs, and a
// value a block lacks (std::nullopt) produces no figure that needs it: nothing is borrowed
// from another deal. Shared assumptions (cost per GW, PUE, energy price ...) come from the
// book (book.hpp) unless the deal overrides them.
//
//   Deal amd{.id = "amd-openai", .title = "AMD → OpenAI: 6 GW of Instinct GPUs",
//            .buyer = "OpenAI", .seller = "AMD", .status = DealStatus::definitive, ...};
//   amd.capacity = CapacityBlock{.capacity_gw = 6.0, .power_basis = PowerBasis::facility_power};
//   amd.exit = ExitBlock{.headline_basis = HeadlineBasis::capacity, .binding_gw = 1.0};
//
// Formulas: docs/models/deals.md.
#pragma once

#include "model/assumptions.hpp"
#include "model/calendar.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::model {

enum class DealStatus { reported, letter_of_intent, definitive, amended, superseded, cancelled };

// Which power a deal's gigawatts count: what the IT equipment draws, or what the site draws
// from the grid (IT power × PUE). Headlines usually give grid power; Epoch AI gives IT power.
enum class PowerBasis { it_power, facility_power };

// Of capacity_gw, gpus and gpus_per_gw, the one computed from the other two.
enum class CapacityDerived { gpus, capacity_gw, gpus_per_gw };

// What the deal's purchase price pays for, per GW of IT power. "undisclosed": the deal buys
// capacity at a price nobody has published (Broadcom–OpenAI), so it has no purchase value and
// moves no money in the book, though the capacity still has a cost to build and run.
enum class PaysFor { hardware, hardware_and_facility, undisclosed };

// Capacity bought: gigawatts and GPUs deployed from deploy_start to deploy_end.
struct CapacityBlock {
    std::optional<double> capacity_gw;  // in power_basis
    PowerBasis power_basis = PowerBasis::facility_power;
    std::optional<double> gpus;
    std::optional<double> gpus_per_gw;  // per GW of power_basis (all-in kW per GPU = 1e6 / it)
    CapacityDerived derived = CapacityDerived::gpus;
    PaysFor pays_for = PaysFor::hardware;
    // Deployment ramps linearly month by month from deploy_start (default: the deal's start)
    // through deploy_end inclusive (default: all of it in the first month).
    std::optional<Date> deploy_start;
    std::optional<Date> deploy_end;
};

// Which of the rental's term and end date was entered; the other is derived.
enum class TermGiven { term_months, end_date };

// Compute rented (cloud or lease), paid monthly from the deal's start.
struct RentalBlock {
    std::optional<double> monthly_rate_usd;  // at the full rate, after any discounted months
    TermGiven term_given = TermGiven::term_months;
    std::optional<double> term_months;
    std::optional<Date> end;                         // the last month paid
    std::optional<double> discounted_months;         // the first months, at a lower rate
    std::optional<double> discounted_rate_fraction;  // of the full rate in those months
    // Or: the rate rises linearly from 0 at the start to the full rate after ramp_months, so
    // the ramp costs ramp_months / 2 full payments. Not together with discounted months.
    std::optional<double> ramp_months;
    std::optional<double> gpus;
    std::optional<double> power_mw;
};

// What the headline value is: entered, the rental's payments, or the capacity's price.
enum class HeadlineBasis { stated, rental, capacity };

// Who may end the contract early by giving notice.
enum class NoticeBy { buyer, seller, either };

// Payments and exit terms: how much of the headline is firm.
struct ExitBlock {
    HeadlineBasis headline_basis = HeadlineBasis::stated;
    std::optional<double> headline_value_usd;  // read when headline_basis is stated
    // A stated value is paid evenly over term_months from the deal's start (all at the start
    // without a term).
    std::optional<double> term_months;
    // Only the first binding_gw of a capacity purchase is a binding commitment (AMD–OpenAI:
    // the first 1 GW of 6).
    std::optional<double> binding_gw;
    std::optional<double> notice_days;
    NoticeBy notice_by = NoticeBy::either;
    // Notice cannot end the contract before this many months from the first payment (a
    // 180-day lease cancellable on 90 days' notice thereafter: 6).
    std::optional<double> minimum_term_months;
    std::optional<double> termination_fee_usd;
    std::optional<double> prepayment_usd;  // paid at signing, credited to the first payments
    // An assumption in every real deal: the chance each year that notice is given.
    std::optional<double> exit_probability_per_year;
};

// Cash the investor releases once deployment reaches at_gw (0: at the deal's start).
struct FinancingTranche {
    double at_gw = 0.0;
    double amount_usd = 0.0;

    bool operator==(const FinancingTranche&) const = default;
};

// Vendor financing: the investor puts money into the buyer, in tranches as GW deploy.
struct FinancingBlock {
    std::vector<FinancingTranche> tranches;
    // What the investor receives for the money (an equity stake), at its value today. Not a
    // figure any deal discloses, so it is $0 unless entered, and the net figures say so.
    std::optional<double> stake_value_usd;
    // The investor's gross margin on what the buyer spends with it.
    std::optional<double> investor_gross_margin_fraction;
};

// Project financing: equity and debt raised to build capacity.
struct ProjectFinanceBlock {
    std::optional<double> equity_usd;
    std::optional<double> debt_usd;
    std::optional<double> cost_of_equity_per_year;
    std::optional<double> cost_of_debt_per_year;
    std::optional<double> debt_term_years;
};

// Warrant shares vesting once deployment reaches vest_at_gw and the issuer's share price is
// at least vest_at_share_price_usd (0: no price condition).
struct VestingTranche {
    double shares = 0.0;
    double vest_at_gw = 0.0;
    double vest_at_share_price_usd = 0.0;

    bool operator==(const VestingTranche&) const = default;
};

// Warrants the seller grants the buyer on the seller's own shares.
struct WarrantsBlock {
    std::vector<VestingTranche> tranches;
    std::optional<double> strike_usd_per_share;
    std::optional<double> share_price_usd;     // the issuer's price at the status date
    std::optional<double> shares_outstanding;  // the issuer's, before exercise
};

struct Deal {
    std::string id;  // unique in its book, lowercase letters, digits and '-': "amd-openai"
    std::string title;
    std::string buyer;     // pays for capacity or compute; receives investment and warrants
    std::string seller;    // sells capacity or compute; issues warrants ("" for none)
    std::string investor;  // funds the buyer ("" for none; often the seller itself)
    DealStatus status = DealStatus::reported;
    std::optional<Date> status_as_of;
    std::string superseded_by;  // a deal id of the same book, when status is superseded
    std::optional<Date> announced;
    std::optional<Date> start;  // first month of payments and deployment
    // The seller's change in market value on the announcement day.
    std::optional<double> market_cap_change_usd;
    // Left out of the book's money network, commitments and money totals (a what-if); still
    // evaluated on its own, and its gigawatts still count against its vendor's supply.
    bool excluded_from_network = false;

    Assumptions overrides;  // where set, replace the book's assumptions for this deal
    std::optional<CapacityBlock> capacity;
    std::optional<RentalBlock> rental;
    std::optional<ExitBlock> exit;
    std::optional<FinancingBlock> financing;
    std::optional<ProjectFinanceBlock> project_finance;
    std::optional<WarrantsBlock> warrants;
};

// How messages name a deal: "\"AMD → OpenAI\" (amd-openai)", or "\"amd-openai\"" untitled.
std::string deal_label(const Deal& deal);

// How people write the status: "letter of intent", "superseded".
std::string_view status_label(DealStatus status);

// True for statuses under which nothing is binding: a letter of intent, a deal superseded by
// another, a cancelled deal.
bool binds_nothing(DealStatus status);
// True for statuses whose money is not expected to move: superseded and cancelled deals stay
// in the book's table but not in its network, timeline or totals.
bool is_withdrawn(DealStatus status);

}  // namespace boomerang::model
