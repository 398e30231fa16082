#include "parse/utf16.hpp"

#include "parse/utf8.hpp"

namespace boomerang::parse {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_high_surrogate(char32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(char32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

void append_utf8(std::string& out, char32_t code) {
    const auto byte = [&](unsigned value) { out.push_back(static_cast<char>(value)); };
    if (code < 0x80) {
        byte(code);
    } else if (code < 0x800) {
        byte(0xC0 | (code >> 6));
        byte(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        byte(0xE0 | (code >> 12));
        byte(0x80 | ((code >> 6) & 0x3F));
        byte(0x80 | (code & 0x3F));
    } else {
        byte(0xF0 | (code >> 18));
        byte(0x80 | ((code >> 12) & 0x3F));
        byte(0x80 | ((code >> 6) & 0x3F));
        byte(0x80 | (code & 0x3F));
    }
}

}  // namespace

std::optional<std::u16string> utf16_from_utf8(std::string_view text) {
    if (valid_utf8_length(text) != text.size()) return std::nullopt;
    std::u16string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = utf8_next(text, at);
        const auto lead = static_cast<unsigned char>(text[at]);
        // The lead byte's payload bits, then six bits from each continuation byte.
        char32_t code = end - at == 1 ? lead : lead & (0x7Fu >> (end - at));
        for (std::size_t k = at + 1; k < end; ++k) code = (code << 6) | (static_cast<unsigned char>(text[k]) & 0x3Fu);
        if (code < 0x10000) {
            out.push_back(static_cast<char16_t>(code));
        } else {
            out.push_back(static_cast<char16_t>(0xD800 + ((code - 0x10000) >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + ((code - 0x10000) & 0x3FF)));
        }
        at = end;
    }
    return out;
}

std::string utf8_from_utf16(std::u16string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char32_t unit = text[at];
        if (is_high_surrogate(unit) && at + 1 < text.size() && is_low_surrogate(text[at + 1])) {
            append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (text[++at] - 0xDC00));
        } else {
            append_utf8(out, is_high_surrogate(unit) || is_low_surrogate(unit) ? kReplacement : unit);
        }
    }
    return out;
}

}  // namespace boomerang::parse
