// Index: layout | rows | hover | tornado_chart
#include "ui/charts/tornado_chart.hpp"

#include <algorithm>
#include <cmath>

#include "io/format.hpp"
#include "ui/charts/axis.hpp"
#include "ui/charts/canvas.hpp"

namespace boomerang::ui::charts {

namespace {

constexpr float kMaxRowEm = 2.2f;
constexpr float kBarFraction = 0.7f;
constexpr float kLabelColumnFraction = 0.38f;
// Bars narrower than this share of the chart are too short to compare: values give way.
constexpr float kMinBarsFraction = 0.35f;
// A row, the base value under the rows and the padding: below this the legend is left out.
constexpr float kMinRowsLines = 3.0f;
constexpr std::string_view kBaseCaption = "Base ";
constexpr std::string_view kMoreCaption = " more";
constexpr std::string_view kSwingCaption = "Swing ";

// ---- Layout -----------------------------------------------------------------------------
struct Layout {
    std::size_t shown = 0;  // the first rows; the rest are counted in the "+N more" note
    float top = 0.0f;
    float row_height = 0.0f;
    float label_right = 0.0f;
    bool values_shown = true;  // the outputs written at the bars' ends
    Scale x;

    float row_top(std::size_t row) const { return top + row_height * static_cast<float>(row); }
    float rows_bottom() const { return row_top(shown); }
};

// Rows from `top` down, above one line for the base value.
Layout layout(const Canvas& canvas, const TornadoData& data, float top) {
    Layout layout;
    const float pad = canvas.px(kPaddingEm);
    layout.top = top;
    // One line under the rows for the base value, and one for "+N more" if needed.
    const float rows_height = canvas.max.y - layout.top - canvas.line_height;
    const auto fitting = static_cast<std::size_t>(std::max(0.0f, rows_height / canvas.line_height));
    layout.shown = fitting >= data.rows.size() ? data.rows.size() : (fitting > 0 ? fitting - 1 : 0);
    const float note_height = layout.shown < data.rows.size() ? canvas.line_height : 0.0f;
    layout.row_height = layout.shown == 0 ? 0.0f
                                          : std::min((rows_height - note_height) / static_cast<float>(layout.shown),
                                                     canvas.px(kMaxRowEm));

    float widest_label = 0.0f;
    float widest_value = 0.0f;
    double low = data.base_output;
    double high = data.base_output;
    for (std::size_t i = 0; i < layout.shown; ++i) {
        const TornadoRow& row = data.rows[i];
        widest_label = std::max(widest_label, text_size(row.label).x);
        for (double output : {row.low_output, row.high_output}) {
            if (!std::isfinite(output)) continue;
            widest_value = std::max(widest_value, text_size(io::format_value(output, data.output_unit)).x);
            low = std::min(low, output);
            high = std::max(high, output);
        }
    }
    layout.label_right = canvas.min.x + std::min(widest_label, canvas.width() * kLabelColumnFraction);
    // Room for a value label on each side of the bars, so neither end's label is cut; on a
    // phone that would squeeze the bars to slivers, so the values move to the tooltip.
    float bars_left = layout.label_right + pad + widest_value + pad;
    float bars_right = canvas.max.x - widest_value - pad;
    layout.values_shown = bars_right - bars_left >= canvas.width() * kMinBarsFraction;
    if (!layout.values_shown) {
        bars_left = layout.label_right + pad;
        bars_right = canvas.max.x - pad;
    }
    layout.x = {low, high, bars_left, std::max(bars_left + 1.0f, bars_right)};
    return layout;
}

// ---- Rows -------------------------------------------------------------------------------
void bar(const Canvas& canvas, const Layout& layout, float middle, double from, double to, Color color) {
    if (!std::isfinite(to)) return;
    const float half = layout.row_height * kBarFraction / 2;
    const float left = std::min(layout.x.to_pixel(from), layout.x.to_pixel(to));
    const float right = std::max(layout.x.to_pixel(from), layout.x.to_pixel(to));
    // At least a pixel wide: an input that barely moves the output still shows it moved.
    canvas.draw_list->AddRectFilled({left, middle - half}, {std::max(right, left + 1.0f), middle + half}, color);
}

void draw_row(const Canvas& canvas, const Layout& layout, const TornadoData& data, const ChartStyle& style,
              std::size_t index) {
    const TornadoRow& row = data.rows[index];
    const float pad = canvas.px(kPaddingEm);
    const float middle = layout.row_top(index) + layout.row_height / 2;
    const double base = data.base_output;
    // The longer bar first, so a shorter one on the same side stays visible over it.
    const bool low_longer = std::abs(row.low_output - base) >= std::abs(row.high_output - base);
    if (low_longer) {
        bar(canvas, layout, middle, base, row.low_output, style.low);
        bar(canvas, layout, middle, base, row.high_output, style.high);
    } else {
        bar(canvas, layout, middle, base, row.high_output, style.high);
        bar(canvas, layout, middle, base, row.low_output, style.low);
    }
    std::string buffer;
    draw_text(canvas, {canvas.min.x, middle}, {0.0f, 0.5f}, style.text,
              fit_text(row.label, layout.label_right - canvas.min.x, buffer));

    if (!layout.values_shown) return;
    // Value labels at the outer ends: the smallest output left of the base, the largest right.
    double smallest = base;
    double largest = base;
    for (double output : {row.low_output, row.high_output}) {
        if (!std::isfinite(output)) continue;
        smallest = std::min(smallest, output);
        largest = std::max(largest, output);
    }
    if (smallest < base) {
        draw_text(canvas, {layout.x.to_pixel(smallest) - pad, middle}, {1.0f, 0.5f}, style.text,
                  io::format_value(smallest, data.output_unit));
    }
    if (largest > base) {
        draw_text(canvas, {layout.x.to_pixel(largest) + pad, middle}, {0.0f, 0.5f}, style.text,
                  io::format_value(largest, data.output_unit));
    }
}

// ---- Hover ------------------------------------------------------------------------------
// "Input −20% (4.8 GW)": the legend's label with the input it stands for.
std::string input_caption(const std::string& label, double input, model::Unit unit) {
    if (!std::isfinite(input)) return label;
    return label + " (" + io::format_value(input, unit) + ")";
}

void hover_readout(const Canvas& canvas, const TornadoData& data, const ChartStyle& style, const TornadoRow& row) {
    if (!ImGui::BeginTooltip()) return;
    ImGui::TextUnformatted(row.label.c_str());
    tooltip_row(canvas, style.low, Swatch::bar, input_caption(data.low_label, row.low_input, row.input_unit),
                io::format_value(row.low_output, data.output_unit));
    tooltip_row(canvas, style.high, Swatch::bar, input_caption(data.high_label, row.high_input, row.input_unit),
                io::format_value(row.high_output, data.output_unit));
    tooltip_note(style, kSwingCaption, io::format_value(std::abs(row.high_output - row.low_output), data.output_unit));
    tooltip_note(style, kBaseCaption, io::format_value(data.base_output, data.output_unit));
    ImGui::EndTooltip();
}

}  // namespace

// ---- tornado_chart ----------------------------------------------------------------------

TornadoResult tornado_chart(const char* id, const TornadoData& data, const ChartStyle& style, ImVec2 size) {
    TornadoResult result;
    const Canvas canvas = begin_canvas(id, size);
    if (!canvas.visible) return result;
    if (data.rows.empty() || !std::isfinite(data.base_output)) {
        draw_no_data(canvas, style);
        return result;
    }

    LegendFlow measure(canvas, style, canvas.min, canvas.width(), false);
    measure.item(data.low_label, style.low, Swatch::bar);
    measure.item(data.high_label, style.high, Swatch::bar);
    // The legend gives way to the bars on a very short chart: the tooltip still names the colours.
    const bool legend_fits = measure.height() + kMinRowsLines * canvas.line_height <= canvas.height();
    const float top = legend_fits ? canvas.min.y + measure.height() + canvas.px(kPaddingEm) : canvas.min.y;
    const Layout rows = layout(canvas, data, top);
    if (rows.shown == 0) return result;  // not one row fits
    if (legend_fits) {
        LegendFlow legend(canvas, style, canvas.min, canvas.width(), true);
        legend.item(data.low_label, style.low, Swatch::bar);
        legend.item(data.high_label, style.high, Swatch::bar);
    }

    if (canvas.hovered && rows.row_height > 0.0f && canvas.mouse.y >= rows.top) {
        const auto row = static_cast<std::size_t>((canvas.mouse.y - rows.top) / rows.row_height);
        if (row < rows.shown) {
            result.hovered_row = static_cast<int>(row);
            canvas.draw_list->AddRectFilled({canvas.min.x, rows.row_top(row)},
                                            {canvas.max.x, rows.row_top(row) + rows.row_height}, style.grid);
        }
    }
    for (std::size_t i = 0; i < rows.shown; ++i) draw_row(canvas, rows, data, style, i);

    const float base_x = rows.x.to_pixel(data.base_output);
    canvas.draw_list->AddLine({base_x, rows.top}, {base_x, rows.rows_bottom()}, style.axis, canvas.px(kLineEm));
    std::string base_text(kBaseCaption);
    base_text += io::format_value(data.base_output, data.output_unit);
    draw_text(canvas, {base_x, rows.rows_bottom()}, {0.5f, 0.0f}, style.muted_text, base_text);
    if (rows.shown < data.rows.size()) {
        const std::string more = "+" + std::to_string(data.rows.size() - rows.shown) + std::string(kMoreCaption);
        draw_text(canvas, {canvas.min.x, canvas.max.y}, {0.0f, 1.0f}, style.muted_text, more);
    }

    if (result.hovered_row >= 0) {
        hover_readout(canvas, data, style, data.rows[static_cast<std::size_t>(result.hovered_row)]);
    }
    return result;
}

}  // namespace boomerang::ui::charts
