#include "parse/utf8.hpp"

namespace boomerang::parse {

std::size_t utf8_next(std::string_view text, std::size_t at) {
    do {
        ++at;
    } while (at < text.size() && is_utf8_continuation(static_cast<unsigned char>(text[at])));
    return at;
}

std::size_t utf8_character_start(std::string_view text, std::size_t at) {
    if (at >= text.size()) return text.size();
    while (at > 0 && is_utf8_continuation(static_cast<unsigned char>(text[at]))) --at;
    return at;
}

std::size_t utf8_character_count(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) count += is_utf8_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return count;
}

std::size_t utf8_prefix(std::string_view text, std::size_t characters) {
    std::size_t end = 0;
    for (std::size_t n = 0; n < characters && end < text.size(); ++n) end = utf8_next(text, end);
    return end;
}

std::size_t valid_utf8_length(std::string_view text) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char b = byte(i);
        std::size_t length = 1;
        unsigned lowest = 0;
        unsigned code = b;
        if (b >= 0x80) {
            if ((b & 0xE0) == 0xC0) {
                length = 2;
                code = b & 0x1Fu;
                lowest = 0x80;
            } else if ((b & 0xF0) == 0xE0) {
                length = 3;
                code = b & 0x0Fu;
                lowest = 0x800;
            } else if ((b & 0xF8) == 0xF0) {
                length = 4;
                code = b & 0x07u;
                lowest = 0x10000;
            } else
                return i;
        }
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80) return i;
            code = (code << 6) | (byte(i + k) & 0x3Fu);
        }
        if (code < lowest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
        i += length;
    }
    return i;
}

}  // namespace boomerang::parse
