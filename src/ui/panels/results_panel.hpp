// The results: large figure cards for the numbers a reader wants first (GPUs, capex,
// yearly cost, $ per GPU-hour, firm vs headline value, round-trip and boomerang ratios,
// years to deliver). Each card's tooltip gives its formula and the inputs it used.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/fields.hpp"
#include "ui/state/document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

// One figure card: what the results panel shows and the page's screen-reader summary reads.
struct KeyFigure {
    std::string id;       // "figure.<path>", the card's widget id
    std::string caption;  // "GPUs"
    std::string figure;   // "3.0M"
    std::string detail;   // "Capacity: 6.0 GW"
    const model::OutputField* output = nullptr;  // null for the boomerang ratio card
};

// `selected_company` is the network company whose boomerang ratio the card shows
// (chosen in the network diagram); without one, the company with the highest ratio.
std::vector<KeyFigure> key_figures(const Document& document, std::optional<std::size_t> selected_company);

// `selected_company` is the network company whose boomerang ratio the card shows
// (chosen in the network diagram); without one, the company with the highest ratio.
void draw_results_panel(const Document& document, std::optional<std::size_t> selected_company, ViewContext& view);

// The formula of an output followed by the current value of every input it names.
std::string formula_with_inputs(const model::OutputField& output, const model::Scenario& scenario);

}  // namespace boomerang::ui
