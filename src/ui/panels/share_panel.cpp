// Index: header buttons | the embed dialog | the notice bar
#include "ui/panels/share_panel.hpp"

#include "ui/page_notices.hpp"

#include <imgui.h>

#include "io/book_csv.hpp"
#include "io/book_json.hpp"
#include "ui/charts/canvas.hpp"
#include "ui/flow_layout.hpp"
#include "ui/share.hpp"

namespace boomerang::ui {

namespace {

constexpr const char* kEmbedDialogTitle = "Embed this book";
constexpr float kEmbedCodeWidthCss = 520.0f;
constexpr float kEmbedCodeLines = 5.0f;

std::string slug(const BookDocument& document) { return file_slug(document.file().title); }

void request_copy(ShareState& state, std::string text, std::string confirmation) {
    state.requests.push_back(
        {.kind = HostRequest::Kind::copy_text, .content = std::move(text), .confirmation = std::move(confirmation)});
}

void request_download(ShareState& state, std::string file_name, std::string mime_type, std::string content) {
    state.requests.push_back({.kind = HostRequest::Kind::download,
                              .file_name = std::move(file_name),
                              .mime_type = std::move(mime_type),
                              .content = std::move(content)});
}

void request_png(ShareState& state, const BookDocument& document) {
    state.requests.push_back({.kind = HostRequest::Kind::capture_png, .file_name = image_file_name(document)});
}

// A read-only code box with a copy button under it.
void code_box(ShareState& state, const char* id, const std::string& code, const char* copy_label,
              const char* confirmation, ViewContext& view) {
    // InputTextMultiline wants a mutable buffer even when read-only.
    std::string shown = code;
    ImGui::InputTextMultiline(id, shown.data(), shown.size() + 1,
                              {view.px(kEmbedCodeWidthCss), ImGui::GetTextLineHeight() * kEmbedCodeLines},
                              ImGuiInputTextFlags_ReadOnly);
    view.widgets.record_last_item(std::string("embed.") + (id + 2));
    if (ImGui::Button(copy_label)) request_copy(state, code, confirmation);
    view.widgets.record_last_item(std::string("embed.copy.") + (id + 2));
}

}  // namespace

std::string image_file_name(const BookDocument& document) { return slug(document) + ".png"; }

// ---- Header buttons -----------------------------------------------------------------------

void draw_share_buttons(const BookDocument& document, const std::string& fragment, ShareState& state,
                        ViewContext& view) {
    flow_next("Copy link");
    if (ImGui::Button("Copy link")) {
        if (fragment.empty()) {
            // The page compresses the book into its link itself; it copies it once made.
            state.requests.push_back({.kind = HostRequest::Kind::copy_link, .confirmation = std::string(link_copied)});
        } else {
            request_copy(state, permalink_url(state.page_url, fragment), std::string(link_copied));
        }
    }
    ImGui::SetItemTooltip("Copy a link that opens this book, with every value as it is now");
    view.widgets.record_last_item("share.copy_link");

    flow_next("Embed…");
    if (ImGui::Button("Embed…")) state.embed_dialog_requested = true;
    ImGui::SetItemTooltip("Code to put this calculator, or a picture of it, in an article or newsletter");
    view.widgets.record_last_item("share.embed");

    flow_next("Export");
    if (ImGui::Button("Export")) ImGui::OpenPopup("export");
    view.widgets.record_last_item("share.export");
    if (ImGui::BeginPopup("export")) {
        if (view.list_item("Picture of this view (PNG)")) request_png(state, document);
        view.widgets.record_last_item("export.png");
        if (view.list_item("Every figure of every deal (CSV)")) {
            request_download(state, slug(document) + "-figures.csv", "text/csv",
                             io::book_figures_csv(document.file(), document.results()));
        }
        view.widgets.record_last_item("export.csv");
        if (view.list_item("Book file (JSON)")) {
            request_download(state, slug(document) + ".json", "application/json", io::save_book(document.file()));
        }
        view.widgets.record_last_item("export.json");
        ImGui::EndPopup();
    }

    flow_next("Import…");
    if (ImGui::Button("Import…")) state.requests.push_back({.kind = HostRequest::Kind::pick_file});
    ImGui::SetItemTooltip(
        "Open a book file (JSON), or a scenario file of the first version; you can also drop one on the page");
    view.widgets.record_last_item("share.import");
}

// ---- The embed dialog ---------------------------------------------------------------------

void draw_embed_dialog(const BookDocument& document, const std::string& fragment, const std::string& deal_id,
                       ShareState& state, ViewContext& view) {
    if (state.embed_dialog_requested) {
        ImGui::OpenPopup(kEmbedDialogTitle);
        state.embed_dialog_requested = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, {0.5f, 0.5f});
    bool open = true;
    if (!ImGui::BeginPopupModal(kEmbedDialogTitle, &open, ImGuiWindowFlags_AlwaysAutoResize)) return;

    ImGui::TextUnformatted("Live calculator, for pages that allow an <iframe>:");
    ImGui::TextUnformatted("Show");
    constexpr EmbedView kViews[] = {EmbedView::all, EmbedView::inputs, EmbedView::results, EmbedView::charts};
    constexpr const char* kViewLabels[] = {"everything", "inputs", "results", "charts"};
    for (std::size_t i = 0; i < std::size(kViews); ++i) {
        ImGui::SameLine();
        if (ImGui::RadioButton(kViewLabels[i], state.embed_view == kViews[i])) state.embed_view = kViews[i];
        view.widgets.record_last_item(std::string("embed.view.") + kViewLabels[i]);
    }
    if (fragment.empty()) {
        ImGui::TextUnformatted("Making the link…");
        ImGui::Spacing();
        if (ImGui::Button("Close") || !open || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
        view.widgets.record_last_item("embed.close");
        ImGui::EndPopup();
        return;
    }
    ImGui::TextUnformatted("Of");
    ImGui::SameLine();
    if (ImGui::RadioButton("the whole book", !state.embed_one_deal)) state.embed_one_deal = false;
    view.widgets.record_last_item("embed.scope.book");
    ImGui::SameLine();
    if (ImGui::RadioButton("this deal only", state.embed_one_deal)) state.embed_one_deal = true;
    view.widgets.record_last_item("embed.scope.deal");
    const SharedBook shared{fragment, document.file().title, state.embed_one_deal ? deal_id : std::string()};
    code_box(state, "##iframe", embed_code(state.page_url, shared, state.embed_view), "Copy embed code",
             "Embed code copied.", view);

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted("Picture + link, for newsletters that cannot run scripts:");
    ImGui::TextWrapped("1. Download the picture and upload it with your post.");
    if (ImGui::Button("Download picture (PNG)")) request_png(state, document);
    view.widgets.record_last_item("embed.download_png");
    ImGui::TextWrapped("2. Paste this where the picture goes; it links to the live calculator:");
    code_box(state, "##image", image_link_code(state.page_url, shared, image_file_name(document)),
             "Copy picture + link code", "Picture + link code copied.", view);

    ImGui::Spacing();
    if (ImGui::Button("Close") || !open || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
    view.widgets.record_last_item("embed.close");
    ImGui::EndPopup();
}

// ---- The notice bar -----------------------------------------------------------------------

namespace {

// `label` if it fits `width` pixels, else shortened with "…", inside its closing parenthesis
// when it has one: "Open my saved book (My long-running no…)".
std::string fitted_label(std::string_view label, float width) {
    std::string buffer;
    if (charts::fit_text(label, width, buffer).size() == label.size()) return std::string(label);
    const bool in_brackets = label.ends_with(')');
    if (in_brackets) label.remove_suffix(1);
    std::string fitted(charts::fit_text(label, width - (in_brackets ? ImGui::CalcTextSize(")").x : 0.0f), buffer));
    return in_brackets ? fitted + ")" : fitted;
}

}  // namespace

void draw_notice(ShareState& state, ViewContext& view) {
    if (!state.notice) return;
    const Notice notice = *state.notice;  // an action may replace it
    ImGui::PushStyleColor(ImGuiCol_Text, notice.is_error ? view.colors.error_text : view.colors.muted_text);
    ImGui::TextWrapped("%s", notice.text.c_str());
    ImGui::PopStyleColor();
    view.widgets.record_last_item("notice.text");
    // The buttons wrap like words, and a label wider than a whole line ("Open my saved book
    // (<a long title>)" on a phone) is shortened with "…" rather than run off the screen.
    const float line_width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2;
    bool first = true;
    for (const Notice::Action& action : notice.actions) {
        const std::string label = fitted_label(action.label, line_width);
        if (!first) flow_next(label.c_str());
        first = false;
        ImGui::PushID(action.id.c_str());  // the same button whether or not its label is shortened
        if (view.small_button(label.c_str())) {
            state.requests.push_back({.kind = HostRequest::Kind::action, .action_id = action.id});
            state.notice.reset();
        }
        ImGui::PopID();
        view.widgets.record_last_item("notice." + action.id);
    }
    if (!first) flow_next("Dismiss");
    if (view.small_button("Dismiss")) state.notice.reset();
    view.widgets.record_last_item("notice.dismiss");
    ImGui::Separator();
}

}  // namespace boomerang::ui
