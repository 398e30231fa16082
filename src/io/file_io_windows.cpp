// Reading and saving files on Windows: wide-character Win32 calls on UTF-8 paths, and the
// same messages as on POSIX (file_io_posix.cpp). A reason POSIX also has ("No such file or
// directory") is said in strerror's words, so a message reads the same on every system;
// any other comes from the system's own message table.
//
// Index: reasons | reading | saving
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string>

#include "io/file_io.hpp"
#include "io/file_io_detail.hpp"
#include "parse/utf16.hpp"

namespace boomerang::io {

namespace {

// ---- Reasons ------------------------------------------------------------------------------

// The errno whose strerror says what this Win32 error says; 0 when none does.
int errno_for(DWORD error) {
    switch (error) {
        case ERROR_FILE_NOT_FOUND:
        case ERROR_PATH_NOT_FOUND:
        case ERROR_BAD_NETPATH:
        case ERROR_INVALID_DRIVE: return ENOENT;
        case ERROR_ACCESS_DENIED:
        case ERROR_WRITE_PROTECT: return EACCES;
        case ERROR_FILE_EXISTS:
        case ERROR_ALREADY_EXISTS: return EEXIST;
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL: return ENOSPC;
        case ERROR_FILENAME_EXCED_RANGE: return ENAMETOOLONG;
        default: return 0;
    }
}

// The system's reason for the call that just failed; read it before any other call.
std::string os_reason(DWORD error = ::GetLastError()) {
    if (const int posix = errno_for(error)) return std::strerror(posix);
    wchar_t* text = nullptr;
    const DWORD length =
        ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                         nullptr, error, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string reason = length > 0 ? parse::utf8_from_utf16(std::u16string(text, text + length)) : "";
    ::LocalFree(text);
    // The table's sentences end in ".\r\n"; a reason here ends a message, without either.
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r' || reason.back() == '.')) {
        reason.pop_back();
    }
    return reason.empty() ? "Windows error " + std::to_string(error) : reason;
}

// `path` as Windows' calls take it, or nullopt when it is not UTF-8 (no file can have a name
// that is not: every Windows name is Unicode).
std::optional<std::wstring> wide(const std::string& path) {
    const std::optional<std::u16string> utf16 = parse::utf16_from_utf8(path);
    if (!utf16) return std::nullopt;
    return std::wstring(utf16->begin(), utf16->end());
}
constexpr const char* kNotUtf8 = "the name is not valid UTF-8";

// Closes a handle on every way out of a function.
struct Handle {
    HANDLE handle;
    ~Handle() {
        if (handle != INVALID_HANDLE_VALUE) ::CloseHandle(handle);
    }
};

bool is_folder(const std::wstring& path) {
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY);
}

}  // namespace

// ---- Reading ------------------------------------------------------------------------------

model::Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes) {
    const std::string failed = "cannot open " + path + ": ";
    const std::optional<std::wstring> name = wide(path);
    if (!name) return model::Error{"", failed + kNotUtf8};
    // FILE_FLAG_BACKUP_SEMANTICS opens a folder too, so that it is refused by name below
    // rather than as "Permission denied". Others may go on reading, writing or renaming it.
    const Handle file{::CreateFileW(name->c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                    nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr)};
    if (file.handle == INVALID_HANDLE_VALUE) return model::Error{"", failed + os_reason()};
    // Devices (NUL, CON, COM1) and pipes are not files.
    if (::GetFileType(file.handle) != FILE_TYPE_DISK) return model::Error{"", failed + "it is not a regular file"};
    BY_HANDLE_FILE_INFORMATION info{};
    if (!::GetFileInformationByHandle(file.handle, &info)) return model::Error{"", failed + os_reason()};
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return model::Error{"", failed + "it is a folder, not a file"};
    const auto too_large = [&](std::size_t bytes) {
        return model::Error{"", failed + detail::too_large_reason(bytes, max_bytes)};
    };
    const unsigned long long size = (static_cast<unsigned long long>(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    if (size > max_bytes) return too_large(static_cast<std::size_t>(size));

    // Read to the end rather than `size` bytes: the file may change while we read.
    std::string text;
    char buffer[64 * 1024];
    for (;;) {
        DWORD got = 0;
        if (!::ReadFile(file.handle, buffer, sizeof buffer, &got, nullptr)) {
            return model::Error{"", "cannot read " + path + ": " + os_reason()};
        }
        if (got == 0) break;
        text.append(buffer, got);
        if (text.size() > max_bytes) return too_large(text.size());
    }
    return text;
}

// ---- Saving -------------------------------------------------------------------------------

namespace {

// Creates a new, empty file next to the target, named so it cannot clash with another save
// (the process id and a counter). Its permissions are the folder's, inherited.
HANDLE create_temporary(const std::string& folder, const std::string& name, std::wstring& temp_path) {
    static unsigned counter = 0;
    constexpr int kAttempts = 100;  // other processes' files with our id: only after an id is reused
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        temp_path = *wide(detail::temporary_name(folder, name, ::GetCurrentProcessId(), counter++));
        const HANDLE file =
            ::CreateFileW(temp_path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (file != INVALID_HANDLE_VALUE || ::GetLastError() != ERROR_FILE_EXISTS) return file;
    }
    return INVALID_HANDLE_VALUE;
}

// "" or why not every byte was written.
std::string write_all(HANDLE file, std::string_view content) {
    while (!content.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1u << 30));
        DWORD written = 0;
        if (!::WriteFile(file, content.data(), chunk, &written, nullptr)) return os_reason();
        content.remove_prefix(written);
    }
    return {};
}

}  // namespace

// MoveFileExW with MOVEFILE_REPLACE_EXISTING replaces the target in one step (a rename on
// NTFS), and MOVEFILE_WRITE_THROUGH returns only once that is on the disk, as the folder's
// fsync does on POSIX. ReplaceFileW would keep the old file's access list, but when it fails
// halfway it can leave the old file gone, which a save must never do. The new file has the
// folder's inherited permissions, as the old one almost always had; a read-only file is
// refused ("Permission denied") rather than replaced.
std::string write_file_atomically(const std::string& path, std::string_view content) {
    const std::string failed = "cannot save " + path + ": ";
    const std::optional<std::wstring> target = wide(path);
    if (!target) return failed + kNotUtf8;

    // Windows refuses to replace a read-only file, Wine (on POSIX permissions) does not: both
    // are told the same here.
    const DWORD attributes = ::GetFileAttributesW(target->c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY) &&
        !(attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        return failed + std::strerror(EACCES);
    }

    std::wstring temp_path;
    const HANDLE file = create_temporary(detail::folder_of(path), file_name(path), temp_path);
    if (file == INVALID_HANDLE_VALUE) return failed + os_reason();

    std::string problem = write_all(file, content);
    if (problem.empty() && !::FlushFileBuffers(file)) problem = os_reason();
    if (!::CloseHandle(file) && problem.empty()) problem = os_reason();
    if (problem.empty() &&
        !::MoveFileExW(temp_path.c_str(), target->c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD error = ::GetLastError();
        // Windows says "Access is denied" for a folder in the way; POSIX names it.
        problem = is_folder(*target) ? std::strerror(EISDIR) : os_reason(error);
    }
    if (!problem.empty()) {
        ::DeleteFileW(temp_path.c_str());
        return failed + problem;
    }
    return {};
}

}  // namespace boomerang::io
