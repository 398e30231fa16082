#include "cli/embedded_books.hpp"

namespace boomerang::cli {

std::optional<std::string> embedded_preset_text(const io::PresetVersion& preset) {
    const std::string name = io::preset_file_name(preset);
    for (const EmbeddedBook& book : embedded_books()) {
        if (name == book.file_name) return book.text();
    }
    return std::nullopt;
}

}  // namespace boomerang::cli
