// Tornado chart: how far one output moves when each input in turn is lowered and raised.
//
// Reading it: a vertical line marks the output at the base scenario; each row is one input,
// with a bar from the base to the output at input -X% (the "low" colour) and another to the
// output at +X% (the "high" colour). The widest rows matter most; rows are drawn in the
// order given (largest swing first, as model::deal_tornado() sorts them). Values are written at
// the bars' ends; hovering a row shows both inputs and outputs and the swing.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "model/fields.hpp"
#include "ui/charts/style.hpp"

namespace boomerang::ui::charts {

struct TornadoRow {
    std::string label;         // the input: "Capacity (IT power)"
    double low_output = 0.0;   // the output with the input lowered
    double high_output = 0.0;  // ... and raised
    double low_input = 0.0;    // the lowered and raised inputs, for the tooltip (NaN: not shown)
    double high_input = 0.0;
    model::Unit input_unit = model::Unit::fraction;
};

struct TornadoData {
    std::vector<TornadoRow> rows;
    double base_output = 0.0;
    model::Unit output_unit = model::Unit::usd;
    std::string low_label;   // legend: "Input −20%"
    std::string high_label;  // legend: "Input +20%"
};

struct TornadoResult {
    int hovered_row = -1;  // index into rows; -1 for none
};

// Rows share the height; when it is too small for a line of text per row, the first rows
// (the largest swings) are shown with a "+N more" note.
TornadoResult tornado_chart(const char* id, const TornadoData& data, const ChartStyle& style, ImVec2 size);

}  // namespace boomerang::ui::charts
