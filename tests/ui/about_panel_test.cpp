// The About window, drawn headless (tests/ui/headless_imgui.hpp). Its text is read back the
// way Dear ImGui copies a window's text: logged to the clipboard, which the test holds.
#include "ui/panels/about_panel.hpp"

#include "headless_imgui.hpp"

#include "version/version.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

using namespace boomerang;

namespace {

// The text of one frame of the About window, open: everything it drew, one line per row.
std::string about_text() {
    test::HeadlessImGui imgui({1280.0f, 800.0f});
    std::string copied;
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = &copied;
    io.SetClipboardTextFn = [](void* user_data, const char* text) { *static_cast<std::string*>(user_data) = text; };
    bool open = true;
    for (int frame = 0; frame < 2; ++frame) {  // a window measures its contents in its first frame
        ImGui::NewFrame();
        // Logging ends with the window it began in; begun outside, it spans the About window.
        ImGui::LogToClipboard();
        ui::draw_about_panel(open);
        ImGui::LogFinish();
        ImGui::Render();
    }
    CHECK(open);
    return copied;
}

}  // namespace

TEST_CASE("About shows the version, as --version prints it") {
    const std::string text = about_text();
    REQUIRE(text.find("About Boomerang & sources") != std::string::npos);
    // BOOMERANG_PROJECT_VERSION: project(boomerang VERSION ...) in CMakeLists.txt.
    CHECK(text.find("Version " BOOMERANG_PROJECT_VERSION " (commit " + std::string(version::commit()) + ")") !=
          std::string::npos);
}
