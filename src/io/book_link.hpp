// Links to books: a whole book in the URL fragment, short enough for mail and chat.
//
//   #p1.amd-openai.1.W1siL2RlYWxzLzAvY2FwYWNpdHkvY2FwYWNpdHlfZ3ciLDVdXQ
//        a preset, its version, and the edits that turn it into the book (base64url of
//        [[JSON pointer, value], [JSON pointer] …]; a pointer alone removes the value);
//   #b1.<base64url of the book's compact JSON, raw DEFLATE (RFC 1951) compressed>
//        any book, preset or not.
//
// A preset link names the preset's version, and every released version stays in
// assets/books/ ("<id>-v<version>.json"), so a link opens the same numbers after the preset
// is updated. Decoding goes through load_book(), so a link is checked exactly like a file.
// Compression is the platform's (zlib natively, the browser's CompressionStream in the page);
// this module only frames the bytes. Lengths of every preset's links: tests/io/book_link_test.cpp.
#pragma once

#include "io/book_json.hpp"
#include "model/result.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace boomerang::io {

inline constexpr std::string_view preset_link_prefix = "p1.";
inline constexpr std::string_view book_link_prefix = "b1.";

// Longer fragments are refused before decoding.
inline constexpr std::size_t max_book_link_chars = 1024 * 1024;

// A released version of a preset book.
struct PresetVersion {
    std::string id;  // "amd-openai"
    int version = 0;

    bool operator==(const PresetVersion&) const = default;
};

// "amd-openai-v2.json" ↔ {"amd-openai", 2}; nullopt for any other file name.
std::optional<PresetVersion> preset_version_of(std::string_view file_name);
std::string preset_file_name(const PresetVersion& preset);

// The fragment (without '#') for `book` as edits of `preset`. Edits are values set, added
// or removed; a list whose length changed is replaced whole.
std::string encode_preset_link(const PresetVersion& preset, const BookFile& preset_file, const BookFile& book);

// The preset's text for a version, or nullopt when this app has no such version.
using PresetLookup = std::function<std::optional<std::string>(const PresetVersion&)>;

// Reads a "p1." fragment (with or without '#'): the preset, edited, checked as a file. The
// preset's citations stay for every value the edits did not touch.
model::Result<LoadedBook> decode_preset_link(std::string_view fragment, const PresetLookup& presets);

// "b1." + base64url of `deflated`, the compressed text of save_book_compact(book).
std::string encode_book_link(std::string_view deflated);
// The compressed bytes of a "b1." fragment, for the platform to inflate and then
// load_book_link_text().
model::Result<std::string> book_link_deflated(std::string_view fragment);

// Reads what a "b1." link's bytes inflated to, as load_book(text, ratio_work) does; its
// refusals say "The link is damaged: …".
model::Result<LoadedBook> load_book_link_text(std::string_view inflated, double ratio_work = model::all_ratio_work);

// What went wrong when the platform inflated a "b1." link's bytes (the page does it with the
// browser's DecompressionStream, then has the app say why).
enum class InflateProblem {
    too_large,  // more than max_book_bytes came out: the page stops there
    not_deflate,
};
model::Error inflate_refusal(InflateProblem problem);

// True when the fragment (with or without '#') is a book link of either kind.
bool is_book_link(std::string_view fragment);

}  // namespace boomerang::io
