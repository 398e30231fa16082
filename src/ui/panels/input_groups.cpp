#include "ui/panels/input_groups.hpp"

#include <array>

namespace boomerang::ui {

namespace {

using model::Section;

constexpr std::array<std::string_view, 8> kDealKeys = {
    "size_by", "deal_scope", "deal_size_usd", "capacity_gw", "gpus", "gpus_per_gw",
    "hardware_usd_per_gw", "facility_usd_per_gw"};
constexpr std::array<std::string_view, 7> kOperationsKeys = {
    "pue", "utilization_fraction", "electricity_usd_per_mwh", "other_opex_fraction_per_year",
    "it_life_years", "facility_life_years", "cost_of_capital_per_year"};
constexpr std::array kCircularityLists = {ListEditor::investment_tranches, ListEditor::warrant_tranches};
constexpr std::array kNetworkLists = {ListEditor::companies, ListEditor::flows};

constexpr std::array kGroups = {
    InputGroup{"Deal", Section::capacity, kDealKeys, {}, true},
    InputGroup{"Power & operations", Section::capacity, kOperationsKeys, {}, false},
    InputGroup{"Exit clauses", Section::commitment, {}, {}, true},
    InputGroup{"Vendor financing & warrants", Section::circularity, {}, kCircularityLists, false},
    InputGroup{"Network", Section::network, {}, kNetworkLists, false},
    InputGroup{"Supply", Section::supply, {}, {}, false},
};

constexpr std::array kAlternatives = {
    Alternative{Section::capacity, "deal_size_usd", "size_by", "deal_size"},
    Alternative{Section::capacity, "capacity_gw", "size_by", "capacity"},
    Alternative{Section::capacity, "gpus", "size_by", "gpus"},
    Alternative{Section::commitment, "headline_value_usd", "amount_given", "headline_value"},
    Alternative{Section::commitment, "monthly_payment_usd", "amount_given", "monthly_payment"},
    Alternative{Section::supply, "demand_gw", "demand_source", "entered"},
};

int option_index(const model::ChoiceField& choice, std::string_view option_key) {
    for (std::size_t i = 0; i < choice.options.size(); ++i) {
        if (choice.options[i].key == option_key) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace

std::span<const InputGroup> input_groups() { return kGroups; }

const Alternative* find_alternative(model::Section section, std::string_view key) {
    for (const Alternative& alternative : kAlternatives) {
        if (alternative.section == section && alternative.key == key) return &alternative;
    }
    return nullptr;
}

bool is_derived(const model::Scenario& scenario, const model::InputField& field) {
    const Alternative* alternative = find_alternative(field.section, field.key);
    if (!alternative) return false;
    const model::ChoiceField* choice = model::find_choice_field(field.section, alternative->choice_key);
    return choice && choice->get(scenario) != option_index(*choice, alternative->option_key);
}

void select_as_input(model::Scenario& scenario, const model::InputField& field) {
    const Alternative* alternative = find_alternative(field.section, field.key);
    if (!alternative) return;
    if (const model::ChoiceField* choice = model::find_choice_field(field.section, alternative->choice_key)) {
        choice->set(scenario, option_index(*choice, alternative->option_key));
    }
}

}  // namespace boomerang::ui
