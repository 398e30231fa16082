#include "ui/widget_rects.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

namespace boomerang::ui {

void WidgetRects::record_last_item(const std::string& id) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    rects_[id] = {min.x, min.y, max.x - min.x, max.y - min.y};
    if (ImGui::IsItemActive()) active_ = id;
}

std::string WidgetRects::to_json() const {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [id, r] : rects_) {
        out[id] = {{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}};
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace boomerang::ui
