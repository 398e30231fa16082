// The desktop app: a GLFW window running ui::App, with files (docs/DESKTOP.md).
//
//   boomerang [FILE] [--frames N] [--screenshot FILE.png] [--size WxH] [--open-dialog]
//   boomerang --help | --version
//
// FILE is a scenario file to open at start; files dropped on the window open too.
// --frames N renders N frames and exits 0 (smoke tests under Xvfb), not counting the frames
// drawn while the system's file dialog is open; --screenshot saves the last frame as PNG
// (docs/screenshots). --open-dialog presses Ctrl+O after the first frame, which shows the
// system's Open dialog (tests/desktop/open_dialog.sh). --version prints the version and git
// commit, as boomerang-cli --version and the About window show them.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "io/file_io.hpp"
#include "platform/desktop/file_dialog.hpp"
#include "platform/desktop/screenshot.hpp"
#include "platform/glfw_runner.hpp"
#include "ui/app.hpp"
#include "version/version.hpp"

namespace {

constexpr const char* kUsage =
    "usage: boomerang [FILE] [--frames N] [--screenshot FILE.png] [--size WxH] [--open-dialog]\n"
    "       boomerang --help | --version\n";

struct Options {
    std::string open_path;  // "": start with the first preset
    long frames = -1;       // -1: run until the window closes
    std::string screenshot_path;
    int width = 1280;
    int height = 800;
    bool open_dialog = false;  // press Ctrl+O after the first frame (tests)
};

int usage(const char* message) {
    std::fprintf(stderr, "boomerang: %s\n%s", message, kUsage);
    return 2;
}

bool parse_options(const std::vector<std::string>& args, Options& options, int& exit_code) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--help" || arg == "-h") {
            std::printf("%s", kUsage);
            exit_code = 0;
            return false;
        } else if (arg == "--version") {
            const std::string_view label = boomerang::version::label();
            std::printf("boomerang %.*s\n", static_cast<int>(label.size()), label.data());
            exit_code = 0;
            return false;
        } else if (arg == "--frames" && has_value) {
            char* end = nullptr;
            options.frames = std::strtol(args[++i].c_str(), &end, 10);
            if (*end != '\0' || options.frames < 1) {
                exit_code = usage("--frames takes a whole number of frames, 1 or more");
                return false;
            }
        } else if (arg == "--open-dialog") {
            options.open_dialog = true;
        } else if (arg == "--screenshot" && has_value) {
            if (const std::string why = boomerang::platform::screenshots_unavailable_reason(); !why.empty()) {
                exit_code = usage(("--screenshot: " + why).c_str());
                return false;
            }
            options.screenshot_path = args[++i];
        } else if (arg == "--size" && has_value) {
            if (std::sscanf(args[++i].c_str(), "%dx%d", &options.width, &options.height) != 2 || options.width < 200 ||
                options.height < 200) {
                exit_code = usage("--size takes WIDTHxHEIGHT in pixels, each at least 200");
                return false;
            }
        } else if (!arg.empty() && arg[0] != '-') {
            if (!options.open_path.empty()) {
                exit_code = usage("give at most one FILE to open");
                return false;
            }
            options.open_path = arg;
        } else {
            exit_code = usage(("unknown or incomplete option " + arg).c_str());
            return false;
        }
    }
    return true;
}

// Dropping files on the window opens the first (a scenario is one file).
void open_dropped(GLFWwindow* window, int count, const char** paths) {
    if (count > 0) static_cast<boomerang::ui::App*>(glfwGetWindowUserPointer(window))->open_path(paths[0]);
}

// Whether to draw another frame. The close button sets "should close"; with unsaved changes
// the app asks first, so the window stays open until the user has chosen.
bool keep_running(boomerang::platform::GlfwRunner& runner, boomerang::ui::App& app) {
    if (app.close_confirmed()) return false;
    if (!runner.should_close()) return true;
    if (app.may_close()) return false;
    glfwSetWindowShouldClose(runner.window(), GLFW_FALSE);
    return true;
}

// Ctrl+O as the GLFW backend would send it, over the frames after the first: the modifier,
// then the key, then both released.
void press_ctrl_o(long frames_drawn) {
    ImGuiIO& io = ImGui::GetIO();
    if (frames_drawn == 1) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    if (frames_drawn == 2) io.AddKeyEvent(ImGuiKey_O, true);
    if (frames_drawn == 3) {
        io.AddKeyEvent(ImGuiKey_O, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
    }
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    int exit_code = 0;
    // UTF-8 on every system: a FILE to open may have any name (io::command_line_arguments).
    if (!parse_options(boomerang::io::command_line_arguments(argc, argv), options, exit_code)) return exit_code;

    boomerang::platform::GlfwRunner runner;
    if (!runner.open({.title = "Boomerang", .width = options.width, .height = options.height})) return 1;

    // The system's Open and Save dialogs, where it has them (platform/desktop/file_dialog.hpp).
    boomerang::platform::FileDialog dialog(boomerang::platform::system_dialog_tool());
    boomerang::ui::App app({.files = true, .file_dialogs = dialog.available()});
    if (!options.open_path.empty()) app.open_path(options.open_path);
    glfwSetWindowUserPointer(runner.window(), &app);
    glfwSetDropCallback(runner.window(), open_dropped);
    std::string screenshot_error;
    const boomerang::platform::GlfwRunner::FrameHook save_screenshot = [&](int width, int height) {
        screenshot_error = boomerang::platform::save_framebuffer_png(options.screenshot_path, width, height);
    };
    long counted = 0;  // frames drawn with no dialog open (--frames)
    for (long drawn = 0; keep_running(runner, app) && (options.frames < 0 || counted < options.frames); ++drawn) {
        if (options.open_dialog) press_ctrl_o(drawn);
        float scale_x = 1.0f, scale_y = 1.0f;
        glfwGetWindowContentScale(runner.window(), &scale_x, &scale_y);
        const bool last = counted + 1 == options.frames && !options.screenshot_path.empty();
        runner.frame(app, scale_x, last ? save_screenshot : boomerang::platform::GlfwRunner::FrameHook{});
        for (const boomerang::ui::HostRequest& request : app.take_requests()) dialog.start(request);
        if (auto answer = dialog.poll()) app.answer_file_dialog(*answer);
        if (!dialog.busy()) ++counted;
    }
    runner.close();
    if (!screenshot_error.empty()) {
        std::fprintf(stderr, "boomerang: %s\n", screenshot_error.c_str());
        return 1;
    }
    return 0;
}
