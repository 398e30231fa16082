#include "parse/utf16.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace boomerang::parse;

// Code units from the Unicode Standard, 3.9: "é" U+00E9 is one unit 00E9, "€" U+20AC one
// unit 20AC, "🚀" U+1F680 the surrogate pair D83D DE80 (and in UTF-8 C3 A9, E2 82 AC,
// F0 9F 9A 80, RFC 3629).
TEST_CASE("paths cross between UTF-8 and UTF-16 unchanged, surrogate pairs included") {
    const std::string utf8 =
        "C:/d\xC3\xA9"
        "al \xE2\x82\xAC \xF0\x9F\x9A\x80.json";
    const std::u16string utf16 = {u'C', u':',   u'/',   u'd', 0x00E9, u'a', u'l', u' ', 0x20AC,
                                  u' ', 0xD83D, 0xDE80, u'.', u'j',   u's', u'o', u'n'};
    CHECK(utf16_from_utf8(utf8) == utf16);
    CHECK(utf8_from_utf16(utf16) == utf8);
    CHECK(utf16_from_utf8("") == std::u16string());
    CHECK(utf8_from_utf16(u"") == "");
}

TEST_CASE("malformed UTF-8 is refused rather than changed, and a lone surrogate reads as U+FFFD") {
    CHECK_FALSE(utf16_from_utf8("deal\xFF.json").has_value());
    CHECK_FALSE(utf16_from_utf8("\xC3").has_value());          // a lead byte without its continuation
    CHECK_FALSE(utf16_from_utf8("\xED\xA0\x80").has_value());  // U+D800 encoded: surrogates are not characters
    const std::u16string lone = {u'a', 0xD83D, u'b', 0xDE80};  // a high and a low surrogate, each unpaired
    CHECK(utf8_from_utf16(lone) ==
          "a\xEF\xBF\xBD"
          "b\xEF\xBF\xBD");  // U+FFFD is EF BF BD
}
