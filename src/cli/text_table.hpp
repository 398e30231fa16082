// Plain-text tables for the terminal: columns padded to their widest cell, counting UTF-8
// characters as the terminal shows them.
#pragma once

#include <string>
#include <vector>

namespace boomerang::cli {

// Rows of cells, each line indented by two spaces. Numbers are right-aligned; the first
// column, and the last when `last_is_key`, are left-aligned.
std::string table(const std::vector<std::vector<std::string>>& rows, bool last_is_key = false);

}  // namespace boomerang::cli
