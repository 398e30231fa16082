// The quantities a sentence about a deal states (parse/quantities.hpp): money with its
// magnitude and period, power, GPU and share counts, durations, bounds and ranges, each
// with the words it was read from.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "parse/quantities.hpp"

using boomerang::parse::Bound;
using boomerang::parse::find_quantities;
using boomerang::parse::Quantity;
using boomerang::parse::QuantityKind;

namespace {

// The only quantity of `text`.
Quantity only(std::string_view text) {
    const auto found = find_quantities(text);
    REQUIRE_MESSAGE(found.size() == 1, "in: ", text, " found ", found.size());
    return found.front();
}

std::string_view words_of(std::string_view text, const Quantity& q) {
    return text.substr(q.span.begin, q.span.end - q.span.begin);
}

}  // namespace

TEST_CASE("money reads with its magnitude, however it is written") {
    for (const auto& [text, value] :
         {std::pair{"$100 billion", 100e9}, std::pair{"US$30 billion", 30e9}, std::pair{"10 billion dollars", 10e9},
          std::pair{"$3.959B", 3.959e9}, std::pair{"USD 9.7 billion", 9.7e9}, std::pair{"$1,250M", 1.25e9},
          std::pair{"$300bn", 300e9}, std::pair{"fifteen billion dollars", 15e9}, std::pair{"$350 million", 350e6}}) {
        INFO(text);
        const Quantity q = only(text);
        CHECK(q.kind == QuantityKind::usd);
        CHECK(q.value == doctest::Approx(value));
        CHECK(q.bound == Bound::exact);
        CHECK(words_of(text, q) == text);
    }
}

TEST_CASE("money per month, per year and per share") {
    CHECK(only("$1.25bn a month").kind == QuantityKind::usd_per_month);
    CHECK(only("$1.25 billion per month").value == doctest::Approx(1.25e9));
    CHECK(only("$1.25 billion every month").kind == QuantityKind::usd_per_month);
    CHECK(only("$15 billion annually").kind == QuantityKind::usd_per_year);
    const Quantity strike = only("at $0.01 per share");
    CHECK(strike.kind == QuantityKind::usd_per_share);
    CHECK(strike.value == doctest::Approx(0.01));
    CHECK(only("$600 a share").value == doctest::Approx(600.0));
    CHECK(only("at one cent per share").value == doctest::Approx(0.01));
    CHECK(only("six hundred dollars per share").value == doctest::Approx(600.0));
}

TEST_CASE("bounds and ranges are read from the words before the number") {
    CHECK(only("up to $100 billion").bound == Bound::up_to);
    CHECK(only("as much as $30 billion").bound == Bound::up_to);
    CHECK(only("more than $10 billion").bound == Bound::more_than);
    CHECK(only("at least $10 billion").bound == Bound::at_least);
    CHECK(only("about $45 billion").bound == Bound::about);
    CHECK(only("nearly $45 billion").bound == Bound::about);
    CHECK(only("~USD 5.8 billion").bound == Bound::about);
    const std::string_view text = "between $10 billion and $12 billion";
    const Quantity range = only(text);
    CHECK(range.bound == Bound::range);
    CHECK(range.value == doctest::Approx(10e9));
    REQUIRE(range.high);
    CHECK(*range.high == doctest::Approx(12e9));
    CHECK(words_of(text, range) == text);
    CHECK(words_of("worth up to $100 billion in", only("worth up to $100 billion in")) == "up to $100 billion");
}

TEST_CASE("power reads in gigawatts, megawatts too") {
    CHECK(only("10 gigawatts").value == doctest::Approx(10.0));
    CHECK(only("6 GW").kind == QuantityKind::gw);
    CHECK(only("six gigawatts").value == doctest::Approx(6.0));
    const Quantity mw = only("300+ megawatts");
    CHECK(mw.value == doctest::Approx(0.3));
    CHECK(mw.bound == Bound::more_than);
    CHECK(only("about 750 megawatts of kit").value == doctest::Approx(0.75));
}

TEST_CASE("GPU and share counts read with the noun a few words on") {
    const Quantity gpus = only("220,000 Nvidia GPUs");
    CHECK(gpus.kind == QuantityKind::gpus);
    CHECK(gpus.value == doctest::Approx(220000.0));
    const Quantity range = only("4 to 5 million GPUs");
    CHECK(range.bound == Bound::range);
    CHECK(range.value == doctest::Approx(4e6));
    CHECK(*range.high == doctest::Approx(5e6));
    const Quantity plus = only("220K+ Nvidia GPUs");
    CHECK(plus.value == doctest::Approx(220e3));
    CHECK(plus.bound == Bound::more_than);
    const Quantity shares = only("up to 160 million shares of AMD common stock");
    CHECK(shares.kind == QuantityKind::shares);
    CHECK(shares.value == doctest::Approx(160e6));
    CHECK(shares.bound == Bound::up_to);
    CHECK(only("160 million AMD shares").kind == QuantityKind::shares);
}

TEST_CASE("durations: notice in days, terms in months, spans in years") {
    const Quantity notice = only("with just 90 days' notice");
    CHECK(notice.kind == QuantityKind::days);
    CHECK(notice.value == 90.0);
    CHECK(only("a 90-day termination clause").kind == QuantityKind::days);
    const Quantity term = only("a 12-month term");
    CHECK(term.kind == QuantityKind::months);
    CHECK(term.value == 12.0);
    // "over five years" is the span the money is paid over, not more than five years.
    const Quantity span = only("over five years starting in 2027");
    CHECK(span.kind == QuantityKind::years);
    CHECK(span.value == 5.0);
    CHECK(span.bound == Bound::exact);
}

TEST_CASE("percentages are fractions") {
    CHECK(only("a 10% stake").value == doctest::Approx(0.1));
    CHECK(only("roughly ten percent of AMD").value == doctest::Approx(0.1));
}

TEST_CASE("a sentence gives its quantities in order, and numbers without a unit are left out") {
    const std::string_view text =
        "Anthropic will pay SpaceX $1.25 billion per month through May 2029; either party may terminate on 90 days' "
        "notice.";
    const auto found = find_quantities(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == QuantityKind::usd_per_month);
    CHECK(words_of(text, found[0]) == "$1.25 billion per month");
    CHECK(found[1].kind == QuantityKind::days);
    CHECK(words_of(text, found[1]) == "90 days");
    CHECK(find_quantities("In Q1 2026 the company grew, and in 2025 it did too.").empty());
}

TEST_CASE("text that holds no quantity, or no text at all, gives none and never fails") {
    for (const std::string_view text : {"", "   ", "no numbers here", "$", "$$$ billion", "1,", ".", "up to",
                                        "😀 émoji and 中文 with 5", "<b>$</b>", "https://example.com/10-gw"}) {
        INFO(text);
        CHECK_NOTHROW(find_quantities(text));
    }
    CHECK(find_quantities("").empty());
    CHECK(find_quantities("no numbers here").empty());
    const std::string long_text(1 << 20, '9');
    CHECK(find_quantities(long_text).empty());
}

// ---- Against the corpus ------------------------------------------------------------------------

#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "corpus.hpp"

namespace {

// The kinds of quantity a corpus field is read from; a term in years counts in months.
struct FieldKind {
    const char* key;
    std::vector<QuantityKind> kinds;
};
const std::vector<FieldKind> kNumericFields = {
    {"capacity.capacity_gw", {QuantityKind::gw}},
    {"capacity.gpus", {QuantityKind::gpus}},
    {"exit.headline_value_usd", {QuantityKind::usd}},
    {"financing.amount_usd", {QuantityKind::usd}},
    {"rental.monthly_rate_usd", {QuantityKind::usd_per_month}},
    {"warrants.shares", {QuantityKind::shares}},
    {"warrants.strike_usd_per_share", {QuantityKind::usd_per_share, QuantityKind::usd}},
    {"exit.notice_days", {QuantityKind::days}},
    {"exit.term_months", {QuantityKind::months, QuantityKind::years}},
    {"rental.term_months", {QuantityKind::months, QuantityKind::years}},
};

bool stated(const std::vector<Quantity>& found, const FieldKind& field, double expected) {
    for (const Quantity& q : found) {
        for (QuantityKind kind : field.kinds) {
            if (q.kind != kind) continue;
            const double value = kind == QuantityKind::years ? q.value * 12 : q.value;
            if (std::abs(value - expected) <= 0.005 * std::abs(expected)) return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("the numbers the corpus expects are found in their sentences, with the right kind") {
    const auto& corpus = boomerang::testing::parse_corpus();
    std::map<std::string, std::pair<int, int>> score;  // key → (found, expected)
    for (const auto& sentence : corpus.at("sentences")) {
        const auto found = find_quantities(sentence.at("text").get<std::string>());
        for (const auto& draft : sentence.at("drafts")) {
            for (const FieldKind& field : kNumericFields) {
                if (!draft.contains(field.key)) continue;
                auto& [hits, total] = score[field.key];
                ++total;
                if (stated(found, field, draft.at(field.key).get<double>())) {
                    ++hits;
                } else {
                    MESSAGE("not found: ", std::string(field.key), " = ", draft.at(field.key).get<double>(), " in ",
                            sentence.at("id").get<std::string>());
                }
            }
        }
    }
    int hits = 0, total = 0;
    for (const auto& [key, counts] : score) {
        std::printf("quantities for %-32s %3d of %3d\n", key.c_str(), counts.first, counts.second);
        hits += counts.first;
        total += counts.second;
    }
    std::printf("quantities for every numeric field          %3d of %3d (%.1f%%)\n", hits, total, 100.0 * hits / total);
    // The quantity layer alone: dates, and which quantity fills which field, come above it.
    CHECK(hits >= 0.9 * total);
}
