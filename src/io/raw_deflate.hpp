// Raw DEFLATE (RFC 1951, no zlib or gzip header), as the page's CompressionStream("deflate-raw")
// writes and reads it: the compression of "#b1." book links (io/book_link.hpp) outside the
// browser. Native builds only (zlib); the page uses the browser's own.
#pragma once

#include "model/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace boomerang::io {

std::string raw_deflate(std::string_view bytes);

// Refuses damaged data, and output beyond `max_bytes` (a small link must not inflate into
// gigabytes).
model::Result<std::string> raw_inflate(std::string_view deflated, std::size_t max_bytes);

}  // namespace boomerang::io
