#include "ui/presets.hpp"

namespace boomerang::ui {

std::vector<Preset> load_presets(std::vector<std::string>& errors) {
    std::vector<Preset> presets;
    for (const EmbeddedPreset& embedded : embedded_presets()) {
        auto loaded = io::load_scenario(embedded.json);
        if (!loaded) {
            errors.push_back(std::string("preset ") + embedded.id + ": " + loaded.error().message);
            continue;
        }
        presets.push_back({embedded.id, std::move(loaded.value().file)});
    }
    return presets;
}

}  // namespace boomerang::ui
