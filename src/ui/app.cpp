#include "ui/app.hpp"

#include <algorithm>
#include <array>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "io/format.hpp"
#include "io/units.hpp"

namespace boomerang::ui {

namespace {

// Below this width (CSS pixels: an article column, a phone) panels stack in one column.
constexpr float kStackBelowCssPx = 700.0f;
constexpr float kInputsColumnShare = 0.42f;
constexpr float kCardMinWidthCssPx = 220.0f;

struct FieldRef {
    model::Section section;
    std::string_view key;
};

// The first slice of the calculator: what a deal buys and what the hardware costs.
constexpr std::array kDealInputs = {
    FieldRef{model::Section::capacity, "deal_size_usd"},
    FieldRef{model::Section::capacity, "capacity_gw"},
    FieldRef{model::Section::capacity, "gpus"},
    FieldRef{model::Section::capacity, "gpus_per_gw"},
    FieldRef{model::Section::capacity, "hardware_usd_per_gw"},
};
constexpr std::array kFigures = {
    FieldRef{model::Section::capacity, "gpus"},
    FieldRef{model::Section::capacity, "capacity_gw"},
    FieldRef{model::Section::capacity, "hardware_capex_usd"},
    FieldRef{model::Section::capacity, "hardware_usd_per_gpu"},
};

void help_marker(std::string_view text) {
    if (text.empty() || !ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

App::App() {
    if (auto evaluated = model::evaluate(scenario_)) results_ = evaluated.value();
}

void App::set_pixel_ratio(float pixel_ratio) {
    pixel_ratio_ = pixel_ratio > 0.0f ? pixel_ratio : 1.0f;
    fonts_ = load_fonts(pixel_ratio_);
    apply_theme(theme_, pixel_ratio_);
}

bool App::is_derived(const model::InputField& field) const {
    if (field.section != model::Section::capacity) return false;
    const auto size_by = scenario_.capacity.size_by;
    if (field.key == "deal_size_usd") return size_by != model::SizeBy::deal_size;
    if (field.key == "capacity_gw") return size_by != model::SizeBy::capacity;
    if (field.key == "gpus") return size_by != model::SizeBy::gpus;
    return false;
}

std::string App::try_edit(const model::InputField& field, double value) {
    model::Scenario candidate = scenario_;
    // Typing into a derived size (deal size, GW or GPUs) makes it the one the deal is sized by.
    if (field.section == model::Section::capacity) {
        if (field.key == "deal_size_usd") candidate.capacity.size_by = model::SizeBy::deal_size;
        if (field.key == "capacity_gw") candidate.capacity.size_by = model::SizeBy::capacity;
        if (field.key == "gpus") candidate.capacity.size_by = model::SizeBy::gpus;
    }
    field.set(candidate, value);
    auto evaluated = model::evaluate(candidate);
    if (!evaluated) return evaluated.error().message;
    scenario_ = candidate;
    results_ = evaluated.value();
    return {};
}

void App::draw() {
    widgets_.begin_frame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Boomerang", nullptr, kFlags);
    draw_header();

    const bool stacked = viewport->WorkSize.x < px(kStackBelowCssPx);
    if (stacked) {
        draw_inputs();
        ImGui::Spacing();
        draw_results();
    } else if (ImGui::BeginTable("layout", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthStretch, kInputsColumnShare);
        ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 1.0f - kInputsColumnShare);
        ImGui::TableNextColumn();
        draw_inputs();
        ImGui::TableNextColumn();
        draw_results();
        ImGui::EndTable();
    }
    ImGui::End();
}

void App::draw_header() {
    ImGui::PushFont(fonts_.title);
    ImGui::TextUnformatted("Boomerang");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, palette(theme_).muted_text);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("what an AI compute deal really buys");
    ImGui::PopStyleColor();

    const char* theme_label = theme_ == Theme::light ? "Dark theme" : "Light theme";
    const float button_width = ImGui::CalcTextSize(theme_label).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetContentRegionMax().x - button_width);
    if (ImGui::Button(theme_label)) {
        theme_ = theme_ == Theme::light ? Theme::dark : Theme::light;
        apply_theme(theme_, pixel_ratio_);
    }
    widgets_.record_last_item("theme_toggle");
    ImGui::Separator();
}

void App::draw_inputs() {
    ImGui::PushFont(fonts_.title);
    ImGui::TextUnformatted("Deal");
    ImGui::PopFont();
    if (const auto* size_by = model::find_choice_field(model::Section::capacity, "size_by")) draw_choice_row(*size_by);
    for (const FieldRef& ref : kDealInputs) {
        if (const model::InputField* field = model::find_input_field(ref.section, ref.key)) draw_input_row(*field);
    }
}

void App::draw_choice_row(const model::ChoiceField& field) {
    const std::string id = io::field_path(field.section, field.key);
    ImGui::TextUnformatted(field.label.data(), field.label.data() + field.label.size());
    help_marker(field.help);
    const int current = field.get(scenario_);
    ImGui::SetNextItemWidth(-1.0f);
    const std::string preview(field.options[static_cast<size_t>(current)].label);
    if (ImGui::BeginCombo(("##" + id).c_str(), preview.c_str())) {
        for (size_t i = 0; i < field.options.size(); ++i) {
            const std::string label(field.options[i].label);
            if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == current)) {
                model::Scenario candidate = scenario_;
                field.set(candidate, static_cast<int>(i));
                if (auto evaluated = model::evaluate(candidate)) {
                    scenario_ = candidate;
                    results_ = evaluated.value();
                }
            }
        }
        ImGui::EndCombo();
    }
    widgets_.record_last_item(id);
}

void App::draw_input_row(const model::InputField& field) {
    const std::string id = io::field_path(field.section, field.key);
    QuantityEditor& editor = editors_[id];
    const bool derived = is_derived(field);
    ImGui::TextUnformatted(field.label.data(), field.label.data() + field.label.size());
    help_marker(field.help);
    if (derived) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, palette(theme_).muted_text);
        ImGui::TextUnformatted("(derived)");
        ImGui::PopStyleColor();
    }
    // A derived size shows what the model computed; typing into it re-sizes the deal by it.
    const double shown = derived ? model::find_output_field(field.section, field.key)->get(results_)
                                 : field.get(scenario_);
    if (auto entered = quantity_input(field, shown, editor)) {
        editor.error = try_edit(field, *entered);
    }
    widgets_.record_last_item(id);
    quantity_error(editor, palette(theme_).error_text);
}

void App::draw_results() {
    ImGui::PushFont(fonts_.title);
    ImGui::TextUnformatted("What it buys");
    ImGui::PopFont();
    const float available = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const int columns = std::max(1, static_cast<int>((available + spacing) / (px(kCardMinWidthCssPx) + spacing)));
    const float card_width = (available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    int column = 0;
    for (const FieldRef& ref : kFigures) {
        const model::OutputField* field = model::find_output_field(ref.section, ref.key);
        if (!field) continue;
        if (column++ % columns != 0) ImGui::SameLine();
        draw_figure_card(*field, card_width);
    }
}

void App::draw_figure_card(const model::OutputField& field, float width) {
    const std::string id = "figure." + io::field_path(field.section, field.key);
    const float height = fonts_.figure->FontSize + ImGui::GetFontSize() + ImGui::GetStyle().WindowPadding.y * 2.5f;
    ImGui::BeginChild(id.c_str(), {width, height}, ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleColor(ImGuiCol_Text, palette(theme_).muted_text);
    ImGui::TextUnformatted(field.label.data(), field.label.data() + field.label.size());
    ImGui::PopStyleColor();
    ImGui::PushFont(fonts_.figure);
    ImGui::PushStyleColor(ImGuiCol_Text, palette(theme_).accent);
    ImGui::TextUnformatted(io::format_value(field.get(results_), field.unit).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::EndChild();
    widgets_.record_last_item(id);
    help_marker(field.formula);
}

std::string App::state_json() const {
    nlohmann::json inputs = nlohmann::json::object();
    for (const model::InputField& field : model::input_fields()) {
        inputs[std::string(model::section_name(field.section))][std::string(field.key)] = field.get(scenario_);
    }
    for (const model::ChoiceField& field : model::choice_fields()) {
        inputs[std::string(model::section_name(field.section))][std::string(field.key)] =
            std::string(field.options[static_cast<size_t>(field.get(scenario_))].key);
    }
    nlohmann::json outputs = nlohmann::json::object();
    for (const model::OutputField& field : model::output_fields()) {
        outputs[std::string(model::section_name(field.section))][std::string(field.key)] = field.get(results_);
    }
    const nlohmann::json view = {{"theme", theme_ == Theme::light ? "light" : "dark"}};
    return nlohmann::json{{"inputs", inputs}, {"outputs", outputs}, {"view", view}}.dump();
}

}  // namespace boomerang::ui
