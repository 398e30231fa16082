// The dates of a deal a sentence states: when deployment or payments start ("starting in the
// second half of 2026"), the last month paid ("through May 2029") and the day it was
// announced ("announced on May 6, 2026"), with where they stand in the text.
//
// A layer of the headline parser (docs/PARSE.md): deterministic, no network, no model
// weights. A date counts only when a role word next to it says which of the three it is, so
// the other years of a sentence ("since its founding in 2023", "capex in 2026") are left out.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/calendar.hpp"
#include "parse/quantities.hpp"

namespace boomerang::parse {

enum class DateRole {
    start,      // "starting in 2027", "set to begin in the third quarter of 2026"
    end,        // "through May 2029", "extending through 2028": the last month paid
    announced,  // "announced on Monday, January 26, 2026"
};

struct DateMention {
    DateRole role = DateRole::start;
    model::Date date;  // day 0 unless the text gives one
    Span span;         // the role word and the date
};

// Every date of the deal `text` states, in order. A date names a stretch of months ("2031",
// "the second half of 2026", "May and June 2026"): a start takes its first month, an end its
// last. `reference` is the day the text was written; it resolves "this year", "next month",
// "within the month" and "immediately", which are left out without it.
std::vector<DateMention> find_dates(std::string_view text, std::optional<model::Date> reference);

}  // namespace boomerang::parse
