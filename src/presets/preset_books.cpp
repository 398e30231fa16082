#include "presets/preset_books.hpp"

#include "io/presets.hpp"

namespace boomerang::presets {

std::optional<std::string> preset_text(const io::PresetVersion& preset) {
    const std::string name = io::preset_file_name(preset);
    for (const EmbeddedBook& book : embedded_books()) {
        if (name == book.file_name) return book.text();
    }
    return std::nullopt;
}

model::Result<std::vector<io::PresetVersion>> offered_presets() {
    const auto names = io::load_preset_index(embedded_index());
    if (!names) return model::Error{names.error().field, "assets/books/index.json: " + names.error().message};
    std::vector<io::PresetVersion> offered;
    for (const std::string& name : names.value()) {
        const auto version = io::preset_version_of(name);
        if (!version) {
            return model::Error{"presets", "assets/books/index.json lists \"" + name +
                                               "\", not a preset book's file name (\"<id>-v<version>.json\")"};
        }
        offered.push_back(*version);
    }
    return offered;
}

}  // namespace boomerang::presets
