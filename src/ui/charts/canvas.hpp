// What every chart shares on the Dear ImGui side: the reserved rectangle, text kept inside
// it, dashed lines and fills, legends and tooltip rows.
//
// A chart is one item in the window's layout (an InvisibleButton over its rectangle), so
// the cursor moves past it like after any widget, and hover and clicks come from Dear ImGui.
// Sizes are in ems (multiples of the font size): the app scales fonts by the device pixel
// ratio, so paddings and line widths follow on HiDPI screens without a separate factor.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <imgui.h>

#include "ui/charts/axis.hpp"
#include "ui/charts/style.hpp"

namespace boomerang::ui::charts {

// ---- Sizes, in ems ----------------------------------------------------------------------
inline constexpr float kPaddingEm = 0.5f;         // between a chart's parts
inline constexpr float kLineEm = 0.125f;          // data lines: 2 px at a 16 px font
inline constexpr float kHairlineEm = 0.0625f;     // gridlines and axes: 1 px at a 16 px font
inline constexpr float kSwatchEm = 0.75f;         // legend and tooltip colour keys
inline constexpr float kDefaultHeightEm = 14.0f;  // when the caller passes no height
// Fills are the series colour made transparent, so overlapping areas stay readable.
inline constexpr float kFillOpacity = 0.22f;

// How a series or segment is keyed in legends and tooltips.
enum class Swatch { line, dashed, area, bar, halo };

struct Canvas {
    ImDrawList* draw_list = nullptr;
    ImVec2 min{};  // the chart's rectangle in screen pixels
    ImVec2 max{};
    float em = 0.0f;           // the font size
    float line_height = 0.0f;  // one line of text
    bool visible = false;      // inside the window's clip rect; otherwise skip drawing
    bool hovered = false;
    bool clicked = false;  // a click (press and release) on the chart this frame
    ImVec2 mouse{};
    ImVec2 white_uv{};  // the font atlas' white pixel, for custom fills

    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    float px(float ems) const;  // ems to pixels, at least one pixel
};

// Reserves the chart's rectangle at the cursor: size.x <= 0 takes the available width,
// size.y <= 0 a default height. `id` must be unique in the window, as for any widget.
Canvas begin_canvas(const char* id, ImVec2 size);

// "No data" in the middle of the chart, for empty or all-NaN input.
void draw_no_data(const Canvas& canvas, const ChartStyle& style);

// ---- Text -------------------------------------------------------------------------------
ImVec2 text_size(std::string_view text);

// Draws `text` with its box aligned to `anchor` (align 0 = left/top, 0.5 = centre, 1 =
// right/bottom), then moved inside the chart so a label is never cut at the edge. Text wider
// than the chart is shortened with an ellipsis; text taller than the chart is left out.
void draw_text(const Canvas& canvas, ImVec2 anchor, ImVec2 align, Color color, std::string_view text);

// `text` if it fits `max_width` pixels, else its start with an ellipsis ("CoreWe…") written
// into `buffer`: labels that fit, nearly all of them, cost no allocation.
std::string_view fit_text(std::string_view text, float max_width, std::string& buffer);

// ---- Shapes -----------------------------------------------------------------------------
// A quadrilateral of any convex shape, without anti-aliased fringes, so neighbouring quads
// join without seams (the area under a line is drawn as one quad per segment).
void fill_quad(const Canvas& canvas, ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, Color color);

// A dashed segment; `phase` carries the dash pattern from one segment to the next so a dashed
// polyline looks continuous.
void dashed_line(const Canvas& canvas, ImVec2 from, ImVec2 to, Color color, float thickness, float& phase);

void draw_swatch(const Canvas& canvas, ImVec2 top_left, Color color, Swatch swatch);

// ---- Axis labels ------------------------------------------------------------------------
// Ticks with their labels; short labels stay in std::string's own buffer, off the heap.
struct AxisTicks {
    Ticks ticks;
    std::array<std::string, kMaxTicks> labels;
    std::array<float, kMaxTicks> widths{};  // pixels
    float widest = 0.0f;
};

// Fills labels, widths and widest from ticks.
void label_ticks(AxisTicks& axis, const AxisFormat& format);

// Ticks for a horizontal axis: inside the scale's value range (the axis ends where the data
// ends), as many as fit (at most max_count) with `gap` pixels between labels centred on their
// ticks and kept inside the chart as draw_text keeps them: fewer on a phone, never touching.
void fit_x_ticks(const Canvas& canvas, AxisTicks& axis, const Scale& scale, const AxisFormat& format, float gap,
                 int max_count);

// ---- Legend -----------------------------------------------------------------------------
// Legend items laid out left to right, wrapping onto new rows on narrow charts. Run once
// with draw = false to measure the height, then again with draw = true.
class LegendFlow {
public:
    LegendFlow(const Canvas& canvas, const ChartStyle& style, ImVec2 origin, float width, bool draw);
    void item(std::string_view label, Color color, Swatch swatch);
    float height() const;

private:
    const Canvas& canvas_;
    Color text_color_;
    ImVec2 origin_;
    float width_;
    bool draw_;
    float x_ = 0.0f;
    int rows_ = 0;
};

// ---- Tooltip ----------------------------------------------------------------------------
// Inside ImGui::BeginTooltip(): a colour key, then "label  value".
void tooltip_row(const Canvas& canvas, Color color, Swatch swatch, std::string_view label, const std::string& value);
// Inside ImGui::BeginTooltip(): "label  value" without a key, in the muted colour.
void tooltip_note(const ChartStyle& style, std::string_view label, const std::string& value);

}  // namespace boomerang::ui::charts
