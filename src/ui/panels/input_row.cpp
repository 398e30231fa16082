#include "ui/panels/input_row.hpp"

#include <imgui.h>

#include "io/format.hpp"
#include "io/units.hpp"
#include "ui/panels/input_groups.hpp"
#include "ui/state/scrub.hpp"

namespace boomerang::ui {

namespace {

constexpr float kTooltipWidthEm = 26.0f;
constexpr const char* kResetLabel = "↺ reset";

void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

std::string citation_text(const io::Citation& citation) {
    std::string out = citation.kind == io::Citation::Kind::source ? "Source: " : "Assumption: ";
    out += citation.text;
    if (!citation.quote.empty()) out += "\n“" + citation.quote + "”";
    if (!citation.note.empty()) out += "\n" + citation.note;
    return out;
}

// The label doubles as a drag handle: dragging it left or right scrubs the value.
// Returns the CSS-pixel drag distance of this frame (0 when not dragged).
float scrub_label(std::string_view label, bool derived, ViewContext& view, float width) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##scrub", {std::max(width, 1.0f), ImGui::GetTextLineHeight()});
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    if (hot && !derived) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddText(origin, color, label.data(), label.data() + label.size());
    if (derived) {
        const float label_width = ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
        draw->AddText({origin.x + label_width + ImGui::GetStyle().ItemSpacing.x, origin.y}, view.colors.muted_text,
                      "(result)");
    }
    if (!ImGui::IsItemActive() || derived) return 0.0f;
    return ImGui::GetIO().MouseDelta.x / view.pixel_ratio;
}

}  // namespace

void input_tooltip(const Document& document, std::string_view path, std::string_view help) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) || ImGui::IsItemActive()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * kTooltipWidthEm);
    text(help);
    const auto& sources = document.file().sources;
    if (auto found = sources.find(std::string(path)); found != sources.end()) {
        ImGui::Separator();
        ImGui::TextUnformatted(citation_text(found->second).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_input_row(Document& document, InputsState& state, ViewContext& view, const model::InputField& field) {
    const std::string path = io::field_path(field.section, field.key);
    QuantityEditor& editor = state.editors[path];
    const bool derived = is_derived(document.scenario(), field);
    const double origin_value = field.get(document.origin().scenario);
    const double current = field.get(document.scenario());
    const bool can_reset = !derived && current != origin_value;

    ImGui::PushID(path.c_str());
    const float reset_width = can_reset ? ImGui::CalcTextSize(kResetLabel).x + ImGui::GetStyle().FramePadding.x * 2 : 0;
    const float label_width = ImGui::GetContentRegionAvail().x - reset_width - ImGui::GetStyle().ItemSpacing.x;
    const float drag_css_px = scrub_label(field.label, derived, view, label_width);
    view.widgets.record_last_item(path + ".label");
    input_tooltip(document, path, field.help);
    if (ImGui::IsItemDeactivated()) document.end_merge();
    if (drag_css_px != 0.0f) {
        model::Scenario candidate = document.scenario();
        field.set(candidate, scrubbed_value(current, drag_css_px, field));
        editor.error = document.apply(std::move(candidate), path);
    }
    if (can_reset) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - reset_width);
        if (ImGui::SmallButton(kResetLabel)) {
            model::Scenario candidate = document.scenario();
            field.set(candidate, origin_value);
            editor.error = document.apply(std::move(candidate));
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Back to %s (the value of %s)", io::format_value(origin_value, field.unit).c_str(),
                              document.origin_name().empty() ? "the start" : document.origin_name().c_str());
        }
        view.widgets.record_last_item(path + ".reset");
    }

    // A derived value shows what the model computed; typing into it makes it the input.
    const model::OutputField* result = derived ? model::find_output_field(field.section, field.key) : nullptr;
    const double shown = result ? result->get(document.results()) : current;
    if (auto entered = quantity_input(field, shown, editor)) {
        model::Scenario candidate = document.scenario();
        select_as_input(candidate, field);
        field.set(candidate, *entered);
        editor.error = document.apply(std::move(candidate));
    }
    view.widgets.record_last_item(path);
    quantity_error(editor, view.colors.error_text);
    ImGui::PopID();
}

void draw_choice_row(Document& document, ViewContext& view, const model::ChoiceField& field) {
    const std::string path = io::field_path(field.section, field.key);
    ImGui::PushID(path.c_str());
    text(field.label);
    input_tooltip(document, path, field.help);
    const int current = field.get(document.scenario());
    const std::string preview(field.options[static_cast<std::size_t>(current)].label);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##choice", preview.c_str())) {
        for (std::size_t i = 0; i < field.options.size(); ++i) {
            const std::string label(field.options[i].label);
            if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == current)) {
                model::Scenario candidate = document.scenario();
                field.set(candidate, static_cast<int>(i));
                document.apply(std::move(candidate));
            }
        }
        ImGui::EndCombo();
    }
    view.widgets.record_last_item(path);
    ImGui::PopID();
}

}  // namespace boomerang::ui
