#include "ui/charts/style.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

namespace boomerang::ui::charts {

namespace {

// Series hues in the order of the Tableau 10 palette (blue, orange, green, purple, red,
// brown), darkened for the white card so each reaches WCAG's 3:1 contrast for graphics,
// and lightened for the dark card for the same reason.
constexpr std::array<Color, kSeriesColorCount> kLightSeries = {
    IM_COL32(22, 92, 200, 255),  IM_COL32(204, 88, 0, 255),  IM_COL32(0, 128, 90, 255),
    IM_COL32(122, 64, 186, 255), IM_COL32(196, 40, 64, 255), IM_COL32(134, 96, 40, 255),
};
constexpr std::array<Color, kSeriesColorCount> kDarkSeries = {
    IM_COL32(122, 178, 255, 255), IM_COL32(255, 168, 84, 255),  IM_COL32(88, 210, 160, 255),
    IM_COL32(190, 150, 255, 255), IM_COL32(255, 122, 140, 255), IM_COL32(222, 190, 120, 255),
};

// Chart text: the light theme's ImGuiCol_Text (apply_theme), and for the dark theme an
// off-white a little softer than Dear ImGui's pure white, easier on the eye on a dark card.
constexpr Color kLightText = IM_COL32(28, 31, 38, 255);
constexpr Color kDarkText = IM_COL32(235, 237, 242, 255);

// Gridlines and axes are the text colour made transparent, so they sit on any card.
constexpr unsigned kGridAlpha = 28;
constexpr unsigned kAxisAlpha = 110;
constexpr unsigned kGuideAlpha = 150;
constexpr unsigned kHighlightAlpha = 110;
constexpr unsigned kTotalAlpha = 200;

}  // namespace

ChartStyle chart_style(Theme theme) {
    const Palette colors = palette(theme);
    const bool dark = theme == Theme::dark;
    const Color text = dark ? kDarkText : kLightText;
    const auto translucent = [&](unsigned alpha) { return (text & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT); };
    const std::array<Color, kSeriesColorCount>& series = dark ? kDarkSeries : kLightSeries;
    ChartStyle style{};
    style.text = text;
    style.muted_text = colors.muted_text;
    style.grid = translucent(kGridAlpha);
    style.axis = translucent(kAxisAlpha);
    style.card = colors.card;
    style.guide = translucent(kGuideAlpha);
    // The theme's error red: flows on a cycle are the warning this diagram exists to show.
    style.highlight = (colors.error_text & ~IM_COL32_A_MASK) | (kHighlightAlpha << IM_COL32_A_SHIFT);
    style.low = series[1];  // orange for "lowered", blue for "raised", as in the legend
    style.high = series[0];
    style.total = translucent(kTotalAlpha);
    style.series = series;
    return style;
}

Color series_color(const ChartStyle& style, std::size_t slot) { return style.series[slot % kSeriesColorCount]; }

Color with_opacity(Color color, float opacity) {
    const float alpha = static_cast<float>((color >> IM_COL32_A_SHIFT) & 0xFFu);
    const auto scaled = static_cast<Color>(std::lround(alpha * std::clamp(opacity, 0.0f, 1.0f)));
    return (color & ~IM_COL32_A_MASK) | (scaled << IM_COL32_A_SHIFT);
}

}  // namespace boomerang::ui::charts
