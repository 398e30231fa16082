#include "io/scenario_paths.hpp"

#include "io/scenario_lists.hpp"
#include "model/fields.hpp"

namespace boomerang::io {

std::optional<model::Section> section_named(std::string_view name) {
    for (model::Section section : scenario_sections) {
        if (model::section_name(section) == name) return section;
    }
    return std::nullopt;
}

std::string field_path(model::Section section, std::string_view key) {
    return std::string(model::section_name(section)) + "." + std::string(key);
}

std::vector<std::string_view> section_keys(model::Section section) {
    std::vector<std::string_view> keys;
    for (const model::ChoiceField& f : model::choice_fields()) {
        if (f.section == section) keys.push_back(f.key);
    }
    for (const model::InputField& f : model::input_fields()) {
        if (f.section == section) keys.push_back(f.key);
    }
    scenario_lists::for_each_list([&](const auto& list) {
        if (list.section == section) keys.push_back(list.key);
    });
    return keys;
}

std::vector<std::string> all_input_paths() {
    std::vector<std::string> paths;
    for (model::Section section : scenario_sections) {
        for (std::string_view key : section_keys(section)) paths.push_back(field_path(section, key));
    }
    return paths;
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
    scenario_lists::for_each_list([&](const auto& list) {
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

}  // namespace boomerang::io
