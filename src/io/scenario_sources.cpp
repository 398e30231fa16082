#include "io/scenario_sources.hpp"

#include "io/scenario_lists.hpp"
#include "io/scenario_paths.hpp"
#include "model/fields.hpp"

namespace boomerang::io {

bool same_inputs(const model::Scenario& a, const model::Scenario& b) {
    for (const model::InputField& f : model::input_fields()) {
        if (f.get(a) != f.get(b)) return false;
    }
    for (const model::ChoiceField& f : model::choice_fields()) {
        if (f.get(a) != f.get(b)) return false;
    }
    bool same = true;
    scenario_lists::for_each_list(
        [&](const auto& list) { same = same && scenario_lists::same_items(list.of(a), list.of(b)); });
    return same;
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
            scenario_lists::for_each_list([&](const auto& list) {
                if (list.path() != base) return;
                unchanged = scenario_lists::same_items(list.of(to.scenario), list.of(from.scenario));
            });
        }
        if (unchanged) to.sources[path] = citation;
    }
}

}  // namespace boomerang::io
