// Index: base64url | permalinks
#include "io/permalink.hpp"

#include "io/units.hpp"
#include "parse/utf8.hpp"

#include <algorithm>
#include <array>

namespace boomerang::io {

namespace {

using model::Error;

// ---- base64url ----------------------------------------------------------------------------
// RFC 4648 §5. Written out here (a few lines) rather than pulled in: no Debian package offers
// it for both the native and the Emscripten build.
constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<int, 256> decoding_table() {
    std::array<int, 256> table{};
    table.fill(-1);
    for (std::size_t i = 0; i < alphabet.size(); ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
    return table;
}

constexpr auto sextet_of = decoding_table();

// "s1" of "s1.…", or the whole text when it has no dot.
std::string_view format_name(std::string_view fragment) { return fragment.substr(0, fragment.find('.')); }

}  // namespace

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += alphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0) out += alphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

model::Result<std::string> base64url_decode(std::string_view text) {
    // A length of 4k+1 characters cannot come from whole bytes: the text was cut short.
    if (text.size() % 4 == 1) return Error{"", "it is cut short (its length is impossible)"};
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int sextet = sextet_of[static_cast<unsigned char>(text[i])];
        if (sextet < 0) {
            return Error{"", "character " + std::to_string(i + 1) + " is not a letter, a digit, '-' or '_'"};
        }
        buffer = (buffer << 6) | static_cast<std::uint32_t>(sextet);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

// ---- Permalinks ---------------------------------------------------------------------------

std::string encode_permalink(const ScenarioFile& file) {
    ScenarioFile without_sources = file;
    without_sources.sources.clear();
    return std::string(permalink_prefix) + base64url_encode(save_scenario_compact(without_sources));
}

model::Result<LoadedScenario> decode_permalink(std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.empty()) return Error{"", "The link holds no scenario (nothing after '#')"};
    if (fragment.size() > max_permalink_chars) {
        return Error{"", "The link is " + std::to_string(fragment.size()) +
                             " characters long; a Boomerang link holds at most " + std::to_string(max_permalink_chars)};
    }
    if (fragment.substr(0, permalink_prefix.size()) != permalink_prefix) {
        const std::string_view name = format_name(fragment);
        const bool looks_like_ours =
            name.size() >= 2 && name.size() <= 4 && name.front() == 's' &&
            std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (looks_like_ours) {
            return Error{"", "The link uses format \"" + std::string(name) +
                                 "\", which this version of Boomerang does not read (it reads \"" +
                                 std::string(format_name(permalink_prefix)) + "\")"};
        }
        return Error{"", "The link is not a Boomerang scenario: it should start with \"#" +
                             std::string(permalink_prefix) + "\""};
    }
    const auto text = base64url_decode(fragment.substr(permalink_prefix.size()));
    if (!text) return Error{"", "The link is damaged: " + text.error().message};
    if (parse::valid_utf8_length(text.value()) != text.value().size()) {
        return Error{"", std::string(link_not_text)};
    }
    auto loaded = load_scenario(text.value());
    if (!loaded) {
        // The loader speaks of files; here the scenario came in a link.
        std::string message = loaded.error().message;
        if (message.rfind("The file ", 0) == 0) message.replace(0, 9, "its scenario ");
        return Error{loaded.error().field, "The link is damaged or was edited by hand: " + message};
    }
    return loaded;
}

}  // namespace boomerang::io
