// Index: cue words | money | the other kinds | field_for
#include "parse/fields.hpp"

#include <algorithm>

namespace boomerang::parse {

namespace {

// ---- Cue words -------------------------------------------------------------------------------

using Words = std::initializer_list<std::string_view>;

// Money put into a company.
const Words kInvestment = {"invest",  "invests",    "invested",    "investing",    "investment", "investments",
                           "pledged", "contribute", "contributed", "contributing", "infusion",   "funding",
                           "round",   "raise",      "raising",     "raised",       "stake",      "backing",
                           "equity",  "committed",  "commitments"};
// Money paid for compute.
const Words kPurchase = {"deal",       "deals",  "agreement",   "contract", "contracts",   "commitment", "committing",
                         "worth",      "pay",    "paying",      "spend",    "spending",    "purchase",   "purchases",
                         "purchasing", "buy",    "order",       "orders",   "arrangement", "cloud",      "services",
                         "sized",      "tie-up", "partnership", "project",  "capacity",    "compute",    "add-on"};
// Money that is not a deal's: prices, market values, valuations, revenue, spending plans.
const Words kNotADeal = {
    "market", "cap",    "revenue", "revenues", "valuing", "valuation", "value",      "closing",      "closed",
    "price",  "prices", "rose",    "fell",     "lost",    "loss",      "capital",    "expenditures", "capex",
    "burns",  "cost",   "costs",   "since",    "history", "requires",  "discount",   "sales",        "income",
    "profit", "debt",   "prepay",  "€",        "annual",  "average",   "additional", "option",       "extra"};
// Words that make any sum near them something other than a deal's, however close a deal word
// stands: a plan ("aims to invest"), a stake held, a market value, a company's losses.
const Words kVeto = {"aims",    "hopes",    "hold",  "holds",        "holding", "lost",      "burns",
                     "revenue", "revenues", "capex", "expenditures", "valuing", "valuation", "raised"};

bool in(const Word& w, Words any) { return is_one_of(w, any); }

// The distance from `at` to the nearest word of `cues` inside [begin, end), looking `back`
// words before and `ahead` words after; a large number when there is none.
std::size_t distance_to(const std::vector<Word>& words, std::size_t at, std::size_t begin, std::size_t end, Words cues,
                        std::size_t back, std::size_t ahead) {
    std::size_t best = 1000;
    for (std::size_t d = 1; d <= back && d <= at - begin; ++d) {
        if (in(words[at - d], cues) || (words[at - d].kind == WordKind::punctuation &&
                                        std::find(cues.begin(), cues.end(), words[at - d].text) != cues.end())) {
            best = std::min(best, d);
            break;
        }
    }
    for (std::size_t d = 1; d <= ahead && at + d < end; ++d) {
        if (in(words[at + d], cues)) {
            best = std::min(best, d);
            break;
        }
    }
    return best;
}

bool followed_by(const std::vector<Word>& words, std::size_t at, std::size_t end, Words cues, std::size_t ahead) {
    for (std::size_t d = 1; d <= ahead && at + d < end; ++d) {
        if (in(words[at + d], cues)) return true;
    }
    return false;
}

bool preceded_by(const std::vector<Word>& words, std::size_t at, std::size_t begin, Words cues, std::size_t back) {
    for (std::size_t d = 1; d <= back && d <= at - begin; ++d) {
        if (in(words[at - d], cues)) return true;
    }
    return false;
}

bool clause_has(const std::vector<Word>& words, std::size_t begin, std::size_t end, Words cues) {
    return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(begin),
                       words.begin() + static_cast<std::ptrdiff_t>(end), [&](const Word& w) { return in(w, cues); });
}

// ---- Money -----------------------------------------------------------------------------------

std::optional<FieldChoice> money_field(const std::vector<Word>& words, std::size_t at, std::size_t begin,
                                       std::size_t end, const Quantity& q) {
    // "$0.01" for shares: a warrant's strike, written without "per share".
    if (q.value < 1.0) {
        if (clause_has(words, begin, end, {"shares", "share", "warrant", "warrants"})) {
            return FieldChoice{"warrants.strike_usd_per_share", Confidence::sure};
        }
        return std::nullopt;
    }
    // "$50 billion from Amazon": one investor's part of a round.
    if (const std::size_t from = next_past_brackets(words, at, end);
        from + 1 < end && in(words[from], {"from"}) && words[from + 1].kind == WordKind::company &&
        clause_has(words, begin, end, {"round", "funding", "invest", "investment", "investors", "raise", "raising"})) {
        return FieldChoice{"financing.amount_usd", Confidence::sure};
    }
    if (preceded_by(words, at, begin, kVeto, 6) ||
        followed_by(words, at, end, {"revenue", "revenues", "valuation"}, 5)) {
        return std::nullopt;
    }
    // "valued at $10 billion": a contract's value, if a contract is what is valued.
    if (at >= begin + 2 && in(words[at - 1], {"at"}) && in(words[at - 2], {"valued", "value", "valuing"})) {
        const bool of_a_deal =
            preceded_by(words, at - 2, begin, {"deal", "agreement", "contract", "order", "arrangement"}, 8);
        return of_a_deal ? std::optional<FieldChoice>(FieldChoice{"exit.headline_value_usd", Confidence::sure})
                         : std::nullopt;
    }
    // "shares … worth $34 billion", "$350 million worth of equity": what a stake is worth.
    if ((at >= begin + 1 && in(words[at - 1], {"worth"}) &&
         preceded_by(words, at - 1, begin, {"shares", "stock"}, 5)) ||
        (at + 2 < end && in(words[at + 1], {"worth"}) &&
         in(words[at + 3 < end ? at + 3 : at + 2], {"equity", "stock", "shares"}))) {
        return std::nullopt;
    }
    // "Nvidia's $100 billion in OpenAI".
    if (at + 2 < end && in(words[at + 1], {"in", "into"}) && words[at + 2].kind == WordKind::company &&
        !(at + 3 < end && in(words[at + 3], {"contracts", "contract"}))) {
        return FieldChoice{"financing.amount_usd", Confidence::sure};
    }
    // "the total contract value … is $17.4 billion": a contract's value is its headline.
    for (std::size_t d = 1; d <= 6 && d <= at - begin; ++d) {
        if (in(words[at - d], {"value"}) && at - d > begin &&
            in(words[at - d - 1], {"contract", "deal", "agreement"})) {
            return FieldChoice{"exit.headline_value_usd", Confidence::sure};
        }
    }
    const std::size_t not_a_deal = distance_to(words, at, begin, end, kNotADeal, 4, 3);
    const std::size_t investment = distance_to(words, at, begin, end, kInvestment, 8, 3);
    const std::size_t purchase = distance_to(words, at, begin, end, kPurchase, 8, 4);
    if (not_a_deal <= std::min(investment, purchase)) return std::nullopt;
    if (investment < purchase) return FieldChoice{"financing.amount_usd", Confidence::sure};
    if (purchase < 1000) return FieldChoice{"exit.headline_value_usd", Confidence::sure};
    return std::nullopt;
}

// ---- The other kinds -------------------------------------------------------------------------

std::optional<FieldChoice> power_field(const std::vector<Word>& words, std::size_t at, std::size_t begin,
                                       std::size_t end) {
    // "The first 1 gigawatt deployment" is a tranche, not the deal; "scalable to 90MW" a maybe;
    // "a 1 GW data center requires $35 billion" a rule of thumb.
    if (preceded_by(words, at, begin, {"first", "scalable", "expand", "expandable", "each", "initially", "initial"},
                    3)) {
        return std::nullopt;
    }
    if (followed_by(words, at, end, {"requires", "cost", "costs"}, 5)) return std::nullopt;
    if (followed_by(words, at, end, {"campus"}, 2)) return FieldChoice{"capacity.capacity_gw", Confidence::likely};
    return FieldChoice{"capacity.capacity_gw", Confidence::sure};
}

std::optional<FieldChoice> term_field(const std::vector<Word>& words, std::size_t at, std::size_t begin,
                                      std::size_t end) {
    if (followed_by(words, at, end, {"ago", "history", "old", "consecutive"}, 2)) return std::nullopt;
    // "since 2023", "over the last five years": the past; "slated to last five years": a term.
    if (preceded_by(words, at, begin, {"since", "past", "previous"}, 2)) return std::nullopt;
    if (at > begin + 1 && in(words[at - 1], {"last"}) && in(words[at - 2], {"the"})) return std::nullopt;
    const bool rented = clause_has(words, begin, end, {"rent", "rents", "renting", "rental"});
    return FieldChoice{rented ? "rental.term_months" : "exit.term_months", Confidence::sure};
}

}  // namespace

std::string_view qualifier_name(Bound bound) {
    switch (bound) {
        case Bound::exact: return "";
        case Bound::up_to: return "up_to";
        case Bound::at_least: return "at_least";
        case Bound::about: return "about";
        case Bound::more_than: return "more_than";
        case Bound::range: return "range";
    }
    return "";
}

std::optional<FieldChoice> field_for(const std::vector<Word>& words, std::size_t at, std::size_t begin, std::size_t end,
                                     const Quantity& q) {
    // "OpenAI aims to invest $1.4 trillion to build 30GW": an ambition, not a deal.
    if (clause_has(words, begin, end, {"aims", "aim", "hopes", "ambition"})) return std::nullopt;
    switch (q.kind) {
        case QuantityKind::usd: return money_field(words, at, begin, end, q);
        case QuantityKind::usd_per_month:
            if (preceded_by(words, at, begin, kVeto, 4)) return std::nullopt;  // "burns through $1 billion a month"
            return FieldChoice{"rental.monthly_rate_usd", Confidence::sure};
        case QuantityKind::usd_per_share:
            // A penny a share is a warrant's strike; larger prices are hurdles and share prices.
            if (q.value < 1.0) return FieldChoice{"warrants.strike_usd_per_share", Confidence::sure};
            return std::nullopt;
        case QuantityKind::gw: return power_field(words, at, begin, end);
        case QuantityKind::gpus:
            // "data centers that run more than 250,000 GPUs", "GPUs powering the Grok chatbot":
            // a company's fleet, not what a deal buys.
            if (preceded_by(words, at, begin, {"run", "runs", "operates", "operate", "owns"}, 2) ||
                followed_by(words, at, end, {"powering", "power"}, 1) || q.value < 100.0) {
                return std::nullopt;  // … and "Trainium 2 chips" names a model, not a count
            }
            return FieldChoice{"capacity.gpus", Confidence::sure};
        case QuantityKind::shares:
            if (clause_has(words, begin, end, {"warrant", "warrants"}))
                return FieldChoice{"warrants.shares", Confidence::sure};
            return std::nullopt;
        case QuantityKind::years:
        case QuantityKind::months: return term_field(words, at, begin, end);
        case QuantityKind::days:
            if (followed_by(words, at, end, {"notice", "termination", "clause"}, 2)) {
                return FieldChoice{"exit.notice_days", Confidence::sure};
            }
            return std::nullopt;
        case QuantityKind::usd_per_year:
        case QuantityKind::percent: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace boomerang::parse
