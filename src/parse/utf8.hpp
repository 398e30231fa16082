// Walking UTF-8 text by characters: stepping over one, counting them, and cutting text at a
// character's first byte so that no cut splits one; and whether text is well-formed UTF-8
// (valid_utf8_length). The walkers read bytes only; on malformed bytes they never step
// past the end and never swallow an ASCII byte: a lead byte always starts a character, and
// continuation bytes belong to the character before them.
//
//   utf8_character_count("€5")        // 2 (three bytes, then one)
//   utf8_prefix("naïve", 3)           // 4: "naï", whose "ï" takes two bytes
//   utf8_character_start("€", 2)      // 0: byte 2 is inside "€"
//
// Here, the lowest folder that reads text, so the parser, io, the CLI and the charts share one.
#pragma once

#include <cstddef>
#include <string_view>

namespace boomerang::parse {

// How many bytes at the start of `text` are well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF); text.size() when all of it is.
std::size_t valid_utf8_length(std::string_view text);

// Whether `byte` continues a character (10xxxxxx) rather than starting one.
constexpr bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0u) == 0x80u; }

// The index just past the character that starts at `at` (at < text.size()).
std::size_t utf8_next(std::string_view text, std::size_t at);

// The start of the character holding byte `at`: `at` itself unless it is a continuation byte
// (at <= text.size(); text.size() gives text.size()). Cutting there splits no character.
std::size_t utf8_character_start(std::string_view text, std::size_t at);

// How many characters `text` holds: the bytes that start one.
std::size_t utf8_character_count(std::string_view text);

// The bytes of the first `characters` characters of `text` (all of it when it has fewer).
std::size_t utf8_prefix(std::string_view text, std::size_t characters);

}  // namespace boomerang::parse
