// Index: layout | series | hover | line_chart
#include "ui/charts/line_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/format.hpp"
#include "ui/charts/canvas.hpp"

namespace boomerang::ui::charts {

namespace {

// Y ticks two and a half lines apart: labels with a line and a half between them read as a
// scale, not a list.
constexpr float kYTickPitchLines = 2.5f;
constexpr int kMaxYTicks = 6;
// Two ems between x labels, so "2030" "2032" never read as one number.
constexpr float kXLabelGapEm = 2.0f;
constexpr int kMaxXTicks = 10;
constexpr float kMarkerEm = 0.25f;
// The legend is drawn only when it leaves this many lines for the plot, its axes and labels.
constexpr float kMinPlotLines = 4.0f;

// ---- Layout -----------------------------------------------------------------------------
struct Extent {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(double value) {
        if (!std::isfinite(value)) return;
        min = std::min(min, value);
        max = std::max(max, value);
    }
    bool empty() const { return min > max; }
};

std::size_t point_count(const LineChartData& data, const LineSeries& series) {
    return std::min(data.x.size(), series.values.size());
}

Extent x_extent(const LineChartData& data) {
    Extent extent;
    for (double x : data.x) extent.add(x);
    return extent;
}

// Values at finite x only, with zero: amounts are read against zero.
Extent y_extent(const LineChartData& data) {
    Extent extent;
    for (const LineSeries& series : data.series) {
        for (std::size_t i = 0; i < point_count(data, series); ++i) {
            if (std::isfinite(data.x[i])) extent.add(series.values[i]);
        }
    }
    if (!extent.empty()) extent.add(0.0);
    return extent;
}

Swatch swatch_for(SeriesStyle style) {
    switch (style) {
        case SeriesStyle::dashed: return Swatch::dashed;
        case SeriesStyle::area: return Swatch::area;
        case SeriesStyle::line:
        case SeriesStyle::step: break;
    }
    return Swatch::line;
}

void legend(const LineChartData& data, const ChartStyle& style, LegendFlow& flow) {
    for (const LineSeries& series : data.series) {
        flow.item(series.label, series_color(style, series.color_slot), swatch_for(series.style));
    }
}

// ---- Series -----------------------------------------------------------------------------
struct Plot {
    Scale x;
    Scale y;
    float baseline = 0.0f;  // the pixel row of zero (or the nearest edge)
};

bool finite_point(const LineChartData& data, const LineSeries& series, std::size_t i) {
    return std::isfinite(data.x[i]) && std::isfinite(series.values[i]);
}

ImVec2 point(const Plot& plot, double x, double y) { return {plot.x.to_pixel(x), plot.y.to_pixel(y)}; }

// The area between the segment a-b and the baseline, split where it crosses the baseline
// so each part is a convex quad or triangle.
void fill_segment(const Canvas& canvas, const Plot& plot, ImVec2 a, ImVec2 b, Color color) {
    const float base = plot.baseline;
    const bool crosses = (a.y - base) * (b.y - base) < 0.0f;
    if (!crosses) {
        fill_quad(canvas, a, b, {b.x, base}, {a.x, base}, color);
        return;
    }
    const float t = (base - a.y) / (b.y - a.y);
    const ImVec2 cross{a.x + (b.x - a.x) * t, base};
    fill_quad(canvas, a, cross, cross, {a.x, base}, color);
    fill_quad(canvas, cross, b, {b.x, base}, cross, color);
}

void draw_area(const Canvas& canvas, const Plot& plot, const LineChartData& data, const LineSeries& series,
               Color color) {
    const Color fill = with_opacity(color, kFillOpacity);
    for (std::size_t i = 1; i < point_count(data, series); ++i) {
        if (!finite_point(data, series, i - 1) || !finite_point(data, series, i)) continue;
        fill_segment(canvas, plot, point(plot, data.x[i - 1], series.values[i - 1]),
                     point(plot, data.x[i], series.values[i]), fill);
    }
}

// A point on the path, unless it repeats the last one: Dear ImGui's thick anti-aliased lines
// need a direction at every point, and a step that holds its value would repeat its corner.
void path_to(ImDrawList& draw, ImVec2 point) {
    if (draw._Path.Size > 0) {
        const ImVec2 last = draw._Path.back();
        if (last.x == point.x && last.y == point.y) return;
    }
    draw.PathLineTo(point);
}

// Solid lines go through Dear ImGui's path buffer (reused, so no allocation per frame) and
// are stroked once per unbroken run; dashed lines are drawn dash by dash.
void draw_line(const Canvas& canvas, const Plot& plot, const LineChartData& data, const LineSeries& series,
               Color color) {
    ImDrawList& draw = *canvas.draw_list;
    const float thickness = canvas.px(kLineEm);
    const bool step = series.style == SeriesStyle::step;
    const bool dashed = series.style == SeriesStyle::dashed;
    float phase = 0.0f;
    bool have_previous = false;
    ImVec2 previous{};
    const auto flush = [&] {
        if (draw._Path.Size >= 2) {
            draw.PathStroke(color, ImDrawFlags_None, thickness);
        } else {
            draw.PathClear();
        }
    };
    for (std::size_t i = 0; i < point_count(data, series); ++i) {
        if (!finite_point(data, series, i)) {
            if (!dashed) flush();
            have_previous = false;
            continue;
        }
        const ImVec2 current = point(plot, data.x[i], series.values[i]);
        const ImVec2 corner{current.x, previous.y};  // a step holds the last value until this x
        if (dashed) {
            if (have_previous) dashed_line(canvas, previous, current, color, thickness, phase);
        } else {
            if (have_previous && step) path_to(draw, corner);
            path_to(draw, current);
        }
        previous = current;
        have_previous = true;
    }
    if (!dashed) flush();
}

// ---- Hover ------------------------------------------------------------------------------
void hover_readout(const Canvas& canvas, const Plot& plot, const LineChartData& data, const ChartStyle& style,
                   int index) {
    const auto column = static_cast<std::size_t>(index);
    const float x = plot.x.to_pixel(data.x[column]);
    const float top = std::min(plot.y.pixel_min, plot.y.pixel_max);
    const float bottom = std::max(plot.y.pixel_min, plot.y.pixel_max);
    canvas.draw_list->AddLine({x, top}, {x, bottom}, style.guide, canvas.px(kHairlineEm));
    for (const LineSeries& series : data.series) {
        if (column >= series.values.size() || !std::isfinite(series.values[column])) continue;
        const ImVec2 at{x, plot.y.to_pixel(series.values[column])};
        canvas.draw_list->AddCircleFilled(at, canvas.px(kMarkerEm) + canvas.px(kHairlineEm), style.card);
        canvas.draw_list->AddCircleFilled(at, canvas.px(kMarkerEm), series_color(style, series.color_slot));
    }
    if (!ImGui::BeginTooltip()) return;
    ImGui::TextUnformatted(io::format_value(data.x[column], data.x_format.unit).c_str());
    for (const LineSeries& series : data.series) {
        const double value = column < series.values.size() ? series.values[column] : std::nan("");
        tooltip_row(canvas, series_color(style, series.color_slot), swatch_for(series.style), series.label,
                    io::format_value(value, data.y_format.unit));
    }
    ImGui::EndTooltip();
}

}  // namespace

// ---- line_chart -------------------------------------------------------------------------

LineChartResult line_chart(const char* id, const LineChartData& data, const ChartStyle& style, ImVec2 size) {
    LineChartResult result;
    const Canvas canvas = begin_canvas(id, size);
    if (!canvas.visible) return result;

    const float pad = canvas.px(kPaddingEm);
    const Extent xs = x_extent(data);
    const Extent ys = y_extent(data);
    if (xs.empty() || ys.empty()) {
        draw_no_data(canvas, style);
        return result;
    }
    LegendFlow measure(canvas, style, canvas.min, canvas.width(), false);
    legend(data, style, measure);
    // The legend gives way to the plot on a very short chart: the tooltip still names every series.
    const bool legend_fits = measure.height() + pad + kMinPlotLines * canvas.line_height <= canvas.height();
    const float legend_height = legend_fits ? measure.height() + pad : 0.0f;
    const float caption_height = data.x_caption.empty() ? 0.0f : canvas.line_height;
    // Half a line above the plot so the top y label, centred on its tick, is not cut.
    const float plot_top = canvas.min.y + legend_height + canvas.line_height / 2;
    const float plot_bottom = canvas.max.y - caption_height - canvas.line_height - pad / 2;
    if (plot_bottom - plot_top < canvas.line_height) return result;  // no room for a plot
    if (legend_fits) {
        LegendFlow legend_flow(canvas, style, canvas.min, canvas.width(), true);
        legend(data, style, legend_flow);
    }

    AxisTicks y_axis;
    const int y_count = std::min(kMaxYTicks, fitting_tick_count(plot_bottom - plot_top, canvas.line_height,
                                                                canvas.line_height * (kYTickPitchLines - 1)));
    y_axis.ticks = nice_ticks(ys.min, ys.max, y_count);
    label_ticks(y_axis, data.y_format);
    Plot plot;
    const double y_min = y_axis.ticks.empty() ? ys.min : std::min(ys.min, y_axis.ticks.first());
    const double y_max = y_axis.ticks.empty() ? ys.max : std::max(ys.max, y_axis.ticks.last());
    const float plot_left = canvas.min.x + y_axis.widest + pad;
    const float plot_right = canvas.max.x - pad;
    if (plot_right - plot_left < canvas.line_height) return result;  // labels wider than the chart
    plot.y = {y_min, y_max, plot_bottom, plot_top};
    plot.x = {xs.min, xs.max, plot_left, plot_right};
    plot.baseline = plot.y.to_pixel(std::clamp(0.0, y_min, y_max));

    AxisTicks x_axis;
    fit_x_ticks(canvas, x_axis, plot.x, data.x_format, canvas.px(kXLabelGapEm), kMaxXTicks);

    // Gridlines and labels under the data.
    const float hairline = canvas.px(kHairlineEm);
    for (int i = 0; i < y_axis.ticks.count; ++i) {
        const auto index = static_cast<std::size_t>(i);
        const float y = plot.y.to_pixel(y_axis.ticks.values[index]);
        canvas.draw_list->AddLine({plot_left, y}, {plot_right, y}, style.grid, hairline);
        draw_text(canvas, {plot_left - pad, y}, {1.0f, 0.5f}, style.muted_text, y_axis.labels[index]);
    }
    for (int i = 0; i < x_axis.ticks.count; ++i) {
        const auto index = static_cast<std::size_t>(i);
        const float x = plot.x.to_pixel(x_axis.ticks.values[index]);
        canvas.draw_list->AddLine({x, plot_top}, {x, plot_bottom}, style.grid, hairline);
        draw_text(canvas, {x, plot_bottom + pad / 2}, {0.5f, 0.0f}, style.muted_text, x_axis.labels[index]);
    }
    canvas.draw_list->AddLine({plot_left, plot.baseline}, {plot_right, plot.baseline}, style.axis, hairline);
    if (!data.x_caption.empty()) {
        draw_text(canvas, {canvas.max.x, canvas.max.y}, {1.0f, 1.0f}, style.muted_text, data.x_caption);
    }

    // Areas first, so every line is drawn over every fill.
    for (const LineSeries& series : data.series) {
        if (series.style == SeriesStyle::area) {
            draw_area(canvas, plot, data, series, series_color(style, series.color_slot));
        }
    }
    for (const LineSeries& series : data.series) {
        draw_line(canvas, plot, data, series, series_color(style, series.color_slot));
    }

    const bool over_plot = canvas.mouse.x >= plot_left - pad && canvas.mouse.x <= plot_right + pad;
    if (canvas.hovered && over_plot) {
        result.hovered_index = nearest_index(data.x, plot.x.to_value(canvas.mouse.x));
        if (result.hovered_index >= 0) hover_readout(canvas, plot, data, style, result.hovered_index);
    }
    return result;
}

}  // namespace boomerang::ui::charts
