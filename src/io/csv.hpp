// The commitment schedule as CSV (RFC 4180): a header row of the model's names with their
// units, one row per month, CRLF line ends, fields quoted only when they must be.
#pragma once

#include "model/commitment.hpp"

#include <array>
#include <string>
#include <string_view>

namespace boomerang::io {

// The schedule's money columns after "month", as in the CSV header and in results JSON.
struct ScheduleColumn {
    std::string_view key;
    double model::CommitmentMonth::*value;
};

inline constexpr std::array<ScheduleColumn, 5> schedule_columns{{
    {"paid_usd", &model::CommitmentMonth::paid_usd},
    {"paid_cumulative_usd", &model::CommitmentMonth::paid_cumulative_usd},
    {"committed_usd", &model::CommitmentMonth::committed_usd},
    {"firm_usd", &model::CommitmentMonth::firm_usd},
    {"expected_usd", &model::CommitmentMonth::expected_usd},
}};

// One field, quoted when it holds a comma, a double quote, CR or LF ("a""b" for a"b).
std::string csv_field(std::string_view text);

// The shortest text that reads back as the same double ("15000000000", "0.1"), in any
// locale; empty for NaN and infinities.
std::string csv_number(double value);

// month,paid_usd,paid_cumulative_usd,committed_usd,firm_usd,expected_usd
std::string schedule_csv(const model::CommitmentResults& commitment);

}  // namespace boomerang::io
