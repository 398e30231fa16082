// The system's Open and Save dialogs on the desktop, shown while the window goes on drawing
// (docs/DESKTOP.md, "The system's file dialogs"):
//   Linux    zenity (GNOME, Xfce, Cinnamon, …) or kdialog (KDE Plasma), a separate program
//   macOS    osascript running AppleScript's `choose file` / `choose file name`, which show
//            the system's open and save panels
//   Windows  the system's Open and Save dialogs (GetOpenFileNameW), on a thread of their own
//
//   FileDialog dialog(system_dialog_tool());
//   App app({.files = true, .file_dialogs = dialog.available()});
//   ... after each frame:
//   for (const HostRequest& request : app.take_requests()) dialog.start(request);
//   if (auto answer = dialog.poll()) app.answer_file_dialog(*answer);
//
// Which program, its arguments and how its answer reads are plain functions
// (file_dialog_programs.cpp, tested in tests/platform/file_dialog_test.cpp). On Linux and
// macOS FileDialog starts the program with posix_spawn (an argument list, never a shell
// command line) and reads its output through a pipe without blocking, once per frame
// (file_dialog_posix.cpp); on Windows the dialog's thread hands its answer to poll()
// (file_dialog_windows.cpp). Without a dialog program there is no dialog: the File
// section's path field is the way to name a file, as it always was.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ui/host.hpp"

namespace boomerang::platform {

// windows: the system's own dialogs, called in the process (no program to start).
enum class DialogProgram { zenity, kdialog, osascript, windows };

struct DialogTool {
    DialogProgram program = DialogProgram::zenity;
    std::string path;  // the executable, absolute: "/usr/bin/zenity"; "" for windows
};

enum class DialogPurpose { open, save };

// The dialogs of the system this runs on, from its environment: on Linux find_dialog_tool
// with $PATH and $XDG_CURRENT_DESKTOP, on macOS /usr/bin/osascript, on Windows its own.
std::optional<DialogTool> system_dialog_tool();

// The dialog program to use. `path_variable` is $PATH (absolute folders only are searched: an
// empty or relative entry would run a program from whatever folder the app was started in);
// `current_desktop` is $XDG_CURRENT_DESKTOP, a ':'-separated list such as "ubuntu:GNOME".
// kdialog on KDE, else zenity, else kdialog; nullopt when neither is found.
std::optional<DialogTool> find_dialog_tool(std::string_view path_variable, std::string_view current_desktop,
                                           const std::function<bool(const std::string&)>& is_executable);

// A regular file this process may execute (stat + access), for find_dialog_tool. Not on
// Windows, which starts no dialog program.
bool is_executable_file(const std::string& path);

// The dialog a request asks for: choose_file_to_open and choose_file_to_save; nullopt for the
// requests that are not for a file dialog.
std::optional<DialogPurpose> dialog_purpose(const ui::HostRequest& request);

// The dialog's title: "Open a book" or "Save the book as".
const char* dialog_title(DialogPurpose purpose);

// The folder a dialog starts in, from its `start_path`: the path itself when it ends in '/',
// else the folder holding that file; "" for "".
std::string start_folder(const std::string& start_path);

// The program's argument list, argv[0] included. `start_path` is the file the dialog selects
// (Open) or proposes (Save), or a folder ending in '/' to start in; "" for the working folder.
// osascript is given its script with -e and the start folder and proposed name as the
// script's arguments, so no path is ever spliced into AppleScript's text.
std::vector<std::string> dialog_arguments(const DialogTool& tool, DialogPurpose purpose, const std::string& start_path);

// How the dialog's process ended: its exit status, or the signal that stopped it (not 0).
struct ProcessEnd {
    int exit_status = 0;
    int signal = 0;
};

// What the dialog answered, from how it ended and what it printed: exit status 0 and a path
// (one trailing newline removed, every other byte kept, since Linux file names are bytes
// that need not be UTF-8) is the file chosen; exit status 1 is Cancel for zenity and kdialog,
// and exit status 0 with nothing printed is Cancel for all (the osascript script prints
// nothing when AppleScript reports error -128, "User canceled"); anything else, or a line
// that is not an absolute path, is a failure that says why.
ui::FileDialogAnswer read_dialog_answer(const DialogTool& tool, ProcessEnd end, std::string_view output);

// One dialog at a time, run without blocking the frame loop.
class FileDialog {
public:
    explicit FileDialog(std::optional<DialogTool> tool);
    // A dialog program still open when the app quits is closed (SIGTERM) and waited for; a
    // Windows dialog still open ends with the process.
    ~FileDialog();
    FileDialog(const FileDialog&) = delete;
    FileDialog& operator=(const FileDialog&) = delete;

    bool available() const { return tool_.has_value(); }
    // True from start() until poll() has returned the answer.
    bool busy() const { return running_ != nullptr || ready_.has_value(); }
    // Shows the dialog a choose_file_to_open / choose_file_to_save request asks for; other
    // requests, and requests while a dialog is open, are not for it and are ignored.
    void start(const ui::HostRequest& request);
    // The answer once the dialog has closed (then once only), else nullopt. Call every frame.
    std::optional<ui::FileDialogAnswer> poll();

private:
    struct Running;  // the open dialog: a process and its pipe, or a thread (per system)
    std::optional<DialogTool> tool_;
    std::unique_ptr<Running> running_;
    std::optional<ui::FileDialogAnswer> ready_;  // an answer poll() has yet to return
};

}  // namespace boomerang::platform
