// Chart colours and sizes: one struct every chart takes, built from the theme.
//
// Colours are packed RGBA as Dear ImGui's ImU32 (IM_COL32). Data refers to colours by slot
// (an index into ChartStyle::series), never by value, so cached chart data stays right when
// the user switches between the light and dark theme.
//
// Sizes are not here: charts derive paddings and line widths from the current font size
// (ImGui::GetFontSize()), which the app already scales by the device pixel ratio.
#pragma once

#include <array>
#include <cstddef>

#include "ui/theme.hpp"

namespace boomerang::ui::charts {

using Color = unsigned;

// Enough distinct hues for the four series of the schedule and the four flow types.
inline constexpr std::size_t kSeriesColorCount = 6;

// The slots (indices into ChartStyle::series) by the hue every theme gives them.
inline constexpr std::size_t kBlue = 0;
inline constexpr std::size_t kOrange = 1;
inline constexpr std::size_t kGreen = 2;
inline constexpr std::size_t kPurple = 3;
inline constexpr std::size_t kRed = 4;

struct ChartStyle {
    Color text;                                   // values and labels
    Color muted_text;                             // tick labels, captions, "No data"
    Color grid;                                   // gridlines, faint enough to read data over
    Color axis;                                   // axis lines, the tornado's base line, waterfall connectors
    Color card;                                   // the background the chart is drawn on
    Color guide;                                  // the hover guide line
    Color highlight;                              // the halo around flows on a cycle
    Color low;                                    // tornado: output with the input lowered
    Color high;                                   // tornado: output with the input raised
    Color total;                                  // the waterfall's total bar
    std::array<Color, kSeriesColorCount> series;  // data colours, chosen per theme for contrast
};

ChartStyle chart_style(Theme theme);

// The colour of a data slot; slots past the palette wrap around.
Color series_color(const ChartStyle& style, std::size_t slot);

// `color` with its alpha scaled by `opacity` (0..1): fills and faded flows.
Color with_opacity(Color color, float opacity);

}  // namespace boomerang::ui::charts
