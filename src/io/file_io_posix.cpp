// Reading and saving files on Linux and macOS (and in the web build, where nothing calls
// them): POSIX calls, every failure's reason from strerror.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "io/file_io.hpp"
#include "io/file_io_detail.hpp"

namespace boomerang::io {

namespace {

// The operating system's reason for the call that just failed; read it before any other call.
std::string os_reason() { return std::strerror(errno); }

// Closes a file descriptor on every way out of a function.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// Creates a new, empty file next to the target, named so it is hidden and cannot clash with
// another save (the process id and a counter). Its permissions follow the user's umask.
int create_temporary(const std::string& folder, const std::string& name, std::string& temp_path) {
    static unsigned counter = 0;
    constexpr int kAttempts = 100;  // other processes' files with our pid: only after a pid wrap
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        temp_path = detail::temporary_name(folder, name, static_cast<unsigned long>(::getpid()), counter++);
        const int fd = ::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    return -1;
}

// "" or why not every byte was written.
std::string write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) return os_reason();
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return {};
}

// The rename is on disk only once the folder is flushed too. The new file is already in
// place when this runs, so a folder that cannot be flushed does not fail the save.
void flush_folder(const std::string& folder) {
    const Descriptor dir{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd >= 0) ::fsync(dir.fd);
}

}  // namespace

model::Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes) {
    const std::string failed = "cannot open " + path + ": ";
    // O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused below).
    const Descriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0) return model::Error{"", failed + os_reason()};
    struct stat info {};
    if (::fstat(file.fd, &info) != 0) return model::Error{"", failed + os_reason()};
    if (S_ISDIR(info.st_mode)) return model::Error{"", failed + "it is a folder, not a file"};
    if (!S_ISREG(info.st_mode)) return model::Error{"", failed + "it is not a regular file"};
    const auto too_large = [&](std::size_t bytes) {
        return model::Error{"", failed + detail::too_large_reason(bytes, max_bytes)};
    };
    if (static_cast<std::size_t>(info.st_size) > max_bytes) return too_large(static_cast<std::size_t>(info.st_size));

    // Read to the end rather than st_size bytes: the file may change while we read.
    std::string text;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return model::Error{"", "cannot read " + path + ": " + os_reason()};
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > max_bytes) return too_large(text.size());
    }
    return text;
}

std::string write_file_atomically(const std::string& path, std::string_view content) {
    const std::string failed = "cannot save " + path + ": ";
    struct stat target {};
    const bool replacing_file = ::stat(path.c_str(), &target) == 0 && S_ISREG(target.st_mode);

    const std::string folder = detail::folder_of(path);
    std::string temp_path;
    const int fd = create_temporary(folder, file_name(path), temp_path);
    if (fd < 0) return failed + os_reason();

    std::string problem;
    if (replacing_file && ::fchmod(fd, target.st_mode & 07777) != 0) problem = os_reason();
    if (problem.empty()) problem = write_all(fd, content);
    if (problem.empty() && ::fsync(fd) != 0) problem = os_reason();
    if (::close(fd) != 0 && problem.empty()) problem = os_reason();
    if (problem.empty() && ::rename(temp_path.c_str(), path.c_str()) != 0) problem = os_reason();
    if (!problem.empty()) {
        ::unlink(temp_path.c_str());
        return failed + problem;
    }
    flush_folder(folder);
    return {};
}

}  // namespace boomerang::io
