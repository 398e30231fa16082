// Running a dialog program on Linux (zenity, kdialog) and macOS (osascript): posix_spawn with
// its stdout on a pipe, read without blocking once per frame (file_dialog.hpp).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "platform/desktop/file_dialog.hpp"

extern char** environ;

namespace boomerang::platform {

namespace {

// A path is at most PATH_MAX (4096) bytes on Linux; more output than this is not a path.
constexpr std::size_t kMaxOutputBytes = 8192;

ui::FileDialogAnswer failed(std::string problem) {
    return {.outcome = ui::FileDialogAnswer::Outcome::failed, .problem = std::move(problem)};
}

}  // namespace

struct FileDialog::Running {
    pid_t child = -1;
    int output_fd = -1;  // read end of the child's stdout, non-blocking; -1 after end of file
    std::string output;
};

bool is_executable_file(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::optional<DialogTool> system_dialog_tool() {
#ifdef __APPLE__
    // osascript is part of every macOS, in /usr/bin.
    constexpr const char* kOsascript = "/usr/bin/osascript";
    if (is_executable_file(kOsascript)) return DialogTool{DialogProgram::osascript, kOsascript};
    return std::nullopt;
#else
    const char* path_variable = std::getenv("PATH");
    const char* desktop = std::getenv("XDG_CURRENT_DESKTOP");
    return find_dialog_tool(path_variable ? path_variable : "", desktop ? desktop : "", is_executable_file);
#endif
}

FileDialog::FileDialog(std::optional<DialogTool> tool) : tool_(std::move(tool)) {}

void FileDialog::start(const ui::HostRequest& request) {
    const std::optional<DialogPurpose> asked = dialog_purpose(request);
    if (!asked || !tool_ || busy()) return;
    const DialogPurpose purpose = *asked;
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
    running_ = std::make_unique<Running>(Running{.child = child, .output_fd = pipe_fds[0], .output = {}});
}

std::optional<ui::FileDialogAnswer> FileDialog::poll() {
    if (ready_) {
        std::optional<ui::FileDialogAnswer> answer = std::move(ready_);
        ready_.reset();
        return answer;
    }
    if (!running_) return std::nullopt;
    Running& run = *running_;
    while (run.output_fd >= 0) {
        char buffer[4096];
        const ssize_t got = ::read(run.output_fd, buffer, sizeof buffer);
        if (got > 0) {
            const std::size_t room = kMaxOutputBytes - std::min(kMaxOutputBytes, run.output.size());
            run.output.append(buffer, std::min(static_cast<std::size_t>(got), room));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return std::nullopt;  // the dialog is still open
        } else {
            ::close(run.output_fd);  // end of output (or an error reading it)
            run.output_fd = -1;
        }
    }
    int status = 0;
    const pid_t ended = ::waitpid(run.child, &status, WNOHANG);
    if (ended == 0 || (ended < 0 && errno == EINTR)) return std::nullopt;
    const std::string output = std::move(run.output);
    running_.reset();
    if (ended < 0) return failed(std::string("lost the dialog's process: ") + std::strerror(errno));
    const ProcessEnd end =
        WIFSIGNALED(status) ? ProcessEnd{.signal = WTERMSIG(status)} : ProcessEnd{.exit_status = WEXITSTATUS(status)};
    return read_dialog_answer(*tool_, end, output);
}

FileDialog::~FileDialog() {
    if (!running_) return;
    if (running_->output_fd >= 0) ::close(running_->output_fd);
    const pid_t child = running_->child;
    ::kill(child, SIGTERM);
    // A second to close, then no more asking.
    for (int tries = 0; tries < 100; ++tries) {
        if (::waitpid(child, nullptr, WNOHANG) != 0) return;
        ::usleep(10000);
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
}

}  // namespace boomerang::platform
