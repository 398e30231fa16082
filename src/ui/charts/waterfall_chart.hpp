// Waterfall chart for a breakdown: the parts of a total, each bar starting where the one
// above ended, and the total as the last bar.
//
// Reading it: one row per part (capital cost, energy, other opex), its label on the left
// and its value after the bar; the bottom row is the total the parts add up to (the annual
// cost). Thin connectors lead from each bar's end to the next bar's start. Hovering a row
// shows its value and its share of the total.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>

#include "model/fields.hpp"
#include "ui/charts/style.hpp"

namespace boomerang::ui::charts {

struct WaterfallSegment {
    std::string label;
    double value = 0.0;  // NaN counts as nothing and shows as "n/a"
    std::size_t color_slot = 0;
};

struct WaterfallData {
    std::vector<WaterfallSegment> segments;
    std::string total_label;  // the bottom row: "Annual cost"
    model::Unit unit = model::Unit::usd_per_year;
};

struct WaterfallResult {
    // The row under the mouse: a segment index, segments.size() for the total, -1 for none.
    int hovered_row = -1;
};

// Rows share the height; when it is too small for a line of text per row, the rows that fit
// are shown, the total always among them.
WaterfallResult waterfall_chart(const char* id, const WaterfallData& data, const ChartStyle& style, ImVec2 size);

}  // namespace boomerang::ui::charts
