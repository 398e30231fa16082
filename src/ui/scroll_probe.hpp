// Whether a mouse wheel turn at a point would scroll something inside the app.
//
// An embedded calculator must let the host page scroll when the wheel turns over a part of
// it that cannot scroll; only a scrollable panel (or an open menu) under the pointer keeps
// the wheel. The browser asks before it decides, so this reads the last frame's windows.
#pragma once

namespace boomerang::ui {

// `x`, `y` in framebuffer pixels; `wheel_y` > 0 scrolls up (towards the top), < 0 down.
bool wheel_scrolls_inside(float x, float y, float wheel_x, float wheel_y);

}  // namespace boomerang::ui
