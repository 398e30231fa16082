// Fuzzes io::load_scenario, the reader of scenario files (desktop open, drag and drop, the
// CLI) and of every permalink. Built without exceptions, like the web build: a throw inside
// nlohmann-json aborts, and the fuzzer reports it.
//
// Invariants beyond "no crash, no sanitizer report":
//   - a refusal says why, in valid UTF-8 (the UI and the web bridge show it verbatim);
//   - a loaded scenario has finite results (max_input_magnitude exists to keep them finite);
//   - a loaded scenario saves to a file that loads to the same scenario, title, description
//     and sources, and saving that again gives the same text (pretty and compact).
#include "fuzz_check.hpp"

#include "io/scenario_json.hpp"
#include "io/scenario_paths.hpp"
#include "model/fields.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace boomerang;
using fuzz::require;

namespace {

void require_finite_results(const model::ScenarioResults& results) {
    for (const model::OutputField& field : model::output_fields()) {
        const double value = field.get(results);
        require(std::isfinite(value), "a loaded scenario has finite results",
                io::field_path(field.section, field.key) + " = " + model::number_text(value));
    }
}

// `saved` is what save_scenario or save_scenario_compact wrote for `original`.
void require_reloads(const io::ScenarioFile& original, const std::string& saved,
                     std::string (*save)(const io::ScenarioFile&)) {
    const auto reloaded = io::load_scenario(saved);
    require(reloaded.ok(), "a saved scenario loads again", reloaded.ok() ? "" : reloaded.error().message);
    require(reloaded->file == original, "a saved scenario loads as the same file", saved);
    require(save(reloaded->file) == saved, "saving a reloaded scenario writes the same text", saved);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = io::load_scenario(text);
    if (!loaded) {
        fuzz::require_showable(loaded.error().message);
        return 0;
    }
    for (const std::string& warning : loaded->warnings) fuzz::require_showable(warning);
    require_finite_results(loaded->results);
    require_reloads(loaded->file, io::save_scenario(loaded->file), io::save_scenario);
    require_reloads(loaded->file, io::save_scenario_compact(loaded->file), io::save_scenario_compact);
    return 0;
}
