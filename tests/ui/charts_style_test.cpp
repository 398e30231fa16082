// Chart colours: data must stand out from the card in both themes.
#include "ui/charts/style.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace boomerang::ui::charts;
using boomerang::ui::Theme;

namespace {

// WCAG 2.1 relative luminance and contrast ratio (w3.org/TR/WCAG21/#dfn-relative-luminance).
double channel(unsigned value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Color color) {
    return 0.2126 * channel(color & 0xFFu) + 0.7152 * channel((color >> 8) & 0xFFu) +
           0.0722 * channel((color >> 16) & 0xFFu);
}

double contrast(Color a, Color b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("series colours and text are readable on the card in light and dark themes") {
    for (const Theme theme : {Theme::light, Theme::dark}) {
        const ChartStyle style = chart_style(theme);
        CAPTURE(theme == Theme::dark);
        // WCAG 1.4.11: graphics need 3:1 against their background; text needs 4.5:1 (1.4.3).
        for (const Color color : style.series) CHECK(contrast(color, style.card) >= 3.0);
        CHECK(contrast(style.text, style.card) >= 4.5);
        CHECK(contrast(style.low, style.card) >= 3.0);
        CHECK(contrast(style.high, style.card) >= 3.0);
    }
}

TEST_CASE("colour slots wrap around the palette") {
    const ChartStyle style = chart_style(Theme::light);
    CHECK(series_color(style, 0) == style.series[0]);
    CHECK(series_color(style, kSeriesColorCount + 1) == style.series[1]);
}

TEST_CASE("opacity scales only the alpha") {
    const Color opaque = 0xFF336699u;  // IM_COL32(0x99, 0x66, 0x33, 0xFF): alpha in the top byte
    CHECK(with_opacity(opaque, 0.5f) == 0x80336699u);
    CHECK(with_opacity(opaque, 2.0f) == opaque);
    CHECK(with_opacity(opaque, -1.0f) == 0x00336699u);
}
