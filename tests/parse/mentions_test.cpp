// The companies a sentence names and the words that tell a deal's status
// (parse/mentions.hpp), then both against the corpus.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>
#include <string>

#include "corpus.hpp"
#include "parse/mentions.hpp"

using boomerang::model::DealStatus;
using boomerang::parse::find_companies;
using boomerang::parse::find_status;

namespace {

std::vector<std::string> names_in(std::string_view text) {
    std::vector<std::string> names;
    for (const auto& mention : find_companies(text)) names.push_back(mention.name);
    return names;
}

}  // namespace

TEST_CASE("companies are found by name or alias, in order, under one canonical name") {
    CHECK(names_in("Nvidia intends to invest up to $100 billion in OpenAI") ==
          std::vector<std::string>{"Nvidia", "OpenAI"});
    CHECK(names_in("NVIDIA and Advanced Micro Devices") == std::vector<std::string>{"Nvidia", "AMD"});
    CHECK(names_in("OpenAI's deal with Amazon Web Services (AWS)") ==
          std::vector<std::string>{"OpenAI", "Amazon", "Amazon"});
    CHECK(names_in("Meta Platforms Inc. and Alphabet Inc.'s Google") ==
          std::vector<std::string>{"Meta", "Google", "Google"});
    const std::string_view text = "Anthropic rents Colossus 1 from SpaceX";
    const auto mentions = find_companies(text);
    REQUIRE(mentions.size() == 2);
    CHECK(text.substr(mentions[1].span.begin, mentions[1].span.end - mentions[1].span.begin) == "SpaceX");
}

TEST_CASE("a name counts only as a whole word in its own capitals") {
    CHECK(names_in("a meta-analysis of metadata, an armada and intelligence").empty());
    CHECK(names_in("AMDs and OpenAIX").empty());
    CHECK(names_in("").empty());
}

TEST_CASE("status words: a letter of intent, a report, a signature, in that precedence") {
    CHECK(find_status("Nvidia intends to invest up to $100 billion")->status == DealStatus::letter_of_intent);
    CHECK(find_status("the companies signed a non-binding letter of intent")->status == DealStatus::letter_of_intent);
    CHECK(find_status("a memorandum of understanding")->status == DealStatus::letter_of_intent);
    CHECK(find_status("OpenAI reportedly signed a contract")->status == DealStatus::reported);
    CHECK(find_status("according to people familiar with the matter")->status == DealStatus::reported);
    CHECK(find_status("AMD and OpenAI signed a definitive agreement")->status == DealStatus::definitive);
    CHECK_FALSE(find_status("AMD shares rose 24%").has_value());
    CHECK_FALSE(find_status("the designed chips").has_value());  // "signed" inside a word
}

TEST_CASE("against the corpus: every party found among the companies a sentence names, and statuses read") {
    const auto& corpus = boomerang::testing::parse_corpus();
    int parties = 0, parties_found = 0, statuses = 0, statuses_right = 0, statuses_wrong = 0, unasked = 0;
    for (const auto& sentence : corpus.at("sentences")) {
        const std::string text = sentence.at("text");
        const auto named = names_in(text);
        const std::set<std::string> names(named.begin(), named.end());
        const auto status = find_status(text);
        bool any_status = false;
        for (const auto& draft : sentence.at("drafts")) {
            for (const char* role : {"buyer", "seller", "investor"}) {
                if (!draft.contains(role)) continue;
                ++parties;
                if (names.count(draft.at(role).get<std::string>())) {
                    ++parties_found;
                } else {
                    MESSAGE("party not named: ", draft.at(role).get<std::string>(), " in ",
                            sentence.at("id").get<std::string>());
                }
            }
            if (!draft.contains("status")) continue;
            any_status = true;
            ++statuses;
            const std::string want = draft.at("status");
            const std::string got = !status                                          ? ""
                                    : status->status == DealStatus::letter_of_intent ? "letter_of_intent"
                                    : status->status == DealStatus::reported         ? "reported"
                                                                                     : "definitive";
            if (got == want) {
                ++statuses_right;
            } else if (!got.empty()) {
                ++statuses_wrong;
                MESSAGE("status ", got, " where the corpus says ", want, " in ", sentence.at("id").get<std::string>());
            }
        }
        if (!any_status && status) ++unasked;
    }
    std::printf("parties named among the companies found: %d of %d (%.1f%%)\n", parties_found, parties,
                100.0 * parties_found / parties);
    std::printf("statuses read right: %d of %d, wrong: %d, read where the corpus gives none: %d\n", statuses_right,
                statuses, statuses_wrong, unasked);
    CHECK(parties_found >= 0.95 * parties);
    CHECK(statuses_right >= 0.8 * statuses);
    CHECK(statuses_wrong * 20 <= statuses);  // a wrong status is rarer than one in twenty
}
