// Companies off the built-in list (mentions.hpp), found by where they stand: a capitalised
// name in a party's place ("a lease with Applied Digital", "Bitcoin miner TeraWulf announced",
// "Poolside is raising"). Part of the headline parser (docs/PARSE.md).
#pragma once

#include <string_view>
#include <vector>

#include "parse/mentions.hpp"

namespace boomerang::parse {

// The capitalised names in `text` that stand in a party's place and are not among `known`
// (the built-in list's mentions), each under its name as written ("Blue Owl Capital"), in order.
std::vector<CompanyMention> find_named_parties(std::string_view text, const std::vector<CompanyMention>& known);

// `known` and `named` together, in the order they stand in the text.
std::vector<CompanyMention> merged_mentions(std::vector<CompanyMention> known, std::vector<CompanyMention> named);

}  // namespace boomerang::parse
