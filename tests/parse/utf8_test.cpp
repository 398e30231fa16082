#include "parse/utf8.hpp"

#include <doctest/doctest.h>

#include <string_view>

using namespace boomerang::parse;

// Byte lengths from RFC 3629: "é" U+00E9 is C3 A9, "€" U+20AC is E2 82 AC, "🚀" U+1F680 is
// F0 9F 9A 80.
TEST_CASE("text is walked and cut at the first byte of a character, never inside one") {
    const std::string_view text = "a\u00e9\u20ac\U0001F680";  // 1 + 2 + 3 + 4 bytes

    SUBCASE("stepping over a character takes its lead byte and its continuation bytes") {
        CHECK(utf8_next(text, 0) == 1);
        CHECK(utf8_next(text, 1) == 3);
        CHECK(utf8_next(text, 3) == 6);
        CHECK(utf8_next(text, 6) == 10);
    }
    SUBCASE("counting characters counts the bytes that start one") {
        CHECK(utf8_character_count(text) == 4);
        CHECK(utf8_character_count("") == 0);
    }
    SUBCASE("the first n characters") {
        CHECK(utf8_prefix(text, 0) == 0);
        CHECK(utf8_prefix(text, 2) == 3);
        CHECK(utf8_prefix(text, 3) == 6);
        CHECK(utf8_prefix(text, 40) == text.size());
    }
    SUBCASE("a cut inside a character moves back to its start") {
        CHECK(utf8_character_start(text, 0) == 0);
        CHECK(utf8_character_start(text, 2) == 1);
        CHECK(utf8_character_start(text, 5) == 3);
        CHECK(utf8_character_start(text, 9) == 6);
        CHECK(utf8_character_start(text, text.size()) == text.size());
        CHECK(utf8_character_start(text, 99) == text.size());
    }
    SUBCASE("malformed bytes never swallow ASCII nor step past the end") {
        // A three-byte lead followed by the digit "5" (0x35): the digit is a character of its own.
        CHECK(utf8_next("\xE2\x35", 0) == 1);
        // A character cut short at the end of the text.
        CHECK(utf8_next("\xE2\x82", 0) == 2);
        // Stray continuation bytes belong to the character before them.
        CHECK(utf8_next("a\x80\x80\x62", 0) == 3);  // 0x62 is "b"
        CHECK(utf8_character_count("a\x80\x80\x62") == 2);
    }
}

TEST_CASE("valid_utf8_length counts the well-formed bytes before the first broken one") {
    using boomerang::parse::valid_utf8_length;
    CHECK(valid_utf8_length("6 GW") == 4);
    CHECK(valid_utf8_length("1.2×") == 5);  // × is two bytes
    CHECK(valid_utf8_length("ab\xFF"
                            "cd") == 2);
    CHECK(valid_utf8_length("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
}
