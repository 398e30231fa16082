// A Dear ImGui context of its own for a test, without a window or a GPU: display size, a
// 60 Hz frame time and the built-in font (ProggyClean) are set, no ini or log file is
// written, and the previous context comes back afterwards. font() is that font, for a
// test that hands the views their ui::Fonts: `ui::Fonts{f, f, f}`.
#pragma once

#include <imgui.h>

namespace boomerang::test {

class HeadlessImGui {
public:
    // Without the built-in font for a test whose views bring their own (the whole App).
    enum class Font { built_in, none };

    explicit HeadlessImGui(ImVec2 display_size = {600.0f, 400.0f}, Font font = Font::built_in)
        : previous_(ImGui::GetCurrentContext()), context_(ImGui::CreateContext()) {
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = display_size;
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        if (font == Font::none) return;
        font_ = io.Fonts->AddFontDefault();
        io.Fonts->Build();
    }
    ~HeadlessImGui() {
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous_);
    }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    ImFont* font() const { return font_; }

private:
    ImGuiContext* previous_;
    ImGuiContext* context_;
    ImFont* font_ = nullptr;
};

}  // namespace boomerang::test
