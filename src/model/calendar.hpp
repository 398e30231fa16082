// Calendar months: deals are announced on a day, start in a month and pay monthly.
//
// Schedules count whole months; a Date keeps the day only when the source gives one
// (announcements, status changes). Month indexes are year × 12 + (month − 1), so the
// difference of two indexes is a number of months.
#pragma once

#include <optional>
#include <string>

namespace boomerang::model {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31, or 0 when only the month is known

    bool operator==(const Date&) const = default;
};

// Years a deal's date may fall in: earlier or later dates are typing slips.
inline constexpr int earliest_year = 1990;
inline constexpr int latest_year = 2100;

// A real calendar date (day 0 allowed) between earliest_year and latest_year.
bool is_valid(const Date& date);

inline int month_index(const Date& date) { return date.year * 12 + (date.month - 1); }
inline Date date_of_month(int index) { return Date{index / 12, index % 12 + 1, 0}; }
inline int year_of_month(int index) { return index / 12; }

// "2026-05" or "2026-05-06": the spelling of book files.
std::string date_text(const Date& date);
// Reads "2026-05" or "2026-05-06"; nullopt for anything else or an impossible date. A year
// alone is refused: "2026" would have to pick a month the source did not give.
std::optional<Date> parse_date(const std::string& text);

}  // namespace boomerang::model
