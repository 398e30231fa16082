#include "ui/quantity_input.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/format.hpp"
#include "io/units.hpp"

namespace boomerang::ui {

std::optional<double> quantity_input(const model::InputField& field, double value, QuantityEditor& editor) {
    ImGui::PushID(io::field_path(field.section, field.key).c_str());
    const bool has_error = !editor.error.empty();
    if (has_error) ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(210, 50, 40, 255));

    // While the field is not being edited it shows the value in force (or the refused
    // entry, so the user can fix their typo instead of retyping it).
    if (!editor.editing && !has_error) editor.text = io::format_value(value, field.unit);

    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputText("##value", &editor.text,
                                          ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    editor.editing = ImGui::IsItemActive();
    const bool cancelled = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    const bool committed = entered || (ImGui::IsItemDeactivatedAfterEdit() && !cancelled);
    if (has_error) ImGui::PopStyleColor();
    ImGui::PopID();

    if (cancelled) {
        editor.error.clear();
        return std::nullopt;
    }
    if (!committed) return std::nullopt;
    const auto parsed = io::parse_input(editor.text, field);
    if (!parsed) {
        editor.error = parsed.error().message;
        return std::nullopt;
    }
    editor.error.clear();
    return parsed.value();
}

void quantity_error(const QuantityEditor& editor, unsigned error_color) {
    if (editor.error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, error_color);
    ImGui::TextWrapped("%s", editor.error.c_str());
    ImGui::PopStyleColor();
}

}  // namespace boomerang::ui
