#include "ui/presets.hpp"

#include "presets/preset_books.hpp"

namespace boomerang::ui {

std::vector<Preset> load_presets(std::vector<std::string>& errors) {
    std::vector<Preset> loaded_presets;
    const auto offered = presets::offered_presets();
    if (!offered) {
        errors.push_back("presets: " + offered.error().message);
        return loaded_presets;
    }
    for (const io::PresetVersion& version : offered.value()) {
        const auto text = presets::preset_text(version);
        if (!text) {
            errors.push_back("preset " + io::preset_file_name(version) + " is listed but not built in");
            continue;
        }
        // Only the file is kept (the document evaluates a preset when it opens), so no ratio
        // work at start-up.
        auto loaded = io::load_book(*text, 0.0);
        if (!loaded) {
            errors.push_back("preset " + version.id + ": " + loaded.error().message);
            continue;
        }
        loaded_presets.push_back({version, std::move(loaded.value().file)});
    }
    return loaded_presets;
}

std::optional<std::string> preset_version_text(const io::PresetVersion& version) {
    return presets::preset_text(version);
}

}  // namespace boomerang::ui
