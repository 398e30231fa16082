// Which dialog program, its arguments and how its answer reads: plain functions, the same on
// every system (running the program is file_dialog_posix.cpp).
//
// Index: which program | its arguments | its answer
#include <algorithm>

#include "platform/desktop/file_dialog.hpp"

namespace boomerang::platform {

namespace {

constexpr const char* kOpenTitle = "Open a book";
constexpr const char* kSaveTitle = "Save the book as";

// The parts of a ':'-separated list ($PATH, $XDG_CURRENT_DESKTOP), empty ones included.
std::vector<std::string_view> split_list(std::string_view list) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t colon = list.find(':', start);
        parts.push_back(list.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
        if (colon == std::string_view::npos) return parts;
        start = colon + 1;
    }
}

const char* program_name(DialogProgram program) {
    switch (program) {
        case DialogProgram::zenity: return "zenity";
        case DialogProgram::kdialog: return "kdialog";
        case DialogProgram::osascript: return "osascript";
        case DialogProgram::windows: return "the Windows file dialog";
    }
    return "the file dialog";
}

ui::FileDialogAnswer failed(std::string problem) {
    return {.outcome = ui::FileDialogAnswer::Outcome::failed, .problem = std::move(problem)};
}

}  // namespace

// ---- Which program ------------------------------------------------------------------------

std::optional<DialogTool> find_dialog_tool(std::string_view path_variable, std::string_view current_desktop,
                                           const std::function<bool(const std::string&)>& is_executable) {
    std::optional<std::string> zenity, kdialog;
    for (std::string_view folder : split_list(path_variable)) {
        if (folder.empty() || folder.front() != '/') continue;
        std::string prefix(folder);
        if (prefix.back() != '/') prefix += '/';
        if (!zenity && is_executable(prefix + "zenity")) zenity = prefix + "zenity";
        if (!kdialog && is_executable(prefix + "kdialog")) kdialog = prefix + "kdialog";
    }
    const std::vector<std::string_view> desktops = split_list(current_desktop);
    const bool kde = std::find(desktops.begin(), desktops.end(), "KDE") != desktops.end();
    if (kdialog && (kde || !zenity)) return DialogTool{DialogProgram::kdialog, *kdialog};
    if (zenity) return DialogTool{DialogProgram::zenity, *zenity};
    return std::nullopt;
}

std::optional<DialogPurpose> dialog_purpose(const ui::HostRequest& request) {
    switch (request.kind) {
        case ui::HostRequest::Kind::choose_file_to_open: return DialogPurpose::open;
        case ui::HostRequest::Kind::choose_file_to_save: return DialogPurpose::save;
        default: return std::nullopt;
    }
}

const char* dialog_title(DialogPurpose purpose) { return purpose == DialogPurpose::save ? kSaveTitle : kOpenTitle; }

// ---- Its arguments ------------------------------------------------------------------------

std::string start_folder(const std::string& start_path) {
    if (start_path.empty() || start_path.back() == '/') return start_path;
    const std::size_t slash = start_path.rfind('/');
    return slash == std::string::npos ? "" : start_path.substr(0, slash + 1);
}

namespace {

// AppleScript run by osascript: `choose file` and `choose file name` show the system's open
// and save panels (the save panel asks before replacing a file). The start folder and the
// proposed name arrive as the script's arguments (argv), never as part of its text. Cancel is
// AppleScript error -128, which would end osascript with status 1 like any other error: the
// script catches it and prints nothing instead.
std::vector<std::string> osascript_arguments(const DialogTool& tool, bool save, const std::string& start_path) {
    const std::string folder = start_folder(start_path);
    const std::string name =
        save && !start_path.empty() && start_path.back() != '/' ? start_path.substr(start_path.rfind('/') + 1) : "";
    const std::string prompt = std::string("with prompt \"") + (save ? kSaveTitle : kOpenTitle) + "\"";
    const std::string choose =
        save ? "choose file name " + prompt + " default name (item 2 of argv)" : "choose file " + prompt;
    std::vector<std::string> arguments = {tool.path};
    for (const std::string& line : {
             std::string("on run argv"),
             std::string("activate"),
             std::string("try"),
             "if item 1 of argv is \"\" then return POSIX path of (" + choose + ")",
             "return POSIX path of (" + choose + " default location (POSIX file (item 1 of argv)))",
             std::string("on error number -128"),
             std::string("return \"\""),
             std::string("end try"),
             std::string("end run"),
         }) {
        arguments.push_back("-e");
        arguments.push_back(line);
    }
    arguments.push_back(folder);
    arguments.push_back(name);
    return arguments;
}

}  // namespace

std::vector<std::string> dialog_arguments(const DialogTool& tool, DialogPurpose purpose,
                                          const std::string& start_path) {
    const bool save = purpose == DialogPurpose::save;
    if (tool.program == DialogProgram::osascript) return osascript_arguments(tool, save, start_path);
    if (tool.program == DialogProgram::kdialog) {
        // kdialog --getopenfilename [start] [filter]: a filter with '*' is a list of Qt name
        // filters separated by '|'. Qt's Save dialog asks before replacing a file by itself.
        return {tool.path,
                "--title",
                save ? kSaveTitle : kOpenTitle,
                save ? "--getsavefilename" : "--getopenfilename",
                start_path,
                "Book files (*.json)|All files (*)"};
    }
    // zenity: each --file-filter is "NAME | PATTERN ..."; --filename selects a file, or opens
    // a folder when it ends in '/'.
    std::vector<std::string> arguments = {tool.path, "--file-selection"};
    if (save) {
        arguments.push_back("--save");
        arguments.push_back("--confirm-overwrite");
    }
    arguments.push_back(std::string("--title=") + (save ? kSaveTitle : kOpenTitle));
    arguments.push_back("--file-filter=Book files (*.json) | *.json");
    arguments.push_back("--file-filter=All files | *");
    if (!start_path.empty()) arguments.push_back("--filename=" + start_path);
    return arguments;
}

// ---- Its answer ---------------------------------------------------------------------------

ui::FileDialogAnswer read_dialog_answer(const DialogTool& tool, ProcessEnd end, std::string_view output) {
    const std::string name = program_name(tool.program);
    if (end.signal != 0) return failed(name + " was stopped by signal " + std::to_string(end.signal));
    // zenity and kdialog end with 1 on Cancel, Esc or the window's close button; osascript
    // ends so on any error, Cancel being caught by its script (dialog_arguments).
    const bool ends_one_on_cancel = tool.program == DialogProgram::zenity || tool.program == DialogProgram::kdialog;
    if (end.exit_status == 1 && ends_one_on_cancel) return {.outcome = ui::FileDialogAnswer::Outcome::cancelled};
    if (end.exit_status != 0) return failed(name + " ended with exit status " + std::to_string(end.exit_status));
    if (!output.empty() && output.back() == '\n') output.remove_suffix(1);
    if (output.empty()) return {.outcome = ui::FileDialogAnswer::Outcome::cancelled};
    // zenity 3 prints "(null)" for a file whose name is not UTF-8 (g_filename_to_utf8 fails).
    if (output == "(null)") return failed(name + " could not pass on the name of that file (not UTF-8?)");
    if (output.front() != '/') return failed(name + " answered \"" + std::string(output) + "\", not a file's path");
    return {.outcome = ui::FileDialogAnswer::Outcome::chosen, .path = std::string(output)};
}

}  // namespace boomerang::platform
