// Index: reading | writing | the document
//
// The JSON of scenario@1 files. What they name and how: scenario_paths.hpp; their lists:
// scenario_lists.hpp; comparing scenarios and keeping citations: scenario_sources.hpp.
#include "io/scenario_json.hpp"

#include "io/json_format.hpp"
#include "io/scenario_lists.hpp"
#include "io/scenario_paths.hpp"
#include "io/scenario_sources.hpp"
#include "io/units.hpp"
#include "model/fields.hpp"

#include <optional>
#include <type_traits>

namespace boomerang::io {

namespace {

using json::Json;
using json::wrong_type;
using model::Error;
using model::Section;

using scenario_lists::flow_type_key;
using scenario_lists::for_each_list;
using scenario_lists::Member;
using scenario_lists::members_of;

// ---- Reading ----------------------------------------------------------------------------
// The scenario's sections, choices and lists, on top of what every JSON format reads.
class Reader : public json::Reader {
public:
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

private:
    std::optional<Error> read_choice(const Json& value, const std::string& path, const model::ChoiceField& field,
                                     model::Scenario& s) {
        std::string options;
        for (std::size_t i = 0; i < field.options.size(); ++i) {
            if (value.is_string() && value.get<std::string>() == field.options[i].key) {
                field.set(s, static_cast<int>(i));
                return std::nullopt;
            }
            options += (i == 0                          ? "\""
                        : i + 1 == field.options.size() ? " or \""
                                                        : ", \"") +
                       std::string(field.options[i].key) + "\"";
        }
        return wrong_type(path, options, value);
    }

    template <typename Item>
    std::optional<Error> read_items(const Json& array, const std::string& path, std::vector<Item>& items) {
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
    std::optional<Error> read_member(const Json& value, const std::string& item_path, const std::string& key,
                                     Item& item) {
        const std::string path = item_path + "." + key;
        for (const Member<Item>& m : members_of<Item>) {
            if (m.key != key) continue;
            return m.number ? read_number(value, path, item.*m.number) : read_text(value, path, item.*m.text);
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

    static std::optional<Error> read_flow_type(const Json& value, const std::string& path, model::FlowType& type) {
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
};

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

// ---- The document -----------------------------------------------------------------------
model::Result<LoadedScenario> load_scenario_root(const Json& root) {
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
            for (Section section : scenario_sections) keys.push_back(model::section_name(section));
            reader.unknown_key("", key, keys);
        }
        if (error) return *error;
    }
    const std::vector<std::string> input_paths = all_input_paths();
    const std::vector<std::string_view> candidates(input_paths.begin(), input_paths.end());
    for (const auto& [path, citation] : file.sources) {
        if (!is_input_path(file.scenario, path)) {
            reader.warnings.push_back("sources name an input that does not exist: " + path +
                                      json::did_you_mean(path, candidates));
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
    for (Section section : scenario_sections) {
        root[std::string(model::section_name(section))] = section_json(file.scenario, section);
    }
    Json sources = Json::object();
    for (const auto& [path, citation] : file.sources) sources[path] = json::citation_json(citation);
    root["sources"] = std::move(sources);
    return root;
}

}  // namespace

bool operator==(const ScenarioFile& a, const ScenarioFile& b) {
    return a.title == b.title && a.description == b.description && a.sources == b.sources &&
           same_inputs(a.scenario, b.scenario);
}

model::Result<LoadedScenario> load_scenario(std::string_view text) {
    auto root = json::parse_file(text, {"scenario", scenario_schema, max_scenario_bytes});
    if (!root) return root.error();
    return load_scenario_root(*root);
}

// Replacing rather than refusing a broken character: dump() must not throw.
std::string save_scenario(const ScenarioFile& file) {
    return scenario_root(file).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string save_scenario_compact(const ScenarioFile& file) {
    return scenario_root(file).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace boomerang::io
