// Which of a deal's numbers move its figures most (model/deal_sensitivity.hpp).
#include "model/deal_sensitivity.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace boomerang::model;
using doctest::Approx;

namespace {

// Anthropic rents Colossus 1: $1.25B a month for 37 months, 90 days' notice either side
// (TechCrunch, 20 May 2026); the book assumes a PUE nobody's figure here needs.
Book colossus() {
    Book book;
    book.window = {2026, 2030};
    book.assumptions.pue = 1.3;
    Deal deal;
    deal.id = "anthropic-spacex";
    deal.buyer = "Anthropic";
    deal.seller = "SpaceX";
    deal.start = Date{2026, 5, 0};
    deal.rental = RentalBlock{};
    deal.rental->monthly_rate_usd = 1.25e9;
    deal.rental->term_months = 37;
    deal.rental->gpus = 220'000;
    deal.exit = ExitBlock{};
    deal.exit->headline_basis = HeadlineBasis::rental;
    deal.exit->notice_days = 90;
    book.deals = {deal};
    return book;
}

}  // namespace

TEST_CASE("the firm value of a rental moves with its rate and its notice, not with its term") {
    const Book book = colossus();
    const auto bars = deal_tornado(book, 0, *find_deal_figure(Block::exit, "firm_value_usd"), 0.2);
    REQUIRE(bars.ok());
    REQUIRE(bars->size() >= 2);
    // Three months at $1.25B: ±20% of the rate is $3.0B to $4.5B; ±20% of 90 days (72 to 108
    // days, 2.4 to 3.6 months) is the same $3.0B to $4.5B.
    for (const DealTornadoBar& bar : *bars) {
        INFO(bar.parameter.path());
        if (bar.parameter.path() == "rental.monthly_rate_usd" || bar.parameter.path() == "exit.notice_days") {
            CHECK(bar.low_output == Approx(3.0e9));
            CHECK(bar.high_output == Approx(4.5e9));
        }
        CHECK(bar.parameter.path() != "rental.term_months");  // a longer term keeps three months firm
        CHECK(bar.parameter.path() != "assumptions.pue");     // the PUE moves nothing here
    }
    CHECK((*bars)[0].swing == Approx(1.5e9));
}

TEST_CASE("an assumption moves only this deal, as its override") {
    Book book = colossus();
    book.deals[0].capacity = CapacityBlock{};
    book.deals[0].capacity->capacity_gw = 0.3;
    const auto parameters = deal_parameters(book.deals[0], book);
    const auto pue = std::find_if(parameters.begin(), parameters.end(),
                                  [](const DealParameter& p) { return p.path() == "assumptions.pue"; });
    REQUIRE(pue != parameters.end());
    Deal moved = book.deals[0];
    pue->set(moved, 1.5);
    CHECK(*moved.overrides.pue == 1.5);
    CHECK(*book.assumptions.pue == 1.3);
    const auto bars = deal_tornado(book, 0, *find_deal_figure(Block::capacity, "it_power_gw"), 0.1);
    REQUIRE(bars.ok());
    REQUIRE_FALSE(bars->empty());
}

TEST_CASE("a tornado of a figure the deal does not show is refused") {
    const auto bars = deal_tornado(colossus(), 0, *find_deal_figure(Block::capacity, "gpus"), 0.1);
    REQUIRE_FALSE(bars.ok());
    CHECK(bars.error().message == "the deal does not show GPUs");
    CHECK_FALSE(deal_tornado(colossus(), 0, *find_deal_figure(Block::exit, "firm_value_usd"), 0.0).ok());
}

TEST_CASE("the spread of a deal's figure over ranges of its numbers") {
    const Book book = colossus();
    const auto parameters = deal_parameters(book.deals[0], book);
    const auto rate = std::find_if(parameters.begin(), parameters.end(),
                                   [](const DealParameter& p) { return p.path() == "rental.monthly_rate_usd"; });
    REQUIRE(rate != parameters.end());
    // The firm value is three months of the rate: a rate uniform on $1B–$1.5B gives a firm
    // value uniform on $3B–$4.5B, median about $3.75B.
    const DealRange ranges[] = {{*rate, 1e9, 1.5e9, Distribution::uniform}};
    MonteCarloSettings settings;
    settings.sample_count = 4000;
    const auto out = deal_monte_carlo(book, 0, ranges, *find_deal_figure(Block::exit, "firm_value_usd"), settings);
    REQUIRE(out.ok());
    CHECK(out->p50 == Approx(3.75e9).epsilon(0.02));
    CHECK(out->p10 == Approx(3.15e9).epsilon(0.02));
    CHECK(out->rejected_count == 0);
    SUBCASE("the same seed gives the same draws") {
        const auto again =
            deal_monte_carlo(book, 0, ranges, *find_deal_figure(Block::exit, "firm_value_usd"), settings);
        CHECK(again->sorted_values == out->sorted_values);
    }
    SUBCASE("a range outside its bounds is refused, naming it") {
        const DealRange bad[] = {{*rate, -1, 1e9, Distribution::uniform}};
        const auto refused = deal_monte_carlo(book, 0, bad, *find_deal_figure(Block::exit, "firm_value_usd"), settings);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == "rental.monthly_rate_usd");
    }
}
