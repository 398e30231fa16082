// Choosing a reader by the schema line, and the key count that guards the in-order parse.
#include "io/json_format.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace boomerang::io;

TEST_CASE("schema_of reads the root object's schema string and nothing past it") {
    CHECK(json::schema_of(R"({"schema": "boomerang/book@1", "deals": []})") == "boomerang/book@1");
    CHECK(json::schema_of(R"({"title": "x", "window": {"schema": "no"}, "schema": "boomerang/scenario@1"})") ==
          "boomerang/scenario@1");
    // What follows the schema is left to the reader it chooses, which names the damage.
    CHECK(json::schema_of(R"({"schema": "boomerang/book@1", "deals": [ !!! )") == "boomerang/book@1");
    CHECK(json::schema_of(R"({"schema": "boomerang/book@1")") == "boomerang/book@1");
    // No schema string at the root: "".
    CHECK(json::schema_of(R"({"window": {"schema": "boomerang/book@1"}})").empty());
    CHECK(json::schema_of(R"({"schema": 1})").empty());
    CHECK(json::schema_of(R"({"schema": {"name": "boomerang/book@1"}})").empty());
    CHECK(json::schema_of(R"({"schema": ["boomerang/book@1"]})").empty());
    CHECK(json::schema_of(R"(["schema", "boomerang/book@1"])").empty());
    CHECK(json::schema_of(R"("boomerang/book@1")").empty());
    CHECK(json::schema_of("id,buyer\nd,OpenAI\n").empty());
    CHECK(json::schema_of("").empty());
    // Broken before the schema: "".
    CHECK(json::schema_of(R"({"title": tru, "schema": "boomerang/book@1"})").empty());
}

TEST_CASE("root_keys lists the root object's keys in file order, and nothing below them") {
    using Keys = std::vector<std::string>;
    CHECK(json::root_keys(R"({"schema": "s", "capacity": {"gw": 1, "x": [{"deals": 1}]}, "network": []})") ==
          Keys{"schema", "capacity", "network"});
    CHECK(json::root_keys(R"([{"schema": "s"}])").empty());
    CHECK(json::root_keys("3").empty());
    CHECK(json::root_keys(R"({"a": 1, "b": tru)") == Keys{"a", "b"});  // up to the damage
}

TEST_CASE("an object with more keys than a file may hold is refused, however deep it sits") {
    const json::FileFormat format{"book", "boomerang/book@1", 4 * 1024 * 1024};
    const auto object_of = [](std::size_t keys) {
        std::string text = "{";
        for (std::size_t i = 0; i < keys; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
        return text + "}";
    };
    const std::string at_limit = object_of(json::max_keys_in_one_object);
    const std::string over = object_of(json::max_keys_in_one_object + 1);
    CHECK(json::parse_file(R"({"schema": "boomerang/book@1", "a": [[)" + at_limit + "]]}", format).ok());
    const auto refused = json::parse_file(R"({"schema": "boomerang/book@1", "a": [[)" + over + "]]}", format);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "The file has an object with 20001 keys; a book file has at most 20000 in one object");
    // Repeated keys are read one by one too, so they count.
    std::string repeated = R"({"schema": "boomerang/book@1")";
    for (std::size_t i = 0; i < json::max_keys_in_one_object; ++i) repeated += R"(,"same":0)";
    CHECK_FALSE(json::parse_file(repeated + "}", format).ok());
}
