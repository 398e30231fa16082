// Which draft field a quantity fills, from the words around it: "$100 billion in OpenAI" is
// an investment, "a $300 billion deal" a contract's headline value, "Oracle's stock rose to
// $308" nothing. Part of the headline parser's top layer (headline.hpp).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "parse/headline.hpp"
#include "parse/words.hpp"

namespace boomerang::parse {

struct FieldChoice {
    std::string_view key;  // book key: "financing.amount_usd", "exit.headline_value_usd", …
    Confidence confidence = Confidence::sure;
};

// The field the quantity at `words[at]` fills within the clause [begin, end), if any.
std::optional<FieldChoice> field_for(const std::vector<Word>& words, std::size_t at, std::size_t begin, std::size_t end,
                                     const Quantity& quantity);

// The book's name for a bound ("up_to", …); empty for an exact value.
std::string_view qualifier_name(Bound bound);

}  // namespace boomerang::parse
