// The App's side of a browser page: permalinks, imported files, the notice bar and the
// requests the page carries out (clipboard, downloads, the file picker).
#include <nlohmann/json.hpp>

#include "io/permalink.hpp"
#include "ui/app.hpp"
#include "ui/panels/results_panel.hpp"

namespace boomerang::ui {

namespace {

// The preset a scenario was made from, going by its title; null for the user's own.
const Preset* preset_titled(const std::vector<Preset>& presets, const std::string& title) {
    for (const Preset& preset : presets) {
        if (!title.empty() && preset.file.title == title) return &preset;
    }
    return nullptr;
}

}  // namespace

std::string App::open_link(std::string_view fragment, bool from_history) {
    auto decoded = io::decode_permalink(fragment);
    if (!decoded) {
        const std::string message = decoded.error().message;
        if (!presets_.empty()) open_preset(0);
        // "The link is damaged: …" reads on as "This link could not be opened: it is damaged: …".
        std::string reason = message;
        if (reason.rfind("The link ", 0) == 0) reason.replace(0, 9, "it ");
        show_notice({"This link could not be opened: " + reason + ". Showing the default scenario instead.", true, {}});
        return message;
    }
    io::ScenarioFile file = std::move(decoded.value().file);
    std::string origin = "link";
    if (const Preset* preset = preset_titled(presets_, file.title)) {
        // Links leave citations out; the preset they came from still has them.
        io::restore_sources(file, preset->file);
        origin = preset->id;
    }
    // Back and Forward through edits of one scenario stay undoable edits.
    if (from_history && file.title == document_.file().title) return document_.apply(file.scenario);
    const std::string refused = document_.open(std::move(file), origin);
    if (refused.empty()) forget_view_state();
    return refused;
}

std::string App::permalink() const { return io::encode_permalink(document_.file()); }

std::string App::open_text(std::string_view file_name, std::string_view text) {
    const std::string name(file_name);
    auto loaded = io::load_scenario(text);
    if (!loaded) {
        show_notice({"Cannot import " + name + ": " + loaded.error().message + ". Your scenario is unchanged.", true, {}});
        return loaded.error().message;
    }
    const std::string refused = document_.open(loaded.value().file, name);
    if (!refused.empty()) {
        show_notice({"Cannot import " + name + ": " + refused + ". Your scenario is unchanged.", true, {}});
        return refused;
    }
    forget_view_state();
    std::string message = "Imported " + name + ".";
    for (const std::string& warning : loaded.value().warnings) message += " Note: " + warning + ".";
    show_notice({message, false, {}});
    return {};
}

std::vector<HostRequest> App::take_requests() {
    std::vector<HostRequest> requests;
    requests.swap(share_.requests);
    return requests;
}

std::string App::key_figures_json() const {
    nlohmann::json figures = nlohmann::json::array();
    for (const KeyFigure& figure : key_figures(document_, charts_.selected_company)) {
        figures.push_back({{"id", figure.id}, {"label", figure.caption}, {"value", figure.figure}, {"detail", figure.detail}});
    }
    return figures.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace boomerang::ui
