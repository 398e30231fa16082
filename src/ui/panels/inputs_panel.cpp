#include "ui/panels/inputs_panel.hpp"

#include <imgui.h>

#include "ui/panels/input_groups.hpp"
#include "ui/panels/input_row.hpp"
#include "ui/panels/list_editors.hpp"

namespace boomerang::ui {

namespace {

void draw_field(Document& document, InputsState& state, ViewContext& view, model::Section section,
                std::string_view key) {
    if (const model::ChoiceField* choice = model::find_choice_field(section, key)) {
        draw_choice_row(document, view, *choice);
    } else if (const model::InputField* field = model::find_input_field(section, key)) {
        draw_input_row(document, state, view, *field);
    }
}

void draw_group_fields(Document& document, InputsState& state, ViewContext& view, const InputGroup& group) {
    if (!group.keys.empty()) {
        for (std::string_view key : group.keys) draw_field(document, state, view, group.section, key);
        return;
    }
    for (const model::ChoiceField& choice : model::choice_fields()) {
        if (choice.section == group.section) draw_choice_row(document, view, choice);
    }
    for (const model::InputField& field : model::input_fields()) {
        if (field.section == group.section) draw_input_row(document, state, view, field);
    }
}

}  // namespace

void draw_inputs_panel(Document& document, InputsState& state, ViewContext& view) {
    for (const InputGroup& group : input_groups()) {
        const std::string title(group.title);
        ImGui::PushFont(view.fonts.title);
        const bool open = ImGui::CollapsingHeader(title.c_str(), group.open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0);
        ImGui::PopFont();
        view.widgets.record_last_item("group." + title);
        if (!open) continue;
        ImGui::PushID(title.c_str());
        draw_group_fields(document, state, view, group);
        for (ListEditor list : group.lists) draw_list_editor(document, state, view, list);
        ImGui::PopID();
        ImGui::Spacing();
    }
}

}  // namespace boomerang::ui
