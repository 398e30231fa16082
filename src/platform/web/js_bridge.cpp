// The functions the page calls (window.boomerang in web/loader.js), and the one we call.
#include "platform/web/js_bridge.hpp"

#include <cstdio>
#include <string>

#include <emscripten/emscripten.h>

#include "platform/web/web_app.hpp"

namespace boomerang::platform::web {

EM_JS(void, js_notify_ready, (), {
    if (Module.onReady) Module.onReady();
});

void notify_ready() { js_notify_ready(); }

}  // namespace boomerang::platform::web

namespace {

// ccall copies the returned string before the next call, so one buffer per function is enough.
const char* keep(std::string& buffer, std::string value) {
    buffer = std::move(value);
    return buffer.c_str();
}

}  // namespace

extern "C" {

// Current inputs and outputs as JSON (the same keys as boomerang-cli eval --json).
EMSCRIPTEN_KEEPALIVE const char* boomerang_state_json() {
    static std::string buffer;
    return keep(buffer, boomerang::platform::web::app().state_json());
}

// The scenario in force as a scenario file (the same format boomerang-cli reads).
EMSCRIPTEN_KEEPALIVE const char* boomerang_scenario_json() {
    static std::string buffer;
    return keep(buffer, boomerang::platform::web::app().scenario_json());
}

// Screen rectangles of the interactive widgets drawn in the last frame, in canvas pixels.
EMSCRIPTEN_KEEPALIVE const char* boomerang_widgets_json() {
    static std::string buffer;
    return keep(buffer, boomerang::platform::web::app().widgets_json());
}

// CPU milliseconds of the most recent frames, oldest first (bench/browser_frame_time.mjs).
EMSCRIPTEN_KEEPALIVE const char* boomerang_frame_times_json() {
    static std::string buffer;
    const auto& runner = boomerang::platform::web::runner();
    std::string json = "[";
    char number[32];
    for (std::size_t i = 0; i < runner.frame_time_count(); ++i) {
        std::snprintf(number, sizeof number, "%s%.4f", i ? "," : "", runner.frame_time_ms(i));
        json += number;
    }
    return keep(buffer, json + "]");
}

// Frames drawn since start: tests use it to check the page is idle.
EMSCRIPTEN_KEEPALIVE int boomerang_frame_count() { return boomerang::platform::web::frame_count(); }

}
