// The book being worked on (ui/state/book_document.hpp): only books the model accepts become
// current, edits undo and redo, drags fold into one step, renames carry their citations.
#include <doctest/doctest.h>

#include "../fixtures/preset_books.hpp"
#include "../fixtures/tangled_book.hpp"
#include "../support.hpp"
#include "io/book_json.hpp"
#include "model/book_evaluation.hpp"
#include "model/book_rules.hpp"
#include "ui/state/book_document.hpp"

using boomerang::ui::BookDocument;
using namespace boomerang;

namespace {

io::BookFile preset(const std::string& name) { return testing::load_book_file(name).file; }

// 600 companies and 4,000 purchases: several frames' ratio work.
io::BookFile tangle() {
    io::BookFile file;
    file.title = "Tangle";
    file.book = testing::tangled_book(600, 4000);
    return file;
}

}  // namespace

TEST_CASE("an edit the model refuses changes nothing and says why") {
    BookDocument document(preset("amd-openai-v1.json"), "amd-openai");
    const unsigned revision = document.revision();
    model::Book next = document.book();
    next.deals[0].capacity->capacity_gw = -6;
    CHECK(document.apply(next) ==
          "Deal \"AMD → OpenAI: 6 GW of Instinct GPUs for warrants on 160M AMD shares\" (amd-openai): "
          "capacity.capacity_gw must be a finite number > 0 (got -6)");
    CHECK(document.revision() == revision);
    CHECK(*document.book().deals[0].capacity->capacity_gw == 6);
    CHECK_FALSE(document.can_undo());
}

TEST_CASE("an accepted edit is one step; a drag folds into one; undo and redo walk them") {
    BookDocument document(preset("amd-openai-v1.json"), "amd-openai");
    for (double gw : {5.0, 4.5, 4.0}) {
        model::Book next = document.book();
        next.deals[0].capacity->capacity_gw = gw;
        CHECK(document.apply(next, "drag capacity_gw").empty());
    }
    document.end_merge();
    CHECK(*document.results().deals[0].capacity->capacity_gw == 4.0);
    CHECK(document.modified());
    document.undo();
    CHECK(*document.book().deals[0].capacity->capacity_gw == 6.0);  // the whole drag at once
    CHECK_FALSE(document.can_undo());
    document.redo();
    CHECK(*document.results().deals[0].capacity->capacity_gw == 4.0);
}

TEST_CASE("a book rule's refusal is the message, and its edit a step") {
    BookDocument document(preset("nvidia-openai-v1.json"), "nvidia-openai");
    CHECK(document.apply(model::remove_deal(document.book(), "nvidia-openai-equity")) ==
          "deal \"nvidia-openai-loi\" is superseded by \"nvidia-openai-equity\"; change its status first");
    CHECK(document.apply(model::duplicate_deal(document.book(), "nvidia-openai-equity")).empty());
    CHECK(document.book().deals.size() == 3);
    CHECK(document.can_undo());
}

TEST_CASE("renaming a company or a deal moves its citations with it") {
    BookDocument document(preset("anthropic-spacex-v1.json"), "anthropic-spacex");
    REQUIRE(document.file().sources.count("companies.SpaceX.revenue_usd_per_year"));
    REQUIRE(document.file().sources.count("deals.anthropic-spacex.rental.monthly_rate_usd"));
    CHECK(document.rename_company("SpaceX", "SpaceX (xAI)").empty());
    CHECK(document.book().deals[0].seller == "SpaceX (xAI)");
    CHECK(document.file().sources.count("companies.SpaceX (xAI).revenue_usd_per_year"));
    CHECK_FALSE(document.file().sources.count("companies.SpaceX.revenue_usd_per_year"));
    CHECK(document.rename_deal("anthropic-spacex", "colossus-1").empty());
    CHECK(document.file().sources.count("deals.colossus-1.rental.monthly_rate_usd"));
    CHECK(document.file().sources.count("deals.colossus-1"));
    CHECK(document.rename_deal("colossus-1", "Colossus 1") ==
          "id \"Colossus 1\" must be 1 to 64 lowercase letters, digits or '-'");
}

TEST_CASE("opening a book replaces everything, unless the model refuses it") {
    BookDocument document(preset("amd-openai-v1.json"), "amd-openai");
    io::BookFile broken = preset("meta-amd-v1.json");
    broken.book.window = {2030, 2020};
    CHECK_FALSE(document.open(broken, "broken").empty());
    CHECK(document.origin_name() == "amd-openai");
    CHECK(document.open(preset("meta-amd-v1.json"), "meta-amd").empty());
    CHECK(document.origin_name() == "meta-amd");
    CHECK_FALSE(document.can_undo());
    CHECK_FALSE(document.modified());
}

TEST_CASE("a large book's ratios follow over the next frames; everything else is there at once") {
    io::BookFile file = tangle();
    const auto whole = model::evaluate_book(file.book);
    REQUIRE(whole.ok());

    BookDocument document(file);
    REQUIRE(document.results().ratios_pending);
    REQUIRE(document.ratio_progress().has_value());
    CHECK(document.results().totals.flow_usd == whole->totals.flow_usd);
    CHECK(document.results().companies[0].boomerang_earmarked_ratio == whole->companies[0].boomerang_earmarked_ratio);

    SUBCASE("frame by frame, the ratios arrive and the revision moves on") {
        const unsigned revision = document.revision();
        int frames = 0;
        while (!document.advance_ratios()) {
            REQUIRE(++frames < 1000);
        }
        CHECK(frames >= 1);  // more than one frame after the first
        CHECK(document.revision() == revision + 1);
        CHECK_FALSE(document.ratio_progress().has_value());
        CHECK_FALSE(document.results().ratios_pending);
        for (std::size_t j = 0; j < whole->companies.size(); ++j) {
            CHECK(document.results().companies[j].boomerang_fungible_ratio ==
                  whole->companies[j].boomerang_fungible_ratio);
        }
        CHECK_FALSE(document.advance_ratios());  // nothing left
    }
    SUBCASE("an edit mid-way starts the solve again for the new book") {
        document.advance_ratios();
        file.book.deals[0].exit->headline_value_usd = 5e9;
        REQUIRE(document.apply(file.book).empty());
        CHECK(document.results().ratios_pending);
        while (document.ratio_progress()) document.advance_ratios();
        const auto edited = model::evaluate_book(file.book);
        REQUIRE(edited.ok());
        CHECK(document.results().companies[0].boomerang_fungible_ratio ==
              edited->companies[0].boomerang_fungible_ratio);
    }
    SUBCASE("a copy (a book pinned to compare) finishes on its own") {
        document.advance_ratios();
        REQUIRE(document.ratio_progress().has_value());
        BookDocument pinned = document;
        while (pinned.ratio_progress()) pinned.advance_ratios();
        CHECK(document.results().ratios_pending);
        CHECK(pinned.results().companies[5].boomerang_fungible_ratio == whole->companies[5].boomerang_fungible_ratio);
    }
}

TEST_CASE("a book read with its results is opened without working them out again") {
    const io::BookFile file = tangle();
    const auto whole = model::evaluate_book(file.book);
    REQUIRE(whole.ok());
    // Read with no ratio work at all: a document that evaluated the book again would have
    // done a frame's share of it.
    auto loaded = io::checked_book(file, {}, 0.0);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->pending_ratios.has_value());

    BookDocument document(preset("amd-openai-v1.json"), "amd-openai");
    const unsigned book_revision = document.book_revision();
    document.open(std::move(loaded.value()), "tangle.json");
    CHECK(document.file() == file);
    CHECK(document.origin_name() == "tangle.json");
    CHECK_FALSE(document.modified());
    CHECK_FALSE(document.can_undo());
    CHECK(document.book_revision() == book_revision + 1);
    REQUIRE(document.ratio_progress().has_value());
    CHECK(*document.ratio_progress() == 0.0);
    CHECK(document.results().totals.flow_usd == whole->totals.flow_usd);

    while (document.ratio_progress()) document.advance_ratios();
    for (std::size_t j = 0; j < whole->companies.size(); ++j) {
        CHECK(document.results().companies[j].boomerang_fungible_ratio == whole->companies[j].boomerang_fungible_ratio);
    }
}

TEST_CASE("the book revision moves with the book, not with ratios arriving") {
    io::BookFile file = tangle();
    BookDocument document(file);
    const unsigned book_revision = document.book_revision();
    const unsigned revision = document.revision();
    while (document.ratio_progress()) document.advance_ratios();
    CHECK(document.revision() == revision + 1);
    CHECK(document.book_revision() == book_revision);  // the link made before still holds

    file.book.deals[0].exit->headline_value_usd = 5e9;
    REQUIRE(document.apply(file.book).empty());
    CHECK(document.book_revision() == book_revision + 1);
    document.undo();
    CHECK(document.book_revision() == book_revision + 2);
    file.book.deals[0].exit->headline_value_usd = -1;
    CHECK(document.apply(file.book) != "");  // refused: nothing moves
    CHECK(document.book_revision() == book_revision + 2);
}
