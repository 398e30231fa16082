// Distribution chart: the spread of a Monte Carlo output as a P10-P90 band with markers.
//
// Reading it: the shaded band runs from P10 to P90 (eight draws in ten fall inside it), the
// thick line inside is the median (P50), the diamond the mean; the bars above, when given,
// are a histogram of the draws. The axis underneath is in the output's unit. Hovering shows
// the percentiles and the share of draws in the bar under the mouse.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <imgui.h>

#include "model/fields.hpp"
#include "ui/charts/style.hpp"

namespace boomerang::ui::charts {

// Draws counted in equal-width bins over [min, max].
struct Histogram {
    double min = 0.0;
    double max = 0.0;
    std::vector<double> counts;  // empty: no histogram

    // The bin holding `value`, or -1 outside [min, max] or when there are no bins.
    int bin_of(double value) const;
};

// Splits the finite samples into bin_count equal bins between the smallest and the largest.
// All samples equal: a narrow range around that value with everything in the middle bin.
// No finite sample or no bins: an empty histogram.
Histogram make_histogram(std::span<const double> samples, std::size_t bin_count);

struct DistributionData {
    std::string label;  // what is distributed, the tooltip's heading: "Cost per GPU-hour"
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double mean = 0.0;  // NaN: no mean marker
    Histogram histogram;
    model::Unit unit = model::Unit::usd;
};

struct DistributionResult {
    double hovered_value = 0.0;  // the output under the mouse; NaN when not hovered
    int hovered_bin = -1;        // the histogram bin under the mouse; -1 for none
};

DistributionResult distribution_chart(const char* id, const DistributionData& data, const ChartStyle& style,
                                      ImVec2 size);

}  // namespace boomerang::ui::charts
