// The figure registry: every figure belongs to one block, and a deal without the block shows
// none of its figures.
#include "model/deal_figures.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace boomerang::model;

TEST_CASE("each figure has its own key within its block") {
    std::set<std::string> keys;
    for (const DealFigure& figure : deal_figures()) {
        CHECK(keys.insert(std::string(block_name(figure.block)) + "." + std::string(figure.key)).second);
        CHECK(find_deal_figure(figure.block, figure.key) == &figure);
        CHECK_FALSE(figure.label.empty());
    }
}

TEST_CASE("a deal without a block shows none of its figures, whatever else it has") {
    // A rental alone (Anthropic–SpaceX's terms), then every block at once.
    Book book;
    book.window = {2026, 2030};
    book.assumptions.hardware_usd_per_gw = 25e9;
    book.assumptions.facility_usd_per_gw = 13e9;
    book.assumptions.pue = 1.3;
    Deal rental_only;
    rental_only.id = "rental";
    rental_only.buyer = "Anthropic";
    rental_only.seller = "SpaceX";
    rental_only.start = Date{2026, 5, 0};
    rental_only.rental = RentalBlock{};
    rental_only.rental->monthly_rate_usd = 1.25e9;
    rental_only.rental->term_months = 37;

    Deal everything = rental_only;
    everything.id = "everything";
    everything.investor = "SpaceX";
    everything.capacity = CapacityBlock{};
    everything.capacity->capacity_gw = 0.3;
    everything.exit = ExitBlock{};
    everything.exit->headline_basis = HeadlineBasis::rental;
    everything.financing = FinancingBlock{{{0.0, 1e9}}, 0.0, 0.5};
    everything.project_finance = ProjectFinanceBlock{1e9, 1e9, 0.1, 0.05, 10};
    everything.warrants = WarrantsBlock{{{1e6, 0.0, 0.0}}, 0.0, 10.0, 1e9};
    everything.market_cap_change_usd = 1e9;

    for (const Deal& deal : {rental_only, everything}) {
        INFO(deal.id);
        const auto results = evaluate_deal(deal, book);
        REQUIRE(results.ok());
        int shown = 0;
        for (const DealFigure& figure : deal_figures()) {
            INFO(block_name(figure.block), ".", figure.key);
            if (!has_block(deal, figure.block)) CHECK_FALSE(figure.get(*results).has_value());
            shown += figure.get(*results).has_value();
        }
        CHECK(shown > 0);
    }
}
