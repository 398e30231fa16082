// The web app: ui::App in a browser canvas, one frame per requestAnimationFrame.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "platform/glfw_runner.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/web_app.hpp"

namespace boomerang::platform::web {

namespace {

int frames_drawn = 0;

// Mirrors Dear ImGui's own conversion: 100 pixels, 3 lines or 1/80 page make one step.
EM_BOOL on_canvas_wheel(int, const EmscriptenWheelEvent* event, void*) {
    float per_unit = 1.0f / 100.0f;
    if (event->deltaMode == DOM_DELTA_LINE) per_unit = 1.0f / 3.0f;
    if (event->deltaMode == DOM_DELTA_PAGE) per_unit = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX) * per_unit,
                                      static_cast<float>(-event->deltaY) * per_unit);
    return EM_TRUE;
}

// Dear ImGui 1.90.1's GLFW backend listens for the wheel on the whole document and cancels
// it: Chrome treats document-level wheel listeners as passive (a console error per event)
// and a page embedding us could not scroll. Listen on the canvas only.
void listen_for_wheel_on_canvas() {
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, on_canvas_wheel);
}

void run_frame() {
    runner().frame(app(), static_cast<float>(emscripten_get_device_pixel_ratio()));
    if (++frames_drawn == 1) notify_ready();
}

}  // namespace

ui::App& app() {
    static ui::App instance;
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
    listen_for_wheel_on_canvas();
    emscripten_set_main_loop(run_frame, 0, false);
    return 0;
}
