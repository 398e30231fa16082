// A sentence as the role layer reads it: lowercase words and punctuation, with each company
// mention and each quantity folded into one word of its own, so that rules can say "a company,
// then 'will invest', then a sum" without caring how the name or the number was written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/mentions.hpp"
#include "parse/quantities.hpp"

namespace boomerang::parse {

enum class WordKind { word, company, quantity, punctuation };

struct Word {
    WordKind kind = WordKind::word;
    std::string text;  // a word lowercased ("'s" for a possessive); a company's canonical name;
                       // punctuation as written ("," ";" "—")
    Span span;
    int index = -1;  // into the companies or the quantities the words were built from
};

// `companies` and `quantities` as found in `text`, each in order.
std::vector<Word> words_of(std::string_view text, const std::vector<CompanyMention>& companies,
                           const std::vector<Quantity>& quantities);

// The index of the word after words[at], past a parenthesis right after it ("$30 billion
// (€28 billion) from SoftBank"): `end` when there is none before `end`.
std::size_t next_past_brackets(const std::vector<Word>& words, std::size_t at, std::size_t end);

// The index of the word before words[at], past a parenthesis right before it; `at` when none.
std::size_t previous_past_brackets(const std::vector<Word>& words, std::size_t at, std::size_t begin);

// Whether `word` is a plain word among `any`.
bool is_one_of(const Word& word, std::initializer_list<std::string_view> any);

}  // namespace boomerang::parse
