// The whole headline parser scored against the corpus (tests/parse/README.md, "Scoring a
// parser"): each expected field is right when the parser's matching draft has it with the same
// value; a value from a number the corpus lists as not a field, or any wrong value, counts
// against it, and a wrong value given as sure is a failure whatever the score.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "parse/fields.hpp"
#include "parse/headline.hpp"

using boomerang::parse::Confidence;
using boomerang::parse::Draft;
using boomerang::parse::DraftField;
using nlohmann::json;

namespace {

// One expected field: a draft key, a qualifier ("qualifiers.<key>") or a range's high end.
struct Expected {
    std::string key;
    json value;
};

std::vector<Expected> expected_fields(const json& draft) {
    std::vector<Expected> out;
    for (const auto& [key, value] : draft.items()) {
        if (key == "qualifiers") {
            for (const auto& [field, qualifier] : value.items()) out.push_back({"qualifiers." + field, qualifier});
        } else {
            out.push_back({key, value});
        }
    }
    return out;
}

// What the parser's draft says for an expected key, as JSON (null when it says nothing).
json parser_value(const Draft& draft, const std::string& key, const DraftField** field) {
    *field = nullptr;
    if (key.rfind("qualifiers.", 0) == 0) {
        const DraftField* f = draft.find(key.substr(11));
        if (!f || f->bound == boomerang::parse::Bound::exact) return nullptr;
        *field = f;
        return std::string(boomerang::parse::qualifier_name(f->bound));
    }
    if (key.size() > 5 && key.compare(key.size() - 5, 5, ".high") == 0) {
        const DraftField* f = draft.find(key.substr(0, key.size() - 5));
        if (!f || !f->high) return nullptr;
        *field = f;
        return *f->high;
    }
    const DraftField* f = draft.find(key);
    if (!f) return nullptr;
    *field = f;
    return f->is_text() ? json(f->text) : json(f->number);
}

bool same(const json& expected, const json& got) {
    if (expected.is_number() && got.is_number()) {
        const double e = expected.get<double>(), g = got.get<double>();
        return std::fabs(e - g) <= 0.005 * std::fabs(e) + 1e-12;
    }
    return expected == got;
}

std::string kind_of(const std::string& key) {
    if (key == "buyer" || key == "seller" || key == "investor") return "parties";
    if (key.rfind("qualifiers.", 0) == 0) return "qualifiers";
    return key;
}

struct Tally {
    int expected = 0, right = 0, wrong = 0, sure_wrong = 0;
};

struct Score {
    std::map<std::string, Tally> by_kind;
    Tally total;
    std::vector<std::string> sure_wrong;  // what was wrong and sure, for the message
    std::vector<std::string> misses;      // for reading while improving the parser
};

// Right and wrong fields when expected draft e is read by parser draft p (p may be null).
std::pair<int, int> compare(const json& e, const Draft* p) {
    int right = 0, wrong = 0;
    for (const Expected& x : expected_fields(e)) {
        if (!p) continue;
        const DraftField* f = nullptr;
        const json got = parser_value(*p, x.key, &f);
        if (got.is_null()) continue;
        (same(x.value, got) ? right : wrong)++;
    }
    return {right, wrong};
}

void score_sentence(const json& s, Score& score) {
    const std::string text = s.at("text");
    const std::string date = s.at("source").at("date");
    const boomerang::model::Date written{std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)),
                                         date.size() >= 10 ? std::stoi(date.substr(8, 2)) : 0};
    const auto reading = boomerang::parse::read_headline(text, written);
    const json& expected = s.at("drafts");
    // BOOMERANG_PARSE_SHOW=<id>: what the parser read from one sentence.
    if (const char* show = std::getenv("BOOMERANG_PARSE_SHOW"); show && s.at("id") == show) {
        for (const Draft& d : reading.drafts) {
            std::printf("draft:\n");
            for (const DraftField& f : d.fields) {
                std::printf("  %s = %s%s [%s] \"%s\"\n", f.key.c_str(),
                            f.is_text() ? f.text.c_str() : std::to_string(f.number).c_str(),
                            f.confidence == Confidence::sure ? "" : " (likely)",
                            std::string(boomerang::parse::qualifier_name(f.bound)).c_str(),
                            text.substr(f.span.begin, f.span.end - f.span.begin).c_str());
            }
        }
    }
    // The pairing of expected drafts with the parser's that gets the most fields right.
    std::vector<int> best_pairing(expected.size(), -1), pairing(expected.size(), -1);
    int best = -1;
    std::vector<bool> taken(reading.drafts.size(), false);
    std::function<void(std::size_t, int)> search = [&](std::size_t i, int so_far) {
        if (i == expected.size()) {
            if (so_far > best) best = so_far, best_pairing = pairing;
            return;
        }
        pairing[i] = -1;
        search(i + 1, so_far);
        for (std::size_t d = 0; d < reading.drafts.size(); ++d) {
            if (taken[d]) continue;
            taken[d] = true;
            pairing[i] = static_cast<int>(d);
            const auto [right, wrong] = compare(expected[i], &reading.drafts[d]);
            search(i + 1, so_far + 2 * right - wrong);
            taken[d] = false;
        }
    };
    search(0, 0);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Draft* p = best_pairing[i] >= 0 ? &reading.drafts[static_cast<std::size_t>(best_pairing[i])] : nullptr;
        for (const Expected& x : expected_fields(expected[i])) {
            Tally& kind = score.by_kind[kind_of(x.key)];
            ++kind.expected, ++score.total.expected;
            const DraftField* f = nullptr;
            const json got = p ? parser_value(*p, x.key, &f) : json(nullptr);
            if (got.is_null()) {
                score.misses.push_back(s.at("id").get<std::string>() + ": missed " + x.key + " = " + x.value.dump());
                continue;
            }
            if (same(x.value, got)) {
                ++kind.right, ++score.total.right;
                continue;
            }
            ++kind.wrong, ++score.total.wrong;
            const std::string what =
                s.at("id").get<std::string>() + ": " + x.key + " = " + got.dump() + ", expected " + x.value.dump();
            score.misses.push_back("wrong " + what);
            if (f && f->confidence == Confidence::sure) {
                ++kind.sure_wrong, ++score.total.sure_wrong;
                score.sure_wrong.push_back(what);
            }
        }
    }
    // A field read from a number that is not a deal term is wrong wherever it went.
    for (const json& not_field : s.value("not_fields", json::array())) {
        const std::size_t at = text.find(not_field.get<std::string>());
        if (at == std::string::npos) continue;
        const std::size_t end = at + not_field.get<std::string>().size();
        for (const Draft& d : reading.drafts) {
            for (const DraftField& f : d.fields) {
                if (f.is_text() || f.span.end <= at || f.span.begin >= end) continue;
                Tally& kind = score.by_kind[kind_of(f.key)];
                ++kind.wrong, ++score.total.wrong;
                const std::string what =
                    s.at("id").get<std::string>() + ": " + f.key + " from \"" + not_field.get<std::string>() + "\"";
                score.misses.push_back("wrong " + what);
                if (f.confidence == Confidence::sure) {
                    ++kind.sure_wrong, ++score.total.sure_wrong;
                    score.sure_wrong.push_back(what);
                }
            }
        }
    }
}

}  // namespace

// The score of the sentences in `corpus`, printed per field kind.
Score score_of(const json& corpus, const std::string& name) {
    Score score;
    for (const json& s : corpus.at("sentences")) score_sentence(s, score);
    for (const auto& [kind, t] : score.by_kind) {
        MESSAGE(name, ": ", kind, ": ", t.right, " of ", t.expected, " right, ", t.wrong, " wrong (", t.sure_wrong,
                " as sure)");
    }
    const double share = static_cast<double>(score.total.right) / score.total.expected;
    MESSAGE(name, ": all fields: ", score.total.right, " of ", score.total.expected, " right (",
            std::round(share * 1000) / 10, "%), ", score.total.wrong, " wrong, ", score.total.sure_wrong,
            " wrong as sure");
    if (std::getenv("BOOMERANG_PARSE_MISSES")) {
        for (const std::string& m : score.misses) std::printf("  %s\n", m.c_str());
    }
    for (const std::string& w : score.sure_wrong) MESSAGE(name, ": wrong as sure: ", w);
    return score;
}

TEST_CASE("the held-out sentences, which the parser's rules were not written against, are scored too") {
    // tests/parse/holdout.json: 40 sentences from articles the corpus does not use, with their
    // expected fields written before the parser read them. Printed, to see how the rules carry
    // over to reporting they were not tuned on; the floor only guards against a collapse.
    const json holdout = json::parse(boomerang::testing::read_bytes(BOOMERANG_SOURCE_DIR "/tests/parse/holdout.json"));
    const Score score = score_of(holdout, "held out");
    CHECK(score.total.right >= score.total.expected / 2);
}

TEST_CASE("the headline parser reads the corpus's fields right, and never a wrong value as sure") {
    Score score;
    for (const json& s : boomerang::testing::parse_corpus().at("sentences")) score_sentence(s, score);
    for (const auto& [kind, t] : score.by_kind) {
        MESSAGE(kind, ": ", t.right, " of ", t.expected, " right, ", t.wrong, " wrong (", t.sure_wrong, " as sure)");
    }
    const double share = static_cast<double>(score.total.right) / score.total.expected;
    MESSAGE("all fields: ", score.total.right, " of ", score.total.expected, " right (", std::round(share * 1000) / 10,
            "%), ", score.total.wrong, " wrong, ", score.total.sure_wrong, " wrong as sure");
    if (std::getenv("BOOMERANG_PARSE_MISSES")) {
        for (const std::string& m : score.misses) std::printf("  %s\n", m.c_str());
    }
    for (const std::string& w : score.sure_wrong) MESSAGE("wrong as sure: ", w);
    // Never a wrong value given as sure: a guess must say it is one.
    CHECK(score.total.sure_wrong == 0);
    // The goal (issue "Paste a headline"): at least 90% of the expected fields right.
    CHECK(share >= 0.90);
}
