// The report `boomerang-cli eval` prints for a book: each deal with the figures of the blocks
// it has, then the book's totals, companies, cycles and each vendor's timeline against its
// supply. Labelled and formatted by io/format.hpp.
#pragma once

#include "io/book_json.hpp"
#include "model/book_evaluation.hpp"

#include <string>

namespace boomerang::cli {

std::string book_report(const io::BookFile& file, const model::BookResults& results);

}  // namespace boomerang::cli
