#include "io/presets.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace boomerang::io {

namespace {

// Lower-case letters, digits and inner hyphens, then ".json": nothing that leaves the folder.
bool is_preset_file_name(const std::string& name) {
    const std::string extension = ".json";
    if (name.size() <= extension.size() ||
        name.compare(name.size() - extension.size(), extension.size(), extension) != 0) {
        return false;
    }
    const std::string stem = name.substr(0, name.size() - extension.size());
    return stem.front() != '-' && stem.back() != '-' && std::all_of(stem.begin(), stem.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

}  // namespace

model::Result<std::vector<std::string>> load_preset_index(std::string_view text) {
    const auto root = nlohmann::ordered_json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        return model::Error{"", "The preset index is not a JSON object"};
    }
    const auto schema = root.find("schema");
    if (schema == root.end() || !schema->is_string() || *schema != presets_schema) {
        return model::Error{"schema", "schema of the preset index must be \"" + std::string(presets_schema) + "\""};
    }
    const auto presets = root.find("presets");
    if (presets == root.end() || !presets->is_array()) {
        return model::Error{"presets", "presets must be an array of file names"};
    }
    std::vector<std::string> names;
    for (std::size_t i = 0; i < presets->size(); ++i) {
        const std::string path = "presets[" + std::to_string(i) + "]";
        const auto& entry = (*presets)[i];
        if (!entry.is_string() || !is_preset_file_name(entry.get<std::string>())) {
            return model::Error{path, path +
                                          " must be the name of a .json file in the preset "
                                          "folder, such as \"amd-openai.json\""};
        }
        const std::string name = entry.get<std::string>();
        if (std::find(names.begin(), names.end(), name) != names.end()) {
            return model::Error{path, path + " lists \"" + name + "\" a second time"};
        }
        names.push_back(name);
    }
    return names;
}

}  // namespace boomerang::io
