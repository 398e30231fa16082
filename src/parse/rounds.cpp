#include "parse/rounds.hpp"

#include <algorithm>

#include "parse/draft_fields.hpp"

namespace boomerang::parse {

namespace {

bool is_investment(const Draft& d) { return d.find("investor") || d.find("financing.amount_usd"); }

}  // namespace

void add_listed_investors(std::vector<Draft>& drafts, const Draft& draft, const std::vector<Party>& parties,
                          const std::vector<Word>& words, Span clause) {
    const DraftField* investor = draft.find("investor");
    if (!investor) return;
    const auto first = std::find_if(parties.begin(), parties.end(), [&](const Party& p) {
        return p.role == Role::investor && p.name == investor->text;
    });
    if (first == parties.end() || first->group < 0) return;
    const bool each = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(clause.begin),
                                  words.begin() + static_cast<std::ptrdiff_t>(clause.end),
                                  [](const Word& w) { return is_one_of(w, {"each"}); });
    for (const Party& p : parties) {
        if (p.role != Role::investor || p.group != first->group || p.name == investor->text) continue;
        Draft other;
        for (const DraftField& f : draft.fields) {
            if (f.key == "investor") {
                other.fields.push_back(text_field("investor", p.name, words[p.word].span, p.confidence));
            } else if (f.key != "financing.amount_usd" || each) {
                other.fields.push_back(f);
            }
        }
        drafts.push_back(std::move(other));
    }
}

std::optional<Draft> read_gapped_clause(const std::vector<Word>& words, Span clause,
                                        const std::vector<Quantity>& quantities, const Draft& previous) {
    // The clause: "and" or ",", one name, one sum, and at most a few words after it.
    std::size_t i = clause.begin;
    while (i < clause.end && (is_one_of(words[i], {"and"}) || words[i].text == ",")) ++i;
    if (i + 1 >= clause.end || words[i].kind != WordKind::company || words[i + 1].kind != WordKind::quantity)
        return std::nullopt;
    const Quantity& q = quantities[static_cast<std::size_t>(words[i + 1].index)];
    if (q.kind != QuantityKind::usd) return std::nullopt;
    // The role and money field of the draft before, which names one party of that role.
    for (const char* role : {"investor", "buyer", "seller"}) {
        const DraftField* party = previous.find(role);
        if (!party) continue;
        for (const char* key : {"financing.amount_usd", "exit.headline_value_usd"}) {
            if (!previous.find(key)) continue;
            Draft draft;
            draft.fields.push_back(text_field(role, words[i].text, words[i].span, party->confidence));
            draft.fields.push_back(number_field(key, q.value, q, previous.find(key)->confidence));
            return draft;
        }
    }
    return std::nullopt;
}

void share_investee(std::vector<Draft>& drafts) {
    const auto named =
        std::find_if(drafts.begin(), drafts.end(), [](const Draft& d) { return is_investment(d) && d.find("buyer"); });
    if (named == drafts.end()) return;
    const DraftField investee = *named->find("buyer");
    for (Draft& d : drafts) {
        if (!is_investment(d) || d.find("buyer")) continue;
        // Not the investor itself.
        if (const DraftField* investor = d.find("investor"); investor && investor->text == investee.text) continue;
        DraftField shared = investee;
        shared.confidence = Confidence::likely;
        d.fields.push_back(std::move(shared));
    }
}

}  // namespace boomerang::parse
