// What the app and its host (a browser page or a desktop window) say to each other.
//
// The app never calls the host: it queues HostRequests ("put this text on the clipboard",
// "offer this file for download", "show the system's Open dialog") that the platform layer
// takes after each frame and carries out in its own way. The host tells the app what it can
// do (HostCapabilities), how the page was opened (EmbedOptions) and what happened outside the
// canvas (Notice).
#pragma once

#include <string>
#include <vector>

namespace boomerang::ui {

struct HostCapabilities {
    bool files = false;         // a file system the user can open and save in (desktop)
    bool file_dialogs = false;  // the system's Open and Save dialogs (desktop with zenity or kdialog)
    bool sharing = false;       // links, embed code, downloads and a file picker (browser)
};

// Which part an embedded calculator shows (?embed=1&view=…).
enum class EmbedView { all, inputs, results, charts };

struct EmbedOptions {
    bool enabled = false;  // no header or sharing chrome: an article's figure
    EmbedView view = EmbedView::all;
    std::string deal;  // ?deal=<id>: the embed shows this deal only, without the deal list
};

struct HostRequest {
    enum class Kind {
        copy_text,            // text → the clipboard; then say `confirmation` in a notice
        download,             // offer `content` as a file named `file_name` of type `mime_type`
        capture_png,          // save the frame just drawn as `file_name` (PNG)
        pick_file,            // let the user choose a book or scenario file to import (App::open_text)
        action,               // the user chose the notice's action `action_id`
        copy_link,            // the book's link → the clipboard, made by the page (it compresses "#b1." links)
        choose_file_to_open,  // the system's Open dialog at `start_path`; App::answer_file_dialog
        choose_file_to_save,  // the system's Save dialog at `start_path`; App::answer_file_dialog
    };
    Kind kind = Kind::copy_text;
    std::string file_name{};
    std::string mime_type{};
    std::string content{};       // copy_text: the text; download: the file's contents
    std::string confirmation{};  // copy_text: "Link copied"
    std::string action_id{};
    std::string
        start_path{};  // choose_file_*: the file to select or propose, or a folder ending in '/' ('\\' on Windows)
};

// What the system's file dialog answered (HostRequest::Kind::choose_file_to_open / _save).
struct FileDialogAnswer {
    enum class Outcome { chosen, cancelled, failed };
    Outcome outcome = Outcome::cancelled;
    std::string path{};     // chosen: the file, absolute
    std::string problem{};  // failed: why no file came back ("zenity ended with exit status 255")
};

// A message across the top of the app, with up to a few buttons the host defines.
struct Notice {
    struct Action {
        std::string id;     // comes back in HostRequest::action_id
        std::string label;  // the button's text
    };
    std::string text;
    bool is_error = false;
    std::vector<Action> actions;
};

}  // namespace boomerang::ui
