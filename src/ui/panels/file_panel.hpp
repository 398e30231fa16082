// Desktop files: open and save book files (scenario@1 files open as books), the recent
// files, the close prompt.
//
// The App draws this panel only when the host has a file system (HostCapabilities::files).
// Every outcome ends up in FileState::message, shown verbatim under the buttons: what was
// opened or saved, the loader's warnings, or why nothing happened. A file that cannot be
// opened leaves the document as it was; a save that fails leaves the file on disk as it was
// (io::write_file_atomically).
//
// Where the desktop has them (HostCapabilities::file_dialogs), "Open…" and "Save as…" ask the
// host for the system's dialogs (FileState::requests) and act on its answer
// (answer_file_dialog); the path field stays for typing a path. Without them, or once one
// failed, the buttons use the path in the field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ui/host.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct FileState {
    std::string path_text;  // the path field: where Open reads and Save as writes
    // The file the document was opened from or last saved to ("" for a preset): where Save
    // writes. Valid while the document's origin_name() is still `current_origin`, so a
    // preset opened from the header is never saved over the last file.
    std::string current_path;
    std::string current_origin;
    std::string message;  // the last outcome, shown verbatim
    bool message_is_error = false;
    std::vector<std::string> recent;  // most recent first, absolute paths
    std::string recent_store;         // where `recent` is kept (io::recent_files_path()); "": not kept
    bool close_requested = false;     // the window's close button was pressed with unsaved changes
    bool close_confirmed = false;     // the user chose: the platform may close the window
    bool dialogs = false;             // Open… and Save as… show the system's dialogs
    // The dialog asked of the host and not answered yet (the buttons wait for it).
    std::optional<HostRequest::Kind> dialog_asked;
    std::vector<HostRequest> requests;  // taken by the host after each frame
};

// Reads the recent files list from io::recent_files_path() and keeps it there from now on.
// A damaged list starts empty, with the reason in the message.
void load_recent_files(FileState& state);

// The "File" section: path field (Enter opens), Open, Save, Save as, recent files, message.
// Ctrl+S saves; Ctrl+O shows the Open dialog, or without dialogs puts the cursor in the path
// field. True on the frame a file was opened: the document was replaced, so view state tied
// to the old one should be dropped.
bool draw_file_panel(BookDocument& document, FileState& state, ViewContext& view);

// The "save changes before closing?" prompt, while a close is requested and the document has
// unsaved changes. Call every frame, outside any window.
void draw_close_dialog(BookDocument& document, FileState& state, ViewContext& view);

// Opens the book (or scenario@1) file at `path` as the document and remembers it in the
// recent files.
// Returns "" or why not (also in state.message, naming the file); on failure the document
// is untouched.
std::string open_book_file(BookDocument& document, FileState& state, const std::string& path);

// Writes the document to `path` and marks it saved; the outcome goes to state.message.
void save_book_file(BookDocument& document, FileState& state, const std::string& path);

// The system's dialog asked for in state.requests answered: the chosen file is opened or
// saved to; Cancel changes nothing; a failure says why, and from then on the buttons use the
// path field. True when a file was opened (as draw_file_panel returns).
bool answer_file_dialog(BookDocument& document, FileState& state, const FileDialogAnswer& answer);

}  // namespace boomerang::ui
