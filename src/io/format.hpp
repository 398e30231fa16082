// Numbers for people: the one place the CLI and the UI turn values into text.
//
// Rules (tests/io/format_test.cpp states each with examples):
//   - Amounts with a scale — dollars ($K $M $B $T), counts (k M B T), power (GW, or MW
//     below 1 GW), energy (TWh) — show three significant digits, trailing zeros dropped,
//     but always one decimal below 10: "$1.25B", "$15B", "$120B", "$1.0T", "6.0 GW",
//     "750 MW", "3.0M GPUs", "500k GPUs". The scale is picked after rounding, so $999.96B
//     is "$1.0T", not "$1000B".
//   - Dollars below $1,000 show cents unless whole: "$650", "$2.41", "$0.01"; a price per
//     GPU-hour always shows cents: "$2.00/GPU-h".
//   - Percentages, multiples and durations show three significant digits, trailing zeros
//     dropped: "25%", "2.5%", "0.19×", "90 days", "2.96 months", "1 year".
//   - Integer parts of four or more digits are grouped with ",": "1,000 GW", "3,653 days".
//   - NaN and infinities show as "n/a" (ASCII, so every font and CSV reader shows it).
//   - Negative values lead with "-": "-$1.25B".
// Text is built from integers, never through printf's "%f" or a std::locale, so it is the
// same in every locale and in the browser.
#pragma once

#include "model/fields.hpp"

#include <string>

namespace boomerang::io {

// What non-finite values show as.
inline constexpr const char* not_available = "n/a";

std::string format_usd(double usd);               // "$1.25B", "$2.41"
std::string format_usd_per_gpu_hour(double usd);  // "$2.41/GPU-h"
std::string format_gw(double gw);                 // "6.0 GW", "750 MW"
std::string format_twh(double twh);               // "42 TWh"
std::string format_count(double count);           // "500k", "3.0M", "750"
std::string format_gpus(double gpus);             // "3.0M GPUs", "1 GPU"
std::string format_percent(double fraction);      // 0.25 -> "25%"
std::string format_ratio(double ratio);           // "1.2×"
std::string format_days(double days);             // "90 days", "1 day"
std::string format_months(double months);         // "12 months"
std::string format_years(double years);           // "5 years"
std::string format_number(double value);          // three significant digits

// The value of a field in `unit`, with its unit: format_value(20e9, Unit::usd_per_gw) is
// "$20B/GW"; a calendar year is "2025".
std::string format_value(double value, model::Unit unit);

}  // namespace boomerang::io
