#include "parse/words.hpp"

#include "parse/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace boomerang::parse {

namespace {

bool word_byte(unsigned char c) { return std::isalnum(c) != 0 || c == '&'; }

bool is_apostrophe(std::string_view text, std::size_t at) {
    return text.compare(at, 1, "'") == 0 || text.compare(at, 3, "\u2019") == 0;
}

}  // namespace

std::size_t next_past_brackets(const std::vector<Word>& words, std::size_t at, std::size_t end) {
    std::size_t next = at + 1;
    if (next < end && words[next].text == "(") {
        while (next < end && words[next].text != ")") ++next;
        ++next;
    }
    return std::min(next, end);
}

std::size_t previous_past_brackets(const std::vector<Word>& words, std::size_t at, std::size_t begin) {
    if (at <= begin) return at;
    std::size_t previous = at - 1;
    if (words[previous].text == ")") {
        while (previous > begin && words[previous].text != "(") --previous;
        if (previous == begin) return at;
        --previous;
    }
    return previous;
}

bool is_one_of(const Word& word, std::initializer_list<std::string_view> any) {
    return word.kind == WordKind::word && std::find(any.begin(), any.end(), word.text) != any.end();
}

std::vector<Word> words_of(std::string_view text, const std::vector<CompanyMention>& companies,
                           const std::vector<Quantity>& quantities) {
    std::vector<Word> words;
    std::size_t next_company = 0, next_quantity = 0;
    for (std::size_t at = 0; at < text.size();) {
        // Quantities first: "$1.25bn" holds no company, but "220,000 Nvidia GPUs" does.
        while (next_quantity < quantities.size() && quantities[next_quantity].span.end <= at) ++next_quantity;
        while (next_company < companies.size() && companies[next_company].span.end <= at) ++next_company;
        if (next_quantity < quantities.size() && quantities[next_quantity].span.begin == at) {
            const Quantity& q = quantities[next_quantity];
            words.push_back({WordKind::quantity, "#", q.span, static_cast<int>(next_quantity)});
            at = q.span.end;
            continue;
        }
        if (next_company < companies.size() && companies[next_company].span.begin == at) {
            const CompanyMention& c = companies[next_company];
            words.push_back({WordKind::company, c.name, c.span, static_cast<int>(next_company)});
            at = c.span.end;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[at]);
        if (std::isspace(c)) {
            ++at;
        } else if (is_apostrophe(text, at)) {
            // "Nvidia's", "Nvidia’s", "Nebius’": a possessive reads as "'s".
            const std::size_t length = text[at] == '\'' ? 1 : 3;
            const bool s =
                at + length < text.size() && (text[at + length] == 's' || text[at + length] == 'S') &&
                (at + length + 1 >= text.size() || !word_byte(static_cast<unsigned char>(text[at + length + 1])));
            const bool after_word = !words.empty() && words.back().span.end == at;
            const std::size_t end = at + length + (s ? 1 : 0);
            if (after_word) words.push_back({WordKind::word, "'s", {at, end}});
            at = end;
        } else if (word_byte(c)) {
            Word word{WordKind::word, "", {at, at}};
            while (at < text.size() &&
                   (word_byte(static_cast<unsigned char>(text[at])) ||
                    (text[at] == '-' && at + 1 < text.size() && word_byte(static_cast<unsigned char>(text[at + 1]))))) {
                word.text += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
                ++at;
            }
            word.span.end = at;
            words.push_back(std::move(word));
        } else {
            const std::size_t end = utf8_next(text, at);
            words.push_back({WordKind::punctuation, std::string(text.substr(at, end - at)), {at, end}});
            at = end;
        }
    }
    return words;
}

}  // namespace boomerang::parse
