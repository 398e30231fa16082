// A book as CSV (RFC 4180, CRLF line ends), for spreadsheets and for citing:
//   - its figures, one row per figure a deal shows;
//   - its values with their citations: every value the book holds, with where it comes from,
//     a dataset people can cite.
#pragma once

#include "io/book_json.hpp"
#include "model/book_evaluation.hpp"

#include <string>

namespace boomerang::io {

// deal_id,deal_title,block,figure,value,unit — only the figures the deal's blocks give.
std::string book_figures_csv(const BookFile& file, const model::BookResults& results);

// deal_id,deal_title,buyer,seller,status,path,value,kind,source,quote,note,cited_at — one row
// per value of the book (book-wide values have no deal). A value without a citation of its
// own takes the nearest one above it ("deals.<id>.warrants.tranches" for a tranche's shares,
// "deals.<id>" for the deal as a whole), and cited_at says which; kind is "source",
// "assumption" or "uncited".
std::string cited_values_csv(const BookFile& file);

}  // namespace boomerang::io
