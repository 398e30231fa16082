#include "ui/panels/deal_figures_panel.hpp"

#include <algorithm>

#include <imgui.h>

#include "io/format.hpp"
#include "io/readouts.hpp"
#include "model/book.hpp"

namespace boomerang::ui {

namespace {

// Cards narrower than this (CSS pixels) would wrap their figures: fewer columns instead.
constexpr float kCardMinWidthCssPx = 220.0f;
constexpr float kTooltipWidthEm = 30.0f;
constexpr std::size_t kMaxSourcesInTooltip = 6;

// The citations of the deal's values in `block`: what the card's figure is computed from.
std::string sources_text(const BookDocument& document, const std::string& deal_id, model::Block block) {
    const std::string prefix = "deals." + deal_id + "." +
                               (block == model::Block::deal ? std::string() : std::string(model::block_name(block)));
    std::string out;
    std::size_t shown = 0;
    for (const auto& [path, citation] : document.file().sources) {
        if (path.rfind(prefix, 0) != 0 || shown == kMaxSourcesInTooltip) continue;
        out += "\n" + path.substr(prefix.size() + (block == model::Block::deal ? 0 : 1)) + ": " +
               (citation.kind == io::Citation::Kind::source ? "" : "assumption: ") + citation.text;
        ++shown;
    }
    return out.empty() ? "\nNo value of this block is cited." : out;
}

std::string tooltip_text(const BookDocument& document, const std::string& deal_id, const DealCard& card) {
    const model::Deal* deal = model::find_deal(document.book(), deal_id);
    const model::DealResults* results = document.deal_results(deal_id);
    std::string out = card.caption + ": " + card.value;
    if (deal && results && card.figure) {
        if (auto read = io::readout(document.book(), *deal, *results, *card.figure)) {
            if (!read->formula.empty()) out += "\n\n" + read->formula;
            if (!read->leaves_out.empty()) out += "\n\nLeaves out: " + read->leaves_out;
        }
        out += "\n\nSources" + sources_text(document, deal_id, card.figure->block);
    }
    return out;
}

void draw_card(const BookDocument& document, const std::string& deal_id, const DealCard& card, float width,
               ViewContext& view) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::BeginChild(card.id.c_str(), {width, 0.0f}, ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextUnformatted(card.caption.c_str());
    ImGui::PopStyleColor();
    ImGui::PushFont(view.fonts.figure);
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.accent);
    ImGui::TextUnformatted(card.value.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!card.detail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - style.WindowPadding.x * 2);
        ImGui::TextUnformatted(card.detail.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    view.widgets.record_last_item(card.id);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
        const std::string details = tooltip_text(document, deal_id, card);
        view.widgets.record_tooltip(card.id, details);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * kTooltipWidthEm);
        ImGui::TextUnformatted(details.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace

std::vector<DealCard> deal_cards(const BookDocument& document, const std::string& deal_id) {
    std::vector<DealCard> cards;
    const model::Deal* deal = model::find_deal(document.book(), deal_id);
    const model::DealResults* results = document.deal_results(deal_id);
    if (!deal || !results) return cards;
    for (const model::DealFigure& figure : model::deal_figures()) {
        const std::optional<double> value = figure.get(*results);
        if (!value) continue;
        DealCard card{"figure." + std::string(model::block_name(figure.block)) + "." + std::string(figure.key),
                      std::string(figure.label), io::format_value(*value, figure.unit), "", &figure};
        if (auto read = io::readout(document.book(), *deal, *results, figure)) card.detail = read->sentence;
        cards.push_back(std::move(card));
    }
    return cards;
}

const std::vector<DealCard>& DealCardsCache::of(const BookDocument& document, const std::string& deal) {
    if (revision != document.revision() || deal_id != deal) {
        cards = deal_cards(document, deal);
        revision = document.revision();
        deal_id = deal;
    }
    return cards;
}

void draw_deal_figures(const BookDocument& document, const std::string& deal_id, DealCardsCache& cards,
                       ViewContext& view) {
    const model::Deal* deal = model::find_deal(document.book(), deal_id);
    if (!deal) {
        ImGui::TextWrapped("Select a deal, or add one, to see what it means.");
        return;
    }
    ImGui::PushFont(view.fonts.title);
    ImGui::TextWrapped("%s", deal->title.empty() ? deal->id.c_str() : deal->title.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text,
                          model::binds_nothing(deal->status) ? view.colors.error_text : view.colors.muted_text);
    ImGui::TextWrapped("%s", io::status_readout(document.book(), *deal).c_str());
    ImGui::PopStyleColor();
    view.widgets.record_last_item("deal.status_readout");

    const float available = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const int columns = std::max(1, static_cast<int>((available + spacing) / (view.px(kCardMinWidthCssPx) + spacing)));
    const float width = (available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    std::optional<model::Block> current_block;
    int column = 0;
    for (const DealCard& card : cards.of(document, deal_id)) {
        if (card.figure->block != current_block) {
            current_block = card.figure->block;
            column = 0;
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
            const std::string title(card.figure->block == model::Block::deal ? std::string_view("The deal as a whole")
                                                                             : model::block_title(card.figure->block));
            ImGui::TextUnformatted(title.c_str());
            ImGui::PopStyleColor();
        }
        if (column++ % columns != 0) ImGui::SameLine();
        draw_card(document, deal_id, card, width, view);
    }
}

}  // namespace boomerang::ui
