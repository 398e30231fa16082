// When the web app draws: only when something may have changed.
//
// A page that redraws 60 times a second while nobody touches it drains laptop batteries and
// keeps a reader's article janky. The page wakes the loop on input, resize, visibility and
// host calls (web/host.js); the loop draws a few frames, so Dear ImGui settles (hover
// states, popups opening), then pauses until the next wake. A tooltip appears after its
// hover delay, so one timed wake follows while the pointer rests on a widget.
#pragma once

namespace boomerang::platform::web {

// Frames drawn after a wake: Dear ImGui needs two or three to settle after an event.
inline constexpr int frames_after_wake = 3;
// One more wake after the pointer comes to rest, once Dear ImGui's tooltip delays are over
// (HoverDelayNormal 0.40 s in 1.90).
inline constexpr double tooltip_wake_ms = 500.0;

// Starts the requestAnimationFrame loop with `draw` as its frame.
void start_frame_loop(void (*draw)());
// Asks for at least `frames` more frames.
void wake(int frames = frames_after_wake);
// False while the tab is hidden or the canvas is off screen: nothing is drawn then.
void set_visible(bool visible);

}  // namespace boomerang::platform::web
