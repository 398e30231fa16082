// Index: suggestions | JSON syntax errors | parsing a file | reading values | citations
#include "io/json_format.hpp"

#include "io/units.hpp"
#include "parse/utf8.hpp"

#include <algorithm>

namespace boomerang::io::json {

using model::Error;

// ---- Suggestions ------------------------------------------------------------------------
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string did_you_mean(std::string_view key, const std::vector<std::string_view>& candidates, std::size_t* budget) {
    const std::size_t limit = std::max<std::size_t>(2, key.size() / 3) + 1;
    // Strings whose lengths differ by `limit` or more are at least that many edits apart:
    // skipping them changes no answer, and a megabyte-long key costs nothing.
    const auto near_in_length = [&](std::string_view candidate) {
        const std::size_t longer = std::max(key.size(), candidate.size());
        const std::size_t shorter = std::min(key.size(), candidate.size());
        return longer - shorter < limit;
    };
    if (budget) {
        std::size_t cost = 0;
        for (std::string_view candidate : candidates) {
            if (near_in_length(candidate)) cost += (key.size() + 1) * (candidate.size() + 1);
        }
        if (cost > *budget) return "";
        *budget -= cost;
    }
    std::string_view best;
    std::size_t best_distance = limit;
    for (std::string_view candidate : candidates) {
        if (!near_in_length(candidate)) continue;
        const std::size_t d = edit_distance(key, candidate);
        if (d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    return best.empty() ? "" : " (did you mean " + std::string(best) + "?)";
}

// ---- JSON syntax errors -----------------------------------------------------------------
namespace {

// Records where a parse fails: nlohmann's message (line, column, what was expected) and the
// path of the value being read, so "1e400" is reported at "capacity.capacity_gw".
class SyntaxErrorFinder : public nlohmann::json_sax<Json> {
public:
    std::size_t position = 0;  // bytes read when the parser gave up
    std::string message;
    std::string path() const {
        std::string text;
        for (const Frame& f : frames_) {
            if (f.in_array) {
                text += "[" + std::to_string(f.index) + "]";
            } else if (!f.key.empty()) {
                text += (text.empty() ? "" : ".") + f.key;
            }
        }
        return text;
    }

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t& key) override {
        frames_.back().key = key;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t at, const std::string&, const nlohmann::detail::exception& error) override {
        position = at;
        message = error.what();
        return false;
    }

private:
    struct Frame {
        bool in_array = false;
        std::string key;
        std::size_t index = 0;
    };
    std::vector<Frame> frames_;

    // A finished value moves an array to its next index and leaves an object between keys.
    bool value() {
        if (frames_.empty()) return true;
        Frame& f = frames_.back();
        if (f.in_array) {
            ++f.index;
        } else {
            f.key.clear();
        }
        return true;
    }
    bool open(bool in_array) {
        frames_.push_back({in_array, "", 0});
        return true;
    }
    bool close() {
        frames_.pop_back();
        return value();
    }
};

// nlohmann's message quotes the bytes it read last ("last read: '…'"), and a token that
// stops at the first byte of a character ('"x", \xE2') leaves half a character in it. The UI
// and the web bridge need UTF-8, so each byte that is not part of a character becomes U+FFFD.
std::string replace_broken_utf8(std::string_view text) {
    std::string out;
    while (!text.empty()) {
        const std::size_t valid = parse::valid_utf8_length(text);
        out += text.substr(0, valid);
        if (valid == text.size()) break;
        out += "\xEF\xBF\xBD";  // U+FFFD, the replacement character
        text.remove_prefix(valid + 1);
    }
    return out;
}

// Cut before a character's first byte, never inside it, and mark the cut with "…".
std::string shortened(std::string text, std::size_t longest) {
    if (text.size() <= longest) return text;
    const std::size_t end = parse::utf8_character_start(text, longest);
    return text.substr(0, end) + "…";
}

Error syntax_error(std::string_view text) {
    SyntaxErrorFinder finder;
    Json::sax_parse(text, &finder);
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..." or
    // "[json.exception.out_of_range.406] number overflow parsing '1e400'": keep what follows
    // the location, and give the location ourselves for both.
    std::string detail = replace_broken_utf8(finder.message);
    if (const auto at = detail.find("] "); at != std::string::npos) detail.erase(0, at + 2);
    if (detail.rfind("parse error at ", 0) == 0) {
        if (const auto at = detail.find(": "); at != std::string::npos) detail.erase(0, at + 2);
    }
    const std::string_view read = text.substr(0, std::min(finder.position, text.size()));
    const std::size_t last_newline = read.rfind('\n');
    const std::size_t column = last_newline == std::string_view::npos ? read.size() : read.size() - last_newline - 1;
    const std::string where =
        "line " + std::to_string(1 + std::count(read.begin(), read.end(), '\n')) + ", column " + std::to_string(column);
    // 120 bytes: "[0][0][0]..." of a deeply nested file.
    const std::string path = shortened(finder.path(), 120);
    return {path,
            "The file is not valid JSON" + (path.empty() ? "" : " (in " + path + ")") + ": " + where + ": " + detail};
}

std::optional<Error> check_schema(const Json& root, const FileFormat& format) {
    const std::string kind(format.kind);
    const std::string expected(format.schema);
    const auto it = root.find("schema");
    if (it == root.end()) {
        return Error{"schema", "schema is missing: a " + kind + " file starts with \"schema\": \"" + expected + "\""};
    }
    if (!it->is_string()) return wrong_type("schema", "a string", *it);
    const std::string schema = it->get<std::string>();
    if (schema == expected) return std::nullopt;
    const std::string family = expected.substr(0, expected.find('@') + 1);  // "boomerang/book@"
    if (schema.rfind(family, 0) == 0) {
        return Error{"schema", "schema \"" + schema + "\" is a version of the " + kind +
                                   " format this Boomerang does not read; it reads \"" + expected + "\""};
    }
    return Error{"schema", "schema \"" + schema + "\" is not a Boomerang " + kind + "; expected \"" + expected + "\""};
}

}  // namespace

// ---- Parsing a file ---------------------------------------------------------------------
namespace {

// Counts the keys of each object as the parser reads them, building nothing: the most in one
// object, and whether the text is JSON at all. nlohmann's SAX parser keeps its own stack, so a
// file nested a million arrays deep is no problem.
class KeyCounter : public nlohmann::json_sax<Json> {
public:
    std::size_t most = 0;
    bool valid = true;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        keys_.push_back(0);
        return true;
    }
    bool key(string_t&) override {
        most = std::max(most, ++keys_.back());
        return true;
    }
    bool end_object() override {
        keys_.pop_back();
        return true;
    }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        valid = false;
        return false;
    }

private:
    std::vector<std::size_t> keys_;  // of each object open
};

// Reads the root object's keys, skipping everything below them. With `stop_at_schema` it stops
// at the root's "schema" value, kept when it is a string: choosing a reader need not parse the
// rest of a 4 MiB file.
class RootReader : public nlohmann::json_sax<Json> {
public:
    explicit RootReader(bool stop_at_schema) : stop_at_schema_(stop_at_schema) {}

    std::vector<std::string> keys;
    std::string schema;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t& text) override {
        if (at_schema()) {
            schema = text;
            return false;
        }
        return value();
    }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override {
        if (at_schema()) return false;  // not a string schema
        ++depth_;
        return true;
    }
    bool key(string_t& key) override {
        if (depth_ == 1) {
            keys.push_back(key);
            schema_next_ = stop_at_schema_ && key == "schema";
        }
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override {
        if (depth_ == 0 || at_schema()) return false;  // the root is not an object, or the schema not a string
        ++depth_;
        return true;
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool stop_at_schema_;
    int depth_ = 0;
    bool schema_next_ = false;

    bool at_schema() const { return schema_next_ && depth_ == 1; }
    bool value() const { return !at_schema() && depth_ > 0; }
    bool close() {
        --depth_;
        return depth_ > 0;
    }
};

}  // namespace

model::Error too_large(std::size_t bytes, const FileFormat& format) {
    return Error{"", "The file is " + std::to_string(bytes) + " bytes long; a " + std::string(format.kind) +
                         " file may be at most " + std::to_string(format.max_bytes) + " bytes (" +
                         std::to_string(format.max_bytes / (1024 * 1024)) + " MiB)"};
}

model::Result<Json> parse_file(std::string_view text, const FileFormat& format) {
    const std::string kind(format.kind);
    if (text.size() > format.max_bytes) return too_large(text.size(), format);
    if (const std::size_t valid = parse::valid_utf8_length(text); valid != text.size()) {
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(valid), '\n');
        return Error{"", "The file is not UTF-8 text: byte " + std::to_string(valid + 1) + " (line " +
                             std::to_string(line) + ") is not part of a UTF-8 character"};
    }
    // An empty file (a failed save, a wrong pick in the file dialog) is named as such rather
    // than as JSON that ends unexpectedly at line 1, column 0.
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return Error{"", "The file is empty: a " + kind + " file is a JSON object { \"schema\": \"" +
                             std::string(format.schema) + "\", … }"};
    }
    // Reading keeps each object's keys in file order, which costs time with the square of the
    // keys in one object: a hostile 4 MiB file of 300,000 keys would take minutes. A first pass
    // that only counts keys finds such an object and refuses it; it builds no tree, so a
    // large book is parsed into a tree once.
    KeyCounter counter;
    Json::sax_parse(text, &counter);
    if (!counter.valid) return syntax_error(text);
    if (counter.most > max_keys_in_one_object) {
        return Error{"", "The file has an object with " + std::to_string(counter.most) + " keys; a " + kind +
                             " file has at most " + std::to_string(max_keys_in_one_object) + " in one object"};
    }
    Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded()) return syntax_error(text);
    if (!root.is_object()) return wrong_type("The " + kind + " file", "a JSON object { … }", root);
    if (auto e = check_schema(root, format)) return *e;
    return root;
}

std::vector<std::string> root_keys(std::string_view text) {
    RootReader reader(false);
    Json::sax_parse(text, &reader);
    return std::move(reader.keys);
}

std::string schema_of(std::string_view text) {
    RootReader reader(true);
    Json::sax_parse(text, &reader);
    return reader.schema;
}

// ---- Reading values ---------------------------------------------------------------------
std::string type_of(const Json& value) {
    if (value.is_string()) return "a string (\"" + shortened(value.get<std::string>(), 40) + "\")";
    if (value.is_number()) return "a number (" + value.dump() + ")";
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_null()) return "null";
    if (value.is_array()) return "an array";
    return "an object";
}

Error wrong_type(const std::string& path, std::string_view expected, const Json& value) {
    // A string that is not one of the spellings (or not a date) is the right type with the
    // wrong text: quote what was typed rather than calling it "a string".
    if (value.is_string()) {
        return {path, path + " must be " + std::string(expected) + " (got \"" +
                          shortened(value.get<std::string>(), 40) + "\")"};
    }
    return {path, path + " must be " + std::string(expected) + ", not " + type_of(value)};
}

void Reader::unknown_key(const std::string& path, std::string_view key,
                         const std::vector<std::string_view>& candidates) {
    warnings.push_back("unknown key " + path + (path.empty() ? "" : ".") + std::string(key) +
                       did_you_mean(key, candidates));
}

std::optional<Error> Reader::read_number(const Json& value, const std::string& path, double& out) {
    if (!value.is_number()) return wrong_type(path, "a number", value);
    auto checked = check_magnitude(value.get<double>(), path);
    if (!checked) return checked.error();
    out = *checked;
    return std::nullopt;
}

std::optional<Error> Reader::read_number(const Json& value, const std::string& path, const model::Bounds& bounds,
                                         double& out) {
    double number = 0.0;
    if (auto e = read_number(value, path, number)) return e;
    if (auto e = model::check_bounds(path, number, bounds)) return e;
    out = number;
    return std::nullopt;
}

std::optional<Error> Reader::read_text(const Json& value, const std::string& path, std::string& out) {
    if (!value.is_string()) return wrong_type(path, "a string", value);
    out = value.get<std::string>();
    return std::nullopt;
}

std::optional<Error> Reader::read_flag(const Json& value, const std::string& path, bool& out) {
    if (!value.is_boolean()) return wrong_type(path, "true or false", value);
    out = value.get<bool>();
    return std::nullopt;
}

// ---- Citations --------------------------------------------------------------------------
std::optional<Error> Reader::read_citation(const Json& object, const std::string& path, Citation& citation) {
    if (!object.is_object()) return wrong_type(path, "an object", object);
    int kinds = 0;
    for (const auto& [key, value] : object.items()) {
        std::string* text = nullptr;
        if (key == "source" || key == "assumption") {
            citation.kind = key == "source" ? Citation::Kind::source : Citation::Kind::assumption;
            text = &citation.text;
            ++kinds;
        } else if (key == "quote") {
            text = &citation.quote;
        } else if (key == "note") {
            text = &citation.note;
        } else {
            unknown_key(path, key, {"source", "assumption", "quote", "note"});
            continue;
        }
        if (auto e = read_text(value, path + "." + key, *text)) return e;
    }
    if (kinds != 1 || citation.text.empty()) {
        return Error{path, path +
                               " needs either \"source\" (the publication and title) or "
                               "\"assumption\" (why the value is reasonable), not " +
                               std::string(kinds == 2 ? "both" : "neither")};
    }
    return std::nullopt;
}

std::optional<Error> Reader::read_sources(const Json& object, std::map<std::string, Citation>& sources) {
    if (!object.is_object()) return wrong_type("sources", "an object", object);
    for (const auto& [path, value] : object.items()) {
        Citation citation;
        if (auto e = read_citation(value, "sources[" + path + "]", citation)) return e;
        sources[path] = std::move(citation);
    }
    return std::nullopt;
}

Json citation_json(const Citation& c) {
    Json object = Json::object();
    object[c.kind == Citation::Kind::source ? "source" : "assumption"] = c.text;
    if (!c.quote.empty()) object["quote"] = c.quote;
    if (!c.note.empty()) object["note"] = c.note;
    return object;
}

}  // namespace boomerang::io::json
