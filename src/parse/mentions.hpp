// The companies a sentence names and the words that tell a deal's status, with where they
// stand in the text: the second layer of the headline parser (docs/PARSE.md). Which company
// is the buyer, the seller or the investor is decided above, from the verbs between them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/deal.hpp"
#include "parse/quantities.hpp"

namespace boomerang::parse {

struct CompanyMention {
    std::string name;  // canonical: "Nvidia" for "NVIDIA", "Amazon" for "AWS"
    Span span;
};

// The companies of the built-in list (with their aliases) that `text` names, in order. A
// name must stand as a whole word, in its usual capitals ("Meta", not "meta-analysis").
std::vector<CompanyMention> find_companies(std::string_view text);

// Whether `name` is a canonical name of the built-in list (not a name found by its place).
bool is_listed_company(std::string_view name);

struct StatusMention {
    model::DealStatus status = model::DealStatus::reported;
    Span span;
};

// What the sentence says of the deal's standing: "letter of intent", "non-binding",
// "memorandum of understanding", "MOU", "intends to", "intent" (a letter of intent);
// "reportedly", "reported", "a report", "people familiar", "citing", "in talks", "is said to"
// (reported); "definitive agreement", "signed", "has agreed to" (definitive). A letter of intent wins over "signed" ("signed a non-binding letter of
// intent"), and a report over a signature it reports. None when the sentence says nothing.
std::optional<StatusMention> find_status(std::string_view text);

}  // namespace boomerang::parse
