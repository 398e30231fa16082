#include "ui/quantity_input.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/format.hpp"
#include "io/scenario_paths.hpp"
#include "io/units.hpp"

namespace boomerang::ui {

Keyboard keyboard_for(model::Unit unit) {
    using model::Unit;
    switch (unit) {
        case Unit::usd_per_gpu_hour:
        case Unit::usd_per_mwh:
        case Unit::usd_per_share:
        case Unit::kw_per_gpu:
        case Unit::mw:
        case Unit::gw:
        case Unit::gw_per_year:
        case Unit::gw_per_week:
        case Unit::twh_per_year:
        case Unit::dies_per_wafer:
        case Unit::dies_per_gpu:
        case Unit::ratio:
        case Unit::months:
        case Unit::days:
        case Unit::years:
        case Unit::calendar_year: return Keyboard::decimal;
        default: return Keyboard::text;
    }
}

std::optional<std::optional<double>> quantity_input(const QuantityField& field, std::optional<double> value,
                                                    QuantityEditor& editor) {
    ImGui::PushID(field.path.c_str());
    const bool has_error = !editor.error.empty();
    if (has_error) ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(210, 50, 40, 255));

    // While the field is not being edited it shows the value in force (or the refused
    // entry, so the user can fix their typo instead of retyping it).
    if (!editor.editing && !has_error) editor.text = value ? io::format_value(*value, field.unit) : std::string();

    ImGui::SetNextItemWidth(-1.0f);
    const char* hint = field.may_be_empty ? "not set" : "";
    const bool entered = ImGui::InputTextWithHint(
        "##value", hint, &editor.text, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
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
    if (field.may_be_empty && editor.text.find_first_not_of(" \t") == std::string::npos) {
        editor.error.clear();
        return std::optional<double>();
    }
    const auto parsed = io::parse_bounded(editor.text, field.unit, field.bounds, field.path);
    if (!parsed) {
        editor.error = parsed.error().message;
        return std::nullopt;
    }
    editor.error.clear();
    return std::optional<double>(parsed.value());
}

std::optional<double> quantity_input(const model::InputField& field, double value, QuantityEditor& editor) {
    const QuantityField spec{io::field_path(field.section, field.key), field.unit, field.bounds};
    const auto entered = quantity_input(spec, value, editor);
    if (!entered || !*entered) return std::nullopt;
    return **entered;
}

void quantity_error(const QuantityEditor& editor, unsigned error_color) {
    if (editor.error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, error_color);
    ImGui::TextWrapped("%s", editor.error.c_str());
    ImGui::PopStyleColor();
}

}  // namespace boomerang::ui
