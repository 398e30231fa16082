// Reading and saving files on the desktop, with messages a user can act on.
//
// Every message names the file and gives the operating system's reason ("cannot open
// /home/ann/deal.json: No such file or directory"); the UI shows it verbatim. POSIX calls,
// no exceptions: this compiles for the web too, where nothing calls it (the browser build
// has no file system).
#pragma once

#include "model/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace boomerang::io {

// The whole file as bytes. Refuses folders and other non-regular files, and files over
// `max_bytes` (the message gives both sizes) before reading them.
model::Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes);

// Replaces `path` with `content` so that a reader (or a crash) sees either the old file or
// the new one, never half of each: the content goes to a new file in the same folder, is
// flushed to the disk, then renamed over `path`. Returns "" on success, otherwise why;
// after a failure the previous file is untouched and no temporary file is left behind.
// An existing file keeps its permissions.
std::string write_file_atomically(const std::string& path, std::string_view content);

// `path` made absolute against the working directory, with a leading "~" read as $HOME (as
// a shell would) and "." and ".." resolved, so a path remembered now still names the same
// file later. Touches no file.
std::string absolute_path(const std::string& path);

// The last component of `path`: "/home/ann/deal.json" -> "deal.json".
std::string file_name(const std::string& path);

}  // namespace boomerang::io
