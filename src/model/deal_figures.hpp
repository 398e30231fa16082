// Deal figures: every scalar output of a deal, described once.
//
// The CLI's report and JSON, the app's figure cards and the tests that check "no figure from a
// block the deal lacks" iterate this table. A figure belongs to one term block; its value is
// absent when the deal lacks the block or the inputs the figure needs, and then nothing shows.
#pragma once

#include "model/deal_evaluation.hpp"
#include "model/fields.hpp"

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace boomerang::model {

// The term blocks of a deal, and "deal" for figures of the deal as a whole.
enum class Block { deal, capacity, rental, exit, financing, project_finance, warrants };

// The term blocks in the order book files write them (docs/BOOK.md, "A deal"): every Block
// but deal. The editor's sections and the app's state() list a deal's blocks in this order.
inline constexpr std::array term_blocks{Block::capacity,  Block::rental,          Block::exit,
                                        Block::financing, Block::project_finance, Block::warrants};

// The block's key in book files and result files: "capacity", "project_finance", ...
std::string_view block_name(Block block);
// The block's heading for people: "Payments and exit terms".
std::string_view block_title(Block block);
// True when `deal` has the block ("deal" always).
bool has_block(const Deal& deal, Block block);

struct DealFigure {
    Block block;
    std::string_view key;    // result-file key with its unit, e.g. "firm_value_usd"
    std::string_view label;  // short label, e.g. "Firm value"
    Unit unit;
    std::optional<double> (*get)(const DealResults&);
};

std::span<const DealFigure> deal_figures();

// The figure, or nullptr.
const DealFigure* find_deal_figure(Block block, std::string_view key);

}  // namespace boomerang::model
