// Index: words with their capitals | what is not a company | party places | find_named_parties
#include "parse/names.hpp"

#include "parse/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace boomerang::parse {

namespace {

// ---- Words with their capitals ---------------------------------------------------------------

struct Token {
    std::string text;  // as written
    Span span;
    bool word = false;
};

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c)) {
            ++i;
        } else if (std::isalnum(c)) {
            std::size_t end = i;
            while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '&' ||
                                         (text[end] == '-' && end + 1 < text.size() &&
                                          std::isalnum(static_cast<unsigned char>(text[end + 1]))))) {
                ++end;
            }
            out.push_back({std::string(text.substr(i, end - i)), {i, end}, true});
            i = end;
        } else {
            const std::size_t end = utf8_next(text, i);
            out.push_back({std::string(text.substr(i, end - i)), {i, end}, false});
            i = end;
        }
    }
    return out;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// ---- What is not a company -------------------------------------------------------------------

bool one_of(const std::string& word, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

// Capitalised words that are not companies: sentence openers, months and days, places,
// publications, products, titles, units.
bool not_a_name(const std::string& w) {
    return one_of(
        w, {"The",        "A",           "An",        "This",      "That",      "These",     "Those",    "It",
            "Its",        "In",          "On",        "At",        "Under",     "As",        "After",    "Before",
            "By",         "For",         "From",      "With",      "To",        "And",       "But",      "However",
            "Meanwhile",  "Last",        "Next",      "Shares",    "Stock",     "According", "Reports",  "Construction",
            "Long-time",  "American",    "Norwegian", "Big",       "Tech",      "CEO",       "CFO",      "Chief",
            "Executive",  "President",   "Founder",   "AI",        "GPU",       "GPUs",      "HPC",      "IT",
            "MW",         "GW",          "TPU",       "TPUs",      "US",        "U",         "S",        "UK",
            "EU",         "IPO",         "SEC",       "January",   "February",  "March",     "April",    "May",
            "June",       "July",        "August",    "September", "October",   "November",  "December", "Monday",
            "Tuesday",    "Wednesday",   "Thursday",  "Friday",    "Saturday",  "Sunday",    "Texas",    "Memphis",
            "Tennessee",  "Norway",      "Narvik",    "London",    "Europe",    "Indiana",   "Michigan", "Lake",
            "New",        "York",        "Western",   "West",      "North",     "South",     "East",     "Dakota",
            "Abilene",    "Permian",     "Basin",     "Hoover",    "Dam",       "Dams",      "Japan",    "China",
            "Saudi",      "Arabia",      "Abu",       "Dhabi",     "United",    "States",    "Kingdom",  "America",
            "Canada",     "Reuters",     "Bloomberg", "CNBC",      "Wall",      "Street",    "Journal",  "Financial",
            "Times",      "Information", "WSJ",       "FT",        "Blackwell", "Rubin",     "Vera",     "Instinct",
            "Trainium",   "Claude",      "ChatGPT",   "Grok",      "Colossus",  "Rainier",   "Cloud",    "Q1",
            "Q2",         "Q3",          "Q4",        "H1",        "H2",        "Class",     "Inc",      "Corp",
            "Co",         "Ltd",         "LLC",       "Group",     "Both",      "Either",    "Some",     "Industry",
            "Previously", "Additional",  "Japanese",  "Chinese",   "British",   "French",    "German",   "Korean",
            "Taiwanese",  "Emirati",     "Indian",    "Israeli",   "European",  "Canadian",  "Dutch",    "Swiss",
            "Elon",       "Musk",        "Sam",       "Altman",    "Jensen",    "Huang",     "Mark",     "Zuckerberg",
            "Satya",      "Nadella",     "Amin"});
}

bool capitalised(const Token& t) {
    return t.word && std::isupper(static_cast<unsigned char>(t.text[0])) && !not_a_name(t.text);
}

// ---- Party places ----------------------------------------------------------------------------

// Verbs a company does in headlines: "TeraWulf announced", "Poolside is raising".
bool acts(const std::string& w) {
    return one_of(w, {"signed",  "agreed",  "will",      "has",      "have",   "had",        "is",        "was",
                      "said",    "says",    "announced", "struck",   "inked",  "plans",      "secured",   "raised",
                      "raising", "expects", "reached",   "entered",  "won",    "landed",     "leases",    "rents",
                      "buys",    "pays",    "would",     "could",    "formed", "contracted", "committed", "invested",
                      "invests", "agrees",  "signs",     "announces"});
}

// Nouns that introduce a company: "Bitcoin miner TeraWulf", "AI startup Poolside".
bool describes_a_company(const std::string& w) {
    return one_of(
        w, {"miner", "operator", "startup", "company", "firm", "provider", "giant", "platform", "builder", "backer",
            "maker", "developer", "outfit", "partner", "lender", "manager", "investor", "neocloud"});
}

// Whether the name in tokens [first, last) stands in a party's place.
bool in_party_place(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const std::string after = last < tokens.size() ? lower(tokens[last].text) : "";
    // "with Applied Digital", "from AI cloud platform Fluidstack": a preposition, maybe
    // with a description between.
    for (std::size_t back = first, words = 0; back-- > 0 && words < 5; ++words) {
        const std::string w = lower(tokens[back].text);
        if (one_of(w, {"with", "from", "to", "by"})) return true;
        if (!tokens[back].word ||
            (std::isupper(static_cast<unsigned char>(tokens[back].text[0])) && !not_a_name(tokens[back].text)))
            break;
    }
    if (!acts(after)) return false;
    // "TeraWulf announced", "…, Poolside will": a subject.
    if (first == 0 || tokens[first - 1].text == "," || tokens[first - 1].text == ";") return true;
    return describes_a_company(lower(tokens[first - 1].text));
}

}  // namespace

std::vector<CompanyMention> find_named_parties(std::string_view text, const std::vector<CompanyMention>& known) {
    const std::vector<Token> tokens = tokens_of(text);
    const auto inside_known = [&](Span s) {
        return std::any_of(known.begin(), known.end(),
                           [&](const CompanyMention& k) { return s.begin < k.span.end && s.end > k.span.begin; });
    };
    std::vector<CompanyMention> found;
    for (std::size_t i = 0; i < tokens.size();) {
        if (!capitalised(tokens[i]) || inside_known(tokens[i].span)) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < tokens.size() && end < i + 4 && capitalised(tokens[end]) && !inside_known(tokens[end].span)) ++end;
        // "Blue Owl Capital Inc.": the suffix is not part of the name.
        std::size_t after = end;
        if (after < tokens.size() && one_of(tokens[after].text, {"Inc", "Corp", "Co", "Ltd", "LLC"})) {
            ++after;
            if (after < tokens.size() && tokens[after].text == ".") ++after;
        }
        if (in_party_place(tokens, i, after)) {
            const Span span{tokens[i].span.begin, tokens[end - 1].span.end};
            found.push_back({std::string(text.substr(span.begin, span.end - span.begin)), span});
        }
        i = end;
    }
    return found;
}

std::vector<CompanyMention> merged_mentions(std::vector<CompanyMention> known, std::vector<CompanyMention> named) {
    known.insert(known.end(), std::make_move_iterator(named.begin()), std::make_move_iterator(named.end()));
    std::sort(known.begin(), known.end(),
              [](const CompanyMention& a, const CompanyMention& b) { return a.span.begin < b.span.begin; });
    return known;
}

}  // namespace boomerang::parse
