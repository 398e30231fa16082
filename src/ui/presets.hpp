// The preset books the app offers (assets/books/index.json's order), loaded from the books
// compiled into the app (presets/preset_books.hpp).
#pragma once

#include <string>
#include <vector>

#include "io/book_json.hpp"
#include "io/book_link.hpp"

namespace boomerang::ui {

struct Preset {
    io::PresetVersion version;  // {"amd-openai", 1}
    io::BookFile file;

    const std::string& id() const { return version.id; }
};

// Parses every offered preset. A preset that fails to load is left out and its message added
// to `errors` (tests/io/book_presets_test.cpp keeps that from happening).
std::vector<Preset> load_presets(std::vector<std::string>& errors);

// The preset's text of any released version, for "#p1." links.
std::optional<std::string> preset_version_text(const io::PresetVersion& version);

}  // namespace boomerang::ui
