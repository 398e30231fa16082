// What src/io/file_io_posix.cpp and file_io_windows.cpp share: the messages they write and
// the path arithmetic around them. Internal to boomerang_io; include io/file_io.hpp instead.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace boomerang::io::detail {

// A UTF-8 path as the standard library's path, and back. On Windows a narrow string would be
// read in the ANSI code page; on POSIX the bytes pass unchanged (names need not be UTF-8).
std::filesystem::path path_from_utf8(const std::string& path);
std::string utf8_from_path(const std::filesystem::path& path);

// The folder holding `path`: "." for a bare file name.
std::string folder_of(const std::string& path);

// "it is 1,025 bytes, over the limit of 1,024 bytes": sizes are exact, so "over the limit"
// never reads as "1.0 MB, over the limit of 1.0 MB".
std::string too_large_reason(std::size_t bytes, std::size_t max_bytes);

// The name of the temporary file a save writes first: hidden on POSIX (the leading dot),
// unique to this process (its id) and this save (a counter).
std::string temporary_name(const std::string& folder, const std::string& name, unsigned long process_id,
                           unsigned counter);

}  // namespace boomerang::io::detail
