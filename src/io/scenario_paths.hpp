// How scenario@1 files, their sources and error messages name a scenario's inputs.
//
//   field_path(model::Section::capacity, "capacity_gw")   "capacity.capacity_gw"
//   is_input_path(scenario, "network.flows[0]")           true when the scenario has a flow
//
// A path is "<section>.<key>" for a field, a choice or a list, and "<section>.<list>[<i>]"
// for one item of a list, counted from 0. The fields and choices are model/fields.hpp's; the
// lists, scenario_lists.hpp's.
#pragma once

#include "model/scenario.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

// The sections in the order scenario files write them.
inline constexpr std::array scenario_sections{model::Section::capacity, model::Section::commitment,
                                              model::Section::circularity, model::Section::network,
                                              model::Section::supply};

// The section whose key in files is `name` ("capacity"), if any.
std::optional<model::Section> section_named(std::string_view name);

// "capacity.capacity_gw": how scenario files, sources and errors name an input field.
std::string field_path(model::Section section, std::string_view key);

// Every key a section may hold: its fields, choices and lists.
std::vector<std::string_view> section_keys(model::Section section);

// The path of every key of every section, for "did you mean" in messages.
std::vector<std::string> all_input_paths();

// True when `path` names an input of `scenario`: a field, a list, or an existing list item.
bool is_input_path(const model::Scenario& scenario, std::string_view path);

}  // namespace boomerang::io
