// Light and dark themes, and the sizes everything is drawn at.
#pragma once

namespace boomerang::ui {

enum class Theme { light, dark };

struct Rgba {
    float r, g, b, a;
};

// How big controls are: for a mouse, or for a finger (a coarse pointer: every control at
// least touch_target_css pixels tall, with room between them).
enum class Sizes { pointer, finger };

// A finger's target (Apple's and the WCAG's 44 CSS pixels).
inline constexpr float touch_target_css = 44.0f;

// Applies colours and sizes to Dear ImGui's style; `pixel_ratio` scales every size so
// the app looks the same on a 1× and a 2× screen.
void apply_theme(Theme theme, float pixel_ratio, Sizes sizes = Sizes::pointer);

// The page colour behind every panel.
Rgba background_color(Theme theme);

// Accent colours used by figures and charts, readable on the theme's background.
struct Palette {
    unsigned accent;      // primary figure colour
    unsigned muted_text;  // captions and units
    unsigned error_text;  // messages about invalid input
    unsigned card;        // figure card background
};
Palette palette(Theme theme);

}  // namespace boomerang::ui
