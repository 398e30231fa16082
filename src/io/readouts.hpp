// Read-outs: what a deal's figure means, in words a reader can quote.
//
// For a figure the deal shows, a plain sentence with this deal's parties and numbers ("Three
// monthly payments, $3.75B, are firm: either side can leave on 90 days' notice."), the formula
// with this deal's numbers filled in, and what the figure leaves out. The app's figure cards
// and `boomerang-cli explain` show them. Numbers are formatted by io/format.hpp.
#pragma once

#include "model/book.hpp"
#include "model/deal_evaluation.hpp"
#include "model/deal_figures.hpp"

#include <optional>
#include <string>

namespace boomerang::io {

struct Readout {
    std::string sentence;    // what it means for this deal
    std::string formula;     // how it is computed, with this deal's numbers
    std::string leaves_out;  // what the figure does not count ("" when nothing worth saying)
};

// The read-out of `figure` for `deal` (evaluated as `results` in `book`); nullopt when the
// deal does not show the figure, and empty texts for a figure whose label and value say it
// all (a term in months, a share of the headline).
// What the deal's status means for its numbers, in one sentence a reader can quote:
// "Letter of intent (as of 2025-09-22): nothing in it binds, so its firm value is $0."
// A superseding deal is named by its title in `book`.
std::string status_readout(const model::Book& book, const model::Deal& deal);

std::optional<Readout> readout(const model::Book& book, const model::Deal& deal, const model::DealResults& results,
                               const model::DealFigure& figure);

}  // namespace boomerang::io
