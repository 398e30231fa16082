// What Boomerang's JSON file formats (scenario_json.hpp, book_json.hpp) share: the checks
// before parsing, the messages for bad JSON and values of the wrong type, unknown-key warnings
// with the nearest known key, and citations read and written.
//
//   const json::FileFormat format{"book", book_schema, max_book_bytes};
//   auto root = json::parse_file(text, format);   // size, UTF-8, syntax, object, schema
//   if (!root) return root.error();
//   json::Reader reader;                          // collects warnings
//   if (auto e = reader.read_text((*root)["title"], "title", title)) return *e;
//
// Every message names the value by its path ("deals[2].capacity.capacity_gw") in
// Error::field and in the sentence. Nothing here throws: the web build has no exceptions.
#pragma once

#include "io/citation.hpp"
#include "model/bounds.hpp"
#include "model/result.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io::json {

using Json = nlohmann::ordered_json;

// No object of a file holds more keys than this: 20,000 citations are a book of several hundred
// deals, each value cited; more is a damaged or hostile file (see parse_file).
inline constexpr std::size_t max_keys_in_one_object = 20'000;

// One file format: what the file is called in messages, its schema line and size limit.
struct FileFormat {
    std::string_view kind;  // "scenario", "book": "a book file may be at most …"
    std::string_view schema;
    std::size_t max_bytes = 0;  // a whole number of MiB
};

// The file's root object, or why it is not one of `format`: too long, not UTF-8, empty, not
// JSON (with the line, column and path where parsing stopped), not an object, and a missing,
// foreign or later schema.
model::Result<Json> parse_file(std::string_view text, const FileFormat& format);

// parse_file's refusal of a text of `bytes` bytes over format.max_bytes, for a host that
// checks a file's size before reading it (the page's Import): "The file is 5000000 bytes
// long; a book file may be at most 4194304 bytes (4 MiB)".
model::Error too_large(std::size_t bytes, const FileFormat& format);

// The "schema" string of a JSON text's root object; "" when the text is not JSON up to that
// string, not an object, or has no string schema. Reading stops at the schema, so this is
// cheap for any size. For choosing a reader before reading.
std::string schema_of(std::string_view text);

// The keys of a JSON text's root object in file order, read without building a tree (so
// without parse_file's guard against objects of too many keys); empty when the root is not
// an object. A text that is not JSON gives the keys read before the damage.
std::vector<std::string> root_keys(std::string_view text);

// What a value is, for messages: `a string ("NaN")`, `a number (3)`, `true`, `an array`.
std::string type_of(const Json& value);

// "deals[0].status must be a string, not a number (3)"; for a string, what was typed:
// "deals[0].status must be \"reported\", … or \"cancelled\" (got \"signed\")".
model::Error wrong_type(const std::string& path, std::string_view expected, const Json& value);

// The number of single-character edits that turn `a` into `b` (Levenshtein).
std::size_t edit_distance(std::string_view a, std::string_view b);

// " (did you mean capacity_gw?)" when a candidate is within a few typos of `key`, else "".
// With `budget`, gives up (returns "") once comparing would take more character pairs than
// remain in it, and takes what it uses: a hostile file cannot make suggestions slow.
std::string did_you_mean(std::string_view key, const std::vector<std::string_view>& candidates,
                         std::size_t* budget = nullptr);

// Reads the values of one file, collecting what does not stop loading as warnings.
class Reader {
public:
    // Sentences naming their path: "unknown key capacity.capcity_gw (did you mean capacity_gw?)".
    std::vector<std::string> warnings;

    // Warns about `key` in the object at `path` ("" for the root).
    void unknown_key(const std::string& path, std::string_view key, const std::vector<std::string_view>& candidates);

    // A JSON number, finite and within max_input_magnitude.
    std::optional<model::Error> read_number(const Json& value, const std::string& path, double& out);
    // A JSON number within `bounds` (and max_input_magnitude).
    std::optional<model::Error> read_number(const Json& value, const std::string& path, const model::Bounds& bounds,
                                            double& out);
    std::optional<model::Error> read_text(const Json& value, const std::string& path, std::string& out);
    std::optional<model::Error> read_flag(const Json& value, const std::string& path, bool& out);

    // {"source": …, "quote"?: …, "note"?: …} or {"assumption": …, "note"?: …}.
    std::optional<model::Error> read_citation(const Json& object, const std::string& path, Citation& citation);
    // The "sources" object: citations by path, each read as "sources[<path>]".
    std::optional<model::Error> read_sources(const Json& object, std::map<std::string, Citation>& sources);
};

// {"source": …} or {"assumption": …}, then "quote" and "note" when they are not empty.
Json citation_json(const Citation& citation);

}  // namespace boomerang::io::json
