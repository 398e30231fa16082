// Index: histogram | layout | markers | hover | distribution_chart
#include "ui/charts/distribution_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/format.hpp"
#include "ui/charts/axis.hpp"
#include "ui/charts/canvas.hpp"

namespace boomerang::ui::charts {

namespace {

constexpr float kBandEm = 1.2f;
constexpr float kMedianEm = 0.2f;
constexpr float kMeanMarkerEm = 0.4f;
constexpr float kTickGapEm = 2.0f;
constexpr int kMaxAxisTicks = 8;
constexpr float kHistogramOpacity = 0.35f;
constexpr float kHoveredBinOpacity = 0.7f;
constexpr float kBandOpacity = 0.3f;
constexpr std::string_view kP10 = "P10 ";
constexpr std::string_view kP50 = "P50 ";
constexpr std::string_view kP90 = "P90 ";
constexpr std::string_view kMean = "Mean ";
constexpr std::string_view kAt = "At ";
constexpr std::string_view kRangeDash = " – ";
constexpr std::string_view kOfDraws = " of draws";

}  // namespace

// ---- Histogram --------------------------------------------------------------------------

int Histogram::bin_of(double value) const {
    if (counts.empty() || !(value >= min && value <= max) || !(max > min)) return -1;
    const auto bins = static_cast<double>(counts.size());
    const double bin = std::floor((value - min) / (max - min) * bins);
    return static_cast<int>(std::min(bin, bins - 1.0));  // the top edge belongs to the last bin
}

Histogram make_histogram(std::span<const double> samples, std::size_t bin_count) {
    Histogram histogram;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (double sample : samples) {
        if (!std::isfinite(sample)) continue;
        low = std::min(low, sample);
        high = std::max(high, sample);
    }
    if (bin_count == 0 || low > high) return histogram;
    widen_flat_range(low, high);
    histogram.min = low;
    histogram.max = high;
    histogram.counts.assign(bin_count, 0.0);
    for (double sample : samples) {
        const int bin = histogram.bin_of(sample);
        if (bin >= 0) histogram.counts[static_cast<std::size_t>(bin)] += 1.0;
    }
    return histogram;
}

namespace {

// ---- Layout -----------------------------------------------------------------------------
// From the top: histogram, the P50 row, the band, the P10/P90 row, the axis.
struct Layout {
    Scale x;
    float histogram_top = 0.0f;
    float histogram_bottom = 0.0f;  // equal to histogram_top when there is no room or no data
    float upper_row = 0.0f;
    float band_top = 0.0f;
    float band_bottom = 0.0f;
    float lower_row = 0.0f;
    float axis = 0.0f;
};

bool finite(const DistributionData& data) {
    return std::isfinite(data.p10) && std::isfinite(data.p50) && std::isfinite(data.p90);
}

Layout layout(const Canvas& canvas, const DistributionData& data, AxisTicks& ticks) {
    Layout layout;
    const float pad = canvas.px(kPaddingEm);
    layout.axis = canvas.max.y - canvas.line_height - pad / 2;
    layout.lower_row = layout.axis - pad / 2 - canvas.line_height;
    layout.band_bottom = layout.lower_row;
    layout.band_top = layout.band_bottom - canvas.px(kBandEm);
    layout.upper_row = layout.band_top - canvas.line_height;
    layout.histogram_top = canvas.min.y;
    layout.histogram_bottom = std::max(canvas.min.y, layout.upper_row - pad);

    double low = std::min(data.p10, data.p90);
    double high = std::max(data.p10, data.p90);
    if (std::isfinite(data.mean)) {
        low = std::min(low, data.mean);
        high = std::max(high, data.mean);
    }
    if (!data.histogram.counts.empty()) {
        low = std::min(low, data.histogram.min);
        high = std::max(high, data.histogram.max);
    }
    widen_flat_range(low, high);  // one value: a narrow range around it, as for a flat histogram
    // The axis ends where the draws end, so the histogram uses the whole width.
    layout.x = {low, high, canvas.min.x + pad, canvas.max.x - pad};
    fit_x_ticks(canvas, ticks, layout.x, {data.unit, false}, canvas.px(kTickGapEm), kMaxAxisTicks);
    return layout;
}

// ---- Markers ----------------------------------------------------------------------------
void draw_histogram(const Canvas& canvas, const Layout& layout, const Histogram& histogram, const ChartStyle& style,
                    int hovered_bin) {
    const float height = layout.histogram_bottom - layout.histogram_top;
    if (histogram.counts.empty() || height < canvas.line_height) return;
    const double tallest = *std::max_element(histogram.counts.begin(), histogram.counts.end());
    if (!(tallest > 0.0)) return;
    const double width = (histogram.max - histogram.min) / static_cast<double>(histogram.counts.size());
    const Color color = series_color(style, 0);
    for (std::size_t i = 0; i < histogram.counts.size(); ++i) {
        const float left = layout.x.to_pixel(histogram.min + width * static_cast<double>(i));
        // One pixel between bars, unless bars are thinner than two pixels.
        const float right = layout.x.to_pixel(histogram.min + width * static_cast<double>(i + 1));
        const float gap = right - left >= 2.0f ? 1.0f : 0.0f;
        const float top = layout.histogram_bottom - static_cast<float>(histogram.counts[i] / tallest) * height;
        const bool hovered = static_cast<int>(i) == hovered_bin;
        canvas.draw_list->AddRectFilled({left, top}, {right - gap, layout.histogram_bottom},
                                        with_opacity(color, hovered ? kHoveredBinOpacity : kHistogramOpacity));
    }
}

std::string caption(std::string_view name, double value, model::Unit unit) {
    return std::string(name) + io::format_value(value, unit);
}

void draw_band(const Canvas& canvas, const Layout& layout, const DistributionData& data, const ChartStyle& style) {
    const Color color = series_color(style, 0);
    const float p10 = layout.x.to_pixel(data.p10);
    const float p50 = layout.x.to_pixel(data.p50);
    const float p90 = layout.x.to_pixel(data.p90);
    const float left = std::min(p10, p90);
    const float right = std::max(std::max(p10, p90), left + 1.0f);
    canvas.draw_list->AddRectFilled({left, layout.band_top}, {right, layout.band_bottom},
                                    with_opacity(color, kBandOpacity));
    canvas.draw_list->AddRect({left, layout.band_top}, {right, layout.band_bottom}, color, 0.0f, ImDrawFlags_None,
                              canvas.px(kHairlineEm));
    canvas.draw_list->AddLine({p50, layout.band_top}, {p50, layout.band_bottom}, style.text, canvas.px(kMedianEm));

    const float middle = (layout.band_top + layout.band_bottom) / 2;
    const std::string median = caption(kP50, data.p50, data.unit);
    draw_text(canvas, {p50, layout.upper_row}, {0.5f, 0.0f}, style.text, median);
    if (std::isfinite(data.mean)) {
        const float mean = layout.x.to_pixel(data.mean);
        const float r = canvas.px(kMeanMarkerEm);
        const Color mean_color = series_color(style, 1);
        canvas.draw_list->AddQuadFilled({mean, middle - r}, {mean + r, middle}, {mean, middle + r}, {mean - r, middle},
                                        mean_color);
        // The mean's label shares the median's row; it is left out when they would touch.
        const std::string text = caption(kMean, data.mean, data.unit);
        const float half_widths = (text_size(text).x + text_size(median).x) / 2 + canvas.px(kPaddingEm);
        if (std::abs(mean - p50) >= half_widths) {
            draw_text(canvas, {mean, layout.upper_row}, {0.5f, 0.0f}, mean_color, text);
        }
    }

    // P10 and P90 centred under their ends, pushed apart around the band's middle if they touch.
    const std::string low = caption(kP10, data.p10, data.unit);
    const std::string high = caption(kP90, data.p90, data.unit);
    const float gap = canvas.px(kPaddingEm);
    const float low_width = text_size(low).x;
    const float high_width = text_size(high).x;
    const bool touching = p10 + low_width / 2 + gap > p90 - high_width / 2;
    if (touching) {
        const float centre = (p10 + p90) / 2;
        draw_text(canvas, {centre - gap / 2, layout.lower_row}, {1.0f, 0.0f}, style.text, low);
        draw_text(canvas, {centre + gap / 2, layout.lower_row}, {0.0f, 0.0f}, style.text, high);
    } else {
        draw_text(canvas, {p10, layout.lower_row}, {0.5f, 0.0f}, style.text, low);
        draw_text(canvas, {p90, layout.lower_row}, {0.5f, 0.0f}, style.text, high);
    }
}

void draw_axis(const Canvas& canvas, const Layout& layout, const AxisTicks& ticks, const ChartStyle& style) {
    const float hairline = canvas.px(kHairlineEm);
    const float left = std::min(layout.x.pixel_min, layout.x.pixel_max);
    const float right = std::max(layout.x.pixel_min, layout.x.pixel_max);
    canvas.draw_list->AddLine({left, layout.axis}, {right, layout.axis}, style.axis, hairline);
    const float tick_length = canvas.px(kPaddingEm) / 2;
    for (int i = 0; i < ticks.ticks.count; ++i) {
        const auto index = static_cast<std::size_t>(i);
        const float x = layout.x.to_pixel(ticks.ticks.values[index]);
        canvas.draw_list->AddLine({x, layout.axis}, {x, layout.axis + tick_length}, style.axis, hairline);
        draw_text(canvas, {x, layout.axis + tick_length}, {0.5f, 0.0f}, style.muted_text, ticks.labels[index]);
    }
}

// ---- Hover ------------------------------------------------------------------------------
void hover_readout(const DistributionData& data, const ChartStyle& style, double value, int bin) {
    if (!ImGui::BeginTooltip()) return;
    if (!data.label.empty()) ImGui::TextUnformatted(data.label.c_str());
    tooltip_note(style, kP10, io::format_value(data.p10, data.unit));
    tooltip_note(style, kP50, io::format_value(data.p50, data.unit));
    tooltip_note(style, kP90, io::format_value(data.p90, data.unit));
    if (std::isfinite(data.mean)) tooltip_note(style, kMean, io::format_value(data.mean, data.unit));
    const Histogram& histogram = data.histogram;
    if (bin >= 0) {
        double total = 0.0;
        for (double count : histogram.counts) total += count;
        const double width = (histogram.max - histogram.min) / static_cast<double>(histogram.counts.size());
        const double from = histogram.min + width * bin;
        std::string range = io::format_value(from, data.unit);
        range += kRangeDash;
        range += io::format_value(from + width, data.unit);
        range += ' ';
        const double share = histogram.counts[static_cast<std::size_t>(bin)] / total;
        tooltip_note(style, range, io::format_percent(share) + std::string(kOfDraws));
    } else {
        tooltip_note(style, kAt, io::format_value(value, data.unit));
    }
    ImGui::EndTooltip();
}

}  // namespace

// ---- distribution_chart -----------------------------------------------------------------

DistributionResult distribution_chart(const char* id, const DistributionData& data, const ChartStyle& style,
                                      ImVec2 size) {
    DistributionResult result;
    result.hovered_value = std::numeric_limits<double>::quiet_NaN();
    const Canvas canvas = begin_canvas(id, size);
    if (!canvas.visible) return result;
    if (!finite(data)) {
        draw_no_data(canvas, style);
        return result;
    }
    // The band with its labels and axis is the least worth drawing; the histogram is optional.
    const float pad = canvas.px(kPaddingEm);
    if (canvas.height() < 3 * canvas.line_height + canvas.px(kBandEm) + pad) return result;
    AxisTicks ticks;
    const Layout plot = layout(canvas, data, ticks);
    const float left = std::min(plot.x.pixel_min, plot.x.pixel_max);
    const float right = std::max(plot.x.pixel_min, plot.x.pixel_max);
    if (canvas.hovered && canvas.mouse.x >= left && canvas.mouse.x <= right) {
        result.hovered_value = plot.x.to_value(canvas.mouse.x);
        result.hovered_bin = data.histogram.bin_of(result.hovered_value);
    }

    draw_histogram(canvas, plot, data.histogram, style, result.hovered_bin);
    draw_band(canvas, plot, data, style);
    draw_axis(canvas, plot, ticks, style);
    if (std::isfinite(result.hovered_value)) {
        canvas.draw_list->AddLine({canvas.mouse.x, canvas.min.y}, {canvas.mouse.x, plot.axis}, style.guide,
                                  canvas.px(kHairlineEm));
        hover_readout(data, style, result.hovered_value, result.hovered_bin);
    }
    return result;
}

}  // namespace boomerang::ui::charts
