// Index: canvas | text | shapes | axis labels | legend | tooltip
#include "ui/charts/canvas.hpp"

#include "parse/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace boomerang::ui::charts {

namespace {

constexpr std::string_view kNoData = "No data";
constexpr std::string_view kEllipsis = "…";
// Dashes half an em long with shorter gaps: plainly dashed, yet still read as one line.
constexpr float kDashEm = 0.5f;
constexpr float kDashGapEm = 0.35f;
// A segment longer than this many dashes runs far off screen (values far outside the axis).
constexpr float kMostDashes = 4096.0f;
// Between a swatch and its label, and between legend items.
constexpr float kSwatchGapEm = 0.35f;
constexpr float kLegendItemGapEm = 1.0f;

}  // namespace

// ---- Canvas -----------------------------------------------------------------------------

float Canvas::px(float ems) const { return std::max(1.0f, ems * em); }

Canvas begin_canvas(const char* id, ImVec2 size) {
    Canvas canvas;
    canvas.em = ImGui::GetFontSize();
    canvas.line_height = ImGui::GetTextLineHeight();
    const float width = size.x > 0.0f ? size.x : ImGui::GetContentRegionAvail().x;
    const float height = size.y > 0.0f ? size.y : kDefaultHeightEm * canvas.em;
    // Dear ImGui refuses zero-sized buttons; a collapsed window still gets a 1-pixel item.
    const ImVec2 reserved{std::max(1.0f, width), std::max(1.0f, height)};
    canvas.min = ImGui::GetCursorScreenPos();
    canvas.clicked = ImGui::InvisibleButton(id, reserved);
    canvas.max = {canvas.min.x + reserved.x, canvas.min.y + reserved.y};
    canvas.visible = ImGui::IsItemVisible();
    canvas.hovered = ImGui::IsItemHovered();
    canvas.mouse = ImGui::GetIO().MousePos;
    canvas.draw_list = ImGui::GetWindowDrawList();
    canvas.white_uv = ImGui::GetFontTexUvWhitePixel();
    return canvas;
}

void draw_no_data(const Canvas& canvas, const ChartStyle& style) {
    const ImVec2 centre{(canvas.min.x + canvas.max.x) / 2, (canvas.min.y + canvas.max.y) / 2};
    draw_text(canvas, centre, {0.5f, 0.5f}, style.muted_text, kNoData);
}

// ---- Text -------------------------------------------------------------------------------

ImVec2 text_size(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()); }

void draw_text(const Canvas& canvas, ImVec2 anchor, ImVec2 align, Color color, std::string_view text) {
    const ImVec2 size = text_size(text);
    if (size.y > canvas.height()) return;
    if (size.x > canvas.width()) {
        std::string buffer;
        const std::string_view shortened = fit_text(text, canvas.width(), buffer);
        if (text_size(shortened).x <= canvas.width()) draw_text(canvas, anchor, align, color, shortened);
        return;
    }
    const float x = std::clamp(anchor.x - size.x * align.x, canvas.min.x, canvas.max.x - size.x);
    const float y = std::clamp(anchor.y - size.y * align.y, canvas.min.y, canvas.max.y - size.y);
    // Whole pixels keep glyphs crisp; rounding down never moves text out past the left/top.
    canvas.draw_list->AddText({std::floor(x), std::floor(y)}, color, text.data(), text.data() + text.size());
}

std::string_view fit_text(std::string_view text, float max_width, std::string& buffer) {
    if (text_size(text).x <= max_width) return text;
    const float room = max_width - text_size(kEllipsis).x;
    // Cut at UTF-8 character starts only, so a name is never split inside a character.
    std::size_t cut = text.size();
    while (cut > 0) {
        cut = parse::utf8_character_start(text, cut - 1);
        if (text_size(text.substr(0, cut)).x <= room) break;
    }
    buffer.assign(text.substr(0, cut));
    buffer += kEllipsis;
    return buffer;
}

// ---- Shapes -----------------------------------------------------------------------------

void fill_quad(const Canvas& canvas, ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, Color color) {
    ImDrawList& draw = *canvas.draw_list;
    draw.PrimReserve(6, 4);
    draw.PrimQuadUV(a, b, c, d, canvas.white_uv, canvas.white_uv, canvas.white_uv, canvas.white_uv, color);
}

void dashed_line(const Canvas& canvas, ImVec2 from, ImVec2 to, Color color, float thickness, float& phase) {
    const float dash = canvas.px(kDashEm);
    const float period = dash + canvas.px(kDashGapEm);
    const float dx = to.x - from.x;
    const float dy = to.y - from.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (!(length > 0.0f) || !std::isfinite(length)) return;
    if (length > period * kMostDashes) {  // far off screen: not worth thousands of dashes
        canvas.draw_list->AddLine(from, to, color, thickness);
        return;
    }
    // Dash periods start at whole multiples of `period` from where the pattern began, which
    // was `phase` before this segment; counting periods (not adding up runs) cannot stall.
    const auto at = [&](float along) { return ImVec2{from.x + dx * along / length, from.y + dy * along / length}; };
    float start = -std::clamp(phase, 0.0f, period);
    for (; start < length; start += period) {
        const float dash_from = std::max(start, 0.0f);
        const float dash_to = std::min(start + dash, length);
        if (dash_to > dash_from) canvas.draw_list->AddLine(at(dash_from), at(dash_to), color, thickness);
    }
    phase = length - (start - period);
}

void draw_swatch(const Canvas& canvas, ImVec2 top_left, Color color, Swatch swatch) {
    const float size = canvas.px(kSwatchEm);
    const ImVec2 bottom_right{top_left.x + size, top_left.y + size};
    const float middle = top_left.y + size / 2;
    const float thickness = canvas.px(kLineEm);
    ImDrawList& draw = *canvas.draw_list;
    switch (swatch) {
        case Swatch::line: draw.AddLine({top_left.x, middle}, {bottom_right.x, middle}, color, thickness); break;
        case Swatch::dashed: {
            float phase = 0.0f;
            Canvas narrow = canvas;
            narrow.em = canvas.em / 2;  // shorter dashes so two fit in the key
            dashed_line(narrow, {top_left.x, middle}, {bottom_right.x, middle}, color, thickness, phase);
            break;
        }
        case Swatch::area:
            draw.AddRectFilled(top_left, bottom_right, with_opacity(color, kFillOpacity * 2));
            draw.AddLine(top_left, {bottom_right.x, top_left.y}, color, thickness);
            break;
        case Swatch::bar: draw.AddRectFilled(top_left, bottom_right, color); break;
        case Swatch::halo: draw.AddLine({top_left.x, middle}, {bottom_right.x, middle}, color, size / 2); break;
    }
}

// ---- Axis labels ------------------------------------------------------------------------

void label_ticks(AxisTicks& axis, const AxisFormat& format) {
    axis.widest = 0.0f;
    for (int i = 0; i < axis.ticks.count; ++i) {
        const auto index = static_cast<std::size_t>(i);
        axis.labels[index] = tick_label(axis.ticks.values[index], format);
        axis.widths[index] = text_size(axis.labels[index]).x;
        axis.widest = std::max(axis.widest, axis.widths[index]);
    }
}

namespace {

// Whether the labels, placed as draw_text places them (the ones at the ends pushed inside the
// chart, towards their neighbours), keep `gap` pixels apart.
bool labels_apart(const Canvas& canvas, const AxisTicks& axis, const Scale& scale, float gap) {
    float previous_end = -std::numeric_limits<float>::infinity();
    for (int i = 0; i < axis.ticks.count; ++i) {
        const auto index = static_cast<std::size_t>(i);
        const float width = axis.widths[index];
        const float centred = scale.to_pixel(axis.ticks.values[index]) - width / 2;
        const float left = std::max(canvas.min.x, std::min(centred, canvas.max.x - width));
        if (left < previous_end + gap) return false;
        previous_end = left + width;
    }
    return true;
}

}  // namespace

void fit_x_ticks(const Canvas& canvas, AxisTicks& axis, const Scale& scale, const AxisFormat& format, float gap,
                 int max_count) {
    const double min_step = min_tick_step(format.unit);
    for (int count = max_count;; count = std::min(count, axis.ticks.count) - 1) {
        axis.ticks = ticks_within(scale.value_min, scale.value_max, count, min_step);
        label_ticks(axis, format);
        if (axis.ticks.count <= 1 || labels_apart(canvas, axis, scale, gap)) return;
        if (count <= 2) break;
    }
    // Not even two labels fit apart: the first alone still tells the scale's start.
    axis.ticks.count = std::min(axis.ticks.count, 1);
}

// ---- Legend -----------------------------------------------------------------------------

LegendFlow::LegendFlow(const Canvas& canvas, const ChartStyle& style, ImVec2 origin, float width, bool draw)
    : canvas_(canvas), text_color_(style.text), origin_(origin), width_(width), draw_(draw) {}

void LegendFlow::item(std::string_view label, Color color, Swatch swatch) {
    const float swatch_width = canvas_.px(kSwatchEm) + canvas_.px(kSwatchGapEm);
    // A label longer than the whole row is shortened rather than run off the chart.
    std::string buffer;
    const std::string_view text = fit_text(label, width_ - swatch_width, buffer);
    const float item_width = swatch_width + text_size(text).x;
    if (rows_ == 0) rows_ = 1;
    if (x_ > 0.0f && x_ + item_width > width_) {
        x_ = 0.0f;
        ++rows_;
    }
    if (draw_) {
        const float top = origin_.y + static_cast<float>(rows_ - 1) * canvas_.line_height;
        const float swatch_top = top + (canvas_.line_height - canvas_.px(kSwatchEm)) / 2;
        draw_swatch(canvas_, {origin_.x + x_, swatch_top}, color, swatch);
        draw_text(canvas_, {origin_.x + x_ + swatch_width, top}, {0.0f, 0.0f}, text_color_, text);
    }
    x_ += item_width + canvas_.px(kLegendItemGapEm);
}

float LegendFlow::height() const { return static_cast<float>(rows_) * canvas_.line_height; }

// ---- Tooltip ----------------------------------------------------------------------------

void tooltip_row(const Canvas& canvas, Color color, Swatch swatch, std::string_view label, const std::string& value) {
    Canvas key = canvas;
    key.draw_list = ImGui::GetWindowDrawList();  // the tooltip's, not the chart's
    const float size = key.px(kSwatchEm);
    const ImVec2 cursor = ImGui::GetCursorScreenPos();
    draw_swatch(key, {cursor.x, cursor.y + (ImGui::GetTextLineHeight() - size) / 2}, color, swatch);
    ImGui::Dummy({size, ImGui::GetTextLineHeight()});
    ImGui::SameLine();
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    ImGui::SameLine();
    ImGui::TextUnformatted(value.c_str());
}

void tooltip_note(const ChartStyle& style, std::string_view label, const std::string& value) {
    ImGui::PushStyleColor(ImGuiCol_Text, style.muted_text);
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(value.c_str());
}

}  // namespace boomerang::ui::charts
