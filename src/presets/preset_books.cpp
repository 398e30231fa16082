#include "presets/preset_books.hpp"

#include <nlohmann/json.hpp>

namespace boomerang::presets {

std::optional<std::string> preset_text(const io::PresetVersion& preset) {
    const std::string name = io::preset_file_name(preset);
    for (const EmbeddedBook& book : embedded_books()) {
        if (name == book.file_name) return book.text();
    }
    return std::nullopt;
}

model::Result<std::vector<io::PresetVersion>> offered_presets() {
    const nlohmann::json index = nlohmann::json::parse(embedded_index(), nullptr, false);
    if (!index.is_object() || !index.contains("presets") || !index["presets"].is_array()) {
        return model::Error{"presets", "assets/books/index.json must be an object with a \"presets\" list"};
    }
    std::vector<io::PresetVersion> offered;
    for (const nlohmann::json& entry : index["presets"]) {
        const auto version = entry.is_string() ? io::preset_version_of(entry.get<std::string>()) : std::nullopt;
        if (!version) return model::Error{"presets", "assets/books/index.json lists " + entry.dump() + ", not a preset file name"};
        offered.push_back(*version);
    }
    return offered;
}

}  // namespace boomerang::presets
