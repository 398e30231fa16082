// What every panel needs to draw itself: fonts, colours, the pixel ratio, and the place to
// report where its widgets went (for browser tests).
#pragma once

#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widget_rects.hpp"

namespace boomerang::ui {

struct ViewContext {
    const Fonts& fonts;
    Theme theme;
    Palette colors;
    float pixel_ratio;
    WidgetRects& widgets;

    // Converts a size in CSS pixels (1× screen pixels) to framebuffer pixels.
    float px(float css_pixels) const { return css_pixels * pixel_ratio; }
};

}  // namespace boomerang::ui
