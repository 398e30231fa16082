// The web app: ui::App in a browser canvas, one frame per requestAnimationFrame.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "platform/glfw_runner.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/web_app.hpp"

namespace boomerang::platform::web {

namespace {

int frames_drawn = 0;

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
    emscripten_set_main_loop(run_frame, 0, false);
    return 0;
}
