// GlfwRunner: the window, the GL context and Dear ImGui's GLFW + OpenGL 3 backends.
//
// Shared by the desktop and the web entry points; each owns the main loop, because a
// browser calls us once per animation frame while the desktop loops itself.
#pragma once

#include <array>
#include <cstddef>
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

    // CPU time of the most recent frames in milliseconds (events, GUI, models, charts and
    // draw-call submission; not the wait for the display), oldest first. For benchmarks.
    static constexpr std::size_t frame_time_capacity = 1024;
    std::size_t frame_time_count() const;
    double frame_time_ms(std::size_t index) const;

private:
    GLFWwindow* window_ = nullptr;
    float pixel_ratio_ = 0.0f;
    std::array<double, frame_time_capacity> frame_times_ms_{};
    std::size_t frames_timed_ = 0;
};

}  // namespace boomerang::platform
