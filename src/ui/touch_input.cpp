#include "ui/touch_input.hpp"

#include <cfloat>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/scroll_probe.hpp"

namespace boomerang::ui {

namespace {

// Dear ImGui's hover delays (1.90) for a mouse; with a finger, details wait for a long press.
constexpr float kMouseHoverDelayShort = 0.15f;
constexpr float kMouseHoverDelayNormal = 0.40f;

// Dear ImGui tags every later mouse event with the last source given: each of ours is a
// finger's, and the source goes back to the mouse at once, for the GLFW backend's events.
void pointer_at(float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
}

void press(bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, down);
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
}

// After a tap or a drag nothing stays hovered: a finger that lifted points at nothing.
void pointer_gone() { pointer_at(-FLT_MAX, -FLT_MAX); }

}  // namespace

void TouchInput::set_pixel_ratio(float pixel_ratio) {
    if (pixel_ratio <= 0.0f || pixel_ratio == pixel_ratio_ || gesture_.kind() != TouchKind::none) return;
    pixel_ratio_ = pixel_ratio;
    TouchConfig config;
    config.slop *= pixel_ratio;
    config.glide_stop_speed *= pixel_ratio;
    gesture_ = TouchGesture(config);
}

bool TouchInput::begin(float x, float y, double ms) {
    glide_.stop();
    if (gesture_.kind() == TouchKind::drag) press(false);
    gesture_.begin({x, y, ms});
    // The pointer rests under the finger: a press shows as a press, a long one as details.
    pointer_at(x, y);
    return false;  // the browser may still scroll the page, once the finger moves
}

bool TouchInput::move(float x, float y, double ms) {
    const TouchKind was = gesture_.kind();
    const TouchPoint start = gesture_.start();
    TouchProbe probe;
    probe.can_scroll = [&](float dx, float dy) { return content_scrolls_at(start.x, start.y, dx, dy); };
    probe.over_control = ImGui::GetCurrentContext() && GImGui->HoveredIdPreviousFrame != 0;
    const bool taken = gesture_.move({x, y, ms}, probe);
    const TouchKind now = gesture_.kind();
    if (was == TouchKind::pending && now != TouchKind::pending) {
        if (now == TouchKind::drag) {
            press(true);
        } else if (now == TouchKind::scroll || now == TouchKind::page) {
            pointer_gone();
        }
    }
    if (now == TouchKind::drag) pointer_at(x, y);
    if (now == TouchKind::scroll) {
        const auto [dx, dy] = gesture_.take_scroll();
        scroll_content_at(start.x, start.y, dx, dy);
    }
    return taken;
}

TouchEnd TouchInput::end(float x, float y, double ms) {
    const TouchPoint start = gesture_.start();
    const TouchEnd ended = gesture_.end({x, y, ms});
    switch (ended) {
        case TouchEnd::tap:
            pointer_at(x, y);
            press(true);
            press(false);
            pointer_gone();
            break;
        case TouchEnd::drag:
            press(false);
            pointer_gone();
            break;
        case TouchEnd::scroll:
            glide_ = Glide(gesture_.scroll_velocity(), ms, gesture_.config());
            glide_at_ = start;
            break;
        case TouchEnd::hold: break;  // the details stay until the next touch
        case TouchEnd::page:
        case TouchEnd::none: pointer_gone(); break;
    }
    return ended;
}

void TouchInput::cancel() {
    // Let go away from the control, so a button under the finger does not count a click.
    pointer_gone();
    if (gesture_.kind() == TouchKind::drag) press(false);
    gesture_.end(gesture_.last(), /*cancelled=*/true);
    glide_.stop();
}

bool TouchInput::update(double ms) {
    if (!ImGui::GetCurrentContext()) return false;
    ImGuiStyle& style = ImGui::GetStyle();
    const bool touch = ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen;
    const auto hold_s = static_cast<float>(gesture_.config().hold_ms / 1000.0);
    style.HoverDelayShort = touch ? hold_s : kMouseHoverDelayShort;
    style.HoverDelayNormal = touch ? hold_s : kMouseHoverDelayNormal;

    gesture_.hold_due(ms);
    if (glide_.active()) {
        const auto [dx, dy] = glide_.step(ms);
        if (!scroll_content_at(glide_at_.x, glide_at_.y, dx, dy)) glide_.stop();  // reached an end
    }
    const TouchKind kind = gesture_.kind();
    const bool finger_down = kind != TouchKind::none && kind != TouchKind::page;
    return finger_down || glide_.active() || !GImGui->InputEventsQueue.empty();
}

}  // namespace boomerang::ui
