#include "model/calendar.hpp"

#include <cstdio>

namespace boomerang::model {

namespace {

bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap_year(year) ? 29 : days[month - 1];
}

// Reads exactly `count` digits at text[at...]; -1 if any is not a digit.
int digits(const std::string& text, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

bool is_valid(const Date& date) {
    if (date.year < earliest_year || date.year > latest_year) return false;
    if (date.month < 1 || date.month > 12) return false;
    return date.day >= 0 && date.day <= days_in_month(date.year, date.month);
}

std::string date_text(const Date& date) {
    char text[16];
    if (date.day == 0) {
        std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
    } else {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    }
    return text;
}

std::optional<Date> parse_date(const std::string& text) {
    if (text.size() != 7 && text.size() != 10) return std::nullopt;
    if (text[4] != '-' || (text.size() == 10 && text[7] != '-')) return std::nullopt;
    Date date{digits(text, 0, 4), digits(text, 5, 2), text.size() == 10 ? digits(text, 8, 2) : 0};
    if (date.year < 0 || date.month < 0 || date.day < 0) return std::nullopt;
    if (text.size() == 10 && date.day == 0) return std::nullopt;
    if (!is_valid(date)) return std::nullopt;
    return date;
}

}  // namespace boomerang::model
