// Controls sized for a mouse or for a finger (ui/theme.hpp).
#include <doctest/doctest.h>
#include <imgui.h>

#include <initializer_list>

#include "headless_imgui.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

using namespace boomerang::ui;

namespace {

// A frame (button, field, header) is the body text plus its padding above and below.
float frame_height_css(float pixel_ratio) { return body_font_css + ImGui::GetStyle().FramePadding.y * 2 / pixel_ratio; }

}  // namespace

TEST_CASE("for a finger every control is at least 44 CSS pixels tall, at any pixel ratio, with room between") {
    boomerang::test::HeadlessImGui imgui;
    for (const float ratio : {1.0f, 2.0f, 3.0f}) {
        apply_theme(Theme::light, ratio, Sizes::finger);
        CHECK(frame_height_css(ratio) >= doctest::Approx(touch_target_css));
        const float finger_spacing = ImGui::GetStyle().ItemSpacing.y;
        apply_theme(Theme::light, ratio, Sizes::pointer);
        CHECK(frame_height_css(ratio) < touch_target_css);  // a mouse keeps the compact layout
        CHECK(finger_spacing > ImGui::GetStyle().ItemSpacing.y);
    }
}
