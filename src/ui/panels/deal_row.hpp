// One number of a deal on screen: the label (drag it to scrub the value), the typed field,
// the deal's own source or assumption behind the value, a reset-to-origin button, and the
// message when an entry was refused. Every edit goes through the BookDocument, so the model
// checks it first.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "model/book.hpp"
#include "model/deal_fields.hpp"
#include "ui/quantity_input.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

// A block being added that needs a value to start with (model::add_block's main figure):
// "+ Capacity bought" opens a field for its gigawatts, which Add or Enter commits.
struct BlockStart {
    std::string deal_id;
    model::Block block;
    std::optional<double> value;  // the last entry that parsed, not added yet
    bool focus = true;            // put the keyboard in the field on the next frame
};

// What the deal's text and number fields remember between frames, by widget id.
struct DealEditorState {
    std::map<std::string, QuantityEditor> editors;
    std::optional<BlockStart> block_start;  // the open "+ <block>" question, if any
};

// "deals.amd-openai.capacity.capacity_gw" (or "deals.amd-openai.market_cap_change_usd" for
// the deal as a whole): where a book file cites the value.
std::string deal_field_source_path(const std::string& deal_id, const model::DealInputField& field);
// "capacity.capacity_gw": the widget id.
std::string deal_field_widget_id(const model::DealInputField& field);

// Applies `edit` to a copy of the deal and proposes the book to the document. `edit` may
// return a refusal of its own (a std::string, "" for none); either refusal, or the model's,
// shows under the widget `id`.
template <typename Edit>
void edit_deal(BookDocument& document, DealEditorState& state, const std::string& deal_id, const std::string& id,
               Edit edit) {
    model::Book next = document.book();
    model::Deal* deal = model::find_deal(next, deal_id);
    if (!deal) return;
    std::string refusal;
    if constexpr (std::is_void_v<std::invoke_result_t<Edit, model::Deal&>>) {
        edit(*deal);
    } else {
        refusal = edit(*deal);
    }
    if (refusal.empty()) refusal = document.apply(std::move(next));
    state.editors[id].error = refusal;
}

// A labelled text field that proposes its text when Enter is pressed or the field is left
// (nothing when the text did not change; Esc cancels).
std::optional<std::string> text_row(ViewContext& view, DealEditorState& state, const std::string& id,
                                    std::string_view label, const std::string& value, const char* hint = "");

// A date of the deal typed as YYYY-MM or YYYY-MM-DD (empty clears it), set through `set`; a
// refusal shows under the field.
void month_row(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
               const std::string& id, std::string_view label, std::optional<model::Date> current,
               const std::function<void(model::Deal&, std::optional<model::Date>)>& set);

void draw_deal_number_row(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                          const model::DealInputField& field);

// The tooltip of the item just drawn: what it means, then the citation at `source_path`.
void book_value_tooltip(const BookDocument& document, const std::string& source_path, std::string_view help);

}  // namespace boomerang::ui
