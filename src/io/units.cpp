// Index: unit families | tokens | the units of the model | reading text | parse_quantity
#include "io/units.hpp"

#include "io/scenario_paths.hpp"
#include "model/bounds.hpp"
#include "model/commitment.hpp"
#include "model/supply.hpp"
#include "parse/utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>

namespace boomerang::io {

namespace {

// ---- Unit families ----------------------------------------------------------------------
// Every unit word belongs to a family and converts only within it. Words of most families
// differ by powers of ten (MW = GW × 10^-3, % = 10^-2), applied to the number's decimal
// exponent so "1.8%" is exactly 0.018 and "6000 MW" exactly 6. Time words differ by
// factors (a month is 30 days, a year 12 months), applied by multiplication.
enum class Family { none, money, power, energy, gpus, gpu_time, wafers, dies, shares, fraction, ratio, time, calendar };

std::string_view family_phrase(Family family) {
    switch (family) {
        case Family::money: return "a currency";
        case Family::power: return "a unit of power";
        case Family::energy: return "a unit of energy";
        case Family::gpus: return "a count of GPUs";
        case Family::gpu_time: return "a unit of GPU time";
        case Family::wafers: return "a count of wafers";
        case Family::dies: return "a count of dies";
        case Family::shares: return "a count of shares";
        case Family::fraction: return "a percentage";
        case Family::ratio: return "a multiple";
        case Family::time: return "a unit of time";
        case Family::none:
        case Family::calendar: break;
    }
    return "a unit";
}

constexpr double days_per_year = 365.0;
constexpr double days_per_week = 7.0;

// How many `to` units make one `from` unit, both given in days. Days convert to months by
// the commitment model's 30-day month; weeks, months and years convert by the calendar
// (52 weeks, 12 months a year) so "$1.25B a month" is exactly $15B a year.
double time_ratio(double from_days, double to_days) {
    if (from_days == 1.0 || to_days == 1.0) return from_days / to_days;
    const auto in_years = [](double days) {
        if (days == model::days_per_month) return 1.0 / 12.0;
        if (days == days_per_week) return 1.0 / model::weeks_per_year;
        return days / days_per_year;
    };
    return in_years(from_days) / in_years(to_days);
}

// ---- Tokens -----------------------------------------------------------------------------
// `size` is a time word's length in days, and for every other family the power of ten of
// the word in the family's canonical unit: dollars, GW, MWh, GPUs, GPU-hours, wafers, dies,
// shares, fractions (1 = 100%), multiples.
struct Token {
    std::string_view text;  // lower case; matched without regard to case
    Family family;
    double size;
};

constexpr std::array magnitudes{
    Token{"thousand", Family::none, 3},  Token{"k", Family::none, 3},   Token{"million", Family::none, 6},
    Token{"mn", Family::none, 6},        Token{"mm", Family::none, 6},  Token{"m", Family::none, 6},
    Token{"billion", Family::none, 9},   Token{"bn", Family::none, 9},  Token{"b", Family::none, 9},
    Token{"trillion", Family::none, 12}, Token{"tn", Family::none, 12}, Token{"t", Family::none, 12},
};

constexpr std::array units{
    Token{"usd", Family::money, 0},
    Token{"dollars", Family::money, 0},
    Token{"dollar", Family::money, 0},
    Token{"gigawatts", Family::power, 0},
    Token{"gigawatt", Family::power, 0},
    Token{"gw", Family::power, 0},
    Token{"megawatts", Family::power, -3},
    Token{"megawatt", Family::power, -3},
    Token{"mw", Family::power, -3},
    Token{"kw", Family::power, -6},
    Token{"twh", Family::energy, 6},
    Token{"gwh", Family::energy, 3},
    Token{"mwh", Family::energy, 0},
    Token{"kwh", Family::energy, -3},
    Token{"gpu-hours", Family::gpu_time, 0},
    Token{"gpu-hour", Family::gpu_time, 0},
    Token{"gpu hours", Family::gpu_time, 0},
    Token{"gpu hour", Family::gpu_time, 0},
    Token{"gpu-hr", Family::gpu_time, 0},
    Token{"gpu-h", Family::gpu_time, 0},
    Token{"gpus", Family::gpus, 0},
    Token{"gpu", Family::gpus, 0},
    Token{"wafers", Family::wafers, 0},
    Token{"wafer", Family::wafers, 0},
    Token{"dies", Family::dies, 0},
    Token{"die", Family::dies, 0},
    Token{"shares", Family::shares, 0},
    Token{"share", Family::shares, 0},
    Token{"%", Family::fraction, -2},
    Token{"percent", Family::fraction, -2},
    Token{"x", Family::ratio, 0},
    Token{"\xC3\x97", Family::ratio, 0},
    Token{"days", Family::time, 1},
    Token{"day", Family::time, 1},
    Token{"d", Family::time, 1},
    Token{"weeks", Family::time, days_per_week},
    Token{"week", Family::time, days_per_week},
    Token{"wk", Family::time, days_per_week},
    Token{"months", Family::time, model::days_per_month},
    Token{"month", Family::time, model::days_per_month},
    Token{"mo", Family::time, model::days_per_month},
    Token{"years", Family::time, days_per_year},
    Token{"year", Family::time, days_per_year},
    Token{"yrs", Family::time, days_per_year},
    Token{"yr", Family::time, days_per_year},
    Token{"y", Family::time, days_per_year},
};

// Words that introduce a denominator: "$20B/GW", "$1.25B a month", "500 per MW". After the
// first denominator a hyphen or a middle dot also joins one: "$2B/GW-yr".
constexpr std::array<std::string_view, 6> per_words{"/", "per", "a", "an", "each", "every"};
constexpr std::array<std::string_view, 2> joiners{"-", "\xC2\xB7"};

// ---- The units of the model -------------------------------------------------------------
struct Part {
    Family family = Family::none;
    double size = 0;  // the base unit, as Token::size
};

struct Spec {
    Part numerator;
    std::array<Part, 2> denominators;  // Family::none when unused
    std::string_view noun;
    std::string_view examples;
};

constexpr Part usd{Family::money, 0};
constexpr Part gw{Family::power, 0};
constexpr Part gpus{Family::gpus, 0};
constexpr Part fraction{Family::fraction, 0};
constexpr Part per_year{Family::time, days_per_year};
constexpr Part none{};

Spec spec(model::Unit unit) {
    using model::Unit;
    switch (unit) {
        case Unit::usd: return {usd, {}, "a dollar amount", "15B, $1.25bn or 500M"};
        case Unit::usd_per_year:
            return {usd, {per_year, none}, "a dollar amount per year", "$15.5B/yr, $1.25B a month or 15.5B"};
        case Unit::usd_per_gw: return {usd, {gw, none}, "a cost per GW", "$20B/GW, $10M per MW or 20B"};
        case Unit::usd_per_gw_year:
            return {usd, {gw, per_year}, "a dollar amount per GW-year", "$2.5B/GW/yr, $2.5B per GW-year or 2.5B"};
        case Unit::usd_per_gpu: return {usd, {gpus, none}, "a price per GPU", "$40k/GPU, $40,000 per GPU or 40k"};
        case Unit::usd_per_gpu_hour:
            return {usd,
                    {Part{Family::gpu_time, 0}, none},
                    "a price per GPU-hour",
                    "$2.41/GPU-h, $2.41 per GPU-hour or 2.41"};
        case Unit::usd_per_mwh:
            return {usd, {Part{Family::energy, 0}, none}, "an electricity price", "$60/MWh, $0.06/kWh or 60"};
        case Unit::usd_per_share:
            return {usd, {Part{Family::shares, 0}, none}, "a share price", "$164.67, $0.01/share or 235.48"};
        case Unit::usd_per_month:
            return {usd,
                    {Part{Family::time, model::days_per_month}, none},
                    "a dollar amount per month",
                    "$1.25B/month, $15B a year or 1.25B"};
        case Unit::usd_per_mw_month:
            return {usd,
                    {Part{Family::power, -3}, Part{Family::time, model::days_per_month}},
                    "a price per MW-month",
                    "$4.2M/MW/month, $4.2M per MW-month or 4.2M"};
        case Unit::kw_per_gpu:
            return {Part{Family::power, -6}, {gpus, none}, "a power per GPU", "1.4 kW/GPU, 1.4 kW per GPU or 1.4"};
        case Unit::mw: return {Part{Family::power, -3}, {}, "a power in MW", "300 MW, 0.3 GW or 300"};
        case Unit::gw: return {gw, {}, "a power in GW", "6 GW, 6000 MW or 1.5"};
        case Unit::gw_per_year: return {gw, {per_year, none}, "a power per year", "14 GW/yr, 1 GW a week or 14"};
        case Unit::gw_per_week:
            return {
                gw, {Part{Family::time, days_per_week}, none}, "a pace in GW per week", "1 GW/week, 52 GW a year or 1"};
        case Unit::twh_per_year:
            return {Part{Family::energy, 6}, {per_year, none}, "an energy per year", "50 TWh/yr, 4 TWh a month or 50"};
        case Unit::gpus: return {gpus, {}, "a number of GPUs", "3M GPUs, 500k or 500,000"};
        case Unit::gpus_per_year:
            return {gpus, {per_year, none}, "a number of GPUs per year", "6.75M GPUs/yr, 500k a month or 6.75M"};
        case Unit::gpus_per_gw:
            return {gpus, {gw, none}, "a number of GPUs per GW", "500k GPUs/GW, 500 per MW or 500,000"};
        case Unit::wafers_per_year:
            return {Part{Family::wafers, 0},
                    {per_year, none},
                    "a number of wafers per year",
                    "900k wafers/yr, 75k wafers a month or 900,000"};
        case Unit::dies_per_wafer:
            return {Part{Family::dies, 0},
                    {Part{Family::wafers, 0}, none},
                    "a number of dies per wafer",
                    "30 dies/wafer, 30 per wafer or 30"};
        case Unit::dies_per_gpu:
            return {Part{Family::dies, 0}, {gpus, none}, "a number of dies per GPU", "2 dies/GPU, 2 per GPU or 2"};
        case Unit::shares:
            return {Part{Family::shares, 0}, {}, "a number of shares", "160M shares, 1.62B or 160,000,000"};
        case Unit::fraction: return {fraction, {}, "a percentage", "40%, 2.5% or 0.4"};
        case Unit::fraction_per_year:
            return {fraction, {per_year, none}, "a percentage per year", "10%/yr, 10% a year or 0.1"};
        case Unit::fraction_per_month:
            return {fraction,
                    {Part{Family::time, model::days_per_month}, none},
                    "a percentage per month",
                    "1.8%/month, 1.8% a month or 0.018"};
        case Unit::ratio: return {Part{Family::ratio, 0}, {}, "a multiple", "1.2x, 120% or 1.2"};
        case Unit::months:
            return {Part{Family::time, model::days_per_month}, {}, "a number of months", "12 months, 1 year or 12"};
        case Unit::days: return {Part{Family::time, 1}, {}, "a number of days", "90 days, 3 months or 90"};
        case Unit::years: return {per_year, {}, "a number of years", "5 years, 60 months or 5"};
        case Unit::calendar_year: return {Part{Family::calendar, 0}, {}, "a calendar year", "2025, 2030 or 1999"};
    }
    return {};
}

// A percentage is also a multiple: "120%" = 1.2x.
bool fits(Family typed, Family expected) {
    return typed == expected || (typed == Family::fraction && expected == Family::ratio);
}

// Where a typed word's conversion into the field's unit goes: whole powers of ten into the
// number's decimal exponent, time ratios into a factor.
struct Conversion {
    long long exponent = 0;
    double factor = 1;

    void add(Family family, double typed, double base, bool denominator) {
        if (family == Family::time) {
            const double ratio = time_ratio(typed, base);
            factor = denominator ? factor / ratio : factor * ratio;
        } else {
            const auto shift = static_cast<long long>(typed - base);
            exponent += denominator ? -shift : shift;
        }
    }
};

// ---- Reading text -----------------------------------------------------------------------
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `text` starts with `word` (lower case), ignoring the case of `text`.
bool starts_with(std::string_view text, std::string_view word) {
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (lower(text[i]) != word[i]) return false;
    }
    return true;
}

// starts_with, and a word that ends in a letter is not followed by another letter ("mo"
// does not match "month").
bool starts_with_word(std::string_view text, std::string_view word) {
    return starts_with(text, word) &&
           (!is_letter(word.back()) || text.size() == word.size() || !is_letter(text[word.size()]));
}

// Spaces between the parts of a quantity: ASCII, no-break, narrow no-break and thin spaces.
constexpr std::array<std::string_view, 5> spaces{" ", "\t", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"};

std::size_t leading_space(std::string_view text) {
    for (std::string_view space : spaces) {
        if (text.substr(0, space.size()) == space) return space.size();
    }
    return 0;
}

std::size_t trailing_space(std::string_view text) {
    for (std::string_view space : spaces) {
        if (text.size() >= space.size() && text.substr(text.size() - space.size()) == space) {
            return space.size();
        }
    }
    return 0;
}

std::string_view trim(std::string_view text) {
    while (std::size_t n = leading_space(text)) text.remove_prefix(n);
    while (std::size_t n = trailing_space(text)) text.remove_suffix(n);
    return text;
}

// Where parsing stands: `text` is the whole (trimmed) input, `pos` the next byte.
struct Cursor {
    std::string_view text;
    std::size_t pos = 0;

    std::string_view rest() const { return text.substr(pos); }
    bool at_end() const { return pos == text.size(); }
    void skip_spaces() {
        while (std::size_t n = leading_space(rest())) pos += n;
    }
    bool take(std::string_view word) {
        if (!starts_with_word(rest(), word)) return false;
        pos += word.size();
        return true;
    }
};

// The longest token at the start of `text`. Ratio words count only where a multiple is
// expected, so "15Bx" in a dollar field reads as a stray "x", not as "times".
template <std::size_t N>
std::optional<Token> match(const std::array<Token, N>& tokens, std::string_view text, bool allow_ratio,
                           bool whole_word) {
    std::optional<Token> best;
    for (const Token& token : tokens) {
        if (token.family == Family::ratio && !allow_ratio) continue;
        const bool found = whole_word ? starts_with_word(text, token.text) : starts_with(text, token.text);
        if (found && (!best || token.text.size() > best->text.size())) best = token;
    }
    return best;
}

// Text echoed in a message: a long paste is cut to its first 40 characters and "…".
std::string quoted(std::string_view text) {
    constexpr std::size_t longest = 40;
    const std::size_t end = parse::utf8_prefix(text, longest);
    return "“" + std::string(text.substr(0, end)) + (end < text.size() ? "…" : "") + "”";
}

// A message like “15Bx” is not a dollar amount: <reason>. Try 15B, $1.25bn or 500M.
model::Error failure(std::string_view text, const Spec& spec, std::string_view reason) {
    return {"", quoted(text) + " is not " + std::string(spec.noun) + ": " + std::string(reason) + ". Try " +
                    std::string(spec.examples) + "."};
}

// The number at the cursor as its digits and decimal exponent ("1,250.5" is 12505 and -1):
// digits with ',' or '_' between groups of three, an optional fraction and exponent.
struct Number {
    std::string digits;
    long long exponent = 0;
};

// Reads the number, or says why there is none.
std::optional<std::string> read_number(Cursor& c, Number& number) {
    const std::string_view text = c.text;
    std::size_t& p = c.pos;
    std::string& digits = number.digits;
    while (p < text.size()) {
        if (is_digit(text[p])) {
            digits += text[p++];
        } else if ((text[p] == ',' || text[p] == '_') && !digits.empty() && p + 1 < text.size() &&
                   is_digit(text[p + 1])) {
            std::size_t group = 0;
            while (p + 1 + group < text.size() && is_digit(text[p + 1 + group])) ++group;
            if (group != 3) {
                return quoted(text.substr(p, 1)) +
                       " only separates thousands, as in 1,250,000; write decimals with a point, "
                       "as in 1.25";
            }
            ++p;
        } else {
            break;
        }
    }
    const bool point = p < text.size() && text[p] == '.';
    if (point && ((p + 1 < text.size() && is_digit(text[p + 1])) || !digits.empty())) {
        for (++p; p < text.size() && is_digit(text[p]); ++p) {
            digits += text[p];
            --number.exponent;
        }
    }
    if (digits.empty()) return std::string("it does not start with a number");
    if (p < text.size() && (text[p] == 'e' || text[p] == 'E')) {
        std::size_t q = p + 1;
        const bool negative = q < text.size() && text[q] == '-';
        if (q < text.size() && (text[q] == '-' || text[q] == '+')) ++q;
        if (q < text.size() && is_digit(text[q])) {
            // Capped far beyond any double's range, so the sum below cannot overflow.
            long long written = 0;
            for (; q < text.size() && is_digit(text[q]); ++q) {
                written = std::min(written * 10 + (text[q] - '0'), 1'000'000LL);
            }
            number.exponent += negative ? -written : written;
            p = q;
        }
    }
    return std::nullopt;
}

// digits × 10^exponent, correctly rounded by strtod. The text has no decimal point, so the
// C library's locale cannot change how it reads.
double to_double(const Number& number, long long shift) {
    const std::string text = number.digits + "e" + std::to_string(number.exponent + shift);
    return std::strtod(text.c_str(), nullptr);
}

bool is_non_finite_word(std::string_view text) {
    for (std::string_view word : {"nan", "infinity", "inf"}) {
        if (starts_with_word(text, word)) return true;
    }
    return false;
}

// The unit word at the cursor, if any.
std::optional<Token> take_unit(Cursor& c, bool allow_ratio) {
    auto token = match(units, c.rest(), allow_ratio, true);
    if (token) c.pos += token->text.size();
    return token;
}

// The magnitude at the cursor. Written right after the number it may run into a unit
// ("3Mwafers") or into junk, and is still taken so the error points at what follows
// ("15Bx": unexpected "x" after "15B").
std::optional<Token> take_magnitude(Cursor& c, bool allow_ratio, bool attached) {
    if (match(units, c.rest(), allow_ratio, true)) return std::nullopt;
    auto token = match(magnitudes, c.rest(), allow_ratio, !attached);
    if (token) c.pos += token->text.size();
    return token;
}

}  // namespace

// ---- parse_quantity ---------------------------------------------------------------------

std::string_view unit_noun(model::Unit unit) { return spec(unit).noun; }
std::string_view unit_examples(model::Unit unit) { return spec(unit).examples; }

model::Result<double> parse_quantity(std::string_view raw, model::Unit unit) {
    const Spec s = spec(unit);
    if (parse::valid_utf8_length(raw) != raw.size()) {
        return model::Error{"",
                            "The text contains bytes that are not UTF-8 characters; type "
                            "the value again as " +
                                std::string(s.noun) + ", such as " + std::string(s.examples) + "."};
    }
    const std::string_view text = trim(raw);
    if (text.empty()) {
        return model::Error{"", "Enter " + std::string(s.noun) + ", such as " + std::string(s.examples) + "."};
    }
    const bool allow_ratio = s.numerator.family == Family::ratio;
    Cursor c{text};
    const auto word_before = [&](const Token& token) {
        return quoted(text.substr(c.pos - token.text.size(), token.text.size()));
    };

    // "-$5", "$-5" and "+5" are all fine; the field's bounds decide whether a sign makes sense.
    const auto take_sign = [&] {
        c.skip_spaces();
        if (c.take("-") || c.take("\xE2\x88\x92")) return -1.0;
        return c.take("+") ? 1.0 : 0.0;
    };
    double sign = take_sign();
    c.skip_spaces();
    const bool dollar = c.take("$");
    if (sign == 0.0) sign = take_sign();
    if (dollar && s.numerator.family != Family::money) {
        return failure(text, s, "“$” is " + std::string(family_phrase(Family::money)));
    }
    c.skip_spaces();
    if (is_non_finite_word(c.rest())) return failure(text, s, "it must be a finite number");

    Number number;
    if (auto problem = read_number(c, number)) return failure(text, s, *problem);

    Conversion conversion;
    const std::size_t number_end = c.pos;
    c.skip_spaces();
    if (auto magnitude = take_magnitude(c, allow_ratio, c.pos == number_end)) {
        conversion.exponent += static_cast<long long>(magnitude->size);
    }

    c.skip_spaces();
    if (auto token = take_unit(c, allow_ratio)) {
        if (!fits(token->family, s.numerator.family)) {
            return failure(text, s, word_before(*token) + " is " + std::string(family_phrase(token->family)));
        }
        conversion.add(token->family, token->size, s.numerator.size, false);
    }

    // Denominators, each used once: "$2B/GW/yr" and "$2B per GW-year" both fill per-GW and
    // per-year. A denominator where the unit has none is left for the "unexpected" message.
    const bool has_per = s.denominators[0].family != Family::none;
    std::array<bool, 2> used{};
    for (bool first = true; has_per; first = false) {
        const std::size_t before = c.pos;
        c.skip_spaces();
        bool joined = false;
        for (std::string_view word : per_words) joined = joined || c.take(word);
        for (std::string_view word : joiners) joined = joined || (!first && c.take(word));
        c.skip_spaces();
        const auto token = joined ? take_unit(c, allow_ratio) : std::nullopt;
        if (!token) {
            c.pos = before;
            break;
        }
        std::size_t slot = 0;
        while (slot < 2 && (used[slot] || s.denominators[slot].family != token->family)) ++slot;
        if (slot == 2) {
            return failure(text, s, word_before(*token) + " is " + std::string(family_phrase(token->family)));
        }
        used[slot] = true;
        conversion.add(token->family, token->size, s.denominators[slot].size, true);
    }

    c.skip_spaces();
    if (!c.at_end()) {
        return failure(text, s, "unexpected " + quoted(c.rest()) + " after " + quoted(trim(text.substr(0, c.pos))));
    }
    const double value = to_double(number, conversion.exponent) * conversion.factor;
    if (!std::isfinite(value)) return failure(text, s, "the number is too large");
    return sign < 0.0 ? -value : value;
}

model::Result<double> check_magnitude(double value, std::string_view path) {
    if (std::isfinite(value) && std::abs(value) <= max_input_magnitude) return value;
    return model::Error{std::string(path), std::string(path) + " must be a finite number of at most " +
                                               model::number_text(max_input_magnitude) +
                                               " in size; larger values are typing slips, not deals (got " +
                                               model::number_text(value) + ")"};
}

model::Result<double> check_input(double value, const model::InputField& field) {
    const std::string path = field_path(field.section, field.key);
    if (auto error = model::check_bounds(path, value, field.bounds)) return *error;
    return check_magnitude(value, path);
}

model::Result<double> parse_bounded(std::string_view text, model::Unit unit, const model::Bounds& bounds,
                                    std::string_view path) {
    auto parsed = parse_quantity(text, unit);
    if (!parsed) return model::Error{std::string(path), parsed.error().message};
    if (auto error = model::check_bounds(std::string(path), *parsed, bounds)) return *error;
    return check_magnitude(*parsed, path);
}

model::Result<double> parse_input(std::string_view text, const model::InputField& field) {
    return parse_bounded(text, field.unit, field.bounds, field_path(field.section, field.key));
}

}  // namespace boomerang::io
