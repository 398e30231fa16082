// Book rules: what an edit of a book changes besides the value edited. The app calls these
// instead of editing the structs itself, so a renamed company stays one company, a removed
// deal leaves no dangling reference, and switching which figure is entered keeps the
// numbers on screen. Each returns the edited book, or why the edit is refused (a sentence
// for the user, naming what is in the way).
#pragma once

#include "model/book.hpp"
#include "model/deal_evaluation.hpp"
#include "model/deal_figures.hpp"
#include "model/result.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::model {

// Renames a company everywhere the book names it: deal parties, outside money, supply.
// Refuses an empty name and a name another company already has (two companies would merge).
Result<Book> rename_company(const Book& book, const std::string& from, const std::string& to);

// Removes a company's outside money and supply; refused while a deal names it as a party.
Result<Book> remove_company(const Book& book, const std::string& name);

// Gives a deal a new id and updates every superseded_by that named the old one.
Result<Book> rename_deal_id(const Book& book, const std::string& from, const std::string& to);

// Removes a deal; refused while another deal is superseded by it (change that deal first).
Result<Book> remove_deal(const Book& book, const std::string& id);

// Moves a deal to position `to` (0-based; clamped to the list).
Result<Book> move_deal(const Book& book, const std::string& id, std::size_t to);

// "amd-openai-2": `base` made a valid id (lowercase, digits, '-') that no deal has yet.
std::string unique_deal_id(const Book& book, const std::string& base);

// A copy of the deal under a new id, right after it, titled "… (copy)".
Result<Book> duplicate_deal(const Book& book, const std::string& id);

// Deals to start from: the blocks of a kind of deal, every value that evaluation needs
// filled with an example the template states (Template::example_note), for the user to
// replace. The deal starts in `start`, between `buyer` and `seller`.
enum class DealTemplate { chip_purchase, vendor_financed_purchase, compute_rental, warrants_deal };
struct Template {
    DealTemplate kind;
    std::string_view label;         // "Chip purchase"
    std::string_view example_note;  // why the example values are there
};
std::span<const Template> deal_templates();
Result<Book> add_deal_from_template(const Book& book, DealTemplate kind, const std::string& buyer,
                                    const std::string& seller, Date start);

// Adds a block to a deal with its main figure (`main_value`): capacity_gw for capacity, the
// monthly rate for a rental, equity for project finance, the headline for exit terms on a
// deal with neither a rental nor a priced capacity (otherwise the headline is theirs).
// Financing (from the seller, unless the deal names an investor) and warrants start with no
// tranches. Refused when the deal has the block, or the main figure is needed and missing.
Result<Book> add_block(const Book& book, const std::string& id, Block block,
                       std::optional<double> main_value = std::nullopt);
// Removes a block with everything in it; its figures go with it. Refused for a block another
// block needs (capacity while tranches vest at gigawatts, a rental the headline is read from).
Result<Book> remove_block(const Book& book, const std::string& id, Block block);

// Makes `derived` the capacity figure computed from the other two, keeping the current
// numbers: the figure that was derived is stored as an input at its computed value.
Result<Book> set_capacity_derived(const Book& book, const std::string& id, CapacityDerived derived);

// Gives a rental's term by months or by end date, keeping the same term: the other one is
// computed and stored.
Result<Book> set_rental_term_given(const Book& book, const std::string& id, TermGiven given);

}  // namespace boomerang::model
