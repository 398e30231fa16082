// Permalinks (io/permalink.hpp): a scenario survives the trip through a URL fragment exactly,
// and a damaged link is refused with a message that says what is wrong.
#include "io/permalink.hpp"

#include "io/presets.hpp"
#include "io/scenario_sources.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using namespace boomerang;
namespace fs = std::filesystem;

namespace {

const fs::path presets_folder = fs::path(BOOMERANG_SOURCE_DIR) / "assets" / "scenarios";

io::ScenarioFile preset(const std::string& name) {
    const auto loaded = io::load_scenario(testing::read_bytes(presets_folder / name));
    REQUIRE_MESSAGE(loaded.ok(), name, ": ", loaded.error().message);
    return loaded.value().file;
}

std::string refusal(std::string_view fragment) {
    const auto decoded = io::decode_permalink(fragment);
    REQUIRE_FALSE(decoded.ok());
    return decoded.error().message;
}

}  // namespace

TEST_CASE("base64url round-trips every byte value and every length") {
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    for (std::size_t length = 0; length <= bytes.size(); length += 17) {
        const std::string part = bytes.substr(0, length);
        const auto back = io::base64url_decode(io::base64url_encode(part));
        REQUIRE(back.ok());
        CHECK(back.value() == part);
    }
    // RFC 4648 test vectors, without padding.
    CHECK(io::base64url_encode("foobar") == "Zm9vYmFy");
    CHECK(io::base64url_encode("fooba") == "Zm9vYmE");
    CHECK(io::base64url_encode("\xfb\xff") == "-_8");
}

TEST_CASE("base64url refuses characters outside its alphabet and impossible lengths") {
    CHECK(io::base64url_decode("Zm9v Ym").error().message == "character 5 is not a letter, a digit, '-' or '_'");
    CHECK(io::base64url_decode("Zm9v+mFy").error().message == "character 5 is not a letter, a digit, '-' or '_'");
    CHECK(io::base64url_decode("Zm9vY").error().message == "it is cut short (its length is impossible)");
}

TEST_CASE("every preset round-trips through a permalink exactly") {
    const auto names = io::load_preset_index(testing::read_bytes(presets_folder / "index.json"));
    REQUIRE(names.ok());
    for (const std::string& name : names.value()) {
        CAPTURE(name);
        const io::ScenarioFile original = preset(name);
        const std::string fragment = io::encode_permalink(original);
        CHECK(fragment.rfind("s1.", 0) == 0);
        const auto decoded = io::decode_permalink("#" + fragment);
        REQUIRE_MESSAGE(decoded.ok(), decoded.error().message);
        const io::ScenarioFile& back = decoded.value().file;
        CHECK(io::same_inputs(back.scenario, original.scenario));
        CHECK(back.title == original.title);
        CHECK(back.description == original.description);
        // Citations stay out of links; restore_sources brings them back from the preset.
        CHECK(back.sources.empty());
        // Encoding is deterministic: the same scenario always gives the same link.
        CHECK(io::encode_permalink(back) == fragment);
    }
}

TEST_CASE("a link keeps values the defaults would not give back") {
    io::ScenarioFile file;
    file.title = "Odd numbers “quoted”";
    file.scenario.capacity.capacity_gw = 0.1 + 0.2;  // not a short decimal
    file.scenario.network.companies.push_back({"Ünïcode Co", 0.25});
    const auto decoded = io::decode_permalink(io::encode_permalink(file));
    REQUIRE_MESSAGE(decoded.ok(), decoded.error().message);
    CHECK(decoded.value().file.scenario.capacity.capacity_gw == 0.1 + 0.2);
    CHECK(decoded.value().file.title == file.title);
    CHECK(io::same_inputs(decoded.value().file.scenario, file.scenario));
}

TEST_CASE("a damaged link is refused with a message that says what is wrong") {
    const std::string good = io::encode_permalink(preset("amd-openai.json"));

    SUBCASE("empty") { CHECK(refusal("#") == "The link holds no scenario (nothing after '#')"); }
    SUBCASE("not ours") {
        CHECK(refusal("#section-2") == "The link is not a Boomerang scenario: it should start with \"#s1.\"");
    }
    SUBCASE("a newer format") {
        CHECK(refusal("#s2.abc") ==
              "The link uses format \"s2\", which this version of Boomerang does not read (it reads \"s1\")");
    }
    SUBCASE("a character that base64url does not use") {
        std::string tampered = good;
        tampered[10] = '*';
        CHECK(refusal(tampered) == "The link is damaged: character 8 is not a letter, a digit, '-' or '_'");
    }
    SUBCASE("cut short") {
        const std::string message = refusal(good.substr(0, good.size() / 2));
        CHECK(message.rfind("The link is damaged", 0) == 0);
    }
    SUBCASE("a value edited out of bounds") {
        io::ScenarioFile file = preset("amd-openai.json");
        const std::string text = io::save_scenario_compact(file);
        std::string edited = text;
        const std::string key = "\"pue\":";
        const auto at = edited.find(key);
        REQUIRE(at != std::string::npos);
        edited.insert(at + key.size(), "-");
        const std::string message = refusal("s1." + io::base64url_encode(edited));
        CHECK(message.rfind("The link is damaged or was edited by hand: ", 0) == 0);
        CHECK(message.find("pue") != std::string::npos);
    }
    SUBCASE("too long") {
        const std::string huge = "s1." + std::string(io::max_permalink_chars, 'A');
        CHECK(refusal(huge).find("characters long") != std::string::npos);
    }
}

TEST_CASE("restore_sources brings back the citations of values that did not change") {
    const io::ScenarioFile original = preset("amd-openai.json");
    REQUIRE(original.sources.count("capacity.capacity_gw") == 1);
    io::ScenarioFile edited = original;
    edited.sources.clear();
    edited.scenario.capacity.capacity_gw += 1.0;
    io::restore_sources(edited, original);
    // The edited value no longer comes from the article; the others still do.
    CHECK(edited.sources.count("capacity.capacity_gw") == 0);
    CHECK(edited.sources.size() == original.sources.size() - 1);
}
