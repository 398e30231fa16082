// Line and area chart over time: months of a deal's payments, years of a vendor's gigawatts
// against its supply.
//
// Reading it: the x axis runs from the first to the last x (ticks only inside the data);
// the y axis always includes zero, so areas fill down to it and heights compare honestly.
// Hovering shows a vertical guide at the nearest x and a tooltip with every series' value
// there. A NaN value leaves a gap in its series.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/charts/axis.hpp"
#include "ui/charts/style.hpp"

namespace boomerang::ui::charts {

enum class SeriesStyle {
    line,
    dashed,  // a reference or a what-if: "expected", "demand"
    area,    // filled down to zero: an amount accumulated so far
    step,    // held flat until the next x: monthly payments, yearly deliveries
};

struct LineSeries {
    std::string label;
    std::vector<double> values;  // one per x; NaN leaves a gap
    std::size_t color_slot = 0;  // index into ChartStyle::series
    SeriesStyle style = SeriesStyle::line;
};

struct LineChartData {
    std::vector<double> x;  // ascending
    std::vector<LineSeries> series;
    AxisFormat x_format{model::Unit::months, true};
    AxisFormat y_format{model::Unit::usd, false};
    std::string x_caption;  // under the x axis, naming what number_only ticks count: "months"
};

struct LineChartResult {
    int hovered_index = -1;  // index into x of the hover guide; -1 when not hovered
};

// Draws at the cursor; size.x <= 0 takes the available width. Build `data` when the model
// results change, not every frame.
LineChartResult line_chart(const char* id, const LineChartData& data, const ChartStyle& style, ImVec2 size);

}  // namespace boomerang::ui::charts
