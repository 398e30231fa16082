// Index: sentences and clauses | fields of a clause | parties of a draft | reading a sentence | read_headline
#include "parse/headline.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "parse/dates.hpp"
#include "parse/draft_fields.hpp"
#include "parse/fields.hpp"
#include "parse/mentions.hpp"
#include "parse/names.hpp"
#include "parse/roles.hpp"
#include "parse/rounds.hpp"
#include "parse/words.hpp"

namespace boomerang::parse {

const DraftField* Draft::find(std::string_view key) const {
    for (const DraftField& f : fields) {
        if (f.key == key) return &f;
    }
    return nullptr;
}

namespace {

// ---- Sentences and clauses -------------------------------------------------------------------

// Abbreviations whose period does not end a sentence: "Nvidia Corp. Chief Executive".
bool abbreviation_before(std::string_view text, std::size_t period) {
    std::size_t start = period;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    const std::string_view word = text.substr(start, period - start);
    for (std::string_view a : {"Corp", "Inc", "Co",  "Ltd", "Mr",  "Ms",   "Dr",  "St",  "vs",  "No",  "U.S", "S",
                               "Jan",  "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Jr"}) {
        if (word == a) return true;
    }
    return word.size() == 1;  // an initial: "U.S." ends with "S"
}

// The text's sentences: a period, question or exclamation mark, then a space and a capital
// (or a quote), or a line break.
std::vector<Span> sentences_of(std::string_view text) {
    std::vector<Span> sentences;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool ends = text[i] == '\n';
        if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && i + 2 < text.size() && text[i + 1] == ' ') {
            const auto next = static_cast<unsigned char>(text[i + 2]);
            ends = (std::isupper(next) || next == '"' || next == 0xE2) &&
                   !(text[i] == '.' && abbreviation_before(text, i));
        }
        if (ends) {
            if (i + 1 > begin) sentences.push_back({begin, i + 1});
            begin = i + 1;
        }
    }
    if (begin < text.size()) sentences.push_back({begin, text.size()});
    return sentences;
}

bool has_quantity(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(begin),
                       words.begin() + static_cast<std::ptrdiff_t>(end),
                       [](const Word& w) { return w.kind == WordKind::quantity; });
}

// Whether the name at `at` goes on with a verb or a sum ("Oracle inked …", "Microsoft up to $5
// billion") rather than closing an apposition ("with a cloud service, CoreWeave, Reuters …").
bool acts_after_name(const std::vector<Word>& words, std::size_t at) {
    return at + 1 < words.size() && words[at + 1].kind != WordKind::punctuation;
}

// Clauses that may each describe a deal: split at ";", "while", "followed by", and at "," or
// "and" before a company once the clause holds a quantity ("Nvidia will invest up to $10
// billion and Microsoft up to $5 billion").
std::vector<Span> clauses_of(const std::vector<Word>& words) {
    std::vector<Span> clauses;
    std::size_t begin = 0;
    const auto cut = [&](std::size_t at) {
        if (at > begin) clauses.push_back({begin, at});
        begin = at;
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        const bool next_is_company = i + 1 < words.size() && words[i + 1].kind == WordKind::company;
        const bool next_and_company =
            i + 2 < words.size() && is_one_of(words[i + 1], {"and"}) && words[i + 2].kind == WordKind::company;
        if (w.text == ";" || is_one_of(w, {"while", "whereas"}) ||
            (is_one_of(w, {"followed"}) && i + 1 < words.size() && is_one_of(words[i + 1], {"by"}))) {
            cut(i);
        } else if ((w.text == "," || is_one_of(w, {"and"})) && (next_is_company || next_and_company) &&
                   has_quantity(words, begin, i) && !(i > 0 && words[i - 1].kind == WordKind::company) &&
                   acts_after_name(words, i + (next_is_company ? 1 : 2))) {
            cut(i);
        } else if (w.text == "," && i + 1 < words.size() && is_one_of(words[i + 1], {"who", "which"}) && i > 0 &&
                   words[i - 1].kind == WordKind::company &&
                   std::none_of(words.begin() + static_cast<std::ptrdiff_t>(i + 1), words.end(),
                                [](const Word& v) { return v.text == "," || v.text == ";"; })) {
            // "…with Oracle, who plans to spend $40 billion": a clause of its own, whose subject
            // is the name before the comma. One closed by a comma ("Nvidia, which leads the
            // market, plans to invest") is an aside, and stays in its sentence.
            cut(i + 1);
        }
    }
    cut(words.size());
    return clauses;
}

// ---- Fields of a clause ----------------------------------------------------------------------

// A quantity in the unit of its field: terms in months.
double field_value(std::string_view key, const Quantity& q) {
    if ((key == "exit.term_months" || key == "rental.term_months") && q.kind == QuantityKind::years) {
        return std::round(q.value * 12.0);
    }
    return q.value;
}

// One clause's reading: its parties and, for each field-bearing quantity, the investor it
// names ("$50 billion from Amazon").
struct ClauseReading {
    std::vector<Party> parties;
    std::vector<DraftField> fields;
    std::vector<std::pair<DraftField, std::string>> investments;  // one investor's part of a round
    std::vector<DraftField> round_totals;                         // "a $110 billion funding round": no one investor's
    std::vector<int> used;                                        // quantity indices that filled a field
};

// "$110 billion (€101 billion) OpenAI funding round": a round's total, not its investors' parts.
bool is_round_total(const std::vector<Word>& words, std::size_t at, std::size_t end) {
    // "its ongoing funding round to $20 billion"
    if (at >= 2 && is_one_of(words[at - 1], {"to", "of"}) && is_one_of(words[at - 2], {"round"})) return true;
    const std::size_t next = next_past_brackets(words, at, end);
    for (std::size_t i = next; i < end && i < next + 3; ++i) {
        if (is_one_of(words[i], {"round"})) return true;
    }
    return false;
}

// "400,000 Nvidia GB200 chips": the maker named inside a GPU count (or a share count), a guess
// at the seller when the clause names no other.
void add_maker_of_gpus(ClauseReading& r, const Quantity& q, const std::vector<CompanyMention>& companies,
                       std::size_t word) {
    // "160 million AMD shares": the company whose shares a warrant is on grants it.
    const bool has_seller =
        std::any_of(r.parties.begin(), r.parties.end(), [](const Party& p) { return p.role == Role::seller; });
    if (has_seller || (q.kind != QuantityKind::gpus && q.kind != QuantityKind::shares)) return;
    for (const CompanyMention& c : companies) {
        if (c.span.begin < q.span.begin || c.span.end > q.span.end) continue;
        const bool buys =
            std::any_of(r.parties.begin(), r.parties.end(), [&](const Party& p) { return p.name == c.name; });
        if (!buys) r.parties.push_back({c.name, Role::seller, Confidence::likely, word, -4});
        return;
    }
}

ClauseReading read_clause(const std::vector<Word>& words, Span clause, const std::vector<Quantity>& quantities,
                          const std::vector<CompanyMention>& companies) {
    ClauseReading r;
    r.parties = parties_in(words, clause.begin, clause.end);
    for (std::size_t i = clause.begin; i < clause.end; ++i) {
        if (words[i].kind == WordKind::quantity)
            add_maker_of_gpus(r, quantities[static_cast<std::size_t>(words[i].index)], companies, i);
    }
    for (std::size_t i = clause.begin; i < clause.end; ++i) {
        if (words[i].kind != WordKind::quantity) continue;
        const Quantity& q = quantities[static_cast<std::size_t>(words[i].index)];
        const auto choice = field_for(words, i, clause.begin, clause.end, q);
        if (!choice) continue;
        r.used.push_back(words[i].index);
        DraftField field = number_field(choice->key, field_value(choice->key, q), q, choice->confidence);
        const std::size_t from = next_past_brackets(words, i, clause.end);
        if (choice->key == "financing.amount_usd" && from + 1 < clause.end && is_one_of(words[from], {"from"}) &&
            words[from + 1].kind == WordKind::company) {
            r.investments.emplace_back(std::move(field), words[from + 1].text);
            continue;
        }
        if (choice->key == "financing.amount_usd" && is_round_total(words, i, clause.end)) {
            r.round_totals.push_back(std::move(field));
            continue;
        }
        r.fields.push_back(std::move(field));
    }
    return r;
}

// "Nvidia already committed $30 billion as part of a … round": in a clause with an investment
// and no investor the words name, the name before the sum is the investor, as a guess.
void invest_by_subject(ClauseReading& r, const std::vector<Word>& words, Span clause) {
    const bool invests = std::any_of(r.fields.begin(), r.fields.end(),
                                     [](const DraftField& f) { return f.key == "financing.amount_usd"; });
    const bool named =
        std::any_of(r.parties.begin(), r.parties.end(), [](const Party& p) { return p.role == Role::investor; });
    if (!invests || named) return;
    std::size_t first_sum = clause.end;
    for (std::size_t i = clause.begin; i < clause.end && first_sum == clause.end; ++i) {
        if (words[i].kind == WordKind::quantity) first_sum = i;
    }
    for (Party& p : r.parties) {
        if (p.word < first_sum && p.confidence == Confidence::likely && p.role != Role::buyer) {
            p.role = Role::investor;
            return;
        }
    }
}

// ---- Parties of a draft ----------------------------------------------------------------------

std::string_view role_key(Role role) {
    switch (role) {
        case Role::buyer: return "buyer";
        case Role::seller: return "seller";
        case Role::investor: return "investor";
        case Role::counterparty: return "";
    }
    return "";
}

void add_parties(Draft& draft, const std::vector<Party>& parties, const std::vector<Word>& words) {
    // Sure roles first, so that a guess never displaces what the words say.
    for (const Confidence pass : {Confidence::sure, Confidence::likely}) {
        for (const Party& p : parties) {
            const std::string_view key = role_key(p.role);
            if (key.empty() || p.confidence != pass || draft.find(key)) continue;
            draft.fields.push_back(text_field(std::string(key), p.name, words[p.word].span, p.confidence));
        }
    }
}

// The book format's name for the statuses a sentence can state (docs/BOOK.md).
std::string status_key(model::DealStatus status) {
    switch (status) {
        case model::DealStatus::letter_of_intent: return "letter_of_intent";
        case model::DealStatus::definitive: return "definitive";
        default: return "reported";
    }
}

// Whether `later` (from a later sentence) describes the same deal as `earlier`: they name a
// party in the same role, and no field of one contradicts the other.
bool continues(const Draft& earlier, const Draft& later) {
    bool shared = false;
    for (const DraftField& f : later.fields) {
        const DraftField* e = earlier.find(f.key);
        if (!e) continue;
        const bool same = f.is_text() ? e->text == f.text : e->number == f.number;
        if (!same) return false;
        shared |= f.key == "buyer" || f.key == "seller" || f.key == "investor";
    }
    return shared;
}

// ---- Reading a sentence ----------------------------------------------------------------------

// Dates and exit terms belong to the sentence's main deal: the first draft naming parties.
Draft& main_draft(std::vector<Draft>& drafts) {
    for (Draft& d : drafts) {
        if (d.find("buyer") || d.find("seller")) return d;
    }
    if (drafts.empty()) drafts.emplace_back();
    return drafts.front();
}

// "either party may terminate", "can be ended by either side", "Both … have the option to exit".
std::optional<DraftField> notice_by(const std::vector<Word>& words) {
    const auto any = [&](std::initializer_list<std::string_view> set) {
        return std::find_if(words.begin(), words.end(), [&](const Word& w) { return is_one_of(w, set); });
    };
    const auto ending = any({"terminate", "termination", "exit", "ended", "end", "notice", "cancel"});
    if (ending == words.end()) return std::nullopt;
    const auto either = any({"either", "both"});
    if (either != words.end()) return text_field("exit.notice_by", "either", either->span, Confidence::sure);
    // "Meta has the option to … terminate": the one holding the option.
    const auto option = any({"option"});
    if (option != words.end() && option < ending) {
        for (auto w = std::make_reverse_iterator(option); w != words.rend(); ++w) {
            if (w->kind == WordKind::company)
                return text_field("exit.notice_by", "buyer", option->span, Confidence::likely);
        }
    }
    return std::nullopt;
}

// A name found by its place rather than on the list is a guess, and so is every number of a
// draft that does not name both sides (a buyer, and a seller or an investor): "$30 billion of
// AI investment in the UK", "100 megawatts … ready for CoreWeave this year".
void mark_guesses(Draft& d) {
    for (DraftField& f : d.fields) {
        if ((f.key == "buyer" || f.key == "seller" || f.key == "investor") && !is_listed_company(f.text)) {
            f.confidence = Confidence::likely;
        }
    }
    if (d.find("buyer") && (d.find("seller") || d.find("investor"))) return;
    for (DraftField& f : d.fields) {
        if (!f.is_text()) f.confidence = Confidence::likely;
    }
}

void read_sentence(std::string_view text, Span sentence, std::optional<model::Date> written_on, HeadlineReading& out) {
    const std::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
    const std::vector<Quantity> quantities = find_quantities(s);
    const std::vector<CompanyMention> known = find_companies(s);
    const std::vector<CompanyMention> companies = merged_mentions(known, find_named_parties(s, known));
    const std::vector<Word> words = words_of(s, companies, quantities);
    std::vector<bool> used(quantities.size(), false);
    std::vector<Draft> drafts;
    std::optional<std::size_t> previous_with_parties;  // index into drafts
    for (const Span clause : clauses_of(words)) {
        ClauseReading r = read_clause(words, clause, quantities, companies);
        for (int q : r.used) used[static_cast<std::size_t>(q)] = true;
        if (r.fields.empty() && r.investments.empty() && !drafts.empty()) {
            if (auto gapped = read_gapped_clause(words, clause, quantities, drafts.back())) {
                for (std::size_t i = clause.begin; i < clause.end; ++i) {
                    if (words[i].kind == WordKind::quantity) used[static_cast<std::size_t>(words[i].index)] = true;
                }
                drafts.push_back(std::move(*gapped));
                continue;
            }
        }
        // Investors with a sum of their own ("$50 billion from Amazon") have drafts of their own.
        std::erase_if(r.parties, [&](const Party& p) {
            return std::any_of(r.investments.begin(), r.investments.end(),
                               [&](const auto& i) { return i.second == p.name; });
        });
        invest_by_subject(r, words, clause);
        Draft draft;
        add_parties(draft, r.parties, words);
        const bool no_parties = draft.fields.empty();
        // "…, followed by a $4 billion add-on": a clause without names continues the deal
        // before it, or repeats its parties for a second sum.
        if (no_parties && !drafts.empty()) {
            Draft& last = drafts.back();
            const bool collides =
                std::any_of(r.fields.begin(), r.fields.end(), [&](const DraftField& f) { return last.find(f.key); });
            if (!collides) {
                for (DraftField& f : r.fields) set_field(last, std::move(f));
                r.fields.clear();
            } else if (previous_with_parties) {
                for (const DraftField& f : drafts[*previous_with_parties].fields) {
                    if (f.is_text()) draft.fields.push_back(f);
                }
            }
        }
        for (DraftField& f : r.fields) set_field(draft, std::move(f));
        // A round's total: the company raising it, and no investor.
        for (DraftField& total : r.round_totals) {
            Draft round;
            if (const DraftField* raising = draft.find("buyer")) round.fields.push_back(*raising);
            round.fields.push_back(std::move(total));
            drafts.push_back(std::move(round));
        }
        // One draft per investor named with its own sum.
        const DraftField* buyer = draft.find("buyer");
        for (auto& [field, investor] : r.investments) {
            Draft part;
            if (buyer) part.fields.push_back(*buyer);
            part.fields.push_back(text_field("investor", investor, field.span, Confidence::sure));
            part.fields.push_back(std::move(field));
            drafts.push_back(std::move(part));
        }
        if (!draft.fields.empty()) {
            const Draft listed_from = draft;
            drafts.push_back(std::move(draft));
            if (!no_parties) previous_with_parties = drafts.size() - 1;
            add_listed_investors(drafts, listed_from, r.parties, words, clause);
        }
    }
    share_investee(drafts);
    for (Draft& d : drafts) mark_guesses(d);
    for (const DateMention& date : find_dates(s, written_on)) {
        const char* key = date.role == DateRole::start ? "start"
                          : date.role == DateRole::end ? "rental.end"
                                                       : "announced";
        // The book keeps the day only of the announcement ("2026-05-06"); months elsewhere.
        model::Date when = date.date;
        if (date.role != DateRole::announced) when.day = 0;
        set_field(main_draft(drafts), text_field(key, model::date_text(when), date.span, Confidence::sure));
    }
    if (auto by = notice_by(words)) {
        Draft* with_notice = nullptr;
        for (Draft& d : drafts) {
            if (d.find("exit.notice_days") && !with_notice) with_notice = &d;
        }
        set_field(with_notice ? *with_notice : main_draft(drafts), std::move(*by));
    }
    // The sentence's standing holds for every deal it describes.
    if (const auto status = find_status(s)) {
        const std::string name = status_key(status->status);
        for (Draft& d : drafts) d.fields.push_back(text_field("status", name, status->span, Confidence::sure));
    }
    const std::size_t earlier = out.drafts.size();  // drafts of the sentences before this one
    for (Draft& d : drafts) {
        for (DraftField& f : d.fields) f.span = {f.span.begin + sentence.begin, f.span.end + sentence.begin};
        // A later sentence about the same deal ("… Anthropic agreed to pay SpaceX …" after "…
        // the arrangement can be ended by either side …") adds to it rather than starting another.
        std::size_t same_deal = 0;
        while (same_deal < earlier && !continues(out.drafts[same_deal], d)) ++same_deal;
        if (same_deal < earlier) {
            for (DraftField& f : d.fields) set_field(out.drafts[same_deal], std::move(f));
            continue;
        }
        out.drafts.push_back(std::move(d));
    }
    for (std::size_t q = 0; q < quantities.size(); ++q) {
        if (!used[q])
            out.unread.push_back({quantities[q].span.begin + sentence.begin, quantities[q].span.end + sentence.begin});
    }
}

}  // namespace

HeadlineReading read_headline(std::string_view text, std::optional<model::Date> written_on) {
    HeadlineReading out;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.message = "There is no text to read: paste a sentence about a deal.";
        return out;
    }
    if (text.size() > kMaxHeadlineBytes) {
        out.message = "The text is " + std::to_string(text.size() / 1024) + " KB; Boomerang reads up to " +
                      std::to_string(kMaxHeadlineBytes / 1024) +
                      " KB at a time. Paste a paragraph about one deal or a few.";
        return out;
    }
    for (const Span sentence : sentences_of(text)) read_sentence(text, sentence, written_on, out);
    if (out.drafts.empty()) {
        out.message =
            out.unread.empty()
                ? "Found no deal terms: no sum, power, GPU count, term or company that Boomerang knows."
                : "Found numbers but no deal terms: none of them is a deal's value, power, GPU count or term.";
    }
    return out;
}

}  // namespace boomerang::parse
