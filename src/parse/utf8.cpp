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

}  // namespace boomerang::parse
