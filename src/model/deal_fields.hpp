// Deal input fields: every number a deal's blocks hold, described once.
//
// The app's input rows (label, unit, bounds, help), sensitivity analysis over a deal and the
// checks that a field's bounds match the model's iterate this table. Each field belongs to
// one block; its value is absent when the deal lacks the block or the value. Choices (the
// power basis, what is derived) and lists (tranches) are not scalars and are not listed.
#pragma once

#include "model/assumptions.hpp"
#include "model/bounds.hpp"
#include "model/deal.hpp"
#include "model/deal_figures.hpp"
#include "model/fields.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace boomerang::model {

struct DealInputField {
    Block block;             // Block::deal for the deal as a whole
    std::string_view key;    // the key in book files, e.g. "capacity_gw"
    std::string_view label;  // e.g. "Capacity"
    Unit unit;
    Bounds bounds;  // the values the model accepts
    std::optional<double> (*get)(const Deal&);
    // Sets or clears the value; false when the deal lacks the block.
    bool (*set)(Deal&, std::optional<double>);
    std::string_view help;  // what it means, for the tooltip
};

std::span<const DealInputField> deal_input_fields();
const DealInputField* find_deal_input_field(Block block, std::string_view key);

// The figure a block is added with (add_block's main value in model/book_rules.hpp):
// gigawatts for capacity, the monthly rate for a rental, the headline for exit terms, the
// equity for project finance. Null for the blocks that start empty: financing and warrants.
const DealInputField* block_start_field(Block block);

// An assumption as the app shows it: the book's, or a deal's override.
struct AssumptionInfo {
    std::string_view key;
    std::string_view label;
    Unit unit;
    std::string_view help;
};

// The assumptions of model/assumptions.hpp in the same order, with labels and units.
std::span<const AssumptionInfo> assumption_infos();
const AssumptionInfo* find_assumption_info(std::string_view key);

}  // namespace boomerang::model
