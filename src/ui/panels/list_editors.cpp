#include "ui/panels/list_editors.hpp"

#include <array>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace boomerang::ui {

namespace {

using model::Bounds;
using model::Section;
using model::Unit;

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerH;
constexpr const char* kRemoveLabel = "×";

// Short, so the type column stays narrow; the diagram's legend spells them out.
constexpr std::array<const char*, 4> kFlowTypeLabels = {"Equity", "Chips", "Compute", "Warrants"};

// A table cell edits one number of one list item with the same typed-units field as a
// scalar input; this describes it to quantity_input.
model::InputField cell(Section section, std::string_view key, Unit unit, Bounds bounds = {}) {
    return {section, key, key, unit, bounds, nullptr, nullptr, {}};
}

std::string item_path(std::string_view list, std::size_t index, std::string_view key) {
    return std::string(list) + "[" + std::to_string(index) + "]." + std::string(key);
}

// Draws a number cell; when the user commits a value, `set` writes it into a copy of the
// scenario and the document decides whether to accept it.
template <typename Setter>
void number_cell(Document& document, InputsState& state, ViewContext& view, const model::InputField& field,
                 const std::string& path, double value, Setter set) {
    ImGui::TableNextColumn();
    QuantityEditor& editor = state.editors[path];
    if (auto entered = quantity_input(field, value, editor)) {
        model::Scenario candidate = document.scenario();
        set(candidate, *entered);
        editor.error = document.apply(std::move(candidate));
    }
    view.widgets.record_last_item(path);
    quantity_error(editor, view.colors.error_text);
}

// A remove button in the last column; returns true when pressed.
bool remove_cell(const char* what) {
    ImGui::TableNextColumn();
    const bool pressed = ImGui::SmallButton(kRemoveLabel);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this %s", what);
    return pressed;
}

void table_headers(std::initializer_list<const char*> names, float remove_width) {
    for (const char* name : names) ImGui::TableSetupColumn(name);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, remove_width);
    ImGui::TableHeadersRow();
}

float remove_width() { return ImGui::CalcTextSize(kRemoveLabel).x + ImGui::GetStyle().FramePadding.x * 4; }

void investment_tranches(Document& document, InputsState& state, ViewContext& view) {
    ImGui::TextUnformatted("Investment tranches (released as GW are deployed)");
    const auto& tranches = document.scenario().circularity.investment_tranches;
    std::optional<std::size_t> removed;
    if (ImGui::BeginTable("investment_tranches", 3, kTableFlags)) {
        table_headers({"At GW", "Amount"}, remove_width());
        for (std::size_t i = 0; i < tranches.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            const std::string list = "circularity.investment_tranches";
            number_cell(document, state, view, cell(Section::circularity, "at_gw", Unit::gw), item_path(list, i, "at_gw"),
                        tranches[i].at_gw, [i](model::Scenario& s, double v) { s.circularity.investment_tranches[i].at_gw = v; });
            number_cell(document, state, view, cell(Section::circularity, "amount_usd", Unit::usd),
                        item_path(list, i, "amount_usd"), tranches[i].amount_usd,
                        [i](model::Scenario& s, double v) { s.circularity.investment_tranches[i].amount_usd = v; });
            if (remove_cell("tranche")) removed = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    model::Scenario candidate = document.scenario();
    auto& list = candidate.circularity.investment_tranches;
    if (removed) {
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(*removed));
        document.apply(std::move(candidate));
    } else if (ImGui::SmallButton("+ Add tranche")) {
        list.push_back(list.empty() ? model::InvestmentTranche{1.0, 10e9}
                                    : model::InvestmentTranche{list.back().at_gw + 1.0, list.back().amount_usd});
        document.apply(std::move(candidate));
    }
}

void warrant_tranches(Document& document, InputsState& state, ViewContext& view) {
    ImGui::TextUnformatted("Warrant tranches (vest with GW deployed and share price)");
    const auto& tranches = document.scenario().circularity.warrant_tranches;
    std::optional<std::size_t> removed;
    if (ImGui::BeginTable("warrant_tranches", 4, kTableFlags)) {
        table_headers({"Shares", "At GW", "At price"}, remove_width());
        const std::string list = "circularity.warrant_tranches";
        for (std::size_t i = 0; i < tranches.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            number_cell(document, state, view, cell(Section::circularity, "shares", Unit::shares), item_path(list, i, "shares"),
                        tranches[i].shares, [i](model::Scenario& s, double v) { s.circularity.warrant_tranches[i].shares = v; });
            number_cell(document, state, view, cell(Section::circularity, "vest_at_gw", Unit::gw),
                        item_path(list, i, "vest_at_gw"), tranches[i].vest_at_gw,
                        [i](model::Scenario& s, double v) { s.circularity.warrant_tranches[i].vest_at_gw = v; });
            number_cell(document, state, view, cell(Section::circularity, "vest_at_share_price_usd", Unit::usd_per_share),
                        item_path(list, i, "vest_at_share_price_usd"), tranches[i].vest_at_share_price_usd,
                        [i](model::Scenario& s, double v) { s.circularity.warrant_tranches[i].vest_at_share_price_usd = v; });
            if (remove_cell("tranche")) removed = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    model::Scenario candidate = document.scenario();
    auto& list = candidate.circularity.warrant_tranches;
    if (removed) {
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(*removed));
        document.apply(std::move(candidate));
    } else if (ImGui::SmallButton("+ Add warrant tranche")) {
        list.push_back(list.empty() ? model::WarrantTranche{1e6, 1.0, 0.0} : list.back());
        document.apply(std::move(candidate));
    }
}

// Renaming a company renames it in every flow too, so the network stays connected.
void rename_company(model::Scenario& scenario, std::size_t index, const std::string& name) {
    const std::string old_name = scenario.network.companies[index].name;
    scenario.network.companies[index].name = name;
    for (model::Flow& flow : scenario.network.flows) {
        if (flow.from == old_name) flow.from = name;
        if (flow.to == old_name) flow.to = name;
    }
}

void companies(Document& document, InputsState& state, ViewContext& view) {
    ImGui::TextUnformatted("Companies (share of inflow passed on inside the network)");
    const auto& list = document.scenario().network.companies;
    std::optional<std::size_t> removed;
    if (ImGui::BeginTable("companies", 3, kTableFlags)) {
        table_headers({"Company", "Passes on"}, remove_width());
        for (std::size_t i = 0; i < list.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string name_path = item_path("network.companies", i, "name");
            QuantityEditor& name_editor = state.name_edits[name_path];
            if (!name_editor.editing && name_editor.error.empty()) name_editor.text = list[i].name;
            ImGui::SetNextItemWidth(-1.0f);
            ImGui::InputText("##name", &name_editor.text);
            name_editor.editing = ImGui::IsItemActive();
            view.widgets.record_last_item(name_path);
            if (ImGui::IsItemDeactivatedAfterEdit()) {
                model::Scenario candidate = document.scenario();
                rename_company(candidate, i, name_editor.text);
                name_editor.error = document.apply(std::move(candidate));
            }
            quantity_error(name_editor, view.colors.error_text);
            number_cell(document, state, view, cell(Section::network, "pass_on_fraction", Unit::fraction, {0.0, 1.0}),
                        item_path("network.companies", i, "pass_on_fraction"), list[i].pass_on_fraction,
                        [i](model::Scenario& s, double v) { s.network.companies[i].pass_on_fraction = v; });
            if (remove_cell("company and its flows")) removed = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    model::Scenario candidate = document.scenario();
    auto& network = candidate.network;
    if (removed) {
        const std::string name = network.companies[*removed].name;
        network.companies.erase(network.companies.begin() + static_cast<std::ptrdiff_t>(*removed));
        std::erase_if(network.flows, [&](const model::Flow& f) { return f.from == name || f.to == name; });
        document.apply(std::move(candidate));
    } else if (ImGui::SmallButton("+ Add company")) {
        network.companies.push_back({"Company " + std::to_string(network.companies.size() + 1), 0.0});
        document.apply(std::move(candidate));
    }
}

void company_combo(Document& document, const char* id, std::size_t flow, bool from) {
    const model::Flow& current = document.scenario().network.flows[flow];
    const std::string& selected = from ? current.from : current.to;
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
    const bool open = ImGui::BeginCombo(id, selected.c_str(), ImGuiComboFlags_NoArrowButton);
    // Long names are cut to the column; the full name is one hover away.
    if (!open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", selected.c_str());
    if (!open) return;
    for (const model::Company& company : document.scenario().network.companies) {
        if (ImGui::Selectable(company.name.c_str(), company.name == selected)) {
            model::Scenario candidate = document.scenario();
            (from ? candidate.network.flows[flow].from : candidate.network.flows[flow].to) = company.name;
            document.apply(std::move(candidate));
        }
    }
    ImGui::EndCombo();
}

void flows(Document& document, InputsState& state, ViewContext& view) {
    ImGui::TextUnformatted("Flows of money");
    const auto& list = document.scenario().network.flows;
    std::optional<std::size_t> removed;
    if (ImGui::BeginTable("flows", 5, kTableFlags)) {
        table_headers({"From", "To", "Amount", "Type"}, remove_width());
        for (std::size_t i = 0; i < list.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            company_combo(document, "##from", i, true);
            company_combo(document, "##to", i, false);
            number_cell(document, state, view, cell(Section::network, "amount_usd", Unit::usd),
                        item_path("network.flows", i, "amount_usd"), list[i].amount_usd,
                        [i](model::Scenario& s, double v) { s.network.flows[i].amount_usd = v; });
            ImGui::TableNextColumn();
            int type = static_cast<int>(list[i].type);
            ImGui::SetNextItemWidth(-1.0f);
            if (ImGui::Combo("##type", &type, kFlowTypeLabels.data(), static_cast<int>(kFlowTypeLabels.size()))) {
                model::Scenario candidate = document.scenario();
                candidate.network.flows[i].type = static_cast<model::FlowType>(type);
                document.apply(std::move(candidate));
            }
            if (remove_cell("flow")) removed = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    model::Scenario candidate = document.scenario();
    auto& network = candidate.network;
    if (removed) {
        network.flows.erase(network.flows.begin() + static_cast<std::ptrdiff_t>(*removed));
        document.apply(std::move(candidate));
    } else if (network.companies.size() >= 2 && ImGui::SmallButton("+ Add flow")) {
        network.flows.push_back({network.companies[0].name, network.companies[1].name, 1e9, model::FlowType::equity_investment});
        document.apply(std::move(candidate));
    }
}

}  // namespace

void draw_list_editor(Document& document, InputsState& state, ViewContext& view, ListEditor list) {
    ImGui::Spacing();
    switch (list) {
        case ListEditor::investment_tranches: investment_tranches(document, state, view); break;
        case ListEditor::warrant_tranches: warrant_tranches(document, state, view); break;
        case ListEditor::companies: companies(document, state, view); break;
        case ListEditor::flows: flows(document, state, view); break;
        case ListEditor::none: break;
    }
}

}  // namespace boomerang::ui
