// Investments a sentence spreads over several names: a list of investors ("SoftBank, Nvidia
// and Amazon each …"), a second investor with its own sum and no verb of its own ("Nvidia will
// invest $10 billion and Microsoft $5 billion"), and the company invested in named once for
// all of them ("…, with both backing Anthropic's next round"). Part of the headline parser's
// top layer (headline.hpp).
#pragma once

#include <optional>
#include <vector>

#include "parse/headline.hpp"
#include "parse/roles.hpp"
#include "parse/words.hpp"

namespace boomerang::parse {

// One draft more for each investor listed with the draft's own ("Nvidia and SoftBank are each
// investing $30bn"); the sum goes with each only when the clause says "each".
void add_listed_investors(std::vector<Draft>& drafts, const Draft& draft, const std::vector<Party>& parties,
                          const std::vector<Word>& words, Span clause);

// "and Microsoft up to $5 billion": a clause of a name and a sum only, which repeats the verb
// of the draft before it: the name takes that draft's party role, the sum its money field.
std::optional<Draft> read_gapped_clause(const std::vector<Word>& words, Span clause,
                                        const std::vector<Quantity>& quantities, const Draft& previous);

// Drafts of investments that do not name the company invested in take the one another
// draft of the sentence names, as a guess.
void share_investee(std::vector<Draft>& drafts);

}  // namespace boomerang::parse
