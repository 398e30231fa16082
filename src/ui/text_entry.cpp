#include "ui/text_entry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/scroll_probe.hpp"

namespace boomerang::ui {

std::optional<TextEntry> active_text_entry(const WidgetRects& widgets) {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context) return std::nullopt;
    const ImGuiInputTextState* state = ImGui::GetInputTextState(context->ActiveId);
    const std::optional<Keyboard> keyboard = widgets.keyboard_of(widgets.active_id());
    if (!state || !keyboard) return std::nullopt;
    TextEntry entry;
    entry.widget = widgets.active_id();
    entry.keyboard = *keyboard;
    // The edit buffer holds UTF-16 code units; at most 3 bytes of UTF-8 each.
    std::string text(static_cast<std::size_t>(state->CurLenW) * 3 + 1, '\0');
    const int bytes = ImTextStrToUtf8(text.data(), static_cast<int>(text.size()), state->TextW.Data,
                                      state->TextW.Data + state->CurLenW);
    text.resize(static_cast<std::size_t>(bytes));
    entry.text = std::move(text);
    entry.all_selected =
        state->HasSelection() && state->Stb.select_start == 0 && state->Stb.select_end == state->CurLenW;
    entry.by_touch = ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen;
    return entry;
}

void replace_active_text(std::string_view text) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_A, true);
    io.AddKeyEvent(ImGuiKey_A, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    if (text.empty()) {
        io.AddKeyEvent(ImGuiKey_Delete, true);
        io.AddKeyEvent(ImGuiKey_Delete, false);
    } else {
        io.AddInputCharactersUTF8(std::string(text).c_str());
    }
}

void press_enter() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Enter, true);
    io.AddKeyEvent(ImGuiKey_Enter, false);
}

void keep_in_view(const WidgetRects& widgets, const std::string& widget, float visible_bottom) {
    const std::optional<WidgetRect> rect = widgets.rect_of(widget);
    if (!rect) return;
    const float margin = ImGui::GetFrameHeight();
    const float x = rect->x + rect->width / 2, y = rect->y + rect->height / 2;
    if (rect->y + rect->height > visible_bottom - margin) {
        scroll_content_at(x, y, 0.0f, rect->y + rect->height - (visible_bottom - margin));
    } else if (rect->y < margin) {
        scroll_content_at(x, y, 0.0f, rect->y - margin);
    }
}

}  // namespace boomerang::ui
