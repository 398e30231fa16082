// Drafts read from a headline become book deals once accepted (io/headline_deals.hpp): each
// value cited with the phrase it came from, guesses flagged, a start the text lacks marked as
// an assumption; a draft without the party it needs is refused with a message saying which.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "../parse/corpus.hpp"
#include "io/book_json.hpp"
#include "io/headline_deals.hpp"
#include "model/book_evaluation.hpp"

using boomerang::io::accept_draft;
using boomerang::io::HeadlineSource;
using boomerang::parse::read_headline;

namespace {

HeadlineSource written(int year, int month, int day) {
    return {"Pasted text", boomerang::model::Date{year, month, day}};
}

boomerang::model::Book empty_book(int year) {
    boomerang::model::Book book;
    book.window = {year, year + 4};
    return book;
}

}  // namespace

TEST_CASE("a rental read from a sentence becomes a deal that evaluates, every value cited with its phrase") {
    const std::string text =
        "Anthropic will pay SpaceX $1.25 billion per month through May 2029; "
        "either party may terminate on 90 days' notice";
    const auto reading = read_headline(text);
    REQUIRE(reading.drafts.size() == 1);
    const auto accepted = accept_draft(reading.drafts[0], text, empty_book(2026), written(2026, 5, 20));
    REQUIRE(accepted);
    const auto& deal = accepted->deal;
    CHECK(deal.id == "anthropic-spacex");
    CHECK(deal.buyer == "Anthropic");
    CHECK(deal.seller == "SpaceX");
    REQUIRE(deal.rental);
    CHECK(*deal.rental->monthly_rate_usd == doctest::Approx(1.25e9));
    CHECK(*deal.rental->end == boomerang::model::Date{2029, 5, 0});
    REQUIRE(deal.exit);
    CHECK(*deal.exit->notice_days == 90);
    CHECK(deal.exit->notice_by == boomerang::model::NoticeBy::either);
    CHECK(accepted->sources.at("deals.anthropic-spacex.rental.monthly_rate_usd").quote == "$1.25 billion per month");
    CHECK(accepted->sources.at("deals.anthropic-spacex.rental.end").quote == "through May 2029");
    // The text gives neither a start nor a status: both stand in, and say so.
    CHECK(*deal.start == boomerang::model::Date{2026, 5, 0});
    CHECK(accepted->sources.at("deals.anthropic-spacex.start").kind == boomerang::io::Citation::Kind::assumption);
    CHECK(accepted->sources.at("deals.anthropic-spacex.status").kind == boomerang::io::Citation::Kind::assumption);
}

TEST_CASE("an investment becomes a financing tranche; warrants become a tranche of shares with their strike") {
    const std::string invest = "Nvidia will invest up to $10 billion in Anthropic.";
    const auto a = accept_draft(read_headline(invest).drafts.at(0), invest, empty_book(2025), written(2025, 11, 18));
    REQUIRE(a);
    CHECK(a->deal.investor == "Nvidia");
    REQUIRE(a->deal.financing);
    CHECK(a->deal.financing->tranches.at(0).amount_usd == doctest::Approx(10e9));
    CHECK(a->sources.at("deals.anthropic-nvidia.financing.tranches[0]").quote == "up to $10 billion");

    const std::string warrant =
        "AMD has issued OpenAI a warrant for up to 160 million shares of AMD common stock at $0.01 per share.";
    const auto w = accept_draft(read_headline(warrant).drafts.at(0), warrant, empty_book(2025), written(2025, 10, 6));
    REQUIRE(w);
    REQUIRE(w->deal.warrants);
    CHECK(w->deal.warrants->tranches.at(0).shares == doctest::Approx(160e6));
    CHECK(*w->deal.warrants->strike_usd_per_share == doctest::Approx(0.01));
}

TEST_CASE("a value the model refuses takes its block out of the deal, says why, and adds the rest") {
    // Found by the fuzzer: a rental to 2092 runs more than 50 years, and the exit terms stood
    // on the rental's payments.
    const std::string text =
        "Anthropic will pay SpaceX $1.25 billion per month through May 2092; "
        "either party may terminate on 90 days' notice.";
    const auto accepted = accept_draft(read_headline(text).drafts.at(0), text, empty_book(2026), written(2026, 5, 20));
    REQUIRE(accepted);
    CHECK_FALSE(accepted->deal.rental);
    CHECK_FALSE(accepted->deal.exit);
    REQUIRE_FALSE(accepted->left_out.empty());
    CHECK(accepted->left_out.front().find("more than 50 years") != std::string::npos);
}

TEST_CASE("a draft without the party its terms need is refused with a message naming it") {
    const std::string text = "The contract will require 4.5 gigawatts of power capacity.";
    const auto reading = read_headline(text);
    REQUIRE(reading.drafts.size() == 1);
    const auto refused = accept_draft(reading.drafts[0], text, empty_book(2025), {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "buyer");
    CHECK(refused.error().message.find("names no buyer") != std::string::npos);
}

TEST_CASE("every draft of the corpus, accepted, evaluates; one that lacks a party is refused until it is typed") {
    int accepted = 0, refused = 0;
    for (const auto& s : boomerang::testing::parse_corpus().at("sentences")) {
        const std::string text = s.at("text");
        const std::string date = s.at("source").at("date");
        const HeadlineSource source = written(std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)),
                                              date.size() >= 10 ? std::stoi(date.substr(8, 2)) : 0);
        const auto reading = read_headline(text, source.written_on);
        for (const auto& draft : reading.drafts) {
            INFO(s.at("id").get<std::string>());
            const auto result = accept_draft(draft, text, empty_book(source.written_on->year), source);
            if (result) {
                ++accepted;
                continue;
            }
            ++refused;
            CHECK((result.error().field == "buyer" || result.error().field == "seller"));
            // Once the reader types the parties the text leaves out, it is accepted too.
            boomerang::parse::Draft completed = draft;
            for (const char* role : {"buyer", "seller"}) {
                if (completed.find(role)) continue;
                boomerang::parse::DraftField party;
                party.key = role;
                party.text = std::string("Typed ") + role;
                completed.fields.push_back(party);
            }
            const auto with_parties = accept_draft(completed, text, empty_book(source.written_on->year), source);
            const std::string why = with_parties ? "" : with_parties.error().message;
            CHECK_MESSAGE(with_parties.ok(), why);
        }
        // The book of every accepted draft saves and loads back, sources and all.
        const auto book = boomerang::io::headline_book(reading, text, source);
        const auto loaded = boomerang::io::load_book(boomerang::io::save_book(book));
        CHECK_MESSAGE(loaded, s.at("id").get<std::string>(), ": ", loaded ? "" : loaded.error().message);
        if (loaded) CHECK(loaded->warnings.empty());
    }
    MESSAGE("corpus drafts: ", accepted, " accepted and evaluated, ", refused, " refused for a missing party");
    CHECK(accepted > refused);
}

TEST_CASE("text that is not a deal gets a message saying why, never a crash") {
    CHECK(read_headline("").message.find("no text") != std::string::npos);
    CHECK(read_headline("   \n ").message.find("no text") != std::string::npos);
    const std::string megabyte(1 << 20, '7');
    CHECK(read_headline(megabyte).message.find("1024 KB") != std::string::npos);
    for (const std::string text :
         {"The weather was fine and nobody signed anything.", "12 34 5.6 7,800 9e9 0x1F", "😀🚀💸 🤖",
          "英伟达将向OpenAI投资1000亿美元", "Инвестиции в ИИ растут", "<p onclick=\"x()\">$5 billion <b>deal</b></p>",
          "https://example.com/news?deal=100&gw=10#section", "\xff\xfe\xfd broken bytes"}) {
        INFO(text);
        const auto reading = read_headline(text);
        CHECK((!reading.drafts.empty() || !reading.message.empty()));
        const std::string json = boomerang::io::headline_json(reading, text, {});
        CHECK(nlohmann::json::parse(json, nullptr, false).is_object());
    }
}
