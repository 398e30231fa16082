// Index: lists | comparing | paths | reading | writing | the document
#include "io/scenario_json.hpp"

#include "io/json_format.hpp"
#include "io/units.hpp"
#include "model/fields.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>
#include <type_traits>

namespace boomerang::io {

namespace {

using json::Json;
using json::wrong_type;
using model::Error;
using model::Section;

constexpr std::array all_sections{Section::capacity, Section::commitment, Section::circularity, Section::network,
                                  Section::supply};

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
    double Item::*number = nullptr;     // set for numbers
    std::string Item::*text = nullptr;  // set for names
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
    Member<model::WarrantTranche>{"vest_at_share_price_usd", &model::WarrantTranche::vest_at_share_price_usd}};
template <>
constexpr std::array members_of<model::Company>{
    Member<model::Company>{"name", nullptr, &model::Company::name},
    Member<model::Company>{"pass_on_fraction", &model::Company::pass_on_fraction}};
// A flow's "type" is written by flow_type_name() and read by flow_type_from_name().
constexpr std::string_view flow_type_key = "type";
template <>
constexpr std::array members_of<model::Flow>{Member<model::Flow>{"from", nullptr, &model::Flow::from},
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
    List<model::CircularityInputs, model::InvestmentTranche>{Section::circularity, "investment_tranches",
                                                             &model::Scenario::circularity,
                                                             &model::CircularityInputs::investment_tranches},
    List<model::CircularityInputs, model::WarrantTranche>{Section::circularity, "warrant_tranches",
                                                          &model::Scenario::circularity,
                                                          &model::CircularityInputs::warrant_tranches},
    List<model::NetworkInputs, model::Company>{Section::network, "companies", &model::Scenario::network,
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
        same = same && std::equal(list.of(a).begin(), list.of(a).end(), list.of(b).begin(), list.of(b).end(),
                                  [](const auto& x, const auto& y) { return same_item(x, y); });
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
    for (Section section : all_sections) {
        root[std::string(model::section_name(section))] = section_json(file.scenario, section);
    }
    Json sources = Json::object();
    for (const auto& [path, citation] : file.sources) sources[path] = json::citation_json(citation);
    root["sources"] = std::move(sources);
    return root;
}

}  // namespace

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
