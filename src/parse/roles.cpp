// Index: cue words | one name's role | resolving counterparties | parties_in
#include "parse/roles.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace boomerang::parse {

namespace {

// ---- Cue words -------------------------------------------------------------------------------

using Words = std::initializer_list<std::string_view>;

const Words kInvests = {"invest",       "invests",  "invested", "investing",  "investment",
                        "investments",  "pledged",  "pledge",   "contribute", "contributed",
                        "contributing", "infusion", "funders",  "funder",     "investors",
                        "holds",        "backing",  "acquired", "stake",      "commitments"};
const Words kRaises = {"raise", "raises", "raised", "raising", "round", "funding"};
// The subject provides: "AMD will deliver", "Oracle will supply OpenAI".
const Words kSells = {"supply",   "supplies",   "supplying", "provide", "provides", "providing", "deliver",
                      "delivers", "delivering", "issued",    "issues",  "grant",    "grants",    "granted",
                      "granting", "give",       "gives",     "sell",    "sells",    "build",     "builds"};
// The subject pays: "Anthropic will pay SpaceX", "Meta will buy … from AMD".
const Words kBuys = {"pay",        "pays",    "paying",   "buy",       "buys",  "buying",   "purchase",   "purchases",
                     "purchasing", "lease",   "leases",   "leasing",   "rent",  "renting",  "use",        "uses",
                     "access",     "deploy",  "deploys",  "deploying", "spend", "spending", "committing", "commit",
                     "commits",    "receive", "receives", "receiving", "get",   "gets",     "acquire"};
// The subject made a deal, without saying which side it is on.
const Words kDeals = {"deal",    "agreement", "contract",    "partnership", "collaboration", "framework",
                      "signed",  "signing",   "struck",      "inked",       "entered",       "reached",
                      "secured", "tie-up",    "discussions", "negotiating", "arrangement"};
// What a chipmaker or a cloud sells: "Nvidia systems", "AMD's Instinct GPUs", "Google Cloud TPUs".
const Words kHardware = {
    "systems",  "chips",    "gpus",    "tpus",        "hardware", "accelerators", "processors",       "platform",
    "instinct", "trainium", "servers", "ai-hardware", "graphics", "wafer-scale",  "high-performance", "next",
    "gb200",    "gb300",    "mi450",   "tpu",         "cloud",    "stock"};
// Words that may stand between a name and its verb: "Nvidia said it will invest".
const Words kGlue = {
    "will",         "would",     "could",      "might",      "may",       "has",          "have",       "had",
    "is",           "are",       "was",        "be",         "to",        "also",         "already",    "said",
    "says",         "it",        "plans",      "plan",       "intends",   "aims",         "expects",    "expected",
    "agreed",       "now",       "just",       "then",       "initially", "reportedly",   "officially", "that",
    "symbolically", "privately", "been",       "being",      "in",        "advanced",     "earlier",    "this",
    "week",         "on",        "monday",     "tuesday",    "wednesday", "thursday",     "friday",     "today",
    "set",          "each",      "a",          "an",         "the",       "its",          "new",        "massive",
    "major",        "begin",     "of",         "not",        "committed", "announced",    "unveiled",   "expanded",
    "who",          "which",     "officially", "previously", "disclosed", "definitively", "its",        "currently"};

bool in(const Word& w, Words any) { return is_one_of(w, any); }

// ---- One name's role -------------------------------------------------------------------------

struct Cue {
    Role role;
    Confidence confidence;
};

bool has_digit(const Word& w) {
    return std::any_of(w.text.begin(), w.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Nvidia GB300 systems", "AMD's Instinct GPUs": the name is the maker of hardware.
bool names_hardware(const std::vector<Word>& words, std::size_t at) {
    for (std::size_t d = 1; d <= 3 && at + d < words.size(); ++d) {
        if (in(words[at + d], kHardware)) return true;
        if (!in(words[at + d], {"'s"}) && words[at + d].kind != WordKind::word) return false;
    }
    return false;
}

// From the words just before the name: "from X", "for X", "in X", "pay X", "supply X".
std::optional<Cue> cue_before(const std::vector<Word>& words, std::size_t at, std::size_t begin) {
    // Descriptions may stand between "from" or "with" and the name ("from chip giant Nvidia",
    // "with AI chip startup Cerebras"); other words bind only the name right after them.
    for (std::size_t d = 1; d <= 6 && d <= at - begin; ++d) {
        const Word& w = words[at - d];
        if (w.kind == WordKind::company || w.kind == WordKind::quantity || has_digit(w)) return std::nullopt;
        // "with GPU-heavy cloud service, CoreWeave": an apposition's comma.
        if (w.text == ",") continue;
        const bool next_to = d == 1 || (d == 2 && in(words[at - 1], {"the"}));
        if (in(w, {"from"})) {
            // "$50 billion (€46 billion) from Amazon" in a round: the investor.
            const std::size_t before = previous_past_brackets(words, at - d, begin);
            if (before < at - d && words[before].kind == WordKind::quantity) {
                for (std::size_t e = begin; e < at; ++e) {
                    if (in(words[e], kInvests) || in(words[e], kRaises)) return Cue{Role::investor, Confidence::sure};
                }
            }
            // "a commitment from OpenAI", "an order … from Nvidia": the one who pays.
            for (std::size_t e = d + 1; e <= d + 4 && e <= at - begin; ++e) {
                if (in(words[at - e], {"commitment", "commitments", "order", "orders"}))
                    return Cue{Role::buyer, Confidence::sure};
            }
            return Cue{Role::seller, Confidence::sure};
        }
        if (in(w, {"with"})) return Cue{Role::counterparty, Confidence::sure};
        if (!next_to) {
            if (w.kind == WordKind::punctuation && w.text != ",") return std::nullopt;
            continue;
        }
        if (in(w, {"for"})) {
            // "systems for OpenAI": the buyer; "for Nvidia GB300 systems": the maker of what is bought.
            if (names_hardware(words, at)) return Cue{Role::seller, Confidence::likely};
            return Cue{Role::buyer, Confidence::sure};
        }
        if (in(w, {"in", "into"})) {
            // "Nvidia's $100 billion in OpenAI": the one a sum goes into.
            if (at - d > begin && words[at - d - 1].kind == WordKind::quantity)
                return Cue{Role::buyer, Confidence::sure};
            // "invest … in X", "X contracts": the one paid; "in Google Cloud's history": nothing.
            for (std::size_t e = d + 1; e <= d + 10 && e <= at - begin; ++e) {
                if (in(words[at - e], kInvests)) return Cue{Role::buyer, Confidence::sure};
            }
            if (at + 1 < words.size() && in(words[at + 1], {"contracts", "contract", "deals"})) {
                return Cue{Role::buyer, Confidence::sure};
            }
            return std::nullopt;
        }
        if (in(w, {"pay", "paying", "pays"})) return Cue{Role::seller, Confidence::sure};
        if (in(w, kSells) || in(w, {"allowing", "allow", "allows", "see", "give", "giving"})) {
            return Cue{Role::buyer, Confidence::sure};
        }
        if (in(w, {"to"}) && !(at - d > begin && in(words[at - d - 1], {"access"}))) {
            // "provide … to X", "lease it to X": the buyer; "commitment to X", "pay … to X": the seller.
            for (std::size_t e = d + 1; e <= d + 10 && e <= at - begin; ++e) {
                const Word& v = words[at - e];
                if (in(v, kSells) || in(v, {"lease", "rent", "shares"})) return Cue{Role::buyer, Confidence::sure};
                if (in(v, {"commitment", "pay", "paying", "committed", "spend"}))
                    return Cue{Role::seller, Confidence::sure};
            }
            return std::nullopt;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// From the words after the name: "X will invest", "X's Instinct GPUs", "X has signed a deal".
std::optional<Cue> cue_after(const std::vector<Word>& words, std::size_t at, std::size_t end) {
    for (std::size_t d = 1, asides = 0; d <= 10 + asides && at + d < end; ++d) {
        const Word& w = words[at + d];
        // "Nvidia, which dominates the market, plans to invest": the aside is skipped.
        if (w.text == "," && at + d + 1 < end && in(words[at + d + 1], {"which", "who"})) {
            std::size_t close = d + 1;
            while (at + close < end && words[at + close].text != ",") ++close;
            if (at + close < end) {  // closed by a comma: an aside
                asides += close - d;
                d = close;
                continue;
            }
        }
        if (w.kind == WordKind::company) return std::nullopt;
        if (w.kind == WordKind::punctuation && w.text != "," && w.text != "(" && w.text != ")") return std::nullopt;
        if (in(w, {"'s"})) {
            // "OpenAI's $38 billion commitment", "Nvidia's $100 billion in OpenAI", "AMD's chips".
            for (std::size_t e = d + 1; e <= d + 4 && at + e < end; ++e) {
                const Word& v = words[at + e];
                if (in(v, {"commitment"}) || in(v, kRaises)) return Cue{Role::buyer, Confidence::sure};
                if (in(v, {"in"})) return Cue{Role::investor, Confidence::sure};
                if (in(v, kInvests) || in(v, {"plan"})) continue;
                if (in(v, kHardware)) return Cue{Role::seller, Confidence::likely};
            }
            continue;
        }
        if (in(w, kInvests)) return Cue{Role::investor, Confidence::sure};
        if (in(w, kRaises)) return Cue{Role::buyer, Confidence::sure};
        if (in(w, kSells)) return Cue{Role::seller, Confidence::sure};
        if (in(w, {"lease", "rent"})) {
            // "lease it to X" sells; "lease … from X" buys.
            const bool to = at + d + 2 < end && in(words[at + d + 2], {"to"});
            return Cue{to ? Role::seller : Role::buyer, Confidence::sure};
        }
        if (in(w, kBuys)) return Cue{Role::buyer, Confidence::sure};
        if (in(w, kDeals)) return Cue{Role::counterparty, Confidence::sure};
        if (d <= 3 && in(w, kHardware)) return Cue{Role::seller, Confidence::likely};
        if (in(w, kGlue) || w.kind == WordKind::quantity || w.kind == WordKind::punctuation) continue;
        if (d > 5 + asides) return std::nullopt;
    }
    return std::nullopt;
}

// ---- Resolving counterparties ----------------------------------------------------------------

// Where a company usually stands in the compute supply chain: labs buy from clouds, clouds
// from neoclouds and chipmakers. Used only when the words don't say, and then as a guess.
int supply_tier(const std::string& name) {
    constexpr std::array<std::pair<std::string_view, int>, 26> kTiers = {{
        {"OpenAI", 0},    {"Anthropic", 0}, {"xAI", 0},
        {"Meta", 0},      {"Apple", 0},     {"Microsoft", 1},
        {"Amazon", 1},    {"Google", 1},    {"Oracle", 1},
        {"CoreWeave", 2}, {"Nebius", 2},    {"Nscale", 2},
        {"IREN", 2},      {"Crusoe", 2},    {"Lambda", 2},
        {"SpaceX", 2},    {"Nvidia", 3},    {"AMD", 3},
        {"Broadcom", 3},  {"Cerebras", 3},  {"Dell Technologies", 3},
        {"Intel", 3},     {"TSMC", 3},      {"Samsung", 3},
        {"SK Hynix", 3},  {"Qualcomm", 3},
    }};
    for (const auto& [company, tier] : kTiers) {
        if (company == name) return tier;
    }
    return -1;
}

bool sure_role(const std::vector<Party>& parties, Role role) {
    return std::any_of(parties.begin(), parties.end(),
                       [&](const Party& p) { return p.role == role && p.confidence == Confidence::sure; });
}

// Counterparties become buyers or sellers: opposite a side the words name, or else by the
// supply chain. A chipmaker named only by its hardware ("Nvidia's GB300 processors") sells
// only when no one else does.
void resolve_counterparties(std::vector<Party>& parties) {
    const bool buyer = sure_role(parties, Role::buyer), seller = sure_role(parties, Role::seller);
    for (Party& p : parties) {
        if (p.role != Role::counterparty) continue;
        if (buyer && !seller)
            p.role = Role::seller;
        else if (seller && !buyer)
            p.role = Role::buyer;
    }
    std::vector<Party*> open;
    for (Party& p : parties) {
        if (p.role == Role::counterparty) open.push_back(&p);
    }
    // The first two sides (the subject and its partner), by the supply chain.
    if (open.size() >= 2 && supply_tier(open[0]->name) >= 0 && supply_tier(open[1]->name) >= 0 &&
        supply_tier(open[0]->name) != supply_tier(open[1]->name)) {
        const bool first_buys = supply_tier(open[0]->name) < supply_tier(open[1]->name);
        open[0]->role = first_buys ? Role::buyer : Role::seller;
        open[1]->role = first_buys ? Role::seller : Role::buyer;
        open[0]->confidence = open[1]->confidence = Confidence::likely;
    } else if (open.size() == 1) {
        // Opposite a maker named by its hardware ("… AMD Instinct GPUs"), as a guess.
        const bool maker = std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
            return p.role == Role::seller && p.name != open[0]->name;
        });
        if (maker) {
            open[0]->role = Role::buyer;
            open[0]->confidence = Confidence::likely;
        }
    }
    // A hardware maker yields to any other seller.
    const bool other_seller = std::any_of(parties.begin(), parties.end(), [](const Party& p) {
        return p.role == Role::seller && p.confidence == Confidence::sure;
    });
    if (other_seller) {
        std::erase_if(parties,
                      [](const Party& p) { return p.role == Role::seller && p.confidence == Confidence::likely; });
    }
}

}  // namespace

std::optional<Party> antecedent_of(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    if (begin < 2 || begin >= end || !in(words[begin], {"who", "which"}) ||
        words[begin - 2].kind != WordKind::company) {
        return std::nullopt;
    }
    const std::size_t name = begin - 2;
    const auto cue = cue_after(words, name, end);
    if (!cue) return std::nullopt;
    return Party{words[name].text, cue->role, cue->confidence, name, -3};
}

std::vector<Party> parties_in(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    std::vector<Party> parties;
    if (auto antecedent = antecedent_of(words, begin, end)) parties.push_back(std::move(*antecedent));
    int group = -1;
    std::size_t last_name = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if (words[i].kind != WordKind::company) continue;
        // "SoftBank, Nvidia and Amazon": names joined by commas and "and" share their role.
        const bool listed = !parties.empty() && i >= 2 && last_name + 2 >= i &&
                            (in(words[i - 1], {"and", "or"}) || words[i - 1].text == ",");
        if (!listed) ++group;
        last_name = i;
        std::optional<Cue> cue = cue_before(words, i, begin);
        if (!cue) {
            cue = cue_after(words, i, end);
        } else if (cue->role == Role::counterparty) {
            // "a deal with Dell to purchase": the verb after an object is the subject's.
            const auto after = cue_after(words, i, end);
            if (after && after->confidence == Confidence::likely) cue = after;
        }
        Party party{words[i].text, cue ? cue->role : Role::counterparty, cue ? cue->confidence : Confidence::likely, i,
                    group};
        // One company named twice ("AMD (AMD)", "Microsoft's Azure", "OpenAI … OpenAI's") is
        // one party: what the words say of it wins over a guess.
        auto same = std::find_if(parties.begin(), parties.end(), [&](const Party& p) { return p.name == party.name; });
        if (same == parties.end()) {
            parties.push_back(std::move(party));
        } else if (same->role == Role::counterparty ||
                   (same->confidence == Confidence::likely && party.confidence == Confidence::sure &&
                    party.role != Role::counterparty)) {
            same->role = party.role;
            same->confidence = party.confidence;
        } else if (party.role == Role::investor && same->role == Role::seller) {
            // "Nvidia will build … and invest": both a seller and an investor.
            party.group = -2;
            parties.push_back(std::move(party));
        }
    }
    // A list takes the role its last name was given ("SoftBank and Nvidia are investing").
    for (std::size_t p = parties.size(); p-- > 1;) {
        if (parties[p - 1].group == parties[p].group && parties[p - 1].role == Role::counterparty) {
            parties[p - 1].role = parties[p].role;
            parties[p - 1].confidence = parties[p].confidence;
        }
    }
    resolve_counterparties(parties);
    return parties;
}

}  // namespace boomerang::parse
