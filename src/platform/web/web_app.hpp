// The single app instance of the web build (a page runs one calculator).
#pragma once

#include "platform/glfw_runner.hpp"
#include "ui/app.hpp"
#include "ui/touch_input.hpp"

namespace boomerang::platform::web {

ui::App& app();
GlfwRunner& runner();
// The finger on the canvas (web/touch.js passes its events through boomerang_touch).
ui::TouchInput& touch();
int frame_count();

}  // namespace boomerang::platform::web
