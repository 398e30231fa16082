// Fuzzes the book links a user may open: io::decode_preset_link ("#p1.": a preset version and
// edits) and "#b1." (raw DEFLATE of a book), read as the CLI reads them. Built without
// exceptions, like the web build.
//
// Invariants beyond "no crash, no sanitizer report":
//   - a refusal says why, in valid UTF-8;
//   - a decoded preset link, encoded again against its preset, decodes to the same book.
//
// Random bytes rarely survive base64url, so the custom mutator mostly mutates the edits (the
// JSON inside a "p1." link) and encodes them again; one time in four it mutates the link's
// own characters.
#include "fuzz_check.hpp"

#include "io/book_json.hpp"
#include "io/book_link.hpp"
#include "io/file_io.hpp"
#include "io/permalink.hpp"
#include "io/raw_deflate.hpp"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

using namespace boomerang;
using fuzz::require;

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

std::optional<std::string> preset_text(const io::PresetVersion& preset) {
    auto text = io::read_text_file(std::string(BOOMERANG_SOURCE_DIR) + "/assets/books/" + io::preset_file_name(preset),
                                   io::max_book_bytes);
    if (!text.ok()) return std::nullopt;
    return std::move(text.value());
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
    const std::string_view link(reinterpret_cast<const char*>(data), size);
    const std::size_t edits_at = link.find('.', link.find('.', 3) + 1);
    if (seed % 4 != 0 && link.starts_with(io::preset_link_prefix) && edits_at != std::string_view::npos) {
        if (auto json = io::base64url_decode(link.substr(edits_at + 1)); json.ok()) {
            std::string bytes = std::move(json.value());
            const std::size_t json_size = bytes.size();
            const std::size_t json_max = std::max(max_size * 3 / 4, json_size);
            bytes.resize(json_max);
            bytes.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(bytes.data()), json_size, json_max));
            const std::string mutated = std::string(link.substr(0, edits_at + 1)) + io::base64url_encode(bytes);
            if (mutated.size() <= max_size) {
                std::memcpy(data, mutated.data(), mutated.size());
                return mutated.size();
            }
        }
    }
    return LLVMFuzzerMutate(data, size, max_size);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    if (fragment.starts_with(io::book_link_prefix)) {
        const auto deflated = io::book_link_deflated(fragment);
        if (!deflated) return fuzz::require_showable(deflated.error().message), 0;
        const auto text = io::raw_inflate(*deflated, io::max_book_bytes);
        if (!text) return fuzz::require_showable(text.error().message), 0;
        const auto book = io::load_book(*text);
        if (!book) fuzz::require_showable(book.error().message);
        return 0;
    }
    const auto decoded = io::decode_preset_link(fragment, preset_text);
    if (!decoded) return fuzz::require_showable(decoded.error().message), 0;
    // Which preset it named: the fragment parsed again.
    const std::string_view body = fragment.substr(fragment.starts_with("#") ? 4 : 3);
    const std::size_t dot = body.find('.');
    const std::size_t dot2 = body.find('.', dot + 1);
    const io::PresetVersion preset{std::string(body.substr(0, dot)),
                                   std::stoi(std::string(body.substr(dot + 1, dot2 - dot - 1)))};
    const auto preset_file = io::load_book(*preset_text(preset));
    require(preset_file.ok(), "a preset a link opened loads");
    const std::string again = io::encode_preset_link(preset, preset_file->file, decoded->file);
    const auto reopened = io::decode_preset_link(again, preset_text);
    require(reopened.ok(), "a re-encoded preset link decodes", reopened.ok() ? "" : reopened.error().message);
    require(io::same_book(reopened->file.book, decoded->file.book), "a re-encoded preset link keeps the book", again);
    return 0;
}
