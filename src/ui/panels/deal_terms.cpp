#include "ui/panels/deal_terms.hpp"

#include <array>
#include <span>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/format.hpp"
#include "model/book.hpp"
#include "model/book_rules.hpp"
#include "model/deal_figures.hpp"
#include "ui/state/scrub.hpp"

namespace boomerang::ui {

namespace {

using model::Block;

struct Choice {
    const char* key;    // widget id suffix
    const char* label;  // what the user reads
};

// A labelled combo over an enum whose values are 0..choices.size()-1. Returns the pick.
template <typename Enum>
std::optional<Enum> choice_row(ViewContext& view, const std::string& id, const char* label, Enum current,
                               std::span<const Choice> choices) {
    std::optional<Enum> picked;
    ImGui::PushID(id.c_str());
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##choice", choices[static_cast<std::size_t>(current)].label)) {
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const auto option = static_cast<Enum>(i);
            if (view.list_item(choices[i].label, option == current) && option != current) picked = option;
            view.widgets.record_last_item(id + "." + choices[i].key);
        }
        ImGui::EndCombo();
    }
    view.widgets.record_last_item(id);
    ImGui::PopID();
    return picked;
}

void show_error(DealEditorState& state, ViewContext& view, const std::string& id) {
    quantity_error(state.editors[id], view.colors.error_text);
}

// A choice stored in a block's member: the combo, the edit when picked, and its refusal.
template <typename BlockType, typename Enum>
void member_choice(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                   const std::string& id, const char* label, std::span<const Choice> choices,
                   std::optional<BlockType> model::Deal::*block, Enum BlockType::*member) {
    const model::Deal& deal = *model::find_deal(document.book(), deal_id);
    if (!(deal.*block)) return;
    if (auto picked = choice_row(view, id, label, (*(deal.*block)).*member, choices)) {
        edit_deal(document, state, deal_id, id, [&](model::Deal& d) { (*(d.*block)).*member = *picked; });
    }
    show_error(state, view, id);
}

constexpr std::array kPowerBasis = {Choice{"it_power", "IT power (what the equipment draws)"},
                                    Choice{"facility_power", "Grid power (IT power × PUE)"}};
constexpr std::array kDerived = {Choice{"gpus", "GPUs, from GW × GPUs per GW"},
                                 Choice{"capacity_gw", "Capacity, from GPUs ÷ GPUs per GW"},
                                 Choice{"gpus_per_gw", "GPUs per GW, from GPUs ÷ GW"}};
constexpr std::array kPaysFor = {Choice{"hardware", "Hardware only"},
                                 Choice{"hardware_and_facility", "Hardware and facility"},
                                 Choice{"undisclosed", "Undisclosed (no purchase value)"}};
constexpr std::array kTermGiven = {Choice{"term_months", "In months"}, Choice{"end_date", "By its last month"}};
constexpr std::array kHeadline = {Choice{"stated", "As stated"}, Choice{"rental", "The rental's payments"},
                                  Choice{"capacity", "The capacity's purchase value"}};
constexpr std::array kNoticeBy = {Choice{"buyer", "The buyer"}, Choice{"seller", "The seller"},
                                  Choice{"either", "Either side"}};

void capacity_choices(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                      const model::CapacityBlock& capacity) {
    member_choice(document, state, view, deal_id, "capacity.power_basis", "Gigawatts count",
                  std::span<const Choice>(kPowerBasis), &model::Deal::capacity, &model::CapacityBlock::power_basis);
    if (auto derived = choice_row(view, "capacity.derived", "Computed figure", capacity.derived,
                                  std::span<const Choice>(kDerived))) {
        state.editors["capacity.derived"].error =
            document.apply(model::set_capacity_derived(document.book(), deal_id, *derived));
    }
    show_error(state, view, "capacity.derived");
    member_choice(document, state, view, deal_id, "capacity.pays_for", "The price pays for",
                  std::span<const Choice>(kPaysFor), &model::Deal::capacity, &model::CapacityBlock::pays_for);
    month_row(document, state, view, deal_id, "capacity.deploy_start", "Deployment starts", capacity.deploy_start,
              [](model::Deal& d, std::optional<model::Date> date) { d.capacity->deploy_start = date; });
    month_row(document, state, view, deal_id, "capacity.deploy_end", "Deployment ends", capacity.deploy_end,
              [](model::Deal& d, std::optional<model::Date> date) { d.capacity->deploy_end = date; });
}

void rental_choices(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                    const model::RentalBlock& rental) {
    if (auto given = choice_row(view, "rental.term_given", "Term given", rental.term_given,
                                std::span<const Choice>(kTermGiven))) {
        state.editors["rental.term_given"].error =
            document.apply(model::set_rental_term_given(document.book(), deal_id, *given));
    }
    show_error(state, view, "rental.term_given");
    if (rental.term_given == model::TermGiven::end_date) {
        month_row(document, state, view, deal_id, "rental.end", "Last month paid", rental.end,
                  [](model::Deal& d, std::optional<model::Date> date) { d.rental->end = date; });
    }
}

void exit_choices(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    member_choice(document, state, view, deal_id, "exit.headline_basis", "Headline value",
                  std::span<const Choice>(kHeadline), &model::Deal::exit, &model::ExitBlock::headline_basis);
    member_choice(document, state, view, deal_id, "exit.notice_by", "Who may give notice",
                  std::span<const Choice>(kNoticeBy), &model::Deal::exit, &model::ExitBlock::notice_by);
}

// One column of a tranche table: its key, heading, unit and bounds, and the member it edits.
template <typename Tranche>
struct TrancheColumn {
    const char* key;
    const char* heading;
    model::Unit unit;
    model::Bounds bounds;
    double Tranche::*member;
};

template <typename Tranche>
void tranche_table(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                   const std::string& name, const std::vector<Tranche>& tranches,
                   std::span<const TrancheColumn<Tranche>> columns, std::vector<Tranche>& (*list)(model::Deal&)) {
    ImGui::TextUnformatted("Tranches");
    const std::string table_id = name + ".tranches";
    if (ImGui::BeginTable(table_id.c_str(), static_cast<int>(columns.size()) + 1, ImGuiTableFlags_SizingStretchSame)) {
        for (const auto& column : columns) ImGui::TableSetupColumn(column.heading);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        std::optional<std::size_t> removed;
        for (std::size_t row = 0; row < tranches.size(); ++row) {
            ImGui::TableNextRow();
            for (const auto& column : columns) {
                ImGui::TableNextColumn();
                const std::string id = table_id + "[" + std::to_string(row) + "]." + column.key;
                const QuantityField field{id, column.unit, column.bounds};
                if (auto entered = quantity_input(field, tranches[row].*column.member, state.editors[id]);
                    entered && *entered) {
                    edit_deal(document, state, deal_id, id,
                              [&](model::Deal& d) { list(d)[row].*column.member = **entered; });
                }
                view.widgets.record_last_text_field(id, keyboard_for(column.unit));
            }
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(row));
            if (view.small_button("×")) removed = row;
            view.widgets.record_last_item(table_id + "[" + std::to_string(row) + "].remove");
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (removed) {
            edit_deal(document, state, deal_id, table_id,
                      [&](model::Deal& d) { list(d).erase(list(d).begin() + static_cast<std::ptrdiff_t>(*removed)); });
        }
    }
    for (std::size_t row = 0; row < tranches.size(); ++row) {
        for (const auto& column : columns)
            show_error(state, view, table_id + "[" + std::to_string(row) + "]." + column.key);
    }
    if (view.small_button("+ tranche")) {
        edit_deal(document, state, deal_id, table_id,
                  [&](model::Deal& d) { list(d).push_back(list(d).empty() ? Tranche{} : list(d).back()); });
    }
    view.widgets.record_last_item(table_id + ".add");
    show_error(state, view, table_id);
}

constexpr TrancheColumn<model::FinancingTranche> kFinancingColumns[] = {
    {"at_gw", "At GW deployed", model::Unit::gw, model::non_negative, &model::FinancingTranche::at_gw},
    {"amount_usd", "Released", model::Unit::usd, model::non_negative, &model::FinancingTranche::amount_usd},
};
constexpr TrancheColumn<model::VestingTranche> kWarrantColumns[] = {
    {"shares", "Shares", model::Unit::shares, model::non_negative, &model::VestingTranche::shares},
    {"vest_at_gw", "Vest at GW", model::Unit::gw, model::non_negative, &model::VestingTranche::vest_at_gw},
    {"vest_at_share_price_usd", "And share price", model::Unit::usd_per_share, model::non_negative,
     &model::VestingTranche::vest_at_share_price_usd},
};

}  // namespace

bool is_computed_field(const model::Book& book, const std::string& deal_id, const model::DealInputField& field) {
    const model::Deal* deal = model::find_deal(book, deal_id);
    if (!deal) return false;
    if (field.block == Block::capacity && deal->capacity) {
        return field.key == kDerived[static_cast<std::size_t>(deal->capacity->derived)].key;
    }
    if (field.block == Block::rental && deal->rental) {
        return field.key == "term_months" && deal->rental->term_given == model::TermGiven::end_date;
    }
    return false;
}

void draw_computed_row(const BookDocument& document, ViewContext& view, const std::string& deal_id,
                       const model::DealInputField& field) {
    const model::DealResults* results = document.deal_results(deal_id);
    const model::DealFigure* figure = model::find_deal_figure(field.block, field.key);
    const std::optional<double> value = results && figure ? figure->get(*results) : std::nullopt;
    const std::string id = deal_field_widget_id(field);
    ImGui::TextUnformatted(field.label.data(), field.label.data() + field.label.size());
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::Text("%s (computed)", value ? io::format_value(*value, field.unit).c_str() : "—");
    ImGui::PopStyleColor();
    view.widgets.record_last_item(id);
    book_value_tooltip(document, deal_field_source_path(deal_id, field), field.help);
}

void draw_block_choices(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                        Block block) {
    const model::Deal deal = *model::find_deal(document.book(), deal_id);
    if (block == Block::capacity && deal.capacity) capacity_choices(document, state, view, deal_id, *deal.capacity);
    if (block == Block::rental && deal.rental) rental_choices(document, state, view, deal_id, *deal.rental);
    if (block == Block::exit && deal.exit) exit_choices(document, state, view, deal_id);
}

void draw_block_tranches(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                         Block block) {
    const model::Deal deal = *model::find_deal(document.book(), deal_id);
    if (block == Block::financing && deal.financing) {
        tranche_table<model::FinancingTranche>(
            document, state, view, deal_id, "financing", deal.financing->tranches, kFinancingColumns,
            [](model::Deal & d) -> auto& { return d.financing->tranches; });
    }
    if (block == Block::warrants && deal.warrants) {
        tranche_table<model::VestingTranche>(
            document, state, view, deal_id, "warrants", deal.warrants->tranches, kWarrantColumns,
            [](model::Deal & d) -> auto& { return d.warrants->tranches; });
    }
}

void draw_deal_assumptions(BookDocument& document, DealEditorState& state, ViewContext& view,
                           const std::string& deal_id) {
    const model::Deal deal = *model::find_deal(document.book(), deal_id);
    if (!deal.capacity) return;  // the assumptions price capacity: nothing else reads them
    ImGui::PushFont(view.fonts.title);
    const bool open = ImGui::CollapsingHeader("Costs and assumptions");
    ImGui::PopFont();
    view.widgets.record_last_item("block.assumptions");
    if (!open) return;
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextWrapped("The book's values, for every deal; a value typed here holds for this deal only.");
    ImGui::PopStyleColor();
    const auto infos = model::assumption_infos();
    for (std::size_t i = 0; i < infos.size() && i < std::size(model::assumption_fields); ++i) {
        const model::AssumptionInfo& info = infos[i];
        const model::AssumptionField& field = model::assumption_fields[i];
        const std::string key(info.key);
        const std::string id = "assumptions." + key;
        const std::optional<double> own = deal.overrides.*field.member;
        const std::optional<double> book_value = document.book().assumptions.*field.member;
        ImGui::PushID(id.c_str());
        ImGui::TextUnformatted(info.label.data(), info.label.data() + info.label.size());
        view.widgets.record_last_item(id + ".label");
        const std::string source = own ? "deals." + deal_id + "." + id : id;
        book_value_tooltip(document, source, info.help);
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
        ImGui::TextUnformatted(own ? "this deal's" : "the book's");
        ImGui::PopStyleColor();
        if (own) {
            ImGui::SameLine();
            if (view.small_button("use the book's")) {
                edit_deal(document, state, deal_id, id,
                          [&](model::Deal& d) { d.overrides.*field.member = std::nullopt; });
            }
            view.widgets.record_last_item(id + ".reset");
        }
        const QuantityField spec{id, info.unit, field.bounds};
        if (auto entered = quantity_input(spec, own ? own : book_value, state.editors[id]); entered && *entered) {
            edit_deal(document, state, deal_id, id, [&](model::Deal& d) { d.overrides.*field.member = **entered; });
        }
        view.widgets.record_last_text_field(id, keyboard_for(info.unit));
        show_error(state, view, id);
        ImGui::PopID();
    }
}

}  // namespace boomerang::ui
