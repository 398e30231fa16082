// Index: lists | comparing | paths | JSON syntax errors | reading | writing | the document
#include "io/scenario_json.hpp"

#include "io/units.hpp"
#include "model/fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>
#include <type_traits>

namespace boomerang::io {

namespace {

using Json = nlohmann::ordered_json;
using model::Error;
using model::Section;

constexpr std::array all_sections{Section::capacity, Section::commitment, Section::circularity,
                                  Section::network, Section::supply};

std::optional<Section> section_named(std::string_view name) {
    for (Section section : all_sections) {
        if (model::section_name(section) == name) return section;
    }
    return std::nullopt;
}

// ---- Lists ------------------------------------------------------------------------------
// The list inputs the field registry leaves out, and the members of their items as scenario
// files name them (the model's member names).
template <typename Item>
struct Member {
    std::string_view key;
    double Item::*number = nullptr;       // set for numbers
    std::string Item::*text = nullptr;    // set for names
};

template <typename Item>
constexpr std::array<Member<Item>, 0> members_of{};
template <>
constexpr std::array members_of<model::InvestmentTranche>{
    Member<model::InvestmentTranche>{"at_gw", &model::InvestmentTranche::at_gw},
    Member<model::InvestmentTranche>{"amount_usd", &model::InvestmentTranche::amount_usd}};
template <>
constexpr std::array members_of<model::WarrantTranche>{
    Member<model::WarrantTranche>{"shares", &model::WarrantTranche::shares},
    Member<model::WarrantTranche>{"vest_at_gw", &model::WarrantTranche::vest_at_gw},
    Member<model::WarrantTranche>{"vest_at_share_price_usd",
                                  &model::WarrantTranche::vest_at_share_price_usd}};
template <>
constexpr std::array members_of<model::Company>{
    Member<model::Company>{"name", nullptr, &model::Company::name},
    Member<model::Company>{"pass_on_fraction", &model::Company::pass_on_fraction}};
// A flow's "type" is written by flow_type_name() and read by flow_type_from_name().
constexpr std::string_view flow_type_key = "type";
template <>
constexpr std::array members_of<model::Flow>{
    Member<model::Flow>{"from", nullptr, &model::Flow::from},
    Member<model::Flow>{"to", nullptr, &model::Flow::to},
    Member<model::Flow>{"amount_usd", &model::Flow::amount_usd}};

template <typename Inputs, typename Item>
struct List {
    Section section;
    std::string_view key;
    Inputs model::Scenario::*inputs;
    std::vector<Item> Inputs::*items;

    template <typename S>
    auto& of(S& scenario) const {
        return (scenario.*inputs).*items;
    }
    std::string path() const { return field_path(section, key); }
};

constexpr std::tuple lists{
    List<model::CircularityInputs, model::InvestmentTranche>{
        Section::circularity, "investment_tranches", &model::Scenario::circularity,
        &model::CircularityInputs::investment_tranches},
    List<model::CircularityInputs, model::WarrantTranche>{
        Section::circularity, "warrant_tranches", &model::Scenario::circularity,
        &model::CircularityInputs::warrant_tranches},
    List<model::NetworkInputs, model::Company>{Section::network, "companies",
                                               &model::Scenario::network,
                                               &model::NetworkInputs::companies},
    List<model::NetworkInputs, model::Flow>{Section::network, "flows", &model::Scenario::network,
                                            &model::NetworkInputs::flows},
};

template <typename F>
void for_each_list(F&& f) {
    std::apply([&](const auto&... list) { (f(list), ...); }, lists);
}

// ---- Comparing --------------------------------------------------------------------------
template <typename Item>
bool same_item(const Item& a, const Item& b) {
    for (const Member<Item>& m : members_of<Item>) {
        if (m.number ? a.*m.number != b.*m.number : a.*m.text != b.*m.text) return false;
    }
    if constexpr (std::is_same_v<Item, model::Flow>) return a.type == b.type;
    return true;
}

// ---- Paths ------------------------------------------------------------------------------
// Every key a section may hold: its fields, choices and lists.
std::vector<std::string_view> section_keys(Section section) {
    std::vector<std::string_view> keys;
    for (const model::ChoiceField& f : model::choice_fields()) {
        if (f.section == section) keys.push_back(f.key);
    }
    for (const model::InputField& f : model::input_fields()) {
        if (f.section == section) keys.push_back(f.key);
    }
    for_each_list([&](const auto& list) {
        if (list.section == section) keys.push_back(list.key);
    });
    return keys;
}

std::vector<std::string> all_input_paths() {
    std::vector<std::string> paths;
    for (Section section : all_sections) {
        for (std::string_view key : section_keys(section)) paths.push_back(field_path(section, key));
    }
    return paths;
}

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

// " (did you mean capacity_gw?)" when a candidate is within a few typos of `key`.
template <typename Candidates>
std::string did_you_mean(std::string_view key, const Candidates& candidates) {
    std::string_view best;
    std::size_t best_distance = std::max<std::size_t>(2, key.size() / 3) + 1;
    for (std::string_view candidate : candidates) {
        const std::size_t d = edit_distance(key, candidate);
        if (d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    return best.empty() ? "" : " (did you mean " + std::string(best) + "?)";
}

// ---- JSON syntax errors -----------------------------------------------------------------
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
    bool parse_error(std::size_t at, const std::string&,
                     const nlohmann::detail::exception& error) override {
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
        const std::size_t valid = valid_utf8_length(text);
        out += text.substr(0, valid);
        if (valid == text.size()) break;
        out += "\xEF\xBF\xBD";  // U+FFFD, the replacement character
        text.remove_prefix(valid + 1);
    }
    return out;
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
    const std::size_t column = last_newline == std::string_view::npos ? read.size()
                                                                      : read.size() - last_newline - 1;
    const std::string where = "line " + std::to_string(1 + std::count(read.begin(), read.end(), '\n')) +
                              ", column " + std::to_string(column);
    std::string path = finder.path();
    constexpr std::size_t longest_path = 120;  // "[0][0][0]..." of a deeply nested file
    if (path.size() > longest_path) {  // cut before a character's first byte, never inside it
        std::size_t end = longest_path;
        while (end > 0 && (static_cast<unsigned char>(path[end]) & 0xC0) == 0x80) --end;
        path = path.substr(0, end) + "…";
    }
    return {path, "The file is not valid JSON" + (path.empty() ? "" : " (in " + path + ")") +
                      ": " + where + ": " + detail};
}

// ---- Reading ----------------------------------------------------------------------------
std::string type_of(const Json& value) {
    if (value.is_string()) {
        std::string text = value.get<std::string>();
        if (text.size() > 40) {  // cut before a character's first byte, never inside it
            std::size_t end = 40;
            while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
            text = text.substr(0, end) + "…";
        }
        return "a string (\"" + text + "\")";
    }
    if (value.is_number()) return "a number (" + value.dump() + ")";
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_null()) return "null";
    if (value.is_array()) return "an array";
    return "an object";
}

Error wrong_type(const std::string& path, std::string_view expected, const Json& value) {
    return {path, path + " must be " + std::string(expected) + ", not " + type_of(value)};
}

class Reader {
public:
    std::vector<std::string> warnings;

    template <typename Candidates>
    void unknown_key(const std::string& path, std::string_view key, const Candidates& candidates) {
        warnings.push_back("unknown key " + path + (path.empty() ? "" : ".") + std::string(key) +
                           did_you_mean(key, candidates));
    }

    std::optional<Error> read_number(const Json& value, const std::string& path, double& out) {
        if (!value.is_number()) return wrong_type(path, "a number", value);
        auto checked = check_magnitude(value.get<double>(), path);
        if (!checked) return checked.error();
        out = *checked;
        return std::nullopt;
    }

    std::optional<Error> read_text(const Json& value, const std::string& path, std::string& out) {
        if (!value.is_string()) return wrong_type(path, "a string", value);
        out = value.get<std::string>();
        return std::nullopt;
    }

    std::optional<Error> read_section(const Json& object, Section section, model::Scenario& s) {
        const std::string name(model::section_name(section));
        if (!object.is_object()) return wrong_type(name, "an object of " + name + " inputs", object);
        for (const auto& entry : object.items()) {
            // Named copies, not structured bindings: clang 14 cannot capture those in lambdas.
            const std::string& key = entry.key();
            const Json& value = entry.value();
            const std::string path = field_path(section, key);
            if (const auto* field = model::find_input_field(section, key)) {
                double number = 0;
                if (auto e = read_number(value, path, number)) return e;
                auto checked = check_input(number, *field);
                if (!checked) return checked.error();
                field->set(s, *checked);
            } else if (const auto* choice = model::find_choice_field(section, key)) {
                if (auto e = read_choice(value, path, *choice, s)) return e;
            } else {
                bool is_list = false;
                std::optional<Error> error;
                for_each_list([&](const auto& list) {
                    if (list.section != section || list.key != key) return;
                    is_list = true;
                    error = read_items(value, path, list.of(s));
                });
                if (error) return error;
                if (!is_list) unknown_key(name, key, section_keys(section));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> read_sources(const Json& object,
                                      std::map<std::string, Citation>& sources) {
        if (!object.is_object()) return wrong_type("sources", "an object", object);
        for (const auto& [path, value] : object.items()) {
            Citation citation;
            if (auto e = read_citation(value, "sources[" + path + "]", citation)) return e;
            sources[path] = std::move(citation);
        }
        return std::nullopt;
    }

private:
    std::optional<Error> read_choice(const Json& value, const std::string& path,
                                     const model::ChoiceField& field, model::Scenario& s) {
        std::string options;
        for (std::size_t i = 0; i < field.options.size(); ++i) {
            if (value.is_string() && value.get<std::string>() == field.options[i].key) {
                field.set(s, static_cast<int>(i));
                return std::nullopt;
            }
            options += (i == 0 ? "\"" : i + 1 == field.options.size() ? " or \"" : ", \"") +
                       std::string(field.options[i].key) + "\"";
        }
        return wrong_type(path, options, value);
    }

    template <typename Item>
    std::optional<Error> read_items(const Json& array, const std::string& path,
                                    std::vector<Item>& items) {
        if (!array.is_array()) return wrong_type(path, "an array", array);
        items.clear();
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string item_path = path + "[" + std::to_string(i) + "]";
            const Json& object = array[i];
            if (!object.is_object()) return wrong_type(item_path, "an object", object);
            Item item{};
            for (const auto& [key, value] : object.items()) {
                if (auto e = read_member(value, item_path, key, item)) return e;
            }
            items.push_back(std::move(item));
        }
        return std::nullopt;
    }

    template <typename Item>
    std::optional<Error> read_member(const Json& value, const std::string& item_path,
                                     const std::string& key, Item& item) {
        const std::string path = item_path + "." + key;
        for (const Member<Item>& m : members_of<Item>) {
            if (m.key != key) continue;
            return m.number ? read_number(value, path, item.*m.number)
                            : read_text(value, path, item.*m.text);
        }
        std::vector<std::string_view> keys;
        for (const Member<Item>& m : members_of<Item>) keys.push_back(m.key);
        if constexpr (std::is_same_v<Item, model::Flow>) {
            if (key == flow_type_key) return read_flow_type(value, path, item.type);
            keys.push_back(flow_type_key);
        }
        unknown_key(item_path, key, keys);
        return std::nullopt;
    }

    static std::optional<Error> read_flow_type(const Json& value, const std::string& path,
                                               model::FlowType& type) {
        if (value.is_string()) {
            if (auto found = model::flow_type_from_name(value.get<std::string>())) {
                type = *found;
                return std::nullopt;
            }
        }
        return wrong_type(path,
                          "\"equity_investment\", \"chip_purchase\", \"compute_contract\" or "
                          "\"warrants\"",
                          value);
    }

    std::optional<Error> read_citation(const Json& object, const std::string& path,
                                       Citation& citation) {
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
                unknown_key(path, key, std::array<std::string_view, 4>{"source", "assumption",
                                                                        "quote", "note"});
                continue;
            }
            if (auto e = read_text(value, path + "." + key, *text)) return e;
        }
        if (kinds != 1 || citation.text.empty()) {
            return Error{path, path + " needs either \"source\" (the publication and title) or "
                                      "\"assumption\" (why the value is reasonable), not " +
                                  std::string(kinds == 2 ? "both" : "neither")};
        }
        return std::nullopt;
    }
};

std::optional<Error> check_schema(const Json& root) {
    const auto it = root.find("schema");
    if (it == root.end()) {
        return Error{"schema", "schema is missing: a scenario file starts with \"schema\": \"" +
                                   std::string(scenario_schema) + "\""};
    }
    if (!it->is_string()) return wrong_type("schema", "a string", *it);
    const std::string schema = it->get<std::string>();
    if (schema == scenario_schema) return std::nullopt;
    const std::string family = "boomerang/scenario@";
    if (schema.rfind(family, 0) == 0) {
        return Error{"schema", "schema \"" + schema +
                                   "\" is a version of the scenario format this Boomerang does "
                                   "not read; it reads \"" + std::string(scenario_schema) + "\""};
    }
    return Error{"schema", "schema \"" + schema + "\" is not a Boomerang scenario; expected \"" +
                               std::string(scenario_schema) + "\""};
}

// ---- Writing ----------------------------------------------------------------------------
template <typename Item>
Json item_json(const Item& item) {
    Json object = Json::object();
    for (const Member<Item>& m : members_of<Item>) {
        if (m.number) {
            object[std::string(m.key)] = item.*m.number;
        } else {
            object[std::string(m.key)] = item.*m.text;
        }
    }
    if constexpr (std::is_same_v<Item, model::Flow>) {
        object[std::string(flow_type_key)] = std::string(model::flow_type_name(item.type));
    }
    return object;
}

Json section_json(const model::Scenario& s, Section section) {
    Json object = Json::object();
    for (const model::ChoiceField& f : model::choice_fields()) {
        if (f.section == section) {
            object[std::string(f.key)] = std::string(f.options[static_cast<std::size_t>(f.get(s))].key);
        }
    }
    for (const model::InputField& f : model::input_fields()) {
        if (f.section == section) object[std::string(f.key)] = f.get(s);
    }
    for_each_list([&](const auto& list) {
        if (list.section != section) return;
        Json items = Json::array();
        for (const auto& item : list.of(s)) items.push_back(item_json(item));
        object[std::string(list.key)] = std::move(items);
    });
    return object;
}

Json citation_json(const Citation& c) {
    Json object = Json::object();
    object[c.kind == Citation::Kind::source ? "source" : "assumption"] = c.text;
    if (!c.quote.empty()) object["quote"] = c.quote;
    if (!c.note.empty()) object["note"] = c.note;
    return object;
}

}  // namespace

bool same_inputs(const model::Scenario& a, const model::Scenario& b) {
    for (const model::InputField& f : model::input_fields()) {
        if (f.get(a) != f.get(b)) return false;
    }
    for (const model::ChoiceField& f : model::choice_fields()) {
        if (f.get(a) != f.get(b)) return false;
    }
    bool same = true;
    for_each_list([&](const auto& list) {
        same = same && std::equal(list.of(a).begin(), list.of(a).end(), list.of(b).begin(),
                                  list.of(b).end(), [](const auto& x, const auto& y) {
                                      return same_item(x, y);
                                  });
    });
    return same;
}

bool operator==(const ScenarioFile& a, const ScenarioFile& b) {
    return a.title == b.title && a.description == b.description && a.sources == b.sources &&
           same_inputs(a.scenario, b.scenario);
}

void restore_sources(ScenarioFile& to, const ScenarioFile& from) {
    for (const auto& [path, citation] : from.sources) {
        const auto dot = path.find('.');
        if (dot == std::string::npos) continue;
        const std::string base = path.substr(0, path.find('['));
        const auto section = section_named(std::string_view(path).substr(0, dot));
        if (!section) continue;
        const std::string_view key = std::string_view(base).substr(dot + 1);
        bool unchanged = false;
        if (const model::InputField* field = model::find_input_field(*section, key)) {
            unchanged = field->get(to.scenario) == field->get(from.scenario);
        } else if (const model::ChoiceField* choice = model::find_choice_field(*section, key)) {
            unchanged = choice->get(to.scenario) == choice->get(from.scenario);
        } else {
            for_each_list([&](const auto& list) {
                if (list.path() != base) return;
                const auto& a = list.of(to.scenario);
                const auto& b = list.of(from.scenario);
                unchanged = std::equal(a.begin(), a.end(), b.begin(), b.end(),
                                       [](const auto& x, const auto& y) { return same_item(x, y); });
            });
        }
        if (unchanged) to.sources[path] = citation;
    }
}

bool is_input_path(const model::Scenario& scenario, std::string_view path) {
    const auto dot = path.find('.');
    if (dot == std::string_view::npos) return false;
    if (const auto section = section_named(path.substr(0, dot))) {
        const std::string_view key = path.substr(dot + 1);
        if (model::find_input_field(*section, key) || model::find_choice_field(*section, key)) {
            return true;
        }
    }
    bool found = false;
    for_each_list([&](const auto& list) {
        const std::string list_path = list.path();
        if (path.substr(0, list_path.size()) != list_path) return;
        std::string_view rest = path.substr(list_path.size());
        if (rest.empty()) {
            found = true;
        } else if (rest.size() >= 3 && rest.front() == '[' && rest.back() == ']') {
            rest = rest.substr(1, rest.size() - 2);
            std::size_t index = 0;
            bool digits = rest.size() <= 6 && (rest == "0" || rest.front() != '0');
            for (char c : rest) {
                digits = digits && c >= '0' && c <= '9';
                index = index * 10 + static_cast<std::size_t>(c - '0');
            }
            found = digits && index < list.of(scenario).size();
        }
    });
    return found;
}

namespace {

// ---- Reading and writing the JSON document ------------------------------------------------
model::Result<LoadedScenario> load_scenario_root(const Json& root) {
    if (!root.is_object()) return wrong_type("The scenario file", "a JSON object { … }", root);
    if (auto e = check_schema(root)) return *e;

    LoadedScenario loaded;
    ScenarioFile& file = loaded.file;
    Reader reader;
    std::optional<Error> error;
    for (const auto& [key, value] : root.items()) {
        if (key == "schema") continue;
        if (key == "title") {
            error = reader.read_text(value, key, file.title);
        } else if (key == "description") {
            error = reader.read_text(value, key, file.description);
        } else if (key == "sources") {
            error = reader.read_sources(value, file.sources);
        } else if (const auto section = section_named(key)) {
            error = reader.read_section(value, *section, file.scenario);
        } else {
            std::vector<std::string_view> keys{"schema", "title", "description", "sources"};
            for (Section section : all_sections) keys.push_back(model::section_name(section));
            reader.unknown_key("", key, keys);
        }
        if (error) return *error;
    }
    for (const auto& [path, citation] : file.sources) {
        if (!is_input_path(file.scenario, path)) {
            reader.warnings.push_back("sources name an input that does not exist: " + path +
                                      did_you_mean(path, all_input_paths()));
        }
    }
    auto evaluated = model::evaluate(file.scenario);
    if (!evaluated) return evaluated.error();
    loaded.results = std::move(evaluated.value());
    loaded.warnings = std::move(reader.warnings);
    return loaded;
}

Json scenario_root(const ScenarioFile& file) {
    Json root = Json::object();
    root["schema"] = std::string(scenario_schema);
    root["title"] = file.title;
    root["description"] = file.description;
    for (Section section : all_sections) {
        root[std::string(model::section_name(section))] = section_json(file.scenario, section);
    }
    Json sources = Json::object();
    for (const auto& [path, citation] : file.sources) sources[path] = citation_json(citation);
    root["sources"] = std::move(sources);
    return root;
}

}  // namespace

model::Result<LoadedScenario> load_scenario(std::string_view text) {
    if (text.size() > max_scenario_bytes) {
        return Error{"", "The file is " + std::to_string(text.size()) +
                             " bytes long; a scenario file may be at most " +
                             std::to_string(max_scenario_bytes) + " bytes (1 MiB)"};
    }
    if (const std::size_t valid = valid_utf8_length(text); valid != text.size()) {
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(valid), '\n');
        return Error{"", "The file is not UTF-8 text: byte " + std::to_string(valid + 1) +
                             " (line " + std::to_string(line) +
                             ") is not part of a UTF-8 character"};
    }
    // An empty file (a failed save, a wrong pick in the file dialog) is named as such rather
    // than as JSON that ends unexpectedly at line 1, column 0.
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return Error{"", "The file is empty: a scenario file is a JSON object { \"schema\": \"" +
                             std::string(scenario_schema) + "\", … }"};
    }
    const Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded()) return syntax_error(text);
    return load_scenario_root(root);
}

// Replacing rather than refusing a broken character: dump() must not throw.
std::string save_scenario(const ScenarioFile& file) {
    return scenario_root(file).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string save_scenario_compact(const ScenarioFile& file) {
    return scenario_root(file).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace boomerang::io
