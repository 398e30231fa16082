#include "platform/glfw_runner.hpp"

#include <algorithm>
#include <cstdio>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace boomerang::platform {

namespace {

void print_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "GLFW error %d: %s\n", code, description);
}

// WebGL 2 is OpenGL ES 3.0; the desktop asks for a 3.2 core profile.
#ifdef __EMSCRIPTEN__
constexpr const char* kGlslVersion = "#version 300 es";
#else
constexpr const char* kGlslVersion = "#version 150";
#endif

}  // namespace

bool GlfwRunner::open(const WindowOptions& options) {
    glfwSetErrorCallback(print_glfw_error);
    if (!glfwInit()) {
        std::fprintf(stderr, "Cannot start: GLFW could not initialise (no display?)\n");
        return false;
    }
#ifdef __EMSCRIPTEN__
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#else
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
#endif
    window_ = glfwCreateWindow(options.width, options.height, options.title, nullptr, nullptr);
    if (!window_) {
        std::fprintf(stderr, "Cannot start: no OpenGL 3 window could be created\n");
        glfwTerminate();
        return false;
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.IniFilename = nullptr;  // layout is ours, not a file next to the binary
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init(kGlslVersion);
    return true;
}

void GlfwRunner::frame(ui::App& app, float pixel_ratio, const FrameHook& before_swap) {
    const double start_seconds = glfwGetTime();
    glfwPollEvents();
    if (pixel_ratio != pixel_ratio_) {
        pixel_ratio_ = pixel_ratio;
        app.set_pixel_ratio(pixel_ratio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.draw();
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    glViewport(0, 0, width, height);
    const ui::Rgba clear = app.background();
    glClearColor(clear.r, clear.g, clear.b, clear.a);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    frame_times_ms_[frames_timed_++ % frame_time_capacity] = (glfwGetTime() - start_seconds) * 1000.0;
    if (before_swap) before_swap(width, height);
    glfwSwapBuffers(window_);
}

std::size_t GlfwRunner::frame_time_count() const { return std::min(frames_timed_, frame_time_capacity); }

double GlfwRunner::frame_time_ms(std::size_t index) const {
    const std::size_t oldest = frames_timed_ - frame_time_count();
    return frame_times_ms_[(oldest + index) % frame_time_capacity];
}

bool GlfwRunner::should_close() const { return glfwWindowShouldClose(window_); }

void GlfwRunner::close() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
    window_ = nullptr;
}

}  // namespace boomerang::platform
