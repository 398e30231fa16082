// The headline parser's top layer (parse/headline.hpp): the issue's own example sentences read
// into the drafts a reader expects, several deals in one paragraph, guesses marked as such,
// and text that holds no deal.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "parse/headline.hpp"

using boomerang::parse::Bound;
using boomerang::parse::Confidence;
using boomerang::parse::Draft;
using boomerang::parse::read_headline;

namespace {

std::string text_of(const Draft& d, std::string_view key) {
    const auto* f = d.find(key);
    return f ? f->text : std::string("(none)");
}

double number_of(const Draft& d, std::string_view key) {
    const auto* f = d.find(key);
    return f ? f->number : -1.0;
}

}  // namespace

TEST_CASE("Nvidia intends to invest up to $100 billion in OpenAI: an investment under a letter of intent") {
    const auto r = read_headline(
        "Nvidia intends to invest up to $100 billion in OpenAI progressively as each gigawatt is deployed");
    REQUIRE(r.drafts.size() == 1);
    const Draft& d = r.drafts[0];
    CHECK(text_of(d, "investor") == "Nvidia");
    CHECK(text_of(d, "buyer") == "OpenAI");
    CHECK(number_of(d, "financing.amount_usd") == doctest::Approx(100e9));
    CHECK(d.find("financing.amount_usd")->bound == Bound::up_to);
    CHECK(text_of(d, "status") == "letter_of_intent");
}

TEST_CASE("Anthropic will pay SpaceX $1.25 billion per month through May 2029: a rental either side may end") {
    const std::string text =
        "Anthropic will pay SpaceX $1.25 billion per month through May 2029; "
        "either party may terminate on 90 days' notice";
    const auto r = read_headline(text);
    REQUIRE(r.drafts.size() == 1);
    const Draft& d = r.drafts[0];
    CHECK(text_of(d, "buyer") == "Anthropic");
    CHECK(text_of(d, "seller") == "SpaceX");
    CHECK(number_of(d, "rental.monthly_rate_usd") == doctest::Approx(1.25e9));
    CHECK(text_of(d, "rental.end") == "2029-05");
    CHECK(number_of(d, "exit.notice_days") == 90);
    CHECK(text_of(d, "exit.notice_by") == "either");
    // Each field carries the phrase it was read from.
    const auto* rate = d.find("rental.monthly_rate_usd");
    CHECK(text.substr(rate->span.begin, rate->span.end - rate->span.begin) == "$1.25 billion per month");
}

TEST_CASE("AMD granted OpenAI a warrant for up to 160 million shares at one cent: warrants the seller grants") {
    const auto r = read_headline("AMD granted OpenAI a warrant for up to 160 million shares at one cent per share");
    REQUIRE(r.drafts.size() == 1);
    const Draft& d = r.drafts[0];
    CHECK(text_of(d, "seller") == "AMD");
    CHECK(text_of(d, "buyer") == "OpenAI");
    CHECK(number_of(d, "warrants.shares") == doctest::Approx(160e6));
    CHECK(number_of(d, "warrants.strike_usd_per_share") == doctest::Approx(0.01));
}

TEST_CASE("several deals in one paragraph become several drafts") {
    const auto r = read_headline(
        "Oracle will supply OpenAI with about 4.5 gigawatts of capacity. Nvidia will invest up to $10 billion and "
        "Microsoft up to $5 billion in Anthropic. Meta signed a $14.2 billion deal with CoreWeave.");
    REQUIRE(r.drafts.size() == 4);
    CHECK(text_of(r.drafts[0], "seller") == "Oracle");
    CHECK(number_of(r.drafts[0], "capacity.capacity_gw") == doctest::Approx(4.5));
    CHECK(text_of(r.drafts[1], "investor") == "Nvidia");
    CHECK(text_of(r.drafts[2], "investor") == "Microsoft");
    CHECK(number_of(r.drafts[2], "financing.amount_usd") == doctest::Approx(5e9));
    CHECK(text_of(r.drafts[2], "buyer") == "Anthropic");
    CHECK(text_of(r.drafts[3], "buyer") == "Meta");
    CHECK(number_of(r.drafts[3], "exit.headline_value_usd") == doctest::Approx(14.2e9));
}

TEST_CASE("who buys in 'a deal with X' comes from the supply chain, and says it is a guess") {
    const auto r = read_headline("OpenAI struck a $38 billion deal with Amazon.");
    REQUIRE(r.drafts.size() == 1);
    CHECK(text_of(r.drafts[0], "buyer") == "OpenAI");
    CHECK(r.drafts[0].find("buyer")->confidence == Confidence::likely);
    CHECK(r.drafts[0].find("exit.headline_value_usd")->confidence == Confidence::sure);
}

TEST_CASE("numbers that fill no field are listed, and a share price is not a deal") {
    const std::string text = "Nvidia will invest $5 billion in Intel at $23.28 per share, below the $24.90 close.";
    const auto r = read_headline(text);
    REQUIRE(r.drafts.size() == 1);
    CHECK(number_of(r.drafts[0], "financing.amount_usd") == doctest::Approx(5e9));
    REQUIRE(r.unread.size() == 2);
    CHECK(text.substr(r.unread[0].begin, r.unread[0].end - r.unread[0].begin) == "$23.28 per share");
}

TEST_CASE("text that states no deal gets a message, not a draft") {
    CHECK(read_headline("").drafts.empty());
    CHECK(read_headline("Shares of AMD rose 24% on Monday.").message.find("no deal terms") != std::string::npos);
}

TEST_CASE("a later sentence about the same deal adds to its draft") {
    const auto r = read_headline(
        "The arrangement works out to about $1.25 billion a month through May 2029, and it can be ended by either side "
        "with 90 days' notice, Bloomberg reported from SpaceX's filing. Anthropic agreed to pay SpaceX $1.25 billion "
        "per month for access to its Colossus data centers in Memphis, Tennessee.");
    REQUIRE(r.drafts.size() == 1);
    const Draft& d = r.drafts[0];
    CHECK(text_of(d, "buyer") == "Anthropic");
    CHECK(text_of(d, "seller") == "SpaceX");
    CHECK(text_of(d, "rental.end") == "2029-05");
    CHECK(number_of(d, "exit.notice_days") == 90);
}
