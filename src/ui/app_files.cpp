// The App's side of desktop files: what the platform calls when a file is dropped on the
// window or named on the command line, when the system's file dialog answers, and when the
// window's close button is pressed.
#include "ui/app.hpp"

namespace boomerang::ui {

void App::open_path(const std::string& path) {
    // A refused file leaves the document, and so the panels' state, as it was.
    if (open_book_file(document_, files_, path).empty()) forget_view_state();
}

void App::answer_file_dialog(const FileDialogAnswer& answer) {
    if (ui::answer_file_dialog(document_, files_, answer)) forget_view_state();
}

bool App::may_close() {
    if (!document_.modified()) return true;
    files_.close_requested = true;
    return false;
}

}  // namespace boomerang::ui
