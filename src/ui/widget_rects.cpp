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

void WidgetRects::record_last_text_field(const std::string& id, Keyboard keyboard) {
    record_last_item(id);
    text_fields_[id] = keyboard;
}

std::optional<Keyboard> WidgetRects::text_field_at(float x, float y) const {
    for (const auto& [id, keyboard] : text_fields_) {
        const WidgetRect& r = rects_.at(id);
        if (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height) return keyboard;
    }
    return std::nullopt;
}

std::optional<Keyboard> WidgetRects::keyboard_of(const std::string& id) const {
    const auto found = text_fields_.find(id);
    if (found == text_fields_.end()) return std::nullopt;
    return found->second;
}

std::optional<WidgetRect> WidgetRects::rect_of(const std::string& id) const {
    const auto found = rects_.find(id);
    if (found == rects_.end()) return std::nullopt;
    return found->second;
}

std::string WidgetRects::to_json() const {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [id, r] : rects_) {
        out[id] = {{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}};
    }
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace boomerang::ui
