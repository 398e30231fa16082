#include "ui/scroll_probe.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace boomerang::ui {

namespace {

// Like Dear ImGui's own choice of the window under the mouse: the front-most one drawn in
// the last frame whose rectangle holds the point.
ImGuiWindow* window_at(const ImGuiContext& g, ImVec2 point) {
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* window = g.Windows[i];
        if (!window->WasActive || window->Hidden) continue;
        if (window->Rect().Contains(point)) return window;
    }
    return nullptr;
}

bool can_scroll(const ImGuiWindow& window, float wheel, int axis) {
    if (window.Flags & ImGuiWindowFlags_NoScrollWithMouse) return false;
    if (window.ScrollMax[axis] <= 0.0f) return false;
    return wheel > 0.0f ? window.Scroll[axis] > 0.0f : window.Scroll[axis] < window.ScrollMax[axis];
}

}  // namespace

bool wheel_scrolls_inside(float x, float y, float wheel_x, float wheel_y) {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context) return false;
    const ImGuiContext& g = *context;
    // A drag, an open menu or a modal dialog keeps the wheel: the page must not move under it.
    if (g.ActiveId != 0 || g.OpenPopupStack.Size > 0) return true;
    // Dear ImGui hands the wheel from a window that cannot scroll to its parent: do the same.
    for (const ImGuiWindow* window = window_at(g, {x, y}); window; window = window->ParentWindow) {
        if (wheel_y != 0.0f && can_scroll(*window, wheel_y, ImGuiAxis_Y)) return true;
        if (wheel_x != 0.0f && can_scroll(*window, wheel_x, ImGuiAxis_X)) return true;
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return false;
}

bool content_scrolls_at(float x, float y, float dx, float dy) { return wheel_scrolls_inside(x, y, -dx, -dy); }

bool scroll_content_at(float x, float y, float dx, float dy) {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context) return false;
    float left[2] = {dx, dy};
    bool moved = false;
    for (ImGuiWindow* window = window_at(*context, {x, y}); window; window = window->ParentWindow) {
        for (int axis = 0; axis < 2; ++axis) {
            if (left[axis] == 0.0f || (window->Flags & ImGuiWindowFlags_NoScrollWithMouse)) continue;
            // Several moves may come between two frames: build on the scroll already asked for.
            const float target = window->ScrollTarget[axis];
            const float now = target != FLT_MAX ? target : window->Scroll[axis];
            const float wanted = now + left[axis];
            const float reached = std::clamp(wanted, 0.0f, std::max(0.0f, window->ScrollMax[axis]));
            if (reached != now) {
                axis == 0 ? ImGui::SetScrollX(window, reached) : ImGui::SetScrollY(window, reached);
                moved = true;
            }
            left[axis] = wanted - reached;
        }
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return moved;
}

}  // namespace boomerang::ui
