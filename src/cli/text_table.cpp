#include "cli/text_table.hpp"

#include "parse/utf8.hpp"

#include <algorithm>

namespace boomerang::cli {

namespace {

// Characters as the terminal shows them: UTF-8 continuation bytes take no column.
std::size_t columns(const std::string& text) { return parse::utf8_character_count(text); }

std::string padded(const std::string& text, std::size_t width, bool right_aligned) {
    const std::string fill(width > columns(text) ? width - columns(text) : 0, ' ');
    return right_aligned ? fill + text : text + fill;
}

}  // namespace

std::string table(const std::vector<std::vector<std::string>>& rows, bool last_is_key) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], columns(row[i]));
    }
    std::string text;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const bool left = i == 0 || (last_is_key && i + 1 == row.size());
            line += "  " + padded(row[i], widths[i], !left);
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        text += line + "\n";
    }
    return text;
}

}  // namespace boomerang::cli
