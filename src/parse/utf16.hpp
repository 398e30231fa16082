// UTF-8 to UTF-16 and back, for Windows, whose file and dialog calls take UTF-16 ("wide")
// strings while Boomerang keeps every path and message in UTF-8. Plain functions on every
// system, so the tests check them natively too.
//
//   utf16_from_utf8("d\u00e9al.json")  // u"déal.json"; nullopt for malformed UTF-8
//   utf8_from_utf16(u"d\u00e9al.json") // "déal.json"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace boomerang::parse {

// The same characters in UTF-16 (a character above U+FFFF as a surrogate pair); nullopt when
// `text` is not well-formed UTF-8 (valid_utf8_length), since a path must not silently change.
std::optional<std::u16string> utf16_from_utf8(std::string_view text);

// The same characters in UTF-8. Windows file names may hold a surrogate without its pair,
// which no UTF-8 can say: it becomes U+FFFD, the replacement character.
std::string utf8_from_utf16(std::u16string_view text);

}  // namespace boomerang::parse
