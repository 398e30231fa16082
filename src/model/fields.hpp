// Field registry: every scalar input and output of a Scenario, described once.
//
// Scenario files (io), the CLI, the UI's generic widgets and tooltips, and sensitivity
// analysis iterate these tables instead of listing fields by hand. A field's key is its
// member name in the model struct, its key in scenario and result files, and the name its
// error messages use. List-valued inputs (circularity tranches, network companies and flows)
// and the month/year series are not scalars and are not listed here.
#pragma once

#include "model/bounds.hpp"
#include "model/scenario.hpp"

#include <span>
#include <string_view>

namespace boomerang::model {

enum class Unit {
    usd,
    usd_per_year,
    usd_per_gw,
    usd_per_gw_year,
    usd_per_gpu,
    usd_per_gpu_hour,
    usd_per_mwh,
    usd_per_share,
    usd_per_month,
    usd_per_mw_month,
    kw_per_gpu,
    mw,
    gw,
    gw_per_year,
    gw_per_week,
    twh_per_year,
    gpus,
    gpus_per_year,
    gpus_per_gw,
    wafers_per_year,
    dies_per_wafer,
    dies_per_gpu,
    shares,
    fraction,           // 0..1, shown as a percentage
    fraction_per_year,  // a yearly rate, shown as a percentage per year
    fraction_per_month,
    ratio,  // a multiple that may exceed 1 (x)
    months,
    days,
    years,
    calendar_year,
};

// The unit's snake_case name, as in field keys: "usd_per_gw", "fraction_per_year".
std::string_view unit_name(Unit unit);

struct InputField {
    Section section;
    std::string_view key;    // member name and scenario-file key, e.g. "capacity_gw"
    std::string_view label;  // short UI label, e.g. "Capacity (IT power)"
    Unit unit;
    Bounds bounds;  // the values the model accepts
    double (*get)(const Scenario&);
    void (*set)(Scenario&, double);
    std::string_view help;  // tooltip: what it means and where the default comes from
};

struct ChoiceOption {
    std::string_view key;    // scenario-file spelling, e.g. "deal_size"
    std::string_view label;  // UI label, e.g. "Deal size ($)"
};

// An enum-valued input. get/set use the option's index, which is the enum's value.
struct ChoiceField {
    Section section;
    std::string_view key;
    std::string_view label;
    std::span<const ChoiceOption> options;
    int (*get)(const Scenario&);
    void (*set)(Scenario&, int);
    std::string_view help;
};

struct OutputField {
    Section section;
    std::string_view key;  // result-file key with its unit, e.g. "cost_usd_per_gpu_hour"
    std::string_view label;
    Unit unit;
    double (*get)(const ScenarioResults&);
    std::string_view formula;  // tooltip text, as written in docs/models/
};

std::span<const InputField> input_fields();
std::span<const ChoiceField> choice_fields();
std::span<const OutputField> output_fields();

// Lookups by section and key; nullptr when there is no such field.
const InputField* find_input_field(Section section, std::string_view key);
const ChoiceField* find_choice_field(Section section, std::string_view key);
const OutputField* find_output_field(Section section, std::string_view key);

}  // namespace boomerang::model
