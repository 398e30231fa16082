// The list inputs of a scenario (tranches, companies, flows), which the field registry of
// model/fields.hpp leaves out: each list's section and key, and the members of its items as
// scenario@1 files name them (the model's member names). Only io's scenario files read this
// (scenario_json.cpp, scenario_paths.cpp, scenario_sources.cpp); other code calls their
// functions.
//
//   scenario_lists::for_each_list([&](const auto& list) { use(list.path(), list.of(scenario)); });
#pragma once

#include "io/scenario_paths.hpp"
#include "model/scenario.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace boomerang::io::scenario_lists {

template <typename Item>
struct Member {
    std::string_view key;
    double Item::*number = nullptr;     // set for numbers
    std::string Item::*text = nullptr;  // set for names
};

template <typename Item>
inline constexpr std::array<Member<Item>, 0> members_of{};
template <>
inline constexpr std::array members_of<model::InvestmentTranche>{
    Member<model::InvestmentTranche>{"at_gw", &model::InvestmentTranche::at_gw},
    Member<model::InvestmentTranche>{"amount_usd", &model::InvestmentTranche::amount_usd}};
template <>
inline constexpr std::array members_of<model::WarrantTranche>{
    Member<model::WarrantTranche>{"shares", &model::WarrantTranche::shares},
    Member<model::WarrantTranche>{"vest_at_gw", &model::WarrantTranche::vest_at_gw},
    Member<model::WarrantTranche>{"vest_at_share_price_usd", &model::WarrantTranche::vest_at_share_price_usd}};
template <>
inline constexpr std::array members_of<model::Company>{
    Member<model::Company>{"name", nullptr, &model::Company::name},
    Member<model::Company>{"pass_on_fraction", &model::Company::pass_on_fraction}};
// A flow's "type" is written by flow_type_name() and read by flow_type_from_name().
inline constexpr std::string_view flow_type_key = "type";
template <>
inline constexpr std::array members_of<model::Flow>{Member<model::Flow>{"from", nullptr, &model::Flow::from},
                                                    Member<model::Flow>{"to", nullptr, &model::Flow::to},
                                                    Member<model::Flow>{"amount_usd", &model::Flow::amount_usd}};

template <typename Inputs, typename Item>
struct List {
    model::Section section;
    std::string_view key;
    Inputs model::Scenario::*inputs;
    std::vector<Item> Inputs::*items;

    template <typename S>
    auto& of(S& scenario) const {
        return (scenario.*inputs).*items;
    }
    std::string path() const { return field_path(section, key); }
};

inline constexpr std::tuple lists{
    List<model::CircularityInputs, model::InvestmentTranche>{model::Section::circularity, "investment_tranches",
                                                             &model::Scenario::circularity,
                                                             &model::CircularityInputs::investment_tranches},
    List<model::CircularityInputs, model::WarrantTranche>{model::Section::circularity, "warrant_tranches",
                                                          &model::Scenario::circularity,
                                                          &model::CircularityInputs::warrant_tranches},
    List<model::NetworkInputs, model::Company>{model::Section::network, "companies", &model::Scenario::network,
                                               &model::NetworkInputs::companies},
    List<model::NetworkInputs, model::Flow>{model::Section::network, "flows", &model::Scenario::network,
                                            &model::NetworkInputs::flows},
};

template <typename F>
void for_each_list(F&& f) {
    std::apply([&](const auto&... list) { (f(list), ...); }, lists);
}

// Two items are the same when every member a file holds is.
template <typename Item>
bool same_item(const Item& a, const Item& b) {
    for (const Member<Item>& m : members_of<Item>) {
        if (m.number ? a.*m.number != b.*m.number : a.*m.text != b.*m.text) return false;
    }
    if constexpr (std::is_same_v<Item, model::Flow>) return a.type == b.type;
    return true;
}

template <typename Item>
bool same_items(const std::vector<Item>& a, const std::vector<Item>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Item& x, const Item& y) { return same_item(x, y); });
}

}  // namespace boomerang::io::scenario_lists
