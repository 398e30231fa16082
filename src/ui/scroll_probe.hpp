// Whether a mouse wheel turn or a finger's swipe at a point would scroll something inside the
// app, and scrolling there by a finger's pixels.
//
// An embedded calculator must let the host page scroll when the wheel turns (or a finger
// swipes) over a part of it that cannot scroll; only a scrollable panel (or an open menu)
// under the pointer keeps it. The browser asks before it decides, so this reads the last
// frame's windows.
#pragma once

namespace boomerang::ui {

// `x`, `y` in framebuffer pixels; `wheel_y` > 0 scrolls up (towards the top), < 0 down.
bool wheel_scrolls_inside(float x, float y, float wheel_x, float wheel_y);

// The same question in a finger's terms: whether content at (x, y) can scroll by `dx` or
// `dy` pixels (> 0 towards the end: right, down).
bool content_scrolls_at(float x, float y, float dx, float dy);

// Scrolls the panel under (x, y) by (dx, dy) pixels, handing what it cannot take to the
// panels around it, as Dear ImGui does with the wheel. Returns whether anything moved.
bool scroll_content_at(float x, float y, float dx, float dy);

}  // namespace boomerang::ui
