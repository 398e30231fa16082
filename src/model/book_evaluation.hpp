// Evaluating a book: every deal, then the money network, the commitments per company and the
// gigawatt timeline against each vendor's supply, all read from the deals' schedules within
// the book's window. Superseded, cancelled and excluded deals are evaluated and listed but
// move no money in the book. Formulas: docs/models/book.md.
#pragma once

#include "model/book.hpp"
#include "model/deal_evaluation.hpp"
#include "model/network.hpp"
#include "model/result.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace boomerang::model {

// What a flow in the money network is. A holding's market value is never a flow.
enum class BookFlowType { purchase, rental, investment, warrant };

std::string_view book_flow_type_name(BookFlowType type);

struct BookFlow {
    std::string from;
    std::string to;
    BookFlowType type = BookFlowType::purchase;
    double amount_usd = 0.0;  // within the window
    std::size_t deal_index = 0;
};

// How a company's spending is attributed to the money it received.
//   fungible:  in proportion to all its sources, outside money included, so an investor's
//              dollar comes back only in the share it makes of the company's money;
//   earmarked: every dollar a company received from another is spent back with that one,
//              as far as it pays it (an upper bound on the direct round trip).
enum class AttributionRule { fungible, earmarked };

std::string_view attribution_rule_name(AttributionRule rule);

struct BookCompany {
    std::string name;
    double inflow_usd = 0.0;  // within the window, from the book's flows
    double outflow_usd = 0.0;
    double outside_money_usd = 0.0;         // (revenue + other funding) per year × window years
    double boomerang_fungible_ratio = 0.0;  // of each dollar sent, dollars back
    double boomerang_earmarked_ratio = 0.0;
    std::optional<std::size_t> cycle_index;
    // As buyer: headline and firm values of its deals, and what it pays within the window.
    double commitments_headline_usd = 0.0;
    double commitments_firm_usd = 0.0;
    double payments_in_window_usd = 0.0;
    // As seller: what its buyers pay it within the window.
    double backlog_in_window_usd = 0.0;
    std::optional<double> outside_money_usd_per_year;  // when the book gives any
    // Payments in the window per year ÷ outside money per year.
    std::optional<double> commitments_to_outside_money_ratio;
};

struct BookCycle {
    std::vector<std::size_t> company_indices;  // into BookResults::companies
    double flow_usd = 0.0;
};

struct VendorTimeline {
    std::string vendor;
    std::vector<YearAmount> deployed_it_gw;  // per window year, IT power
    std::vector<YearAmount> supply_it_gw;    // empty when the book gives no supply for it
    // First window year whose cumulative deployment exceeds cumulative supply.
    std::optional<int> first_short_year;
    double deals_it_gw = 0.0;  // all the vendor's deals, in or beyond the window
    // Years the vendor's supply, from its first year, takes to make deals_it_gw.
    std::optional<double> years_to_deliver;
    bool it_power_complete = true;  // false when a facility-basis deal had no PUE
};

struct BookTotals {
    double headline_usd = 0.0;  // deals with an exit block, not withdrawn
    double firm_usd = 0.0;
    double flow_usd = 0.0;
    double circular_flow_usd = 0.0;
    double circular_share_fraction = 0.0;
};

struct BookResults {
    std::vector<DealResults> deals;      // in book order
    std::vector<BookCompany> companies;  // company_names() order
    std::vector<BookFlow> flows;
    std::vector<BookCycle> cycles;
    std::vector<VendorTimeline> timelines;
    BookTotals totals;
    // The fungible ratios are still being solved (start_book_evaluation): until then each is
    // 0 and views show the solve's progress in their place.
    bool ratios_pending = false;
    // Why the fungible ratios could not be solved, for a book accepted before they were.
    std::string ratios_error;
};

// Errors name the place: "deals[2].capacity.capacity_gw" (deal by index) with the deal's
// id and title in the message, "window.first_year", "companies[1].name".
Result<BookResults> evaluate_book(const Book& book);

// The fungible boomerang ratios of a book whose results are out while they are solved.
class PendingRatios {
public:
    explicit PendingRatios(NetworkEvaluation network) : network_(std::move(network)) {}
    // Works on the ratios until `work` (about one unit per multiply-add) is used up; once
    // they are known, writes them into `results` (the ones they were started with) and
    // clears ratios_pending. True then.
    bool advance(double& work, BookResults& results);
    double progress() const { return network_.progress(); }

private:
    NetworkEvaluation network_;
};

struct StartedBook {
    BookResults results;
    std::optional<PendingRatios> pending;  // empty when the ratios are in results
};

// All the work a ratio solve needs: start_book_evaluation then finishes it at once.
inline constexpr double all_ratio_work = std::numeric_limits<double>::infinity();

// evaluate_book with at most `ratio_work` of the ratio solve done at once: a book whose
// network needs more (thousands of tangled companies; docs/models/book.md, "Large books")
// comes back with ratios_pending and the rest of the solve in `pending`, for the caller to
// advance across frames. Every check evaluate_book makes is made here, so the book is
// accepted or refused at once; a solve that fails later sets ratios_error instead.
Result<StartedBook> start_book_evaluation(const Book& book, double ratio_work);

}  // namespace boomerang::model
