#include "ui/pointer_pacing.hpp"

namespace boomerang::ui {

void PointerPacing::before_new_frame() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImVector<ImGuiInputEvent>& queue = g.InputEventsQueue;
    bool moved = false;
    for (int i = 0; i < queue.Size; ++i) {
        const ImGuiInputEvent& event = queue[i];
        if (event.Type == ImGuiInputEventType_MousePos) {
            moved = moved || event.MousePos.PosX != g.IO.MousePos.x || event.MousePos.PosY != g.IO.MousePos.y;
        } else if (event.Type == ImGuiInputEventType_MouseButton && moved) {
            held_.assign(queue.Data + i, queue.Data + queue.Size);
            queue.resize(i);
            return;
        }
    }
}

void PointerPacing::after_new_frame() {
    ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
    for (const ImGuiInputEvent& event : held_) queue.push_back(event);
    held_.clear();
}

}  // namespace boomerang::ui
