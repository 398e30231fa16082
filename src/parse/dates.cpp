#include "parse/dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

namespace boomerang::parse {

namespace {

// ---- Words -------------------------------------------------------------------------------------

// A run of ASCII letters and digits. Everything else separates words: spaces, commas, dashes,
// curly quotes, so "May 6, 2026" is three words and "mid-2027" two.
struct Word {
    std::string_view text;
    Span span;
};
using Words = std::vector<Word>;

// The day the text was written, when known.
using Reference = std::optional<model::Date>;

bool word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

Words words_of(std::string_view text) {
    Words words;
    std::size_t at = 0;
    while (at < text.size()) {
        if (!word_character(text[at])) {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && word_character(text[end])) ++end;
        words.push_back({text.substr(at, end - at), {at, end}});
        at = end;
    }
    return words;
}

bool same_letters(std::string_view written, std::string_view lower) {
    if (written.size() != lower.size()) return false;
    for (std::size_t k = 0; k < written.size(); ++k) {
        if (std::tolower(static_cast<unsigned char>(written[k])) != lower[k]) return false;
    }
    return true;
}

// Word i is one of `lower`, in any capitals.
bool is(const Words& words, std::size_t i, std::initializer_list<std::string_view> lower) {
    if (i >= words.size()) return false;
    for (std::string_view candidate : lower) {
        if (same_letters(words[i].text, candidate)) return true;
    }
    return false;
}

// A number of one to `max_digits` digits, then only `suffixes` ("23rd"); -1 for anything else.
int number_of(const Word& word, std::size_t max_digits, std::initializer_list<std::string_view> suffixes) {
    std::size_t digits = 0;
    int value = 0;
    while (digits < word.text.size() && std::isdigit(static_cast<unsigned char>(word.text[digits]))) {
        value = value * 10 + (word.text[digits++] - '0');
    }
    if (digits == 0 || digits > max_digits) return -1;
    const std::string_view rest = word.text.substr(digits);
    if (rest.empty()) return value;
    for (std::string_view suffix : suffixes) {
        if (same_letters(rest, suffix)) return value;
    }
    return -1;
}

// ---- Calendar words ----------------------------------------------------------------------------

// 1..12 for a month's name or its three-letter short form ("Sept" too), 0 otherwise. It must be
// capitalised, so the verb in "either party may terminate" is not May.
int month_named(const Words& words, std::size_t i) {
    static constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                                 "may",       "june",     "july",     "august",
                                                                 "september", "october",  "november", "december"};
    if (i >= words.size() || !std::isupper(static_cast<unsigned char>(words[i].text[0]))) return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (is(words, i, {kMonths[m], kMonths[m].substr(0, 3)})) return static_cast<int>(m) + 1;
    }
    return is(words, i, {"sept"}) ? 9 : 0;
}

bool weekday(const Words& words, std::size_t i) {
    return is(words, i, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}

// "first" → 1 … "fourth" → 4, 0 otherwise.
int ordinal(const Words& words, std::size_t i) {
    if (is(words, i, {"first"})) return 1;
    if (is(words, i, {"second"})) return 2;
    if (is(words, i, {"third"})) return 3;
    return is(words, i, {"fourth"}) ? 4 : 0;
}

struct Year {
    int year = 0;
    std::size_t next = 0;  // the word after it
};

// "2027", or against the reference "this year" and "next year".
std::optional<Year> read_year(const Words& words, std::size_t i, const Reference& reference) {
    if (i >= words.size()) return std::nullopt;
    if (is(words, i + 1, {"year"}) && is(words, i, {"this", "next"}) && reference) {
        return Year{reference->year + (is(words, i, {"next"}) ? 1 : 0), i + 2};
    }
    const int year = words[i].text.size() == 4 ? number_of(words[i], 4, {}) : -1;
    if (year < model::earliest_year || year > model::latest_year) return std::nullopt;
    return Year{year, i + 1};
}

// ---- Date phrases ------------------------------------------------------------------------------

// The months a date phrase names, first to last, and the word after it. "Early", "mid" and "late
// 2027" name no month, so they are not read at all: a guess would be a wrong value.
struct Stretch {
    model::Date first;
    model::Date last;
    std::size_t next = 0;
};

Stretch months(int year, int first_month, int last_month, std::size_t next) {
    return {{year, first_month, 0}, {year, last_month, 0}, next};
}

// "immediately", "within the month", "this month", "next month": the month of writing or the one
// after, when it is known.
std::optional<Stretch> read_relative_month(const Words& words, std::size_t i, const Reference& reference) {
    if (!reference) return std::nullopt;
    const int now = model::month_index(*reference);
    std::optional<Stretch> month;
    if (is(words, i, {"immediately"})) month = Stretch{model::date_of_month(now), {}, i + 1};
    if (is(words, i, {"within"}) && is(words, i + 1, {"the"}) && is(words, i + 2, {"month"})) {
        month = Stretch{model::date_of_month(now), {}, i + 3};
    }
    if (is(words, i, {"this", "next"}) && is(words, i + 1, {"month"})) {
        month = Stretch{model::date_of_month(now + (is(words, i, {"next"}) ? 1 : 0)), {}, i + 2};
    }
    if (month) month->last = month->first;
    return month;
}

// "the second half of 2026" (01–06, 07–12), "the third quarter of this year" (07–09), "H2 2026",
// "Q3 2026", "the end of 2029" (12).
std::optional<Stretch> read_part_of_year(const Words& words, std::size_t i, const Reference& reference) {
    int half = 0, quarter = 0;
    std::optional<Year> year;
    if (const int n = ordinal(words, i); n > 0 && is(words, i + 2, {"of"})) {
        if (is(words, i + 1, {"half"})) half = n;
        if (is(words, i + 1, {"quarter"})) quarter = n;
        year = read_year(words, i + 3, reference);
    } else if (is(words, i, {"h1", "h2", "q1", "q2", "q3", "q4"})) {
        (is(words, i, {"h1", "h2"}) ? half : quarter) = words[i].text[1] - '0';
        year = read_year(words, i + 1, reference);
    } else if (is(words, i, {"end"}) && is(words, i + 1, {"of"})) {
        year = read_year(words, i + 2, reference);
        if (year) return months(year->year, 12, 12, year->next);
    }
    if (!year || half > 2) return std::nullopt;
    if (half > 0) return months(year->year, half * 6 - 5, half * 6, year->next);
    if (quarter > 0) return months(year->year, quarter * 3 - 2, quarter * 3, year->next);
    return std::nullopt;
}

// "May 2029", "May 6, 2026", "Sept. 23rd, 2026", "May and June 2026" (05–06). A month needs its
// year: "in May" is left out.
std::optional<Stretch> read_month(const Words& words, std::size_t i) {
    const int first = month_named(words, i);
    if (first == 0) return std::nullopt;
    int last = first, day = 0;
    std::size_t at = i + 1;
    if (is(words, at, {"and", "or", "to"}) && month_named(words, at + 1) > 0) {
        last = month_named(words, at + 1);
        at += 2;
    } else if (at < words.size()) {
        day = std::max(0, number_of(words[at], 2, {"st", "nd", "rd", "th"}));
        if (day > 0) ++at;
    }
    const auto year = read_year(words, at, std::nullopt);
    if (!year || last < first) return std::nullopt;
    Stretch stretch = months(year->year, first, last, year->next);
    stretch.first.day = stretch.last.day = day;
    if (!model::is_valid(stretch.first)) return std::nullopt;
    return stretch;
}

// Any date phrase starting at word i; a year alone names all its months.
std::optional<Stretch> read_date(const Words& words, std::size_t i, const Reference& reference) {
    if (auto relative = read_relative_month(words, i, reference)) return relative;
    if (is(words, i, {"the"})) ++i;
    if (auto part = read_part_of_year(words, i, reference)) return part;
    if (auto month = read_month(words, i)) return month;
    if (auto year = read_year(words, i, reference)) return months(year->year, 1, 12, year->next);
    return std::nullopt;
}

// ---- Role words --------------------------------------------------------------------------------

struct Role {
    DateRole role;
    std::size_t date_at;  // the first word of the date
};

// The role the words at i give the date after them: "starting in", "coming online in",
// "through", "through to", "announced on Monday,". "From" alone is no start word ("up from
// 2024"), nor "by" ("complete by the end of 2029" is when a build-out ends, not when payments
// do) nor "to" ("with options extending to 2032").
std::optional<Role> role_at(const Words& words, std::size_t i) {
    std::optional<Role> role;
    if (is(words, i,
           {"start", "starts", "starting", "begin", "begins", "beginning", "commence", "commences", "commencing",
            "launch", "launches", "launched", "ramp", "ramps", "ramping"})) {
        role = Role{DateRole::start, i + 1};
    } else if (is(words, i, {"come", "comes", "coming"}) && is(words, i + 1, {"online"})) {
        role = Role{DateRole::start, i + 2};
    } else if (is(words, i, {"immediately"}) || (is(words, i, {"within"}) && is(words, i + 2, {"month"}))) {
        role = Role{DateRole::start, i};  // both say when something begins: the month of writing
    } else if (is(words, i, {"through", "until"}) && !(i > 0 && is(words, i - 1, {"phases", "deployed"}))) {
        // "deployed in phases through 2026" is the roll-out, not the last month paid.
        return Role{DateRole::end, is(words, i + 1, {"to"}) ? i + 2 : i + 1};
    } else if (is(words, i, {"announced", "announces", "said", "says", "unveiled", "disclosed", "confirmed"})) {
        role = Role{DateRole::announced, is(words, i + 1, {"on"}) ? i + 2 : i + 1};
        if (weekday(words, role->date_at)) ++role->date_at;
        return role;
    }
    if (role && is(words, role->date_at, {"in", "during", "on", "from"})) ++role->date_at;
    return role;
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, std::optional<model::Date> reference) {
    std::vector<DateMention> found;
    const Words words = words_of(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto role = role_at(words, i);
        if (!role) continue;
        const auto date = read_date(words, role->date_at, reference);
        // An announcement is a day: "Reuters reported on May 6" or "announced in May" is not one.
        if (!date || (role->role == DateRole::announced && date->first.day == 0)) continue;
        const model::Date& when = role->role == DateRole::end ? date->last : date->first;
        found.push_back({role->role, when, {words[i].span.begin, words[date->next - 1].span.end}});
        i = date->next - 1;
    }
    return found;
}

}  // namespace boomerang::parse
