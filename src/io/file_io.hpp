// Reading and saving files on the desktop, with messages a user can act on.
//
// Every message names the file and gives the operating system's reason ("cannot open
// /home/ann/deal.json: No such file or directory"); the UI shows it verbatim. Paths are
// UTF-8 on every system. POSIX calls on Linux and macOS (file_io_posix.cpp), wide-character
// Win32 calls on Windows (file_io_windows.cpp), no exceptions: this compiles for the web too,
// where nothing calls it (the browser build has no file system).
#pragma once

#include "model/result.hpp"

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

// The whole file as bytes. Refuses folders and other non-regular files, and files over
// `max_bytes` (the message gives both sizes) before reading them.
model::Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes);

// Replaces `path` with `content` so that a reader (or a crash) sees either the old file or
// the new one, never half of each: the content goes to a new file in the same folder, is
// flushed to the disk, then renamed over `path`. Returns "" on success, otherwise why;
// after a failure the previous file is untouched and no temporary file is left behind.
// An existing file keeps its permissions (POSIX mode bits); on Windows the new file has the
// folder's, and a read-only file is refused (file_io_windows.cpp says why).
std::string write_file_atomically(const std::string& path, std::string_view content);

// `path` made absolute against the working directory, with a leading "~" read as $HOME (as
// a shell would; on Windows %USERPROFILE% when HOME is not set) and "." and ".." resolved, so a path remembered now still names the same
// file later. Touches no file.
std::string absolute_path(const std::string& path);

// An environment variable's value in UTF-8, nullopt when it is not set. On Windows it is read
// as UTF-16 (getenv would give it in the ANSI code page, which cannot say every name).
std::optional<std::string> environment_variable(const char* name);

// The command line's arguments after the program's name, in UTF-8. On Windows they are read
// as UTF-16 (CommandLineToArgvW), since main's argv holds them in the ANSI code page;
// elsewhere they are argv's bytes.
std::vector<std::string> command_line_arguments(int argc, char** argv);

// `path` opened with std::fopen's `mode`; on Windows through _wfopen, since fopen reads a
// name in the ANSI code page. nullptr and errno set when it cannot be opened.
std::FILE* open_file(const std::string& path, const char* mode);

// Standard input and output as bytes: on Windows they start in text mode, which writes every
// "\n" as "\r\n" (CSV's "\r\n" as "\r\r\n") and reads "\r\n" as "\n" and Ctrl+Z as the end.
// Elsewhere there is nothing to do.
void use_binary_standard_streams();

// The last component of `path`: "/home/ann/deal.json" -> "deal.json".
std::string file_name(const std::string& path);

}  // namespace boomerang::io
