// GlfwRunner: the window, the GL context and Dear ImGui's GLFW + OpenGL 3 backends.
//
// Shared by the desktop and the web entry points; each owns the main loop, because a
// browser calls us once per animation frame while the desktop loops itself.
#pragma once

#include <functional>

#include "ui/app.hpp"

struct GLFWwindow;

namespace boomerang::platform {

struct WindowOptions {
    const char* title = "Boomerang";
    int width = 1280;
    int height = 800;
    bool visible = true;
};

class GlfwRunner {
public:
    // Returns false (and prints why) when no window or GL context can be had.
    bool open(const WindowOptions& options);
    // One frame: events, the app's GUI, render, swap. `pixel_ratio` is the platform's
    // device pixel ratio; fonts and sizes are rebuilt when it changes. `before_swap`, if
    // given, sees the finished frame (width, height in pixels) while it can still be read.
    using FrameHook = std::function<void(int width, int height)>;
    void frame(ui::App& app, float pixel_ratio, const FrameHook& before_swap = nullptr);
    bool should_close() const;
    void close();
    GLFWwindow* window() const { return window_; }

private:
    GLFWwindow* window_ = nullptr;
    float pixel_ratio_ = 0.0f;
};

}  // namespace boomerang::platform
