// The rules an edit of a book follows (model/book_rules.hpp): renames reach every mention,
// removals leave nothing dangling, and switching what is entered keeps the numbers.
#include "model/book_rules.hpp"
#include "model/book_evaluation.hpp"
#include "model/deal_fields.hpp"

#include <doctest/doctest.h>

using namespace boomerang::model;
using doctest::Approx;

namespace {

// OpenAI's letter of intent with Nvidia, superseded by Nvidia's equity; AMD's purchase; and
// Nvidia's supply.
Book small_web() {
    Book book;
    book.window = {2025, 2030};
    book.assumptions.hardware_usd_per_gw = 25e9;
    book.assumptions.pue = 1.3;
    book.companies = {{"OpenAI", 20e9, std::nullopt}};
    book.supply = {{"Nvidia", 2026, 14, 0.2}};
    Deal loi;
    loi.id = "nvidia-openai-loi";
    loi.title = "Letter of intent";
    loi.buyer = "OpenAI";
    loi.seller = "Nvidia";
    loi.investor = "Nvidia";
    loi.status = DealStatus::superseded;
    loi.superseded_by = "nvidia-openai-equity";
    loi.start = Date{2026, 7, 0};
    loi.capacity = CapacityBlock{};
    loi.capacity->capacity_gw = 10;
    loi.financing = FinancingBlock{{{1.0, 10e9}}, std::nullopt, std::nullopt};
    Deal equity;
    equity.id = "nvidia-openai-equity";
    equity.title = "Equity";
    equity.buyer = "OpenAI";
    equity.investor = "Nvidia";
    equity.status = DealStatus::definitive;
    equity.start = Date{2026, 2, 0};
    equity.financing = FinancingBlock{{{0.0, 30e9}}, 30e9, std::nullopt};
    Deal amd;
    amd.id = "amd-openai";
    amd.title = "AMD";
    amd.buyer = "OpenAI";
    amd.seller = "AMD";
    amd.status = DealStatus::definitive;
    amd.start = Date{2026, 7, 0};
    amd.capacity = CapacityBlock{};
    amd.capacity->capacity_gw = 6;
    amd.capacity->gpus_per_gw = 500'000;
    amd.capacity->deploy_end = Date{2030, 12, 0};
    book.deals = {loi, equity, amd};
    return book;
}

template <typename T>
T accepted(const Result<T>& result) {
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    return result.value();
}

template <typename T>
std::string refused(const Result<T>& result) {
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

}  // namespace

TEST_CASE("renaming a company reaches every deal, its outside money and its supply") {
    const Book book = accepted(rename_company(small_web(), "Nvidia", "NVIDIA"));
    CHECK(book.deals[0].seller == "NVIDIA");
    CHECK(book.deals[0].investor == "NVIDIA");
    CHECK(book.deals[1].investor == "NVIDIA");
    CHECK(book.supply[0].vendor == "NVIDIA");
    CHECK(evaluate_book(book).ok());
    SUBCASE("into a name another company has: refused, since the two would merge") {
        CHECK(refused(rename_company(small_web(), "AMD", "OpenAI")) ==
              "the book already has a company \"OpenAI\"; renaming \"AMD\" to it would merge the two");
    }
    SUBCASE("to nothing") { CHECK(refused(rename_company(small_web(), "AMD", "")) == "a company needs a name"); }
}

TEST_CASE("a company that is a party to a deal cannot be removed") {
    CHECK(refused(remove_company(small_web(), "OpenAI")) ==
          "\"OpenAI\" is a party to deals \"nvidia-openai-loi\", \"nvidia-openai-equity\" and \"amd-openai\"; "
          "remove or change them first");
    Book book = small_web();
    book.companies.push_back({"Oracle", 57e9, std::nullopt});
    CHECK(accepted(remove_company(book, "Oracle")).companies.size() == 1);
}

TEST_CASE("a deal another deal is superseded by cannot be removed, and renaming it follows") {
    CHECK(refused(remove_deal(small_web(), "nvidia-openai-equity")) ==
          "deal \"nvidia-openai-loi\" is superseded by \"nvidia-openai-equity\"; change its status first");
    const Book renamed = accepted(rename_deal_id(small_web(), "nvidia-openai-equity", "nvidia-round"));
    CHECK(renamed.deals[0].superseded_by == "nvidia-round");
    CHECK(evaluate_book(renamed).ok());
    CHECK(accepted(remove_deal(small_web(), "amd-openai")).deals.size() == 2);
    CHECK(refused(rename_deal_id(small_web(), "amd-openai", "nvidia-openai-loi")) ==
          "id \"nvidia-openai-loi\" is taken by another deal");
    CHECK(refused(rename_deal_id(small_web(), "amd-openai", "AMD OpenAI")) ==
          "id \"AMD OpenAI\" must be 1 to 64 lowercase letters, digits or '-'");
}

TEST_CASE("duplicating, moving and new ids") {
    const Book copied = accepted(duplicate_deal(small_web(), "amd-openai"));
    REQUIRE(copied.deals.size() == 4);
    CHECK(copied.deals[3].id == "amd-openai-copy");
    CHECK(copied.deals[3].title == "AMD (copy)");
    CHECK(accepted(duplicate_deal(copied, "amd-openai")).deals[3].id == "amd-openai-copy-2");
    CHECK(accepted(move_deal(small_web(), "amd-openai", 0)).deals[0].id == "amd-openai");
    CHECK(unique_deal_id(small_web(), "Meta → AMD!") == "meta-amd");
    CHECK(unique_deal_id(small_web(), "AMD OpenAI") == "amd-openai-2");
}

TEST_CASE("every template gives a deal that evaluates, its examples stated as such") {
    for (const Template& t : deal_templates()) {
        INFO(t.label);
        const Book book = accepted(add_deal_from_template(small_web(), t.kind, "Meta", "AMD", Date{2026, 2, 0}));
        CHECK(book.deals.back().id == "meta-amd");
        CHECK(evaluate_book(book).ok());
        CHECK_FALSE(t.example_note.empty());
    }
}

TEST_CASE("a block is added with its main figure and removed with all its figures") {
    Book book = accepted(add_block(small_web(), "amd-openai", Block::exit));
    CHECK(book.deals[2].exit->headline_basis == HeadlineBasis::capacity);  // priced at $25B/GW
    book = accepted(add_block(book, "amd-openai", Block::warrants));
    CHECK(evaluate_book(book).ok());
    CHECK(refused(add_block(book, "amd-openai", Block::warrants)) == "the deal already has Warrants");
    CHECK(refused(add_block(book, "amd-openai", Block::rental)) ==
          "to add Compute rental, give the monthly rate to start with");
    CHECK(accepted(add_block(book, "amd-openai", Block::rental, 1.25e9)).deals[2].rental->monthly_rate_usd == 1.25e9);
    CHECK(refused(remove_block(book, "amd-openai", Block::capacity)) ==
          "Capacity bought cannot go while the headline is the capacity's price; change that first");
    CHECK(refused(remove_block(small_web(), "nvidia-openai-loi", Block::capacity)) ==
          "Capacity bought cannot go while financing tranches are released at deployed gigawatts; change that first");
    const Book without = accepted(remove_block(book, "amd-openai", Block::exit));
    const auto results = evaluate_book(without);
    REQUIRE(results.ok());
    CHECK_FALSE(results->deals[2].exit.has_value());
}

TEST_CASE("a block that starts from its main figure is refused without it, naming the figure") {
    // Nvidia's equity has financing only: no rental or priced capacity to read a headline from.
    const Book book = small_web();
    CHECK(refused(add_block(book, "nvidia-openai-equity", Block::capacity)) ==
          "to add Capacity bought, give the gigawatts to start with");
    CHECK(refused(add_block(book, "nvidia-openai-equity", Block::rental)) ==
          "to add Compute rental, give the monthly rate to start with");
    CHECK(refused(add_block(book, "nvidia-openai-equity", Block::exit)) ==
          "to add Payments and exit terms, give the headline value to start with");
    CHECK(refused(add_block(book, "nvidia-openai-equity", Block::project_finance)) ==
          "to add Project financing, give the equity raised to start with");
    // Given, the figure is kept as it was typed: 6 GW, $1.25B a month, $100B, $10B of equity.
    const auto added = [&](Block block, double value) {
        return accepted(add_block(book, "nvidia-openai-equity", block, value)).deals[1];
    };
    CHECK(added(Block::capacity, 6.0).capacity->capacity_gw == 6.0);
    CHECK(added(Block::rental, 1.25e9).rental->monthly_rate_usd == 1.25e9);
    CHECK(added(Block::exit, 100e9).exit->headline_value_usd == 100e9);
    CHECK(added(Block::project_finance, 10e9).project_finance->equity_usd == 10e9);
}

TEST_CASE("the field a block starts with is the one add_block sets, and only blocks that need one have it") {
    const Book book = small_web();
    for (Block block :
         {Block::capacity, Block::rental, Block::exit, Block::financing, Block::project_finance, Block::warrants}) {
        CAPTURE(block_name(block));
        const DealInputField* start = block_start_field(block);
        const auto without_value = add_block(book, "nvidia-openai-equity", block);
        const bool needs_value = !without_value.ok() && without_value.error().message.ends_with("to start with");
        CHECK(needs_value == (start != nullptr));
        if (!start) continue;
        CHECK(start->block == block);
        const Book added = accepted(add_block(book, "nvidia-openai-equity", block, 7.0));
        CHECK(start->get(added.deals[1]) == 7.0);
    }
    CHECK(block_start_field(Block::deal) == nullptr);
}

TEST_CASE("switching the derived capacity figure keeps the numbers") {
    // 6 GW at 500k GPUs per GW: 3M GPUs. Enter GPUs instead, and the gigawatts follow.
    const Book book = accepted(set_capacity_derived(small_web(), "amd-openai", CapacityDerived::capacity_gw));
    CHECK(*book.deals[2].capacity->gpus == Approx(3e6));
    CHECK(book.deals[2].capacity->derived == CapacityDerived::capacity_gw);
    const auto results = evaluate_book(book);
    REQUIRE(results.ok());
    CHECK(*results->deals[2].capacity->capacity_gw == Approx(6.0));
    CHECK(refused(set_capacity_derived(small_web(), "nvidia-openai-loi", CapacityDerived::gpus_per_gw)) ==
          "capacity.gpus is needed first");
}

TEST_CASE("switching a rental from months to an end date keeps the term") {
    Book book = small_web();
    Deal rental;
    rental.id = "anthropic-spacex";
    rental.buyer = "Anthropic";
    rental.seller = "SpaceX";
    rental.start = Date{2026, 5, 0};
    rental.rental = RentalBlock{};
    rental.rental->monthly_rate_usd = 1.25e9;
    rental.rental->term_months = 37;
    book.deals.push_back(rental);
    const Book by_end = accepted(set_rental_term_given(book, "anthropic-spacex", TermGiven::end_date));
    CHECK(by_end.deals.back().rental->term_given == TermGiven::end_date);
    CHECK(*by_end.deals.back().rental->end == Date{2029, 5, 0});
}
