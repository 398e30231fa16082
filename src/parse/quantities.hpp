// The quantities in a sentence about a deal: money (also per month, per year, per share),
// power, GPU and share counts, and durations, each with where it stands in the text and how
// it is bounded ("up to", "about", "more than", "at least", a range).
//
// The first layer of the headline parser (docs/PARSE.md): deterministic, no network,
// no model weights. Which deal field a quantity fills is decided by the layer above, from the
// words around it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace boomerang::parse {

enum class QuantityKind {
    usd,            // "$100 billion", "US$30 billion", "10 billion dollars"
    usd_per_month,  // "$1.25bn a month", "$1.25 billion per month"
    usd_per_year,   // "$15 billion annually", "$15 billion a year"
    usd_per_share,  // "$0.01 per share", "$600 a share", "one cent"
    gw,             // "10 gigawatts", "6 GW", "300+ megawatts" (0.3)
    gpus,           // "220,000 Nvidia GPUs", "4 to 5 million GPUs", chips, accelerators
    shares,         // "160 million shares"
    days,           // "90 days' notice"
    months,         // "a 12-month term"
    years,          // "over five years"
    percent,        // "10%", "ten percent" (as a fraction: 0.1)
};

enum class Bound { exact, up_to, at_least, about, more_than, range };

// Bytes [begin, end) of the text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Quantity {
    QuantityKind kind = QuantityKind::usd;
    double value = 0.0;          // dollars, GW, counts, days, months, years; the low end of a range
    std::optional<double> high;  // the high end of a range
    Bound bound = Bound::exact;
    Span span;  // the whole phrase, bound words and unit included
};

// Every quantity the text states, in the order they appear. Numbers without a unit the
// scanner knows ("2025", "Q1") are left out.
std::vector<Quantity> find_quantities(std::string_view text);

}  // namespace boomerang::parse
