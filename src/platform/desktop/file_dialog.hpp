// The system's Open and Save dialogs on a Linux desktop: zenity (GNOME, Xfce, Cinnamon, …) or
// kdialog (KDE Plasma), run as a separate program while the window goes on drawing
// (docs/DESKTOP.md, "The system's file dialogs").
//
//   FileDialog dialog(find_dialog_tool(getenv("PATH"), getenv("XDG_CURRENT_DESKTOP"), is_executable_file));
//   App app({.files = true, .file_dialogs = dialog.available()});
//   ... after each frame:
//   for (const HostRequest& request : app.take_requests()) dialog.start(request);
//   if (auto answer = dialog.poll()) app.answer_file_dialog(*answer);
//
// Which program, its arguments and how its answer reads are plain functions (tested in
// tests/platform/file_dialog_test.cpp); FileDialog starts the program with posix_spawn (an
// argument list, never a shell command line) and reads its output through a pipe without
// blocking, once per frame. Without zenity or kdialog there is no dialog: the File section's
// path field is the way to name a file, as it always was.
#pragma once

#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ui/host.hpp"

namespace boomerang::platform {

enum class DialogProgram { zenity, kdialog };

struct DialogTool {
    DialogProgram program = DialogProgram::zenity;
    std::string path;  // the executable, absolute: "/usr/bin/zenity"
};

enum class DialogPurpose { open, save };

// The dialog program to use. `path_variable` is $PATH (absolute folders only are searched: an
// empty or relative entry would run a program from whatever folder the app was started in);
// `current_desktop` is $XDG_CURRENT_DESKTOP, a ':'-separated list such as "ubuntu:GNOME".
// kdialog on KDE, else zenity, else kdialog; nullopt when neither is found.
std::optional<DialogTool> find_dialog_tool(std::string_view path_variable, std::string_view current_desktop,
                                           const std::function<bool(const std::string&)>& is_executable);

// A regular file this process may execute (stat + access), for find_dialog_tool.
bool is_executable_file(const std::string& path);

// The program's argument list, argv[0] included. `start_path` is the file the dialog selects
// (Open) or proposes (Save), or a folder ending in '/' to start in; "" for the working folder.
std::vector<std::string> dialog_arguments(const DialogTool& tool, DialogPurpose purpose, const std::string& start_path);

// How the dialog's process ended: its exit status, or the signal that stopped it (not 0).
struct ProcessEnd {
    int exit_status = 0;
    int signal = 0;
};

// What the dialog answered, from how it ended and what it printed: exit status 0 and a path
// (one trailing newline removed, every other byte kept, since Linux file names are bytes
// that need not be UTF-8) is the file chosen; exit status 1 is Cancel; anything else, or a
// line that is not an absolute path, is a failure that says why.
ui::FileDialogAnswer read_dialog_answer(const DialogTool& tool, ProcessEnd end, std::string_view output);

// One dialog at a time, run without blocking the frame loop.
class FileDialog {
public:
    explicit FileDialog(std::optional<DialogTool> tool) : tool_(std::move(tool)) {}
    // A dialog still open when the app quits is closed (SIGTERM) and waited for.
    ~FileDialog();
    FileDialog(const FileDialog&) = delete;
    FileDialog& operator=(const FileDialog&) = delete;

    bool available() const { return tool_.has_value(); }
    // True from start() until poll() has returned the answer.
    bool busy() const { return child_ > 0 || ready_.has_value(); }
    // Shows the dialog a choose_file_to_open / choose_file_to_save request asks for; other
    // requests, and requests while a dialog is open, are not for it and are ignored.
    void start(const ui::HostRequest& request);
    // The answer once the dialog has closed (then once only), else nullopt. Call every frame.
    std::optional<ui::FileDialogAnswer> poll();

private:
    std::optional<DialogTool> tool_;
    pid_t child_ = -1;
    int output_fd_ = -1;  // read end of the child's stdout, non-blocking; -1 after end of file
    std::string output_;
    std::optional<ui::FileDialogAnswer> ready_;  // an answer poll() has yet to return
};

}  // namespace boomerang::platform
