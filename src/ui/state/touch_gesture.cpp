#include "ui/state/touch_gesture.hpp"

#include <algorithm>
#include <cmath>

namespace boomerang::ui {

namespace {

float distance(TouchPoint a, TouchPoint b) { return std::hypot(b.x - a.x, b.y - a.y); }

}  // namespace

void TouchGesture::begin(TouchPoint at) {
    kind_ = TouchKind::pending;
    start_ = last_ = at;
    unscrolled_ = {0.0f, 0.0f};
    recorded_ = 0;
    record(at);
}

void TouchGesture::record(TouchPoint at) {
    history_[recorded_++ % kHistory] = at;
    last_ = at;
}

bool TouchGesture::move(TouchPoint at, const TouchProbe& probe) {
    if (kind_ == TouchKind::none) return false;
    const TouchPoint previous = last_;
    record(at);
    switch (kind_) {
        case TouchKind::none:
        case TouchKind::page: return false;
        case TouchKind::hold:
        case TouchKind::drag: return true;
        case TouchKind::scroll:
            // The content moves against the finger: a finger going up scrolls towards the end.
            if (scroll_x_) {
                unscrolled_[0] += previous.x - at.x;
            } else {
                unscrolled_[1] += previous.y - at.y;
            }
            return true;
        case TouchKind::pending: break;
    }
    if (distance(start_, at) < config_.slop) return false;
    const float dx = at.x - start_.x, dy = at.y - start_.y;
    const bool can_x = probe.can_scroll && probe.can_scroll(-dx, 0.0f);
    const bool can_y = probe.can_scroll && probe.can_scroll(0.0f, -dy);
    if (std::abs(dy) >= std::abs(dx)) {
        kind_ = can_y ? TouchKind::scroll : TouchKind::page;
        scroll_x_ = false;
    } else if (probe.over_control) {
        kind_ = TouchKind::drag;
    } else {
        kind_ = can_x ? TouchKind::scroll : TouchKind::page;
        scroll_x_ = true;
    }
    // The content catches up with the finger from where it went down.
    if (kind_ == TouchKind::scroll) unscrolled_ = scroll_x_ ? std::array{-dx, 0.0f} : std::array{0.0f, -dy};
    return kind_ != TouchKind::page;
}

bool TouchGesture::hold_due(double now_ms) {
    if (kind_ != TouchKind::pending || now_ms - start_.ms < config_.hold_ms) return false;
    kind_ = TouchKind::hold;
    return true;
}

TouchEnd TouchGesture::end(TouchPoint at, bool cancelled) {
    const TouchKind was = kind_;
    kind_ = TouchKind::none;
    if (was != TouchKind::none && was != TouchKind::pending) record(at);
    switch (was) {
        case TouchKind::none: return TouchEnd::none;
        case TouchKind::hold: return TouchEnd::hold;
        case TouchKind::scroll: return TouchEnd::scroll;
        case TouchKind::drag: return TouchEnd::drag;
        case TouchKind::page: return TouchEnd::page;
        case TouchKind::pending: break;
    }
    if (cancelled || distance(start_, at) >= config_.slop) return TouchEnd::none;
    return at.ms - start_.ms >= config_.hold_ms ? TouchEnd::hold : TouchEnd::tap;
}

std::array<float, 2> TouchGesture::take_scroll() {
    const std::array<float, 2> out = unscrolled_;
    unscrolled_ = {0.0f, 0.0f};
    return out;
}

std::array<float, 2> TouchGesture::scroll_velocity() const {
    if (recorded_ < 2) return {0.0f, 0.0f};
    const std::size_t kept = recorded_ < kHistory ? recorded_ : kHistory;
    TouchPoint oldest = last_;
    for (std::size_t back = 1; back < kept; ++back) {
        const TouchPoint& sample = history_[(recorded_ - 1 - back) % kHistory];
        if (last_.ms - sample.ms > config_.velocity_window_ms) break;
        oldest = sample;
    }
    const double elapsed = last_.ms - oldest.ms;
    if (elapsed <= 0.0) return {0.0f, 0.0f};
    const auto speed = [&](float from, float to) { return static_cast<float>((from - to) / elapsed); };
    return scroll_x_ ? std::array{speed(oldest.x, last_.x), 0.0f} : std::array{0.0f, speed(oldest.y, last_.y)};
}

Glide::Glide(std::array<float, 2> velocity, double now_ms, const TouchConfig& config)
    : velocity_(velocity),
      last_ms_(now_ms),
      time_constant_ms_(config.glide_time_constant_ms),
      stop_speed_(config.glide_stop_speed),
      active_(std::hypot(velocity[0], velocity[1]) >= config.glide_stop_speed) {}

std::array<float, 2> Glide::step(double now_ms) {
    if (!active_) return {0.0f, 0.0f};
    const double elapsed = std::max(0.0, now_ms - last_ms_);
    last_ms_ = now_ms;
    // The distance covered while the speed decays from v to v·e^(−t/τ) is v·τ·(1 − e^(−t/τ)).
    const double decay = std::exp(-elapsed / time_constant_ms_);
    const auto covered = static_cast<float>(time_constant_ms_ * (1.0 - decay));
    const std::array<float, 2> out{velocity_[0] * covered, velocity_[1] * covered};
    velocity_[0] *= static_cast<float>(decay);
    velocity_[1] *= static_cast<float>(decay);
    if (std::hypot(velocity_[0], velocity_[1]) < stop_speed_) active_ = false;
    return out;
}

}  // namespace boomerang::ui
