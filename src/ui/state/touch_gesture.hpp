// What one finger on a touch screen means, told apart by where it moves and for how long.
//
//   tap         lifted within `slop` of where it went down, before `hold_ms`: a click there;
//   long press  held still for `hold_ms`: the details a mouse would show on hover;
//   scroll      moved mostly along one axis over content that can scroll that way: the
//               content follows the finger, and glides on (momentum) after it lifts;
//   drag        moved sideways from a control (a label to scrub, a chart to read): the
//               control is pressed where the finger went down and follows it;
//   page        moved where nothing under the finger scrolls that way (an embed in an
//               article): the browser's gesture, so the host page scrolls.
//
// Pure state and arithmetic, no Dear ImGui: ui/touch_input.hpp applies it to the app.
#pragma once

#include <array>
#include <cstddef>
#include <functional>

namespace boomerang::ui {

struct TouchPoint {
    float x = 0.0f;  // pixels, the same units as TouchConfig's distances
    float y = 0.0f;
    double ms = 0.0;  // a monotonic clock
};

struct TouchConfig {
    float slop = 8.0f;                      // below this distance from the start a finger has not moved
    double hold_ms = 500.0;                 // a still finger becomes a long press (Android's default)
    double velocity_window_ms = 100.0;      // the lift-off speed is measured over the last moves
    double glide_time_constant_ms = 325.0;  // momentum decays like exp(-t / this)
    float glide_stop_speed = 0.02f;         // pixels per ms below which momentum stops
};

enum class TouchKind { none, pending, hold, scroll, drag, page };

// What lies where the finger went down, asked once, when the finger first moves past `slop`.
struct TouchProbe {
    // Whether content there can scroll by (dx, dy) pixels (only one of them is non-zero).
    std::function<bool(float dx, float dy)> can_scroll;
    bool over_control = false;  // a control (button, field, label, chart) is under the finger
};

enum class TouchEnd { none, tap, hold, scroll, drag, page };

class TouchGesture {
public:
    explicit TouchGesture(TouchConfig config = {}) : config_(config) {}

    // A finger goes down; whatever gesture was in progress is forgotten.
    void begin(TouchPoint at);
    // The finger moved. Returns whether the app takes the move; false leaves it to the
    // browser (kind() == page, or still pending).
    bool move(TouchPoint at, const TouchProbe& probe);
    // True once, when the finger has stayed within `slop` for `hold_ms`.
    bool hold_due(double now_ms);
    // The finger lifted (or the browser cancelled the touch: pass `cancelled`).
    TouchEnd end(TouchPoint at, bool cancelled = false);

    TouchKind kind() const { return kind_; }
    TouchPoint start() const { return start_; }
    TouchPoint last() const { return last_; }
    // For a scroll: how far the content should move since the previous call (pixels; a
    // finger moving up gives a positive dy, as the content scrolls down).
    std::array<float, 2> take_scroll();
    // For a scroll: the content's speed over the last `velocity_window_ms` of the finger's
    // moves, pixels per ms along the scroll's axis (the glide starts at it).
    std::array<float, 2> scroll_velocity() const;

    const TouchConfig& config() const { return config_; }

private:
    void record(TouchPoint at);

    TouchConfig config_;
    TouchKind kind_ = TouchKind::none;
    TouchPoint start_, last_;
    bool scroll_x_ = false;  // a scroll follows one axis only
    std::array<float, 2> unscrolled_{0.0f, 0.0f};
    static constexpr std::size_t kHistory = 8;
    std::array<TouchPoint, kHistory> history_{};
    std::size_t recorded_ = 0;
};

// The glide after a scroll's finger lifts: the lift-off speed decaying exponentially.
class Glide {
public:
    Glide() = default;
    Glide(std::array<float, 2> velocity, double now_ms, const TouchConfig& config);
    bool active() const { return active_; }
    // Pixels to scroll for the time from the previous step to `now_ms`; stops itself once
    // slower than config.glide_stop_speed.
    std::array<float, 2> step(double now_ms);
    void stop() { active_ = false; }

private:
    std::array<float, 2> velocity_{0.0f, 0.0f};
    double last_ms_ = 0.0;
    double time_constant_ms_ = 325.0;
    float stop_speed_ = 0.02f;
    bool active_ = false;
};

}  // namespace boomerang::ui
