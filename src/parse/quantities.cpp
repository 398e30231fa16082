// Index: tokens | numbers | units | find_quantities
#include "parse/quantities.hpp"

#include "parse/utf8.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace boomerang::parse {

namespace {

// ---- Tokens ----------------------------------------------------------------------------------

enum class TokenType { word, number, symbol };

struct Token {
    TokenType type = TokenType::symbol;
    std::string text;  // words lowercased; a symbol's bytes (one UTF-8 character)
    double number = 0.0;
    Span span;
    bool spaced = true;  // whitespace comes before it
};

bool is_letter(unsigned char c) { return std::isalpha(c) != 0; }
bool is_digit(unsigned char c) { return std::isdigit(c) != 0; }

// Words, numbers ("1,250", "3.959", ".5") and single characters. Letters right after digits
// start a word of their own ("1.25bn" → 1.25, "bn"), as do digits after letters.
std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    bool spaced = true;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c)) {
            spaced = true;
            ++i;
            continue;
        }
        Token token;
        token.span.begin = i;
        token.spaced = spaced;
        spaced = false;
        if (is_digit(c) || (c == '.' && i + 1 < text.size() && is_digit(static_cast<unsigned char>(text[i + 1])))) {
            std::string digits;
            bool point = false;
            while (i < text.size()) {
                const auto d = static_cast<unsigned char>(text[i]);
                const bool next_digit = i + 1 < text.size() && is_digit(static_cast<unsigned char>(text[i + 1]));
                if (is_digit(d)) {
                    digits += static_cast<char>(d);
                } else if (d == ',' && next_digit && !point && !digits.empty()) {
                    // a thousands separator: "1,250"
                } else if (d == '.' && next_digit && !point) {
                    digits += '.';
                    point = true;
                } else {
                    break;
                }
                ++i;
            }
            token.type = TokenType::number;
            token.number = std::strtod(digits.c_str(), nullptr);  // huge: +inf, dropped below
            token.text = digits;
        } else if (is_letter(c)) {
            token.type = TokenType::word;
            while (i < text.size() && (is_letter(static_cast<unsigned char>(text[i])) || text[i] == '\'')) {
                token.text += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
                ++i;
            }
            // "days' notice": the apostrophe is the phrase's, not the word's.
            while (!token.text.empty() && token.text.back() == '\'') {
                token.text.pop_back();
                --i;
            }
        } else {
            // One UTF-8 character: its lead byte and continuation bytes.
            const std::size_t end = utf8_next(text, i);
            token.text = std::string(text.substr(i, end - i));
            i = end;
        }
        token.span.end = i;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

// ---- Numbers ---------------------------------------------------------------------------------

constexpr std::array<std::string_view, 20> kSmallNumbers = {
    "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
    "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

std::optional<double> number_word(std::string_view word) {
    for (std::size_t n = 0; n < kSmallNumbers.size(); ++n) {
        if (kSmallNumbers[n] == word) return static_cast<double>(n);
    }
    for (std::size_t n = 0; n < kTens.size(); ++n) {
        if (kTens[n] == word) return static_cast<double>(20 + 10 * n);
    }
    return std::nullopt;
}

std::optional<double> magnitude(std::string_view word) {
    if (word == "thousand" || word == "k") return 1e3;
    if (word == "million" || word == "millions" || word == "m" || word == "mn" || word == "mln") return 1e6;
    if (word == "billion" || word == "billions" || word == "b" || word == "bn" || word == "bln") return 1e9;
    if (word == "trillion" || word == "t" || word == "tn") return 1e12;
    return std::nullopt;
}

class Reader {
public:
    explicit Reader(const std::vector<Token>& tokens) : tokens_(tokens) {}

    bool word_at(std::size_t i, std::string_view word) const {
        return i < tokens_.size() && tokens_[i].type == TokenType::word && tokens_[i].text == word;
    }
    bool symbol_at(std::size_t i, std::string_view symbol) const {
        return i < tokens_.size() && tokens_[i].type == TokenType::symbol && tokens_[i].text == symbol;
    }
    // Words `words` (space separated) from token i on; returns the token after them.
    std::optional<std::size_t> words_at(std::size_t i, std::string_view words) const {
        while (!words.empty()) {
            const std::size_t space = words.find(' ');
            if (!word_at(i, words.substr(0, space))) return std::nullopt;
            ++i;
            words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
        }
        return i;
    }
    // Words ending just before token `end`; returns the first of them.
    std::optional<std::size_t> words_before(std::size_t end, std::string_view words) const {
        std::size_t count = 1;
        for (char c : words) count += c == ' ';
        if (end < count) return std::nullopt;
        const std::size_t first = end - count;
        if (words_at(first, words) != end) return std::nullopt;
        return first;
    }

    // A number at token i: digits or number words ("six hundred", "twenty-five"), with a
    // magnitude ("1.25bn", "4 million"). Returns the value, the token after it, and whether a
    // magnitude was written.
    struct Number {
        double value = 0.0;
        double written = 0.0;  // before the magnitude
        std::size_t next = 0;
        bool scaled = false;
    };
    std::optional<Number> number_at(std::size_t i) const {
        if (i >= tokens_.size()) return std::nullopt;
        Number n;
        if (tokens_[i].type == TokenType::number) {
            n.value = tokens_[i].number;
            n.next = i + 1;
        } else if (auto word = tokens_[i].type == TokenType::word ? number_word(tokens_[i].text) : std::nullopt) {
            n.value = *word;
            n.next = i + 1;
            if (*word >= 20 && symbol_at(n.next, "-") && n.next + 1 < tokens_.size()) {
                if (auto unit = number_word(tokens_[n.next + 1].text); unit && *unit < 10) {
                    n.value += *unit;
                    n.next += 2;
                }
            }
            if (word_at(n.next, "hundred")) {
                n.value *= 100;
                ++n.next;
            }
        } else {
            return std::nullopt;
        }
        n.written = n.value;
        if (n.next < tokens_.size() && tokens_[n.next].type == TokenType::word) {
            // "1.25bn", "4 million"; a lone "m" or "b" only when it is written onto the digits.
            const Token& next = tokens_[n.next];
            const bool short_form = next.text.size() <= 2;
            if (auto scale = magnitude(next.text); scale && (!short_form || !next.spaced)) {
                n.value *= *scale;
                n.scaled = true;
                ++n.next;
            }
        }
        return n;
    }

    const std::vector<Token>& tokens() const { return tokens_; }

private:
    const std::vector<Token>& tokens_;
};

// ---- Units -----------------------------------------------------------------------------------

bool is_gpu_word(std::string_view w) {
    return w == "gpus" || w == "gpu" || w == "chips" || w == "accelerators" || w == "tpus" || w == "xpus";
}
// Words that start another phrase, so a count's noun is not looked for past them.
bool is_small_word(std::string_view w) {
    for (std::string_view small :
         {"of",   "in",   "to",    "for", "with", "at",    "by",   "the",  "a",    "an",     "and", "or", "on",
          "from", "that", "which", "as",  "per",  "worth", "over", "than", "into", "across", "is",  "are"}) {
        if (w == small) return true;
    }
    return false;
}

bool is_unit_word(std::string_view w) {
    return is_gpu_word(w) || w == "shares" || w == "share" || w == "gigawatts" || w == "gigawatt" || w == "gw" ||
           w == "megawatts" || w == "megawatt" || w == "mw" || w == "days" || w == "day" || w == "months" ||
           w == "month" || w == "years" || w == "year" || w == "dollars" || w == "percent";
}

// "a month", "per month", "every month", "monthly", "/month": the token after, or nothing.
std::optional<std::size_t> per(const Reader& r, std::size_t i, std::string_view unit, std::string_view adverb) {
    if (r.word_at(i, adverb)) return i + 1;
    for (std::string_view lead : {"a", "per", "each", "every", "an"}) {
        if (r.word_at(i, lead) && r.word_at(i + 1, unit)) return i + 2;
    }
    if (r.symbol_at(i, "/") && r.word_at(i + 1, unit)) return i + 2;
    return std::nullopt;
}

// ---- Bounds ----------------------------------------------------------------------------------

struct BoundWords {
    std::string_view words;
    Bound bound;
};
constexpr std::array<BoundWords, 22> kBoundWords = {{
    {"up to", Bound::up_to},           {"as much as", Bound::up_to},
    {"as many as", Bound::up_to},      {"under", Bound::up_to},
    {"less than", Bound::up_to},       {"more than", Bound::more_than},
    {"over", Bound::more_than},        {"in excess of", Bound::more_than},
    {"upwards of", Bound::more_than},  {"at least", Bound::at_least},
    {"a minimum of", Bound::at_least}, {"no less than", Bound::at_least},
    {"about", Bound::about},           {"around", Bound::about},
    {"roughly", Bound::about},         {"approximately", Bound::about},
    {"nearly", Bound::about},          {"almost", Bound::about},
    {"close to", Bound::about},        {"some", Bound::about},
    {"an estimated", Bound::about},    {"estimated", Bound::about},
}};

// The bound written before token `first`, and where its words begin.
std::pair<Bound, std::size_t> bound_before(const Reader& r, std::size_t first) {
    if (first > 0 && r.symbol_at(first - 1, "~")) return {Bound::about, first - 1};
    for (const BoundWords& b : kBoundWords) {
        if (auto start = r.words_before(first, b.words)) return {b.bound, *start};
    }
    return {Bound::exact, first};
}

}  // namespace

// ---- find_quantities -------------------------------------------------------------------------

std::vector<Quantity> find_quantities(std::string_view text) {
    const std::vector<Token> tokens = tokenize(text);
    const Reader r(tokens);
    std::vector<Quantity> out;
    for (std::size_t i = 0; i < tokens.size();) {
        // Currency before the number: "$", "US$", "USD", "US $".
        std::size_t at = i;
        bool dollars = false;
        if (r.symbol_at(at, "$")) {
            dollars = true;
            ++at;
        } else if ((r.word_at(at, "us") && r.symbol_at(at + 1, "$"))) {
            dollars = true;
            at += 2;
        } else if (r.word_at(at, "usd") && r.number_at(at + 1)) {
            dollars = true;
            ++at;
        }
        std::optional<Reader::Number> number = r.number_at(at);
        if (!number) {
            ++i;
            continue;
        }
        auto [bound, first] = bound_before(r, i);
        std::size_t next = number->next;
        double value = number->value;
        std::optional<double> high;
        bool more = false;
        if (r.symbol_at(next, "+")) {  // "300+ megawatts", "220K+"
            more = true;
            ++next;
        }
        // A range: "4 to 5 million", "$10 billion to $12 billion", "between 4 and 5".
        const bool between = r.words_before(first, "between").has_value();
        if (between) first -= 1;
        if (r.word_at(next, between ? "and" : "to") ||
            (!between && (r.symbol_at(next, "-") || r.symbol_at(next, "–")))) {
            std::size_t other = next + 1;
            const bool other_dollars = r.symbol_at(other, "$");
            if (other_dollars) ++other;
            if (auto upper = r.number_at(other)) {
                high = upper->value;
                // "4 to 5 million": the magnitude written once holds for both.
                if (upper->scaled && !number->scaled && upper->written != 0.0) value *= upper->value / upper->written;
                next = upper->next;
                bound = Bound::range;
            }
        }
        if (more) bound = Bound::more_than;

        // The unit after the number.
        std::optional<QuantityKind> kind;
        double scale = 1.0;
        if (r.word_at(next, "dollars") || r.word_at(next, "usd")) {
            dollars = true;
            ++next;
        } else if (r.word_at(next, "cents") || r.word_at(next, "cent")) {
            dollars = true;
            scale = 0.01;
            ++next;
        }
        if (dollars) {
            kind = QuantityKind::usd;
            if (auto after = per(r, next, "month", "monthly")) {
                kind = QuantityKind::usd_per_month;
                next = *after;
            } else if (auto after_year = per(r, next, "year", "annually")) {
                kind = QuantityKind::usd_per_year;
                next = *after_year;
            } else if (auto after_share = per(r, next, "share", "each")) {
                kind = QuantityKind::usd_per_share;
                next = *after_share;
            }
        } else if (r.symbol_at(next, "%") || r.word_at(next, "percent")) {
            kind = QuantityKind::percent;
            scale = 0.01;
            ++next;
        } else if (r.word_at(next, "gigawatts") || r.word_at(next, "gigawatt") || r.word_at(next, "gw")) {
            kind = QuantityKind::gw;
            ++next;
        } else if (r.word_at(next, "megawatts") || r.word_at(next, "megawatt") || r.word_at(next, "mw")) {
            kind = QuantityKind::gw;
            scale = 1e-3;
            ++next;
        } else {
            // "90 days", "90-day", "a 12-month term", "five years"; a count within three
            // words of its noun: "220,000 Nvidia GPUs", "160 million AMD shares".
            std::size_t unit = r.symbol_at(next, "-") ? next + 1 : next;
            if (r.word_at(unit, "days") || r.word_at(unit, "day")) {
                kind = QuantityKind::days;
            } else if (r.word_at(unit, "months") || r.word_at(unit, "month")) {
                kind = QuantityKind::months;
            } else if (r.word_at(unit, "years") || r.word_at(unit, "year")) {
                kind = QuantityKind::years;
            } else {
                // Names and models may stand between: "200,000 NVIDIA Corp. (NASDAQ:NVDA) GB300
                // GPUs", "220,000+ NVIDIA H100/H200/GB200 GPUs"; a small word ends the search.
                for (std::size_t k = next; k < next + 12 && k < tokens.size(); ++k) {
                    const Token& t = tokens[k];
                    // "GB300", and "Trainium 2" after a name
                    const bool model_number =
                        t.type == TokenType::number &&
                        (!t.spaced || (t.number < 10 && k > next && tokens[k - 1].type == TokenType::word));
                    const bool inside_name =
                        t.type == TokenType::symbol && !t.spaced &&
                        (t.text == "/" || t.text == ":" || t.text == ")" ||
                         (t.text == "." && k > 0 && (tokens[k - 1].text == "corp" || tokens[k - 1].text == "inc")));
                    const bool opens = t.type == TokenType::symbol && t.text == "(";
                    if (t.type != TokenType::word && !model_number && !inside_name && !opens) break;
                    if (t.type != TokenType::word) continue;
                    if (is_small_word(t.text)) break;
                    if (is_gpu_word(t.text)) kind = QuantityKind::gpus;
                    if (t.text == "shares") kind = QuantityKind::shares;
                    if (is_unit_word(t.text) || magnitude(t.text)) {
                        unit = k;
                        break;
                    }
                }
            }
            if (kind) next = unit + 1;
            // "over five years" is a span of time, not more than five years.
            if (kind &&
                (*kind == QuantityKind::days || *kind == QuantityKind::months || *kind == QuantityKind::years) &&
                bound == Bound::more_than && !more && r.word_at(first, "over")) {
                bound = Bound::exact;
            }
        }
        if (!kind || !std::isfinite(value) || (high && !std::isfinite(*high))) {
            i = number->next;
            continue;
        }
        Quantity q;
        q.kind = *kind;
        q.value = value * scale;
        if (high) q.high = *high * scale;
        q.bound = bound;
        q.span = {tokens[first].span.begin, tokens[next - 1].span.end};
        out.push_back(q);
        i = next;
    }
    return out;
}

}  // namespace boomerang::parse
