// The web app: ui::App in a browser canvas, drawn on requestAnimationFrame while anything
// may change and not at all otherwise (frame_scheduler.hpp).
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "platform/glfw_runner.hpp"
#include "platform/web/clipboard.hpp"
#include "platform/web/frame_scheduler.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/web_app.hpp"
#include "ui/scroll_probe.hpp"

namespace boomerang::platform::web {

namespace {

int frames_drawn = 0;
std::string reported_text_entry;
unsigned reported_revision = ~0u;
float reported_height_css = -1.0f;

// Mirrors Dear ImGui's own conversion: 100 pixels, 3 lines or 1/80 page make one step.
// A turn over a part that cannot scroll is left to the browser, so a page embedding the
// calculator scrolls as if the pointer were over a picture.
EM_BOOL on_canvas_wheel(int, const EmscriptenWheelEvent* event, void*) {
    float per_unit = 1.0f / 100.0f;
    if (event->deltaMode == DOM_DELTA_LINE) per_unit = 1.0f / 3.0f;
    if (event->deltaMode == DOM_DELTA_PAGE) per_unit = 80.0f;
    const float wheel_x = static_cast<float>(-event->deltaX) * per_unit;
    const float wheel_y = static_cast<float>(-event->deltaY) * per_unit;
    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const float x = static_cast<float>(event->mouse.targetX) * ratio;
    const float y = static_cast<float>(event->mouse.targetY) * ratio;
    if (!ui::wheel_scrolls_inside(x, y, wheel_x, wheel_y)) return EM_FALSE;
    ImGui::GetIO().AddMousePosEvent(x, y);
    ImGui::GetIO().AddMouseWheelEvent(wheel_x, wheel_y);
    wake();
    return EM_TRUE;
}

// Dear ImGui 1.90.1's GLFW backend listens for the wheel on the whole document and cancels
// it: Chrome treats document-level wheel listeners as passive (a console error per event)
// and a page embedding us could not scroll. Listen on the canvas only.
void listen_for_wheel_on_canvas() {
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, on_canvas_wheel);
}

// Emscripten 3.1.6's GLFW passes the browser's UTF-16 code units one at a time (an emoji's
// keypress may carry only its first half). Dear ImGui pairs halves itself and replaces a lone
// half with U+FFFD, so text fields only ever hold valid UTF-8.
void on_character(GLFWwindow*, unsigned int code) {
    if (code <= 0xFFFF) {
        ImGui::GetIO().AddInputCharacterUTF16(static_cast<ImWchar16>(code));
    } else {
        ImGui::GetIO().AddInputCharacter(code);
    }
    wake();
}

void tell_the_page_what_changed() {
    if (app().revision() != reported_revision) {
        reported_revision = app().revision();
        notify_scenario_changed();
    }
    const std::optional<ui::TextEntry> entry = app().text_entry();
    const std::string entry_key = entry ? entry->widget + (entry->by_touch ? " by touch" : "") : "";
    if (entry_key != reported_text_entry) {
        reported_text_entry = entry_key;
        notify_text_entry(entry);
    }
    const float height = app().content_height_css();
    if (height != reported_height_css) {
        reported_height_css = height;
        notify_content_height(height);
    }
}

void draw_frame() {
    // Long presses and glides move with time: they ask for the frames that show them.
    touch().set_pixel_ratio(static_cast<float>(emscripten_get_device_pixel_ratio()));
    if (touch().update(emscripten_get_now())) wake();
    runner().frame(app(), static_cast<float>(emscripten_get_device_pixel_ratio()),
                   [](int, int) { carry_out(app().take_requests()); });
    tell_the_page_what_changed();
    if (app().working()) wake(1);  // a large book's ratios, a slice a frame
    if (++frames_drawn == 1) notify_ready();
}

}  // namespace

ui::App& app() {
    static ui::App instance({.files = false, .sharing = true});
    return instance;
}

ui::TouchInput& touch() {
    static ui::TouchInput instance;
    return instance;
}

GlfwRunner& runner() {
    static GlfwRunner instance;
    return instance;
}

int frame_count() { return frames_drawn; }

}  // namespace boomerang::platform::web

int main() {
    using namespace boomerang::platform::web;
    // The page (loader.js) sizes the canvas; this is only the size before it does.
    if (!runner().open({.title = "Boomerang", .width = 1280, .height = 800})) return 1;
    // A blinking text cursor would need a frame every half second forever.
    ImGui::GetIO().ConfigInputTextCursorBlink = false;
    use_browser_clipboard();
    // Emscripten 3.1.6's GLFW cancels every wheel event on the canvas while a scroll callback
    // is set, so a page embedding us could never scroll. Dear ImGui's GLFW backend ignores
    // that callback under Emscripten anyway: on_canvas_wheel feeds the wheel instead.
    glfwSetScrollCallback(runner().window(), nullptr);
    glfwSetCharCallback(runner().window(), on_character);
    listen_for_wheel_on_canvas();
    start_frame_loop(draw_frame);
    return 0;
}
