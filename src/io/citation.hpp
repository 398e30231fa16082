// Citation: where a value in a scenario or book file comes from, an article or our own
// assumption. Files keep them in "sources", keyed by the value's path (docs/SCENARIO.md,
// docs/BOOK.md); the UI shows them beside the value.
#pragma once

#include <string>

namespace boomerang::io {

struct Citation {
    enum class Kind { source, assumption };
    Kind kind = Kind::source;
    // source: "Author, Publication, “Title”"; assumption: why the value is reasonable.
    std::string text;
    std::string quote;  // the article's own words, optional
    std::string note;   // how the value follows from the source, optional ("$15B / $1.25B")

    bool operator==(const Citation&) const = default;
};

}  // namespace boomerang::io
