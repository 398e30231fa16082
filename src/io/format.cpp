// Index: rounding | digits to text | scales | the formats
#include "io/format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace boomerang::io {

namespace {

// ---- Rounding ---------------------------------------------------------------------------
// A non-negative value rounded to a decimal: digits / 10^decimals.
struct Decimal {
    long long digits = 0;
    int decimals = 0;
};

constexpr long long power_of_ten(int n) {
    long long p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

// Values at or above this are written in scientific notation: their digits would not fit
// the 64-bit integers the text is built from.
constexpr double largest_fixed = 1e15;
// Fewer decimals than this are enough for any value people read.
constexpr int most_decimals = 12;

// `value` (finite, 0 <= value < largest_fixed) to `significant` digits; digits before the
// decimal point are never dropped (1234 stays 1234).
Decimal round_significant(double value, int significant) {
    if (value == 0.0) return {};
    const int magnitude = static_cast<int>(std::floor(std::log10(value)));
    int decimals = std::clamp(significant - 1 - magnitude, 0, most_decimals);
    long long digits = std::llround(value * static_cast<double>(power_of_ten(decimals)));
    if (decimals > 0 && digits >= power_of_ten(significant)) {  // 9.996 rounds up to 10.0
        --decimals;
        digits = std::llround(value * static_cast<double>(power_of_ten(decimals)));
    }
    return {digits, decimals};
}

bool at_least_one(const Decimal& d) { return d.digits >= power_of_ten(d.decimals); }
bool below_ten(const Decimal& d) { return d.digits < 10 * power_of_ten(d.decimals); }

// ---- Digits to text ---------------------------------------------------------------------
// Trailing zeros are dropped down to `min_decimals` (and padded up to it); the integer part
// is grouped by thousands.
std::string to_text(Decimal d, int min_decimals) {
    while (d.decimals > min_decimals && d.digits % 10 == 0) {
        d.digits /= 10;
        --d.decimals;
    }
    while (d.decimals < min_decimals) {
        d.digits *= 10;
        ++d.decimals;
    }
    const long long unit = power_of_ten(d.decimals);
    const std::string whole = std::to_string(d.digits / unit);
    std::string text;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) text += ',';
        text += whole[i];
    }
    if (d.decimals > 0) {
        const std::string fraction = std::to_string(d.digits % unit + unit);  // "1" + zeros
        text += '.' + fraction.substr(1);
    }
    return text;
}

// Three significant digits; `keep_decimal` keeps one decimal below 10 ("6.0"). Values too
// large for the integer digits go to scientific notation ("1.2e+18").
std::string significant_text(double value, bool keep_decimal) {
    if (value >= largest_fixed) {
        const int exponent = static_cast<int>(std::floor(std::log10(value)));
        return significant_text(value / std::pow(10.0, exponent), keep_decimal) + "e+" + std::to_string(exponent);
    }
    const Decimal d = round_significant(value, 3);
    return to_text(d, keep_decimal && below_ten(d) ? 1 : 0);
}

// Non-finite values are "n/a"; negative ones lead with "-" before the formatted magnitude.
template <typename Format>
std::string with_sign(double value, Format format) {
    if (!std::isfinite(value)) return not_available;
    return value < 0.0 ? "-" + format(-value) : format(value);
}

// ---- Scales -----------------------------------------------------------------------------
struct Scale {
    double size;
    const char* suffix;
};

constexpr std::array<Scale, 4> dollar_scales{{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}}};
constexpr std::array<Scale, 4> count_scales{{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}}};

// The largest scale at which `value` rounds to at least 1, or nothing below the smallest.
const Scale* pick_scale(double value, std::span<const Scale> scales) {
    for (const Scale& scale : scales) {
        const double scaled = value / scale.size;
        if (scaled >= largest_fixed || at_least_one(round_significant(scaled, 3))) return &scale;
    }
    return nullptr;
}

std::string scaled_text(double value, const Scale& scale) {
    return significant_text(value / scale.size, true) + scale.suffix;
}

// Dollars below $1,000: cents unless the amount is whole ("$650", "$2.41").
std::string dollars_and_cents(double usd) {
    const long long cents = std::llround(usd * 100.0);
    return "$" + (cents % 100 == 0 ? to_text({cents / 100, 0}, 0) : to_text({cents, 2}, 2));
}

std::string unsigned_usd(double usd) {
    if (const Scale* scale = pick_scale(usd, dollar_scales)) return "$" + scaled_text(usd, *scale);
    return dollars_and_cents(usd);
}

std::string unsigned_count(double count) {
    if (const Scale* scale = pick_scale(count, count_scales)) return scaled_text(count, *scale);
    return significant_text(count, false);
}

std::string unsigned_gw(double gw) {
    if (gw == 0.0) return "0 GW";
    if (gw >= largest_fixed || at_least_one(round_significant(gw, 3))) {
        return significant_text(gw, true) + " GW";
    }
    return significant_text(gw * 1000.0, true) + " MW";
}

// "1 day", "2 days", "0.5 days".
std::string plural(double value, const char* one, const char* many) {
    return with_sign(value, [&](double v) {
        const std::string number = significant_text(v, false);
        return number + " " + (number == "1" ? one : many);
    });
}

std::string plain(double value) {
    return with_sign(value, [](double v) { return significant_text(v, false); });
}

}  // namespace

// ---- The formats ------------------------------------------------------------------------

std::string format_usd(double usd) { return with_sign(usd, unsigned_usd); }

std::string format_usd_per_gpu_hour(double usd) {
    return with_sign(usd, [](double v) {
        if (pick_scale(v, dollar_scales)) return unsigned_usd(v) + "/GPU-h";
        return "$" + to_text({std::llround(v * 100.0), 2}, 2) + "/GPU-h";
    });
}

std::string format_gw(double gw) { return with_sign(gw, unsigned_gw); }

std::string format_twh(double twh) {
    return with_sign(twh, [](double v) { return significant_text(v, true) + " TWh"; });
}

std::string format_count(double count) { return with_sign(count, unsigned_count); }

std::string format_gpus(double gpus) {
    return with_sign(gpus, [](double v) {
        const std::string count = unsigned_count(v);
        return count + (count == "1" ? " GPU" : " GPUs");
    });
}

std::string format_percent(double fraction) {
    return with_sign(fraction, [](double v) { return significant_text(v * 100.0, false) + "%"; });
}

std::string format_ratio(double ratio) { return plain(ratio) + (std::isfinite(ratio) ? "×" : ""); }

std::string format_days(double days) { return plural(days, "day", "days"); }
std::string format_months(double months) { return plural(months, "month", "months"); }
std::string format_years(double years) { return plural(years, "year", "years"); }
std::string format_number(double value) { return plain(value); }

std::string format_value(double value, model::Unit unit) {
    using model::Unit;
    // "$20B" + "/GW"; a non-finite value is only "n/a", without a unit.
    const auto per = [&](const std::string& text, const char* suffix) {
        return std::isfinite(value) ? text + suffix : text;
    };
    switch (unit) {
        case Unit::usd: return format_usd(value);
        case Unit::usd_per_year: return per(format_usd(value), "/yr");
        case Unit::usd_per_gw: return per(format_usd(value), "/GW");
        case Unit::usd_per_gw_year: return per(format_usd(value), "/GW-yr");
        case Unit::usd_per_gpu: return per(format_usd(value), "/GPU");
        case Unit::usd_per_gpu_hour: return format_usd_per_gpu_hour(value);
        case Unit::usd_per_mwh: return per(format_usd(value), "/MWh");
        case Unit::usd_per_share: return per(format_usd(value), "/share");
        case Unit::usd_per_month: return per(format_usd(value), "/month");
        case Unit::usd_per_mw_month: return per(format_usd(value), "/MW-month");
        case Unit::kw_per_gpu: return per(format_number(value), " kW/GPU");
        case Unit::mw: return format_gw(value / 1000.0);
        case Unit::gw: return format_gw(value);
        case Unit::gw_per_year: return per(format_gw(value), "/yr");
        case Unit::gw_per_week: return per(format_gw(value), "/week");
        case Unit::twh_per_year: return per(format_twh(value), "/yr");
        case Unit::gpus: return format_gpus(value);
        case Unit::gpus_per_year: return per(format_gpus(value), "/yr");
        case Unit::gpus_per_gw: return per(format_gpus(value), "/GW");
        case Unit::wafers_per_year: return per(format_count(value), " wafers/yr");
        case Unit::dies_per_wafer: return per(format_count(value), " dies/wafer");
        case Unit::dies_per_gpu: return per(format_count(value), " dies/GPU");
        case Unit::shares: return per(format_count(value), " shares");
        case Unit::fraction: return format_percent(value);
        case Unit::fraction_per_year: return per(format_percent(value), "/yr");
        case Unit::fraction_per_month: return per(format_percent(value), "/month");
        case Unit::ratio: return format_ratio(value);
        case Unit::months: return format_months(value);
        case Unit::days: return format_days(value);
        case Unit::years: return format_years(value);
        case Unit::calendar_year: return with_sign(value, [](double v) { return std::to_string(std::llround(v)); });
    }
    return format_number(value);
}

}  // namespace boomerang::io
