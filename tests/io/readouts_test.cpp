// Read-outs (io/readouts.hpp): each figure a preset shows says what it means for that deal, in
// a sentence a journalist can quote, with the deal's own parties and numbers.
#include "io/readouts.hpp"
#include "../fixtures/preset_books.hpp"
#include "../support.hpp"
#include "io/book_json.hpp"
#include "io/presets.hpp"

#include <doctest/doctest.h>

using namespace boomerang;

namespace {

using testing::load_book_file;

// The sentence for one figure of one deal.
std::string sentence(const io::LoadedBook& book, const std::string& id, model::Block block, std::string_view key) {
    for (std::size_t i = 0; i < book.file.book.deals.size(); ++i) {
        if (book.file.book.deals[i].id != id) continue;
        const auto r = io::readout(book.file.book, book.file.book.deals[i], book.results.deals[i],
                                   *model::find_deal_figure(block, key));
        REQUIRE(r.has_value());
        return r->sentence;
    }
    FAIL("no deal ", id);
    return "";
}

}  // namespace

TEST_CASE("every figure a preset shows has a read-out, and none is shown for a block the deal lacks") {
    for (const std::string& name : testing::preset_book_names()) {
        const io::LoadedBook book = load_book_file(name);
        for (std::size_t i = 0; i < book.file.book.deals.size(); ++i) {
            const model::Deal& deal = book.file.book.deals[i];
            for (const model::DealFigure& figure : model::deal_figures()) {
                INFO(name, ": ", deal.id, ": ", model::block_name(figure.block), ".", figure.key);
                const auto r = io::readout(book.file.book, deal, book.results.deals[i], figure);
                CHECK(r.has_value() == figure.get(book.results.deals[i]).has_value());
                if (r && !r->sentence.empty()) {
                    CHECK(r->sentence.back() == '.');
                    CHECK(r->sentence.find("n/a") == std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("the read-outs a journalist would quote") {
    using model::Block;
    SUBCASE("Anthropic → SpaceX: notice either side, the discounted months first") {
        const io::LoadedBook book = load_book_file("anthropic-spacex-v1.json");
        CHECK(sentence(book, "anthropic-spacex", Block::exit, "firm_value_usd") ==
              "Three months of payments, $2.5B, are firm at signing: either side can leave on 90 days' notice; "
              "$3.75B once payments reach the full rate.");
        CHECK(sentence(book, "anthropic-spacex", Block::rental, "total_usd") ==
              "Anthropic pays SpaceX $45B over 37 months, through May 2029.");
    }
    SUBCASE("AMD → OpenAI: only the first gigawatt binds") {
        const io::LoadedBook book = load_book_file("amd-openai-v1.json");
        CHECK(sentence(book, "amd-openai", Block::exit, "firm_value_usd")
                  .rfind("Only the first 1.0 GW of 6.0 GW is binding: ", 0) == 0);
        CHECK(sentence(book, "amd-openai", Block::warrants, "all_vest_value_usd") ==
              "If every tranche vests, at $600 a share, the 160M shares are worth $96B.");
    }
    SUBCASE("Nvidia → OpenAI: a superseded letter binds nobody and moves nothing") {
        const io::LoadedBook book = load_book_file("nvidia-openai-v1.json");
        CHECK(sentence(book, "nvidia-openai-loi", Block::financing, "disbursed_usd").find("none moves") !=
              std::string::npos);
        CHECK(sentence(book, "nvidia-openai-loi", Block::financing, "committed_usd").find("none of it is bound") !=
              std::string::npos);
    }
}

TEST_CASE("the status read-out says what binds, as of when, and names a superseding deal by its title") {
    model::Book book;
    model::Deal loi;
    loi.id = "loi";
    loi.status = model::DealStatus::letter_of_intent;
    loi.status_as_of = model::Date{2025, 9, 22};
    CHECK(io::status_readout(book, loi) ==
          "Letter of intent (as of 2025-09-22): nothing in it binds, so its firm value is $0.");

    model::Deal equity;
    equity.id = "equity";
    equity.title = "Nvidia's $30B stake";
    book.deals = {loi, equity};
    loi.status = model::DealStatus::superseded;
    loi.superseded_by = "equity";
    CHECK(io::status_readout(book, loi) ==
          "Superseded (as of 2025-09-22) by “Nvidia's $30B stake”: replaced by another deal; it binds nothing and "
          "moves no money in the book.");
}
