// The UI font (Inter, from Debian's fonts-inter), compiled into the program and rasterised
// at the device's pixel ratio so text stays crisp on HiDPI screens.
#pragma once

struct ImFont;

namespace boomerang::ui {

// The body text's size in CSS pixels (labels, inputs, tooltips); ui/theme.cpp sizes the
// controls around it.
inline constexpr float body_font_css = 16.0f;

struct Fonts {
    ImFont* body = nullptr;    // labels, inputs, tooltips
    ImFont* title = nullptr;   // panel headings
    ImFont* figure = nullptr;  // the large numbers on result cards
};

// Clears the font atlas and adds our fonts at sizes × `pixel_ratio`. The renderer must
// rebuild its font texture afterwards (the platform layer does).
Fonts load_fonts(float pixel_ratio);

}  // namespace boomerang::ui
