// What every panel needs to draw itself: fonts, colours, the pixel ratio, and the place to
// report where its widgets went (for browser tests).
#pragma once

#include <imgui.h>

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
    Sizes sizes = Sizes::pointer;

    // Converts a size in CSS pixels (1× screen pixels) to framebuffer pixels.
    float px(float css_pixels) const { return css_pixels * pixel_ratio; }
    // The least height of a row a finger taps (a list entry, a menu item); 0 for a mouse.
    float tap_row_height() const { return sizes == Sizes::finger ? px(touch_target_css) : 0.0f; }
    // An entry of a list or menu, as tall as a finger needs.
    bool list_item(const char* label, bool selected = false) const {
        return ImGui::Selectable(label, selected, ImGuiSelectableFlags_None, {0.0f, tap_row_height()});
    }
    // A small button for a mouse (a row's "reset", a tranche's "×"), a full-height one for a finger.
    bool small_button(const char* label) const {
        return sizes == Sizes::finger ? ImGui::Button(label) : ImGui::SmallButton(label);
    }
};

}  // namespace boomerang::ui
