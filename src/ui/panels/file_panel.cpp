// Index: messages and the recent list | open and save | the system's dialogs | the File section
//        | the close prompt
#include "ui/panels/file_panel.hpp"

#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/book_json.hpp"
#include "io/file_io.hpp"
#include "io/json_format.hpp"
#include "io/recent_files.hpp"
#include "io/scenario_conversion.hpp"

namespace boomerang::ui {

namespace {

constexpr const char* kCloseDialogTitle = "Unsaved changes";
constexpr const char* kPathHint = "~/deals/book.json";
constexpr float kCloseDialogFieldWidthCss = 420.0f;

// ---- Messages and the recent list ---------------------------------------------------------

void muted(const ViewContext& view, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

std::string show(FileState& state, std::string message, bool is_error) {
    state.message = std::move(message);
    state.message_is_error = is_error;
    return is_error ? state.message : std::string();
}

// Puts `path` first in the recent files and stores the list. "" or a line saying why the
// list could not be stored (the open or save itself went fine).
std::string remember(FileState& state, const std::string& path) {
    state.recent = io::add_recent(std::move(state.recent), path);
    if (state.recent_store.empty()) return {};
    const std::string problem = io::write_recent_files(state.recent_store, state.recent);
    return problem.empty() ? problem : "\nThe recent files list was not stored: " + problem;
}

// The document's own file, or "" when it has none (a preset, or a preset opened since).
std::string current_file(const BookDocument& document, const FileState& state) {
    return document.origin_name() == state.current_origin ? state.current_path : std::string();
}

// Where Save writes: the document's own file, else the path in the field.
std::string save_target(const BookDocument& document, const FileState& state) {
    std::string file = current_file(document, state);
    return file.empty() ? state.path_text : file;
}

// ---- The system's dialogs -------------------------------------------------------------------

// Where the dialog starts: at the document's own file, else at the path in the field, else at
// a file named after the book (Save) or in the folder the app was started in (Open).
std::string dialog_start(const BookDocument& document, const FileState& state, bool saving) {
    const std::string file = current_file(document, state);
    if (!file.empty()) return file;
    if (!state.path_text.empty()) return io::absolute_path(state.path_text);
    const std::string folder = io::absolute_path(".");  // ends in '/' ('\\' on Windows)
    if (!saving) return folder;
    const std::string& name = document.origin_name();
    return folder + name + (name.ends_with(".json") ? "" : ".json");
}

void ask_for_dialog(const BookDocument& document, FileState& state, HostRequest::Kind kind) {
    if (state.dialog_asked) return;
    state.dialog_asked = kind;
    state.requests.push_back(
        {.kind = kind, .start_path = dialog_start(document, state, kind == HostRequest::Kind::choose_file_to_save)});
}

// Save: to the document's own file; without one, to the file chosen in the system's dialog,
// or without dialogs to the path in the field.
void save(BookDocument& document, FileState& state) {
    if (state.dialogs && current_file(document, state).empty()) {
        ask_for_dialog(document, state, HostRequest::Kind::choose_file_to_save);
    } else {
        save_book_file(document, state, save_target(document, state));
    }
}

}  // namespace

void load_recent_files(FileState& state) {
    state.recent_store = io::recent_files_path();
    if (state.recent_store.empty()) return;
    auto list = io::read_recent_files(state.recent_store);
    if (list) {
        state.recent = std::move(list.value());
    } else {
        show(state, "The recent files were not loaded: " + list.error().message, true);
    }
}

// ---- Open and save ------------------------------------------------------------------------

std::string open_book_file(BookDocument& document, FileState& state, const std::string& path) {
    if (path.empty()) return show(state, "Nothing to open: type the path of a book file in the field", true);
    const std::string absolute = io::absolute_path(path);
    // Dropped, recent or typed, the path goes into the field, where a typo can be fixed.
    state.path_text = absolute;
    const auto text = io::read_text_file(absolute, io::max_book_bytes);
    if (!text) return show(state, text.error().message, true);
    auto loaded = io::load_book_or_scenario(text.value(), ratio_work_per_frame);
    if (!loaded) return show(state, "cannot open " + absolute + ": " + loaded.error().message, true);
    const std::string name = io::file_name(absolute);
    const std::vector<std::string> warnings = loaded.value().warnings;
    document.open(std::move(loaded.value()), name);

    // Save writes a book file; a scenario file of the first version is kept as it is unless
    // the user saves over it by name.
    const bool is_book = io::json::schema_of(text.value()) == io::book_schema;
    state.current_path = is_book ? absolute : std::string();
    state.current_origin = name;
    std::string message = "Opened " + absolute;
    if (!is_book) message += "\nSave as writes it as a book file; the scenario file stays as it is";
    for (const std::string& warning : warnings) message += "\n" + warning;
    return show(state, message + remember(state, absolute), false);
}

void save_book_file(BookDocument& document, FileState& state, const std::string& path) {
    if (path.empty()) {
        show(state, "Nowhere to save: type the path of a file in the field", true);
        return;
    }
    const std::string absolute = io::absolute_path(path);
    const std::string problem = io::write_file_atomically(absolute, io::save_book(document.file()));
    if (!problem.empty()) {
        show(state, problem, true);
        return;
    }
    document.mark_saved();
    state.current_path = absolute;
    state.current_origin = document.origin_name();
    state.path_text = absolute;
    show(state, "Saved " + absolute + remember(state, absolute), false);
}

bool answer_file_dialog(BookDocument& document, FileState& state, const FileDialogAnswer& answer) {
    const std::optional<HostRequest::Kind> asked = std::exchange(state.dialog_asked, std::nullopt);
    if (!asked) return false;
    switch (answer.outcome) {
        case FileDialogAnswer::Outcome::cancelled: return false;
        case FileDialogAnswer::Outcome::failed:
            state.dialogs = false;
            show(state,
                 "The system's file dialog failed: " + answer.problem + ". Type the file's path in the field instead",
                 true);
            return false;
        case FileDialogAnswer::Outcome::chosen:
            if (*asked == HostRequest::Kind::choose_file_to_save) {
                save_book_file(document, state, answer.path);
                return false;
            }
            return open_book_file(document, state, answer.path).empty();
    }
    return false;
}

// ---- The File section ---------------------------------------------------------------------

bool draw_file_panel(BookDocument& document, FileState& state, ViewContext& view) {
    // Shortcuts work with the section folded; the close prompt, while shown, has the keyboard,
    // and the system's dialog, while open, has the files.
    const bool waiting = state.dialog_asked.has_value();
    const bool keys = !state.close_requested && !waiting;
    const bool open_keys = keys && ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_O);
    const bool focus_path = open_keys && !state.dialogs;
    if (open_keys && state.dialogs) ask_for_dialog(document, state, HostRequest::Kind::choose_file_to_open);
    if (keys && ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_S)) save(document, state);

    if (focus_path) ImGui::SetNextItemOpen(true);
    ImGui::PushFont(view.fonts.title);
    const bool open = ImGui::CollapsingHeader("File", ImGuiTreeNodeFlags_DefaultOpen);
    ImGui::PopFont();
    view.widgets.record_last_item("file.header");
    if (!open) return false;

    ImGui::PushID("file");
    bool opened = false;
    if (focus_path) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1.0f);
    constexpr ImGuiInputTextFlags kPathFlags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll;
    if (ImGui::InputTextWithHint("##path", kPathHint, &state.path_text, kPathFlags)) {
        opened = open_book_file(document, state, state.path_text).empty();
    }
    view.widgets.record_last_item("file.path");

    ImGui::BeginDisabled(waiting);
    if (state.dialogs) {
        if (ImGui::Button("Open…")) ask_for_dialog(document, state, HostRequest::Kind::choose_file_to_open);
        ImGui::SetItemTooltip("Choose a book file (Ctrl+O); Enter in the field opens the path typed there");
    } else if (ImGui::Button("Open")) {
        opened = open_book_file(document, state, state.path_text).empty();
    }
    view.widgets.record_last_item("file.open");
    ImGui::SameLine();
    const std::string target = save_target(document, state);
    if (ImGui::Button("Save")) save(document, state);
    if (state.dialogs && current_file(document, state).empty()) {
        ImGui::SetItemTooltip("Choose where to save (Ctrl+S)");
    } else {
        ImGui::SetItemTooltip("Save to %s (Ctrl+S)", target.empty() ? "the path in the field" : target.c_str());
    }
    view.widgets.record_last_item("file.save");
    ImGui::SameLine();
    if (state.dialogs) {
        if (ImGui::Button("Save as…")) ask_for_dialog(document, state, HostRequest::Kind::choose_file_to_save);
        ImGui::SetItemTooltip("Choose where to save");
    } else {
        if (ImGui::Button("Save as")) save_book_file(document, state, state.path_text);
        ImGui::SetItemTooltip("Save to the path in the field");
    }
    view.widgets.record_last_item("file.save_as");
    ImGui::EndDisabled();
    if (waiting) {
        ImGui::SameLine();
        muted(view, "choosing a file…");
    } else if (document.modified()) {
        ImGui::SameLine();
        muted(view, "unsaved changes");
    }

    if (!state.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, state.message_is_error ? view.colors.error_text : view.colors.muted_text);
        ImGui::TextWrapped("%s", state.message.c_str());
        ImGui::PopStyleColor();
        view.widgets.record_last_item("file.message");
    }

    if (!state.recent.empty()) muted(view, "Recent files");
    // Opening changes the list, so the click is acted on after the loop.
    std::string clicked;
    for (std::size_t i = 0; i < state.recent.size(); ++i) {
        const std::string& path = state.recent[i];
        const std::string name = io::file_name(path);
        const std::string folder = path.substr(0, path.size() - name.size());
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(name.c_str(), false, ImGuiSelectableFlags_None,
                              {ImGui::CalcTextSize(name.c_str()).x, 0.0f})) {
            clicked = path;
        }
        ImGui::SetItemTooltip("%s", path.c_str());
        view.widgets.record_last_item("file.recent." + std::to_string(i));
        ImGui::SameLine();
        muted(view, folder);
        ImGui::PopID();
    }
    if (!clicked.empty()) opened = open_book_file(document, state, clicked).empty();
    ImGui::PopID();
    ImGui::Spacing();
    return opened;
}

// ---- The close prompt ---------------------------------------------------------------------

void draw_close_dialog(BookDocument& document, FileState& state, ViewContext& view) {
    if (!state.close_requested || state.close_confirmed) return;
    if (!document.modified()) {
        state.close_confirmed = true;
        return;
    }
    if (!ImGui::IsPopupOpen(kCloseDialogTitle)) {
        state.message.clear();
        ImGui::OpenPopup(kCloseDialogTitle);
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, {0.5f, 0.5f});
    if (!ImGui::BeginPopupModal(kCloseDialogTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;

    const std::string file = current_file(document, state);
    const std::string name = !file.empty()                   ? io::file_name(file)
                             : document.file().title.empty() ? document.origin_name()
                                                             : document.file().title;
    ImGui::Text("Save changes to %s before closing?", name.c_str());
    if (file.empty()) {
        ImGui::TextUnformatted("Save to:");
        ImGui::SetNextItemWidth(view.px(kCloseDialogFieldWidthCss));
        ImGui::InputTextWithHint("##close_path", kPathHint, &state.path_text);
        view.widgets.record_last_item("file.close.path");
    }

    if (ImGui::Button("Save")) {
        save_book_file(document, state, save_target(document, state));
        state.close_confirmed = !document.modified();
    }
    view.widgets.record_last_item("file.close.save");
    ImGui::SameLine();
    if (ImGui::Button("Don't save")) state.close_confirmed = true;
    view.widgets.record_last_item("file.close.discard");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) state.close_requested = false;
    view.widgets.record_last_item("file.close.cancel");
    // Under the buttons, so they stay where the pointer is when a message appears.
    if (state.message_is_error && !state.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + view.px(kCloseDialogFieldWidthCss));
        ImGui::TextWrapped("%s", state.message.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    if (state.close_confirmed || !state.close_requested) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace boomerang::ui
