// The wheel over an embed: kept by a panel that can still scroll that way, handed to the host
// page everywhere else (ui/scroll_probe.hpp).
#include <doctest/doctest.h>
#include <imgui.h>

#include "headless_imgui.hpp"
#include "ui/scroll_probe.hpp"

using boomerang::ui::wheel_scrolls_inside;

namespace {

constexpr float kUp = 1.0f;
constexpr float kDown = -1.0f;

// A page with a short panel on the left (nothing to scroll) and a long one on the right.
class Page {
public:
    void frame(float long_scroll_y = -1.0f) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0.0f, 0.0f});
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::BeginChild("short", {300.0f, 0.0f});
        ImGui::TextUnformatted("a few lines");
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("long", {0.0f, 0.0f});
        if (long_scroll_y >= 0.0f) ImGui::SetScrollY(long_scroll_y);
        for (int i = 0; i < 200; ++i) ImGui::Text("line %d", i);
        ImGui::EndChild();
        ImGui::End();
        ImGui::Render();
    }

private:
    boomerang::test::HeadlessImGui imgui_;
};

}  // namespace

TEST_CASE("the wheel over a panel with nothing to scroll goes to the host page") {
    Page page;
    page.frame();
    page.frame();
    CHECK_FALSE(wheel_scrolls_inside(100.0f, 100.0f, 0.0f, kDown));
    CHECK_FALSE(wheel_scrolls_inside(100.0f, 100.0f, 0.0f, kUp));
}

TEST_CASE("a long panel keeps the wheel while it can scroll that way, then lets go") {
    Page page;
    page.frame();
    page.frame();
    SUBCASE("at the top it scrolls down but not up") {
        CHECK(wheel_scrolls_inside(450.0f, 100.0f, 0.0f, kDown));
        CHECK_FALSE(wheel_scrolls_inside(450.0f, 100.0f, 0.0f, kUp));
    }
    SUBCASE("at the bottom it scrolls up but not down") {
        page.frame(1e6f);
        page.frame();
        CHECK(wheel_scrolls_inside(450.0f, 100.0f, 0.0f, kUp));
        CHECK_FALSE(wheel_scrolls_inside(450.0f, 100.0f, 0.0f, kDown));
    }
}

TEST_CASE("outside every window the wheel is the host page's") {
    Page page;
    page.frame();
    CHECK_FALSE(wheel_scrolls_inside(900.0f, 900.0f, 0.0f, kDown));
}
