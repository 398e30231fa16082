#include "ui/theme.hpp"

#include <imgui.h>

#include "ui/fonts.hpp"

namespace boomerang::ui {

namespace {

// Sizes at 1× in pixels; scaled by the device pixel ratio.
constexpr float kWindowPadding = 16.0f;
constexpr float kFramePaddingX = 8.0f;
constexpr float kFramePaddingY = 6.0f;
constexpr float kItemSpacingX = 10.0f;
constexpr float kItemSpacingY = 8.0f;
constexpr float kRounding = 6.0f;

// For a finger: frames (buttons, fields, headers, radio buttons) touch_target_css tall around
// the 16 px text, and more space between items so a finger lands on the one it aims at.
constexpr float kFingerFramePaddingY = (touch_target_css - body_font_css) / 2.0f;
constexpr float kFingerItemSpacingX = 12.0f;
constexpr float kFingerItemSpacingY = 10.0f;

void apply_sizes(ImGuiStyle& style, Sizes sizes) {
    const bool finger = sizes == Sizes::finger;
    style.WindowPadding = {kWindowPadding, kWindowPadding};
    style.FramePadding = {kFramePaddingX, finger ? kFingerFramePaddingY : kFramePaddingY};
    style.ItemSpacing = {finger ? kFingerItemSpacingX : kItemSpacingX, finger ? kFingerItemSpacingY : kItemSpacingY};
    style.CellPadding = {kFramePaddingX, kFramePaddingY / 2};
    style.WindowRounding = 0.0f;
    style.ChildRounding = kRounding;
    style.FrameRounding = kRounding;
    style.PopupRounding = kRounding;
    style.GrabRounding = kRounding;
    style.ScrollbarSize = 12.0f;
    style.ScrollbarRounding = kRounding;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.FrameBorderSize = 1.0f;
}

ImVec4 rgba(Rgba c) { return {c.r, c.g, c.b, c.a}; }

}  // namespace

Rgba background_color(Theme theme) {
    return theme == Theme::dark ? Rgba{0.086f, 0.094f, 0.114f, 1.0f} : Rgba{0.961f, 0.965f, 0.973f, 1.0f};
}

Palette palette(Theme theme) {
    if (theme == Theme::dark) {
        return {IM_COL32(122, 178, 255, 255), IM_COL32(160, 168, 184, 255), IM_COL32(255, 128, 112, 255),
                IM_COL32(30, 33, 40, 255)};
    }
    return {IM_COL32(22, 92, 200, 255), IM_COL32(88, 96, 112, 255), IM_COL32(180, 35, 24, 255),
            IM_COL32(255, 255, 255, 255)};
}

void apply_theme(Theme theme, float pixel_ratio, Sizes sizes) {
    ImGuiStyle style;
    if (theme == Theme::dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_FrameBg] = {0.14f, 0.15f, 0.18f, 1.0f};
        style.Colors[ImGuiCol_Border] = {0.24f, 0.26f, 0.31f, 1.0f};
        style.Colors[ImGuiCol_Header] = {0.18f, 0.21f, 0.27f, 1.0f};
        style.Colors[ImGuiCol_HeaderHovered] = {0.22f, 0.27f, 0.36f, 1.0f};
        style.Colors[ImGuiCol_HeaderActive] = {0.26f, 0.32f, 0.44f, 1.0f};
        style.Colors[ImGuiCol_Button] = {0.19f, 0.23f, 0.31f, 1.0f};
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_FrameBg] = {1.0f, 1.0f, 1.0f, 1.0f};
        style.Colors[ImGuiCol_Border] = {0.80f, 0.82f, 0.86f, 1.0f};
        style.Colors[ImGuiCol_Text] = {0.11f, 0.12f, 0.15f, 1.0f};
        // Group headers and buttons: quiet grey-blue, so the figures stay the loudest thing.
        style.Colors[ImGuiCol_Header] = {0.86f, 0.89f, 0.94f, 1.0f};
        style.Colors[ImGuiCol_HeaderHovered] = {0.80f, 0.85f, 0.93f, 1.0f};
        style.Colors[ImGuiCol_HeaderActive] = {0.74f, 0.81f, 0.92f, 1.0f};
        style.Colors[ImGuiCol_Button] = {0.88f, 0.91f, 0.96f, 1.0f};
    }
    style.Colors[ImGuiCol_WindowBg] = rgba(background_color(theme));
    style.Colors[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(palette(theme).card);
    apply_sizes(style, sizes);
    style.ScaleAllSizes(pixel_ratio);
    ImGui::GetStyle() = style;
}

}  // namespace boomerang::ui
