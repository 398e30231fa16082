// What the selected deal means: its status in words (what binds, as of when), then one card
// per figure the deal has, grouped by term block. A card shows the figure, and under it the
// read-out sentence with this deal's parties and numbers; its tooltip gives the formula with
// this deal's numbers, what the figure leaves out, and the deal's own sources.
#pragma once

#include <string>
#include <vector>

#include "model/deal_figures.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

// One figure card: what the panel shows and the page's screen-reader summary reads.
struct DealCard {
    std::string id;       // "figure.<block>.<key>", the card's widget id
    std::string caption;  // "Firm value"
    std::string value;    // "$2.5B"
    std::string detail;   // the read-out sentence ("" when the value says it all)
    const model::DealFigure* figure = nullptr;
};

// Every figure the deal shows, in the registry's order.
std::vector<DealCard> deal_cards(const BookDocument& document, const std::string& deal_id);

// "Letter of intent (as of 2025-09-22): binds nothing; its firm value is $0." and the like.
std::string status_sentence(const model::Deal& deal);

// The cards of one deal at one book revision: the read-outs are built once per change, not
// on every frame a drag draws.
struct DealCardsCache {
    unsigned revision = ~0u;
    std::string deal_id;
    std::vector<DealCard> cards;

    const std::vector<DealCard>& of(const BookDocument& document, const std::string& deal);
};

void draw_deal_figures(const BookDocument& document, const std::string& deal_id, DealCardsCache& cards,
                       ViewContext& view);

}  // namespace boomerang::ui
