// Book: several deals, the assumptions they share, the money each company has from outside
// the book, each vendor's supply, and the time window the book is read over.
//
// The network, the timeline and the supply check are computed from the book's deals
// (book_evaluation.hpp); nothing in a book is a separate calculator with defaults of its own.
#pragma once

#include "model/assumptions.hpp"
#include "model/deal.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace boomerang::model {

// Money a company has from outside the book each year: what it earns and what it raises
// elsewhere. The fungible attribution rule dilutes book money with it.
struct CompanyInfo {
    std::string name;
    std::optional<double> revenue_usd_per_year;
    std::optional<double> other_funding_usd_per_year;

    bool operator==(const CompanyInfo&) const = default;
};

// What one vendor can deliver: gw_per_year of IT power in first_year, growing by
// growth_per_year after it.
struct VendorSupply {
    std::string vendor;
    double first_year = 0.0;
    double gw_per_year = 0.0;
    double growth_per_year = 0.0;

    bool operator==(const VendorSupply&) const = default;
};

// The calendar years the book's flows, timeline and supply are read over, both included.
struct Window {
    int first_year = 0;
    int last_year = 0;

    bool operator==(const Window&) const = default;
};

// Books hold tens of deals; the limits keep a damaged or hostile file from exhausting memory.
inline constexpr std::size_t max_book_deals = 10'000;
inline constexpr std::size_t max_book_companies = 10'000;
inline constexpr std::size_t max_tranches = 1'000;
// A window longer than this is a typing slip (fifty years of monthly schedules).
inline constexpr int max_window_years = 50;

struct Book {
    Window window;
    Assumptions assumptions;
    std::vector<CompanyInfo> companies;  // outside money; parties need not be listed
    std::vector<VendorSupply> supply;
    std::vector<Deal> deals;
};

// The deal with `id`, or nullptr.
const Deal* find_deal(const Book& book, const std::string& id);
Deal* find_deal(Book& book, const std::string& id);

// Every company the book names, in first-mention order: parties of the deals (buyer, seller,
// investor, in deal order), then companies and supply vendors not named by any deal.
std::vector<std::string> company_names(const Book& book);

}  // namespace boomerang::model
