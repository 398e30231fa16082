// Buttons that wrap like words: the header's row of buttons runs onto a new line on a phone
// instead of off the screen.
#pragma once

#include <imgui.h>

namespace boomerang::ui {

// Puts the next button (labelled `label`) on this line if it fits, else starts a new line.
inline void flow_next(const char* label) {
    const float width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

}  // namespace boomerang::ui
