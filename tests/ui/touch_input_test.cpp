// A finger applied to Dear ImGui (ui/touch_input.hpp): a tap clicks, a vertical swipe scrolls
// the panel under the finger and hands the rest to the one around it, a swipe where nothing
// scrolls is left to the browser, a long press shows details and clicks nothing, a sideways
// drag presses the control under the finger.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "headless_imgui.hpp"
#include "ui/touch_input.hpp"

using boomerang::ui::TouchEnd;
using boomerang::ui::TouchInput;
using boomerang::ui::TouchKind;

namespace {

// A page with a button and a short panel on the left and a long panel on the right.
class Page {
public:
    // One frame at `ms`, with the finger's update first, as the platform runs it.
    void frame(TouchInput& touch, double ms) {
        touch.update(ms);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0.0f, 0.0f});
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::BeginChild("short", {300.0f, 0.0f});
        if (ImGui::Button("press me", {200.0f, 40.0f})) ++clicks;
        if (ImGui::IsItemActive()) pressed = true;
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("long", {0.0f, 0.0f});
        for (int i = 0; i < 200; ++i) ImGui::Text("line %d", i);
        long_scroll = ImGui::GetScrollY();
        ImGui::EndChild();
        ImGui::End();
        ImGui::Render();
    }
    void frames(TouchInput& touch, double& ms, int count) {
        for (int i = 0; i < count; ++i) frame(touch, ms += 16.0);
    }

    int clicks = 0;
    bool pressed = false;
    float long_scroll = 0.0f;

private:
    boomerang::test::HeadlessImGui imgui_;
};

// The page after its first two frames, with a finger ready and the clock at `ms`.
struct Scene {
    Scene() { page.frames(touch, ms, 2); }
    Page page;
    TouchInput touch;
    double ms = 0.0;
};

constexpr float kButtonX = 100.0f, kButtonY = 30.0f;  // inside "press me"
constexpr float kLongX = 450.0f;                      // over the long panel

}  // namespace

TEST_CASE_FIXTURE(Scene, "a tap on a button clicks it once") {
    CHECK_FALSE(touch.begin(kButtonX, kButtonY, ms));
    page.frames(touch, ms, 2);
    CHECK(touch.end(kButtonX, kButtonY, ms) == TouchEnd::tap);
    page.frames(touch, ms, 6);
    CHECK(page.clicks == 1);
}

TEST_CASE_FIXTURE(Scene, "a vertical swipe over the long panel scrolls it by the finger's pixels") {
    touch.begin(kLongX, 300.0f, ms);
    page.frames(touch, ms, 1);
    CHECK(touch.move(kLongX, 250.0f, ms += 16.0));
    CHECK(touch.kind() == TouchKind::scroll);
    CHECK(touch.move(kLongX, 200.0f, ms += 16.0));
    page.frames(touch, ms, 1);
    CHECK(page.long_scroll == doctest::Approx(100.0f));
    // Held still before lifting: no glide.
    ms += 300.0;
    CHECK(touch.end(kLongX, 200.0f, ms) == TouchEnd::scroll);
    page.frames(touch, ms, 5);
    CHECK(page.long_scroll == doctest::Approx(100.0f));
    CHECK(page.clicks == 0);
}

TEST_CASE_FIXTURE(Scene, "a quick swipe glides on after the finger lifts, and the glide stops by itself") {
    touch.begin(kLongX, 350.0f, ms);
    for (float y = 330.0f; y >= 150.0f; y -= 20.0f) touch.move(kLongX, y, ms += 10.0);
    touch.end(kLongX, 150.0f, ms += 10.0);
    page.frames(touch, ms, 1);
    const float lifted = page.long_scroll;
    bool gliding = true;
    for (int i = 0; i < 400 && gliding; ++i) gliding = touch.update(ms += 16.0) || page.long_scroll != lifted;
    page.frames(touch, ms, 200);
    CHECK(page.long_scroll > lifted + 100.0f);
    CHECK_FALSE(touch.update(ms += 16.0));  // no more frames wanted
}

TEST_CASE_FIXTURE(Scene, "a vertical swipe over the short panel, which cannot scroll, is left to the browser") {
    touch.begin(kButtonX, 200.0f, ms);
    CHECK_FALSE(touch.move(kButtonX, 120.0f, ms += 16.0));
    CHECK(touch.kind() == TouchKind::page);
    CHECK(touch.end(kButtonX, 120.0f, ms += 16.0) == TouchEnd::page);
    page.frames(touch, ms, 4);
    CHECK(page.clicks == 0);
}

TEST_CASE_FIXTURE(Scene, "a long press shows details where the finger rests and clicks nothing") {
    touch.begin(kButtonX, kButtonY, ms);
    page.frames(touch, ms, 40);  // 0.64 s
    CHECK(touch.kind() == TouchKind::hold);
    CHECK(ImGui::GetHoveredID() != 0);
    CHECK(touch.end(kButtonX, kButtonY, ms) == TouchEnd::hold);
    page.frames(touch, ms, 4);
    CHECK(page.clicks == 0);
}

TEST_CASE_FIXTURE(Scene, "a sideways drag from a control presses it and lets go when the finger lifts") {
    touch.begin(kButtonX, kButtonY, ms);
    page.frames(touch, ms, 2);
    CHECK(touch.move(kButtonX + 40.0f, kButtonY + 2.0f, ms += 16.0));
    CHECK(touch.kind() == TouchKind::drag);
    page.frames(touch, ms, 3);
    CHECK(page.pressed);
    touch.end(kButtonX + 40.0f, kButtonY + 2.0f, ms += 16.0);
    page.frames(touch, ms, 4);
    CHECK_FALSE(ImGui::IsMouseDown(ImGuiMouseButton_Left));
}

TEST_CASE_FIXTURE(Scene, "a second finger drops the gesture: a drag is let go, nothing is clicked") {
    touch.begin(kButtonX, kButtonY, ms);
    page.frames(touch, ms, 2);
    touch.move(kButtonX + 40.0f, kButtonY, ms += 16.0);
    page.frames(touch, ms, 2);
    touch.cancel();
    page.frames(touch, ms, 4);
    CHECK(touch.kind() == TouchKind::none);
    CHECK_FALSE(ImGui::IsMouseDown(ImGuiMouseButton_Left));
    CHECK(page.clicks == 0);
}
