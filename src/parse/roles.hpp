// Who is who in a clause: which company buys compute, which sells it, which invests and
// which is invested in, read from the verbs and prepositions around each name ("X will
// invest … in Y", "Y will pay X", "X issued Y a warrant", "a deal with X"). Part of the
// headline parser's top layer (headline.hpp).
#pragma once

#include <string>
#include <vector>

#include "parse/headline.hpp"
#include "parse/words.hpp"

namespace boomerang::parse {

enum class Role {
    buyer,         // pays for compute, or receives the money invested
    seller,        // provides compute, or grants the warrants
    investor,      // puts money into the buyer
    counterparty,  // in a deal whose words don't say which side ("a deal with Oracle")
};

struct Party {
    std::string name;
    Role role = Role::counterparty;
    Confidence confidence = Confidence::sure;
    std::size_t word = 0;  // where the name stands
    int group = -1;        // parties in one list ("SoftBank, Nvidia and Amazon") share a group
};

// The parties of the clause words[begin, end), each company once, counterparties resolved
// into buyers and sellers where the words or the supply chain (a lab buys from a cloud, a
// cloud from a chipmaker) tell.
std::vector<Party> parties_in(const std::vector<Word>& words, std::size_t begin, std::size_t end);

}  // namespace boomerang::parse
