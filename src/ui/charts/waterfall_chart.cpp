// Index: rows | hover | waterfall_chart
#include "ui/charts/waterfall_chart.hpp"

#include <algorithm>
#include <cmath>

#include "io/format.hpp"
#include "ui/charts/axis.hpp"
#include "ui/charts/canvas.hpp"

namespace boomerang::ui::charts {

namespace {

// Rows taller than this look like a bar chart stretched to fill a box, not a breakdown.
constexpr float kMaxRowEm = 2.4f;
// The bar's share of its row; the rest separates neighbouring bars.
constexpr float kBarFraction = 0.65f;
// Labels may take up to this share of the width; longer ones are shortened.
constexpr float kLabelColumnFraction = 0.4f;
constexpr float kBarRoundingEm = 0.15f;

double counted(double value) { return std::isfinite(value) ? value : 0.0; }

// ---- Rows -------------------------------------------------------------------------------
struct Layout {
    std::size_t shown_segments = 0;  // the first ones; the total row follows them
    float top = 0.0f;
    float row_height = 0.0f;
    float label_right = 0.0f;  // labels end here
    Scale x;

    std::size_t rows() const { return shown_segments + 1; }
    float row_top(std::size_t row) const { return top + row_height * static_cast<float>(row); }
};

double total_of(const WaterfallData& data) {
    double total = 0.0;
    for (const WaterfallSegment& segment : data.segments) total += counted(segment.value);
    return total;
}

Layout layout(const Canvas& canvas, const WaterfallData& data, double total) {
    Layout layout;
    const std::size_t fitting_rows = static_cast<std::size_t>(std::max(1.0f, canvas.height() / canvas.line_height));
    layout.shown_segments = std::min(data.segments.size(), fitting_rows - 1);
    layout.row_height = std::min(canvas.height() / static_cast<float>(layout.rows()), canvas.px(kMaxRowEm));
    layout.top = canvas.min.y;

    float widest_label = text_size(data.total_label).x;
    float widest_value = text_size(io::format_value(total, data.unit)).x;
    double low = 0.0;
    double high = 0.0;
    double running = 0.0;
    for (std::size_t i = 0; i < layout.shown_segments; ++i) {
        const WaterfallSegment& segment = data.segments[i];
        widest_label = std::max(widest_label, text_size(segment.label).x);
        widest_value = std::max(widest_value, text_size(io::format_value(segment.value, data.unit)).x);
        running += counted(segment.value);
        low = std::min(low, running);
        high = std::max(high, running);
    }
    low = std::min(low, total);
    high = std::max(high, total);
    if (low == high) high = low + 1.0;  // all zero: an empty scale still needs a width

    const float pad = canvas.px(kPaddingEm);
    layout.label_right = canvas.min.x + std::min(widest_label, canvas.width() * kLabelColumnFraction);
    const float bars_left = layout.label_right + pad;
    const float bars_right = std::max(bars_left + 1.0f, canvas.max.x - widest_value - pad);
    layout.x = {low, high, bars_left, bars_right};
    return layout;
}

void draw_row(const Canvas& canvas, const Layout& layout, const ChartStyle& style, std::size_t row,
              const std::string& label, double from, double to, Color color, const std::string& value_text) {
    const float pad = canvas.px(kPaddingEm);
    const float top = layout.row_top(row);
    const float middle = top + layout.row_height / 2;
    const float half_bar = layout.row_height * kBarFraction / 2;
    const float left = layout.x.to_pixel(std::min(from, to));
    const float right = layout.x.to_pixel(std::max(from, to));
    canvas.draw_list->AddRectFilled({left, middle - half_bar}, {std::max(right, left + 1.0f), middle + half_bar}, color,
                                    canvas.px(kBarRoundingEm));
    const float label_width = layout.label_right - canvas.min.x;
    std::string buffer;
    draw_text(canvas, {canvas.min.x, middle}, {0.0f, 0.5f}, style.text, fit_text(label, label_width, buffer));
    draw_text(canvas, {right + pad, middle}, {0.0f, 0.5f}, style.text, value_text);
}

// A thin line from where one bar ends to where the next begins.
void connector(const Canvas& canvas, const Layout& layout, const ChartStyle& style, std::size_t row, double at) {
    const float half_bar = layout.row_height * kBarFraction / 2;
    const float x = layout.x.to_pixel(at);
    const float from = layout.row_top(row) + layout.row_height / 2 + half_bar;
    const float to = layout.row_top(row + 1) + layout.row_height / 2 - half_bar;
    canvas.draw_list->AddLine({x, from}, {x, to}, style.axis, canvas.px(kHairlineEm));
}

// ---- Hover ------------------------------------------------------------------------------
std::string share_text(double value, double total) {
    return io::format_percent(total != 0.0 ? counted(value) / total : std::nan(""));
}

void hover_readout(const Canvas& canvas, const WaterfallData& data, const ChartStyle& style, std::size_t row,
                   std::size_t shown_segments, double total) {
    if (!ImGui::BeginTooltip()) return;
    if (row < shown_segments) {
        const WaterfallSegment& segment = data.segments[row];
        tooltip_row(canvas, series_color(style, segment.color_slot), Swatch::bar, segment.label,
                    io::format_value(segment.value, data.unit));
        tooltip_note(style, "Share of total", share_text(segment.value, total));
    } else {
        ImGui::TextUnformatted(data.total_label.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(io::format_value(total, data.unit).c_str());
        for (const WaterfallSegment& segment : data.segments) {
            tooltip_row(canvas, series_color(style, segment.color_slot), Swatch::bar, segment.label,
                        io::format_value(segment.value, data.unit) + "  (" + share_text(segment.value, total) + ")");
        }
    }
    ImGui::EndTooltip();
}

}  // namespace

// ---- waterfall_chart --------------------------------------------------------------------

WaterfallResult waterfall_chart(const char* id, const WaterfallData& data, const ChartStyle& style, ImVec2 size) {
    WaterfallResult result;
    const Canvas canvas = begin_canvas(id, size);
    if (!canvas.visible) return result;
    if (data.segments.empty()) {
        draw_no_data(canvas, style);
        return result;
    }
    const double total = total_of(data);
    const Layout rows = layout(canvas, data, total);

    if (canvas.hovered && canvas.mouse.y >= rows.top) {
        const auto row = static_cast<std::size_t>((canvas.mouse.y - rows.top) / rows.row_height);
        if (row < rows.rows()) {
            result.hovered_row = static_cast<int>(row < rows.shown_segments ? row : data.segments.size());
            canvas.draw_list->AddRectFilled({canvas.min.x, rows.row_top(row)},
                                            {canvas.max.x, rows.row_top(row) + rows.row_height}, style.grid);
        }
    }

    const float zero = rows.x.to_pixel(0.0);
    canvas.draw_list->AddLine({zero, rows.top}, {zero, rows.row_top(rows.rows())}, style.axis, canvas.px(kHairlineEm));
    double running = 0.0;
    for (std::size_t i = 0; i < rows.shown_segments; ++i) {
        const WaterfallSegment& segment = data.segments[i];
        const double next = running + counted(segment.value);
        draw_row(canvas, rows, style, i, segment.label, running, next, series_color(style, segment.color_slot),
                 io::format_value(segment.value, data.unit));
        // The last connector leads to the total's end, true only when every part is shown.
        if (i + 1 < rows.shown_segments || rows.shown_segments == data.segments.size()) {
            connector(canvas, rows, style, i, next);
        }
        running = next;
    }
    draw_row(canvas, rows, style, rows.shown_segments, data.total_label, 0.0, total, style.total,
             io::format_value(total, data.unit));

    if (result.hovered_row >= 0) {
        hover_readout(canvas, data, style, static_cast<std::size_t>(result.hovered_row), rows.shown_segments, total);
    }
    return result;
}

}  // namespace boomerang::ui::charts
