// The headline parser's corpus (tests/parse/README.md): real sentences, each with its source
// and the draft deals a reader takes from it. The parser is scored against it; these checks
// keep the corpus itself sound while it grows.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <string>

#include "corpus.hpp"

using nlohmann::json;

namespace {

const std::set<std::string> kNames = {"buyer", "seller", "investor"};
const std::set<std::string> kMonths = {"rental.end", "start"};
// Numbers and the least each may be (book bounds, docs/BOOK.md).
const std::set<std::string> kPositive = {"capacity.capacity_gw",    "capacity.gpus",
                                         "capacity.gpus.high",      "rental.monthly_rate_usd",
                                         "exit.headline_value_usd", "exit.headline_value_usd.high",
                                         "financing.amount_usd",    "financing.amount_usd.high",
                                         "warrants.shares"};
const std::set<std::string> kNonNegative = {"warrants.strike_usd_per_share", "warrants.share_price_usd",
                                            "exit.notice_days", "capacity.capacity_gw.high"};
const std::set<std::string> kTerms = {"rental.term_months", "exit.term_months"};  // whole, 1-600

bool allowed_key(const std::string& key) {
    return kNames.count(key) || kMonths.count(key) || kPositive.count(key) || kNonNegative.count(key) ||
           kTerms.count(key) || key == "status" || key == "announced" || key == "exit.notice_by" || key == "qualifiers";
}

}  // namespace

TEST_CASE("the headline corpus holds at least 60 real sentences, each with its source") {
    const json& c = boomerang::testing::parse_corpus();
    REQUIRE(c.at("schema") == "boomerang/parse-corpus@1");
    const json& sentences = c.at("sentences");
    CHECK(sentences.size() >= 60);
    const std::regex id_form("[a-z0-9-]+");
    const std::regex date_form("(19|20)[0-9]{2}-[01][0-9](-[0-3][0-9])?");
    std::set<std::string> ids;
    for (const json& s : sentences) {
        const std::string id = s.at("id");
        INFO("sentence ", id);
        CHECK(std::regex_match(id, id_form));
        CHECK(ids.insert(id).second);
        CHECK_FALSE(s.at("text").get<std::string>().empty());
        const json& source = s.at("source");
        for (const char* part : {"publication", "title", "date"}) {
            CHECK_FALSE(source.value(part, std::string()).empty());
        }
        CHECK(std::regex_match(source.value("date", std::string()), date_form));
        // A number that must fill no field is written as it appears in the sentence.
        for (const json& number : s.value("not_fields", json::array())) {
            CHECK(s.at("text").get<std::string>().find(number.get<std::string>()) != std::string::npos);
        }
    }
}

TEST_CASE("every expected field of the corpus is a field of the book format, with a value it accepts") {
    const std::regex month_form("(19|20)[0-9]{2}-(0[1-9]|1[0-2])");
    const std::regex day_form("(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    const std::set<std::string> statuses = {"reported", "letter_of_intent", "definitive"};
    const std::set<std::string> qualifiers = {"up_to", "at_least", "about", "more_than", "range"};
    std::size_t fields = 0;
    for (const json& s : boomerang::testing::parse_corpus().at("sentences")) {
        for (const json& draft : s.at("drafts")) {
            INFO("sentence ", s.at("id").get<std::string>());
            for (const auto& [key, value] : draft.items()) {
                INFO("key ", key);
                CHECK(allowed_key(key));
                if (key == "qualifiers") {
                    for (const auto& [field, word] : value.items()) {
                        CHECK(draft.contains(field));
                        CHECK(qualifiers.count(word.get<std::string>()));
                    }
                    continue;
                }
                ++fields;
                if (kNames.count(key)) CHECK_FALSE(value.get<std::string>().empty());
                if (key == "status") CHECK(statuses.count(value.get<std::string>()));
                if (key == "exit.notice_by") CHECK((value == "buyer" || value == "seller" || value == "either"));
                if (kMonths.count(key)) CHECK(std::regex_match(value.get<std::string>(), month_form));
                if (key == "announced") CHECK(std::regex_match(value.get<std::string>(), day_form));
                if (kPositive.count(key)) CHECK(value.get<double>() > 0.0);
                if (kNonNegative.count(key)) CHECK(value.get<double>() >= 0.0);
                if (kTerms.count(key)) {
                    const double months = value.get<double>();
                    CHECK(months == std::floor(months));
                    CHECK((months >= 1 && months <= 600));
                }
            }
            if (draft.contains("buyer") && draft.contains("seller")) CHECK(draft.at("buyer") != draft.at("seller"));
        }
    }
    CHECK(fields >= 300);
}
