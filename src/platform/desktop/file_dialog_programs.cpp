// Index: which program | its arguments | its answer | running it
#include "platform/desktop/file_dialog.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace boomerang::platform {

namespace {

constexpr const char* kOpenTitle = "Open a book";
constexpr const char* kSaveTitle = "Save the book as";
// A path is at most PATH_MAX (4096) bytes on Linux; more output than this is not a path.
constexpr std::size_t kMaxOutputBytes = 8192;

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

const char* program_name(DialogProgram program) { return program == DialogProgram::kdialog ? "kdialog" : "zenity"; }

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

bool is_executable_file(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// ---- Its arguments ------------------------------------------------------------------------

std::vector<std::string> dialog_arguments(const DialogTool& tool, DialogPurpose purpose,
                                          const std::string& start_path) {
    const bool save = purpose == DialogPurpose::save;
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
    // Both programs end with 1 on Cancel, Esc or the window's close button.
    if (end.exit_status == 1) return {.outcome = ui::FileDialogAnswer::Outcome::cancelled};
    if (end.exit_status != 0) return failed(name + " ended with exit status " + std::to_string(end.exit_status));
    if (!output.empty() && output.back() == '\n') output.remove_suffix(1);
    if (output.empty()) return {.outcome = ui::FileDialogAnswer::Outcome::cancelled};
    // zenity 3 prints "(null)" for a file whose name is not UTF-8 (g_filename_to_utf8 fails).
    if (output == "(null)") return failed(name + " could not pass on the name of that file (not UTF-8?)");
    if (output.front() != '/') return failed(name + " answered \"" + std::string(output) + "\", not a file's path");
    return {.outcome = ui::FileDialogAnswer::Outcome::chosen, .path = std::string(output)};
}

// ---- Running it ---------------------------------------------------------------------------

void FileDialog::start(const ui::HostRequest& request) {
    using Kind = ui::HostRequest::Kind;
    if (request.kind != Kind::choose_file_to_open && request.kind != Kind::choose_file_to_save) return;
    if (!tool_ || busy()) return;
    const DialogPurpose purpose = request.kind == Kind::choose_file_to_save ? DialogPurpose::save : DialogPurpose::open;
    std::vector<std::string> arguments = dialog_arguments(*tool_, purpose, request.start_path);
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);

    const std::string cannot_start = std::string("cannot start ") + tool_->path + ": ";
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
        ready_ = failed(cannot_start + std::strerror(errno));
        return;
    }
    // Only the child's copy on its stdout (made by dup2) outlives the exec.
    ::fcntl(pipe_fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(pipe_fds[1], F_SETFD, FD_CLOEXEC);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    pid_t child = -1;
    const int error = ::posix_spawn(&child, tool_->path.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (error != 0) {
        ::close(pipe_fds[0]);
        ready_ = failed(cannot_start + std::strerror(error));
        return;
    }
    ::fcntl(pipe_fds[0], F_SETFL, O_NONBLOCK);
    child_ = child;
    output_fd_ = pipe_fds[0];
    output_.clear();
}

std::optional<ui::FileDialogAnswer> FileDialog::poll() {
    if (ready_) {
        std::optional<ui::FileDialogAnswer> answer = std::move(ready_);
        ready_.reset();
        return answer;
    }
    if (child_ <= 0) return std::nullopt;
    while (output_fd_ >= 0) {
        char buffer[4096];
        const ssize_t got = ::read(output_fd_, buffer, sizeof buffer);
        if (got > 0) {
            const std::size_t room = kMaxOutputBytes - std::min(kMaxOutputBytes, output_.size());
            output_.append(buffer, std::min(static_cast<std::size_t>(got), room));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return std::nullopt;  // the dialog is still open
        } else {
            ::close(output_fd_);  // end of output (or an error reading it)
            output_fd_ = -1;
        }
    }
    int status = 0;
    const pid_t ended = ::waitpid(child_, &status, WNOHANG);
    if (ended == 0 || (ended < 0 && errno == EINTR)) return std::nullopt;
    child_ = -1;
    if (ended < 0) return failed(std::string("lost the dialog's process: ") + std::strerror(errno));
    const ProcessEnd end =
        WIFSIGNALED(status) ? ProcessEnd{.signal = WTERMSIG(status)} : ProcessEnd{.exit_status = WEXITSTATUS(status)};
    return read_dialog_answer(*tool_, end, output_);
}

FileDialog::~FileDialog() {
    if (output_fd_ >= 0) ::close(output_fd_);
    if (child_ <= 0) return;
    ::kill(child_, SIGTERM);
    // A second to close, then no more asking.
    for (int tries = 0; tries < 100; ++tries) {
        if (::waitpid(child_, nullptr, WNOHANG) != 0) return;
        ::usleep(10000);
    }
    ::kill(child_, SIGKILL);
    ::waitpid(child_, nullptr, 0);
}

}  // namespace boomerang::platform
