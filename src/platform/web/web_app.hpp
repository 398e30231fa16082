// The single app instance of the web build (a page runs one calculator).
#pragma once

#include "platform/glfw_runner.hpp"
#include "ui/app.hpp"

namespace boomerang::platform::web {

ui::App& app();
GlfwRunner& runner();
int frame_count();

}  // namespace boomerang::platform::web
