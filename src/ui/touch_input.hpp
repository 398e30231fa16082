// A finger on the app, applied to Dear ImGui: the platform passes each touch of one finger
// and draws frames while update() asks; the gesture itself (tap, long press, scroll, drag,
// the browser's swipe) is told apart by ui/state/touch_gesture.hpp.
//
//   tap         a click where the finger lifted, then no hover left behind;
//   long press  the pointer rests where the finger is, so the details a mouse shows on
//               hover appear (hover delays become the long-press time while touch is in use)
//               and stay after the finger lifts, until the next touch;
//   scroll      the panel under the finger scrolls by the finger's pixels, then glides;
//   drag        the control is pressed where the finger went down and follows it (one
//               gesture, one undo step, as with a mouse);
//   page        nothing happens in the app; the platform lets the browser scroll the page.
#pragma once

#include "ui/state/touch_gesture.hpp"

namespace boomerang::ui {

class TouchInput {
public:
    // Distances of the gesture are in CSS pixels; events come in framebuffer pixels.
    void set_pixel_ratio(float pixel_ratio);

    // (x, y) in framebuffer pixels, `ms` on the clock update() is given. Each returns
    // whether the app takes the event; false leaves the browser's default action.
    bool begin(float x, float y, double ms);
    bool move(float x, float y, double ms);
    // What the gesture was; the app takes all but `page` and `none`.
    TouchEnd end(float x, float y, double ms);
    // The browser took the touch over, or a second finger came: a pinch is not ours.
    void cancel();

    // Once per frame, before Dear ImGui's new frame: the long press, the glide, and hover
    // delays for the pointer in use. True while it needs more frames (a finger is down,
    // content glides, or events wait in Dear ImGui's queue).
    bool update(double ms);

    TouchKind kind() const { return gesture_.kind(); }

private:
    TouchGesture gesture_;
    Glide glide_;
    TouchPoint glide_at_;
    float pixel_ratio_ = 1.0f;
};

}  // namespace boomerang::ui
