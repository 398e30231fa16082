// The deal input fields (model/deal_fields.hpp) state the bounds the model enforces: for every
// field, a value outside them is refused, naming the field by its path in the deal.
#include "model/deal_fields.hpp"
#include "model/book_evaluation.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>

using namespace boomerang::model;

namespace {

// A deal with every block, each value inside its bounds.
Deal every_block() {
    Deal deal;
    deal.id = "everything";
    deal.buyer = "Anthropic";
    deal.seller = "SpaceX";
    deal.investor = "SpaceX";
    deal.start = Date{2026, 5, 0};
    deal.capacity = CapacityBlock{};
    deal.capacity->capacity_gw = 0.3;
    deal.capacity->gpus_per_gw = 700'000;
    deal.rental = RentalBlock{};
    deal.rental->monthly_rate_usd = 1.25e9;
    deal.rental->term_months = 37;
    deal.rental->gpus = 220'000;
    deal.rental->power_mw = 300;
    deal.exit = ExitBlock{};
    deal.exit->headline_basis = HeadlineBasis::rental;
    deal.exit->notice_days = 90;
    deal.financing = FinancingBlock{{{0.0, 1e9}}, 0.0, 0.5};
    deal.project_finance = ProjectFinanceBlock{1e9, 1e9, 0.1, 0.05, 10};
    deal.warrants = WarrantsBlock{{{1e6, 0.0, 0.0}}, 0.01, 10.0, 1e9};
    deal.market_cap_change_usd = 1e9;
    return deal;
}

std::string path_of(const DealInputField& field) {
    return field.block == Block::deal ? std::string(field.key)
                                      : std::string(block_name(field.block)) + "." + std::string(field.key);
}

}  // namespace

TEST_CASE("every deal field's bounds are the model's") {
    Book book;
    book.window = {2026, 2030};
    REQUIRE(evaluate_deal(every_block(), book).ok());
    for (const DealInputField& field : deal_input_fields()) {
        INFO(path_of(field));
        std::vector<double> outside = {std::nan("")};
        if (std::isfinite(field.bounds.min))
            outside.push_back(field.bounds.min_exclusive ? field.bounds.min : field.bounds.min - 1);
        if (std::isfinite(field.bounds.max)) outside.push_back(field.bounds.max + 1);
        if (field.bounds.whole_number) outside.push_back(field.bounds.min + 1.5);
        for (double value : outside) {
            INFO("value ", value);
            Deal deal = every_block();
            REQUIRE(field.set(deal, value));
            if (!std::isnan(value)) CHECK(field.get(deal) == value);
            const auto result = evaluate_deal(deal, book);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().field == path_of(field));
        }
    }
}

TEST_CASE("a field of a block the deal lacks is absent and cannot be set") {
    Deal deal = every_block();
    deal.warrants.reset();
    const DealInputField& price = *find_deal_input_field(Block::warrants, "share_price_usd");
    CHECK_FALSE(price.get(deal).has_value());
    CHECK_FALSE(price.set(deal, 100.0));
    CHECK_FALSE(deal.warrants.has_value());
}

TEST_CASE("fields are named once, and every assumption has a label") {
    std::set<std::string> paths;
    for (const DealInputField& field : deal_input_fields()) {
        CHECK(paths.insert(path_of(field)).second);
        CHECK_FALSE(field.label.empty());
        CHECK_FALSE(field.help.empty());
    }
    REQUIRE(assumption_infos().size() == std::size(assumption_fields));
    for (std::size_t i = 0; i < assumption_infos().size(); ++i)
        CHECK(assumption_infos()[i].key == assumption_fields[i].key);
}
