#include "ui/app.hpp"

#include <algorithm>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "io/units.hpp"
#include "ui/flow_layout.hpp"
#include "ui/panels/about_panel.hpp"
#include "ui/panels/compare_panel.hpp"
#include "ui/panels/inputs_panel.hpp"
#include "ui/panels/results_panel.hpp"

namespace boomerang::ui {

namespace {

// Below this width (CSS pixels: an article column, a phone) panels stack in one column.
constexpr float kStackBelowCssPx = 700.0f;
constexpr float kInputsColumnShare = 0.38f;
constexpr float kPresetMenuCssPx = 300.0f;

// The first preset is the one a new visitor sees.
Document initial_document(const std::vector<Preset>& presets) {
    if (presets.empty()) return Document(io::ScenarioFile{}, "defaults");
    return Document(presets.front().file, presets.front().id);
}

void section_title(ViewContext& view, const char* title) {
    ImGui::PushFont(view.fonts.title);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
}

}  // namespace

App::App(HostCapabilities host)
    : host_(host), presets_(load_presets(preset_errors_)), document_(initial_document(presets_)) {
    if (host_.files) load_recent_files(files_);
}

void App::set_theme(Theme theme) {
    theme_ = theme;
    apply_theme(theme_, pixel_ratio_);
}

void App::set_pixel_ratio(float pixel_ratio) {
    pixel_ratio_ = pixel_ratio > 0.0f ? pixel_ratio : 1.0f;
    fonts_ = load_fonts(pixel_ratio_);
    apply_theme(theme_, pixel_ratio_);
}

ViewContext App::view_context() { return {fonts_, theme_, palette(theme_), pixel_ratio_, widgets_}; }

void App::open_preset(std::size_t index) {
    if (index >= presets_.size()) return;
    if (document_.open(presets_[index].file, presets_[index].id).empty()) forget_view_state();
}

void App::forget_view_state() {
    inputs_ = {};
    charts_.selected_company.reset();
}

void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    // While a text field has focus, Ctrl+Z belongs to the field.
    if (io.WantTextInput || !io.KeyCtrl) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        io.KeyShift ? document_.redo() : document_.undo();
    } else if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
        document_.redo();
    }
}

void App::draw() {
    widgets_.begin_frame();
    handle_shortcuts();
    ViewContext view = view_context();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Boomerang", nullptr, kFlags);
    // An embed is a figure in someone's article: no header, only what it was asked to show.
    if (!embed_.enabled) draw_header(view);
    if (host_.sharing) draw_notice(share_, view);
    draw_layout(view);
    ImGui::End();
    draw_about_panel(about_open_);
    if (host_.files) draw_close_dialog(document_, files_, view);
    if (host_.sharing) draw_embed_dialog(document_, share_, view);
}

void App::draw_layout(ViewContext& view) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float padding = ImGui::GetStyle().WindowPadding.y;
    const EmbedView shown = embed_.enabled ? embed_.view : EmbedView::all;
    if (shown == EmbedView::inputs || shown == EmbedView::charts || shown == EmbedView::results) {
        if (shown == EmbedView::inputs) draw_inputs_panel(document_, inputs_, view);
        if (shown == EmbedView::results) draw_results_panel(document_, charts_.selected_company, view);
        if (shown == EmbedView::charts) draw_charts_panel(document_, charts_, view);
        content_height_ = ImGui::GetCursorPosY() + padding;
        return;
    }
    if (viewport->WorkSize.x < view.px(kStackBelowCssPx)) {
        if (host_.files && draw_file_panel(document_, files_, view)) forget_view_state();
        draw_inputs_panel(document_, inputs_, view);
        ImGui::Spacing();
        draw_results(view);
        content_height_ = ImGui::GetCursorPosY() + padding;
        return;
    }
    // Side by side, each column scrolls on its own; the content needs the taller column.
    const float top = ImGui::GetCursorPosY();
    float inputs_height = 0.0f;
    float results_height = 0.0f;
    const float inputs_width = ImGui::GetContentRegionAvail().x * kInputsColumnShare;
    ImGui::BeginChild("inputs", {inputs_width, 0.0f}, ImGuiChildFlags_None);
    if (host_.files && draw_file_panel(document_, files_, view)) forget_view_state();
    draw_inputs_panel(document_, inputs_, view);
    inputs_height = ImGui::GetCursorPosY();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("results", {0.0f, 0.0f}, ImGuiChildFlags_None);
    draw_results(view);
    results_height = ImGui::GetCursorPosY();
    ImGui::EndChild();
    content_height_ = top + std::max(inputs_height, results_height) + padding;
}

void App::draw_header(ViewContext& view) {
    section_title(view, "Boomerang");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(view.px(kPresetMenuCssPx), ImGui::GetContentRegionAvail().x));
    const std::string current = document_.file().title.empty() ? document_.origin_name() : document_.file().title;
    if (ImGui::BeginCombo("##preset", current.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (std::size_t i = 0; i < presets_.size(); ++i) {
            if (ImGui::Selectable(presets_[i].file.title.c_str(), presets_[i].id == document_.origin_name())) {
                open_preset(i);
            }
            widgets_.record_last_item("preset." + presets_[i].id);
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) && !document_.file().description.empty()) {
        ImGui::SetTooltip("%s", document_.file().description.c_str());
    }
    widgets_.record_last_item("presets");

    flow_next("Undo");
    ImGui::BeginDisabled(!document_.can_undo());
    if (ImGui::Button("Undo")) document_.undo();
    ImGui::EndDisabled();
    widgets_.record_last_item("undo");
    flow_next("Redo");
    ImGui::BeginDisabled(!document_.can_redo());
    if (ImGui::Button("Redo")) document_.redo();
    ImGui::EndDisabled();
    widgets_.record_last_item("redo");

    const char* compare_label = pinned_ ? "Stop comparing" : "Pin as A to compare";
    flow_next(compare_label);
    if (ImGui::Button(compare_label)) pinned_ = pinned_ ? std::nullopt : std::optional<Document>(document_);
    widgets_.record_last_item("compare");
    const char* theme_label = theme_ == Theme::light ? "Dark" : "Light";
    flow_next(theme_label);
    if (ImGui::Button(theme_label)) set_theme(theme_ == Theme::light ? Theme::dark : Theme::light);
    widgets_.record_last_item("theme_toggle");
    flow_next("About & sources");
    if (ImGui::Button("About & sources")) about_open_ = true;
    widgets_.record_last_item("about");
    if (host_.sharing) draw_share_buttons(document_, share_, view);
    for (const std::string& error : preset_errors_) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("%s", error.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
}

void App::draw_results(ViewContext& view) {
    section_title(view, "What the deal means");
    draw_results_panel(document_, charts_.selected_company, view);
    if (pinned_) {
        ImGui::Spacing();
        draw_compare_panel(*pinned_, document_, view);
    }
    ImGui::Spacing();
    draw_charts_panel(document_, charts_, view);
}

std::string App::state_json() const {
    const model::Scenario& scenario = document_.scenario();
    const model::ScenarioResults& results = document_.results();
    nlohmann::json inputs = nlohmann::json::object();
    for (const model::InputField& field : model::input_fields()) {
        inputs[std::string(model::section_name(field.section))][std::string(field.key)] = field.get(scenario);
    }
    for (const model::ChoiceField& field : model::choice_fields()) {
        inputs[std::string(model::section_name(field.section))][std::string(field.key)] =
            std::string(field.options[static_cast<std::size_t>(field.get(scenario))].key);
    }
    nlohmann::json outputs = nlohmann::json::object();
    for (const model::OutputField& field : model::output_fields()) {
        outputs[std::string(model::section_name(field.section))][std::string(field.key)] = field.get(results);
    }
    nlohmann::json ratios = nlohmann::json::object();
    for (const model::CompanyResult& company : results.network.companies) ratios[company.name] = company.boomerang_ratio;
    outputs["network"]["boomerang_ratio"] = ratios;
    const nlohmann::json view = {{"theme", theme_ == Theme::light ? "light" : "dark"},
                                 {"title", document_.file().title},
                                 {"preset", document_.origin_name()},
                                 {"compare", pinned_.has_value()},
                                 {"content_height_css", content_height_ / pixel_ratio_},
                                 {"can_undo", document_.can_undo()},
                                 {"typing", ImGui::GetIO().WantTextInput},
                                 {"active_widget", widgets_.active_id()},
                                 {"modified", document_.modified()},
                                 {"embed", embed_.enabled},
                                 {"notice", share_.notice ? share_.notice->text : std::string()},
                                 {"notice_is_error", share_.notice && share_.notice->is_error}};
    // Replacing rather than refusing a broken character: dump() must not throw (no exceptions
    // in the web build), whatever a text field let through.
    return nlohmann::json{{"inputs", inputs}, {"outputs", outputs}, {"view", view}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace boomerang::ui
