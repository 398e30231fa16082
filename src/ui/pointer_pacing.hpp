// Pointer pacing: a press that arrives in the same frame as the pointer's move waits a frame.
//
// Dear ImGui lets a widget that may overlap others (tabs, selectables with AllowOverlap) take a
// press only if it was hovered the frame before. A trackpad tap, a touch tap or a scripted
// click moves the pointer and presses and releases it between two frames, so such a widget
// never saw it hovered and ignored the click: a chart tab lit up and showed nothing new.
// Holding the button events back one frame whenever the pointer moved first gives every click
// a hovered frame, as a hand on a mouse always does. The runner calls before_new_frame()
// just before ImGui::NewFrame() and after_new_frame() just after.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

namespace boomerang::ui {

class PointerPacing {
public:
    // Takes out of Dear ImGui's input queue every event from the first mouse button change
    // that follows a move of the pointer.
    void before_new_frame();
    // Puts them back, behind whatever the frame left queued, for the next frame.
    void after_new_frame();
    bool holding() const { return !held_.empty(); }

private:
    std::vector<ImGuiInputEvent> held_;
};

}  // namespace boomerang::ui
