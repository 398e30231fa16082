#include "ui/app.hpp"

#include <algorithm>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "ui/flow_layout.hpp"
#include "ui/panels/about_panel.hpp"
#include "ui/panels/book_summary_panel.hpp"
#include "ui/panels/compare_panel.hpp"
#include "ui/panels/deal_editor_panel.hpp"
#include "ui/panels/deal_figures_panel.hpp"

namespace boomerang::ui {

namespace {

// Below this width (CSS pixels: an article column, a phone) panels stack in one column.
constexpr float kStackBelowCssPx = 700.0f;
constexpr float kInputsColumnShare = 0.38f;
constexpr float kPresetMenuCssPx = 300.0f;

// The first preset is the one a new visitor sees.
BookDocument initial_document(const std::vector<Preset>& presets) {
    if (presets.empty()) {
        io::BookFile empty;  // only when no preset loaded: the header shows why
        empty.book.window = {2025, 2030};
        return BookDocument(empty, "empty book");
    }
    return BookDocument(presets.front().file, presets.front().id());
}

void section_title(ViewContext& view, const char* title) {
    ImGui::PushFont(view.fonts.title);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
}

}  // namespace

App::App(HostCapabilities host)
    : host_(host), presets_(load_presets(preset_errors_)), document_(initial_document(presets_)) {
    files_.dialogs = host_.file_dialogs;
    if (host_.files) load_recent_files(files_);
}

std::vector<HostRequest> App::take_requests() {
    std::vector<HostRequest> requests;
    requests.swap(share_.requests);
    requests.insert(requests.end(), files_.requests.begin(), files_.requests.end());
    files_.requests.clear();
    return requests;
}

void App::set_theme(Theme theme) {
    theme_ = theme;
    apply_theme(theme_, pixel_ratio_, sizes_);
}

void App::set_pixel_ratio(float pixel_ratio) {
    pixel_ratio_ = pixel_ratio > 0.0f ? pixel_ratio : 1.0f;
    fonts_ = load_fonts(pixel_ratio_);
    apply_theme(theme_, pixel_ratio_, sizes_);
}

ViewContext App::view_context() { return {fonts_, theme_, palette(theme_), pixel_ratio_, widgets_, sizes_}; }

void App::set_sizes(Sizes sizes) {
    if (sizes == sizes_) return;
    sizes_ = sizes;
    apply_theme(theme_, pixel_ratio_, sizes_);
}

void App::open_preset(std::size_t index) {
    if (index >= presets_.size()) return;
    open_book(presets_[index].file, presets_[index].id());
}

std::string App::open_book(io::BookFile file, std::string origin_name) {
    const std::string refused = document_.open(std::move(file), std::move(origin_name));
    if (refused.empty()) forget_view_state();
    return refused;
}

void App::open_book(io::LoadedBook loaded, std::string origin_name) {
    document_.open(std::move(loaded), std::move(origin_name));
    forget_view_state();
}

void App::forget_view_state() {
    editor_ = {};
    deals_ = {};
    charts_.selected_company.reset();
    if (embed_.enabled) deals_.selected = embed_.deal;
    keep_selection_valid(document_, deals_);
}

void App::set_embed(EmbedOptions embed) {
    embed_ = std::move(embed);
    if (embed_.enabled && !embed_.deal.empty()) deals_.selected = embed_.deal;
}

void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    // While a text field has focus, Ctrl+Z and Ctrl+V belong to the field.
    if (io.WantTextInput || !io.KeyCtrl) return;
    if (ImGui::IsKeyPressed(ImGuiKey_V, false) && !embed_.enabled) {
        // Text pasted outside any field is a headline to read.
        const char* pasted = ImGui::GetClipboardText();
        if (pasted && *pasted) open_headline_panel(headline_, std::string(pasted));
    } else if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        io.KeyShift ? document_.redo() : document_.undo();
    } else if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
        document_.redo();
    }
}

void App::draw() {
    // A large book's ratios are solved a slice per frame (BookDocument::advance_ratios).
    document_.advance_ratios();
    if (pinned_) pinned_->advance_ratios();
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
    if (deals_.headline_asked) {
        deals_.headline_asked = false;
        open_headline_panel(headline_);
    }
    draw_about_panel(about_open_);
    if (auto added = draw_headline_panel(headline_, document_, view)) deals_.selected = *added;
    if (host_.files) draw_close_dialog(document_, files_, view);
    if (host_.sharing) draw_embed_dialog(document_, permalink(), deals_.selected, share_, view);
    keep_text_entry_in_view();
}

void App::set_visible_bottom_css(float y) {
    if (y == visible_bottom_css_) return;
    visible_bottom_css_ = y;
    kept_in_view_.clear();  // the keyboard came or went: bring the field up again
}

// Once per field and per change of the visible area, so the reader may still scroll away.
void App::keep_text_entry_in_view() {
    const std::optional<TextEntry> entry = text_entry();
    if (!entry) {
        kept_in_view_.clear();
        return;
    }
    if (entry->widget == kept_in_view_) return;
    kept_in_view_ = entry->widget;
    const float display_bottom = ImGui::GetIO().DisplaySize.y;
    const float bottom =
        visible_bottom_css_ < 0.0f ? display_bottom : std::min(display_bottom, visible_bottom_css_ * pixel_ratio_);
    keep_in_view(widgets_, entry->widget, bottom);
}

void App::draw_inputs(ViewContext& view) {
    if (host_.files && draw_file_panel(document_, files_, view)) forget_view_state();
    // An embed of one deal shows that deal, not the list to choose from.
    if (!(embed_.enabled && !embed_.deal.empty())) {
        section_title(view, "Deals");
        draw_deal_list(document_, deals_, view);
        ImGui::Spacing();
        ImGui::Separator();
    }
    draw_deal_editor(document_, editor_, view, deals_.selected);
}

void App::draw_results(ViewContext& view) {
    keep_selection_valid(document_, deals_);
    draw_deal_figures(document_, deals_.selected, cards_, view);
    if (pinned_) {
        ImGui::Spacing();
        draw_compare_panel(*pinned_, document_, deals_.selected, view);
    }
}

void App::draw_charts(ViewContext& view) {
    draw_book_charts(document_, charts_, deals_.selected, view);
    // An embed of the charts is a figure in an article: the charts alone.
    if (embed_.enabled && embed_.view == EmbedView::charts) return;
    ImGui::Spacing();
    section_title(view, "The book");
    draw_book_summary(document_, view);
}

void App::draw_layout(ViewContext& view) {
    keep_selection_valid(document_, deals_);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float padding = ImGui::GetStyle().WindowPadding.y;
    const EmbedView shown = embed_.enabled ? embed_.view : EmbedView::all;
    if (shown == EmbedView::inputs || shown == EmbedView::charts || shown == EmbedView::results) {
        if (shown == EmbedView::inputs) draw_inputs(view);
        if (shown == EmbedView::results) draw_results(view);
        if (shown == EmbedView::charts) draw_charts(view);
        content_height_ = ImGui::GetCursorPosY() + padding;
        return;
    }
    if (viewport->WorkSize.x < view.px(kStackBelowCssPx)) {
        // On a narrow screen the reader sees what the deal means before its terms.
        if (!(embed_.enabled && !embed_.deal.empty())) {
            section_title(view, "Deals");
            draw_deal_list(document_, deals_, view);
            ImGui::Spacing();
        }
        draw_results(view);
        ImGui::Spacing();
        draw_charts(view);
        ImGui::Spacing();
        section_title(view, "Terms of the deal");
        if (host_.files && draw_file_panel(document_, files_, view)) forget_view_state();
        draw_deal_editor(document_, editor_, view, deals_.selected);
        content_height_ = ImGui::GetCursorPosY() + padding;
        return;
    }
    // Side by side, each column scrolls on its own; the content needs the taller column.
    const float top = ImGui::GetCursorPosY();
    float inputs_height = 0.0f;
    float results_height = 0.0f;
    const float inputs_width = ImGui::GetContentRegionAvail().x * kInputsColumnShare;
    ImGui::BeginChild("inputs", {inputs_width, 0.0f}, ImGuiChildFlags_None);
    draw_inputs(view);
    inputs_height = ImGui::GetCursorPosY();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("results", {0.0f, 0.0f}, ImGuiChildFlags_None);
    draw_results(view);
    ImGui::Spacing();
    draw_charts(view);
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
            if (view.list_item(presets_[i].file.title.c_str(), presets_[i].id() == document_.origin_name())) {
                open_preset(i);
            }
            widgets_.record_last_item("preset." + presets_[i].id());
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
    if (ImGui::Button(compare_label)) pinned_ = pinned_ ? std::nullopt : std::optional<BookDocument>(document_);
    widgets_.record_last_item("compare");
    const char* theme_label = theme_ == Theme::light ? "Dark" : "Light";
    flow_next(theme_label);
    if (ImGui::Button(theme_label)) set_theme(theme_ == Theme::light ? Theme::dark : Theme::light);
    widgets_.record_last_item("theme_toggle");
    flow_next("About & sources");
    if (ImGui::Button("About & sources")) about_open_ = true;
    widgets_.record_last_item("about");
    if (host_.sharing) draw_share_buttons(document_, permalink(), share_, view);
    for (const std::string& error : preset_errors_) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("%s", error.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
}

}  // namespace boomerang::ui
