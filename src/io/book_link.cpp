// Index: names | pointers | edits | preset links | book links
#include "io/book_link.hpp"

#include "io/json_format.hpp"
#include "io/permalink.hpp"
#include "io/units.hpp"
#include "parse/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

namespace boomerang::io {

namespace {

using json::Json;
using model::Error;

std::string_view without_hash(std::string_view fragment) {
    return !fragment.empty() && fragment.front() == '#' ? fragment.substr(1) : fragment;
}

// ---- Pointers (RFC 6901) ---------------------------------------------------------------------

std::string escaped(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// The pointer's tokens, unescaped; nullopt for a malformed pointer.
std::optional<std::vector<std::string>> tokens_of(const std::string& pointer) {
    if (pointer.empty() || pointer.front() != '/') return std::nullopt;
    std::vector<std::string> tokens(1);
    for (std::size_t i = 1; i < pointer.size(); ++i) {
        const char c = pointer[i];
        if (c == '/') {
            tokens.emplace_back();
        } else if (c == '~') {
            if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return std::nullopt;
            tokens.back() += pointer[++i] == '0' ? '~' : '/';
        } else {
            tokens.back() += c;
        }
    }
    return tokens;
}

std::optional<std::size_t> index_of(const std::string& token) {
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
    if (error != std::errc() || end != token.data() + token.size() || token.empty()) return std::nullopt;
    return index;
}

// ---- Edits ---------------------------------------------------------------------------------

// Appends to `edits` what turns `from` into `to` at `pointer`.
void diff(const Json& from, const Json& to, const std::string& pointer, Json& edits) {
    if (from.is_object() && to.is_object()) {
        for (auto it = from.begin(); it != from.end(); ++it) {
            const std::string at = pointer + "/" + escaped(it.key());
            if (!to.contains(it.key()))
                edits.push_back(Json::array({at}));
            else
                diff(it.value(), to[it.key()], at, edits);
        }
        for (auto it = to.begin(); it != to.end(); ++it) {
            if (!from.contains(it.key())) edits.push_back(Json::array({pointer + "/" + escaped(it.key()), it.value()}));
        }
        return;
    }
    if (from.is_array() && to.is_array() && from.size() == to.size()) {
        for (std::size_t i = 0; i < from.size(); ++i) diff(from[i], to[i], pointer + "/" + std::to_string(i), edits);
        return;
    }
    if (from != to) edits.push_back(Json::array({pointer, to}));
}

// Applies one edit; why not, when it does not fit the preset.
std::optional<std::string> apply(Json& root, const Json& edit) {
    if (!edit.is_array() || edit.empty() || edit.size() > 2 || !edit[0].is_string()) {
        return "an edit must be [pointer, value] or [pointer]";
    }
    const std::string pointer = edit[0].get<std::string>();
    const auto tokens = tokens_of(pointer);
    if (!tokens) return "\"" + pointer + "\" is not a path";
    Json* parent = &root;
    for (std::size_t i = 0; i + 1 < tokens->size(); ++i) {
        const std::string& token = (*tokens)[i];
        if (parent->is_object() && parent->contains(token)) {
            parent = &(*parent)[token];
        } else if (const auto index = index_of(token); parent->is_array() && index && *index < parent->size()) {
            parent = &(*parent)[*index];
        } else {
            return "\"" + pointer + "\" names nothing in the preset";
        }
    }
    const std::string& last = tokens->back();
    if (parent->is_object()) {
        if (edit.size() == 1) {
            if (!parent->contains(last)) return "\"" + pointer + "\" names nothing in the preset";
            parent->erase(last);
        } else {
            (*parent)[last] = edit[1];
        }
        return std::nullopt;
    }
    const auto index = index_of(last);
    if (parent->is_array() && index && *index < parent->size() && edit.size() == 2) {
        (*parent)[*index] = edit[1];
        return std::nullopt;
    }
    return "\"" + pointer + "\" names nothing in the preset";
}

// The citation path of a pointer into the preset's JSON: "/deals/2/capacity/capacity_gw" →
// "deals.amd-openai.capacity.capacity_gw"; list items by their names where sources use them.
std::string source_path(const Json& preset, const std::vector<std::string>& tokens) {
    std::string path;
    const Json* at = &preset;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& token = tokens[i];
        if (at->is_array()) {
            const auto index = index_of(token);
            if (!index || *index >= at->size()) break;
            const Json& item = (*at)[*index];
            const char* name = item.is_object() && item.contains("id")       ? "id"
                               : item.is_object() && item.contains("name")   ? "name"
                               : item.is_object() && item.contains("vendor") ? "vendor"
                                                                             : nullptr;
            const bool named_list =
                i == 1 && (tokens[0] == "deals" || tokens[0] == "companies" || tokens[0] == "supply");
            if (named_list && name && item[name].is_string())
                path += "." + item[name].get<std::string>();
            else
                path += "[" + token + "]";
            at = &item;
        } else if (at->is_object() && at->contains(token)) {
            path += (path.empty() ? "" : ".") + token;
            at = &(*at)[token];
        } else {
            path += (path.empty() ? "" : ".") + token;
            break;
        }
    }
    return path;
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// Drops the citations an edit at `edited` makes untrue: the value's own, everything under it,
// and a whole window or tranche list it belongs to. A deal's or company's own citation stays,
// unless the edit renames it.
void drop_sources(std::map<std::string, Citation>& sources, const std::string& edited) {
    const bool renames =
        edited.size() > 3 && (edited.ends_with(".id") || edited.ends_with(".name") || edited.ends_with(".vendor"));
    const std::string owner = renames ? edited.substr(0, edited.rfind('.')) : edited;
    std::erase_if(sources, [&](const auto& entry) {
        const std::string& k = entry.first;
        if (k == owner || starts_with(k, owner + ".") || starts_with(k, owner + "[")) return true;
        const bool ancestor = starts_with(edited, k + ".") || starts_with(edited, k + "[");
        return ancestor && (k == "window" || k.find(".tranches") != std::string::npos);
    });
}

// "p1.<id>.<version>.<edits>" split; why not, when it is not that shape.
struct PresetLinkParts {
    PresetVersion preset;
    std::string edits;  // base64url, may be empty
};

model::Result<PresetLinkParts> parts_of(std::string_view body) {
    const auto bad = [] {
        return Error{"", "The link is damaged: a preset link reads \"#p1.<preset>.<version>.<edits>\""};
    };
    const std::size_t first = body.find('.');
    if (first == std::string_view::npos) return bad();
    const std::size_t second = body.find('.', first + 1);
    PresetLinkParts parts;
    parts.preset.id = std::string(body.substr(0, first));
    const std::string_view version =
        body.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1);
    const auto [end, error] = std::from_chars(version.data(), version.data() + version.size(), parts.preset.version);
    if (error != std::errc() || end != version.data() + version.size() || parts.preset.version < 1) return bad();
    if (!preset_version_of(preset_file_name(parts.preset))) return bad();
    if (second != std::string_view::npos) parts.edits = std::string(body.substr(second + 1));
    return parts;
}

}  // namespace

// ---- Names ---------------------------------------------------------------------------------

std::optional<PresetVersion> preset_version_of(std::string_view file_name) {
    constexpr std::string_view extension = ".json";
    if (!file_name.ends_with(extension)) return std::nullopt;
    const std::string_view stem = file_name.substr(0, file_name.size() - extension.size());
    const std::size_t v = stem.rfind("-v");
    if (v == std::string_view::npos || v == 0) return std::nullopt;
    PresetVersion preset;
    preset.id = std::string(stem.substr(0, v));
    const std::string_view number = stem.substr(v + 2);
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), preset.version);
    if (error != std::errc() || end != number.data() + number.size() || preset.version < 1 || number.front() == '0') {
        return std::nullopt;
    }
    const bool id_ok = preset.id.front() != '-' && preset.id.back() != '-' &&
                       std::all_of(preset.id.begin(), preset.id.end(),
                                   [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
    if (!id_ok) return std::nullopt;
    return preset;
}

std::string preset_file_name(const PresetVersion& preset) {
    return preset.id + "-v" + std::to_string(preset.version) + ".json";
}

// ---- Preset links --------------------------------------------------------------------------

std::string encode_preset_link(const PresetVersion& preset, const BookFile& preset_file, const BookFile& book) {
    const Json from = Json::parse(save_book_compact(preset_file), nullptr, false);
    const Json to = Json::parse(save_book_compact(book), nullptr, false);
    Json edits = Json::array();
    diff(from, to, "", edits);
    std::string link = std::string(preset_link_prefix) + preset.id + "." + std::to_string(preset.version);
    if (!edits.empty()) link += "." + base64url_encode(edits.dump());
    return link;
}

model::Result<LoadedBook> decode_preset_link(std::string_view fragment, const PresetLookup& presets) {
    fragment = without_hash(fragment);
    if (fragment.size() > max_book_link_chars) {
        return Error{
            "", "The link is too long to be a Boomerang link (" + std::to_string(fragment.size()) + " characters)"};
    }
    if (!fragment.starts_with(preset_link_prefix)) {
        return Error{"", "The link is not a Boomerang preset link: it should start with \"#p1.\""};
    }
    const auto parts = parts_of(fragment.substr(preset_link_prefix.size()));
    if (!parts) return parts.error();
    const std::optional<std::string> text = presets(parts->preset);
    if (!text) {
        return Error{"", "The link names version " + std::to_string(parts->preset.version) + " of the preset \"" +
                             parts->preset.id + "\", which this version of Boomerang does not have"};
    }
    const auto preset = load_book(*text);
    if (!preset) return preset.error();
    Json book = Json::parse(save_book_compact(preset->file), nullptr, false);
    const Json original = book;
    std::map<std::string, Citation> sources = preset->file.sources;
    if (!parts->edits.empty()) {
        const auto bytes = base64url_decode(parts->edits);
        if (!bytes)
            return Error{"", "The link is damaged: its edits are not base64url (" + bytes.error().message + ")"};
        const Json edits = Json::parse(*bytes, nullptr, false);
        if (!edits.is_array()) return Error{"", "The link is damaged: its edits are not a list"};
        for (std::size_t i = 0; i < edits.size(); ++i) {
            if (auto why = apply(book, edits[i])) {
                return Error{"", "The link is damaged: edit " + std::to_string(i + 1) + ": " + *why};
            }
            const auto tokens = tokens_of(edits[i][0].get<std::string>());
            drop_sources(sources, source_path(original, *tokens));
        }
    }
    auto loaded = load_book(book.dump());
    if (!loaded) return loaded.error();
    BookFile& file = loaded.value().file;
    file.sources = std::move(sources);
    std::erase_if(file.sources, [&](const auto& entry) { return !is_book_path(file.book, entry.first); });
    return loaded;
}

// ---- Book links ----------------------------------------------------------------------------

std::string encode_book_link(std::string_view deflated) {
    return std::string(book_link_prefix) + base64url_encode(deflated);
}

model::Result<std::string> book_link_deflated(std::string_view fragment) {
    fragment = without_hash(fragment);
    if (fragment.size() > max_book_link_chars) {
        return Error{
            "", "The link is too long to be a Boomerang link (" + std::to_string(fragment.size()) + " characters)"};
    }
    if (!fragment.starts_with(book_link_prefix)) {
        return Error{"", "The link is not a Boomerang book link: it should start with \"#b1.\""};
    }
    auto bytes = base64url_decode(fragment.substr(book_link_prefix.size()));
    if (!bytes) return Error{"", "The link is damaged: " + bytes.error().message};
    return bytes;
}

model::Result<LoadedBook> load_book_link_text(std::string_view inflated, double ratio_work) {
    if (parse::valid_utf8_length(inflated) != inflated.size()) return Error{"", std::string(link_not_text)};
    auto loaded = load_book(inflated, ratio_work);
    if (!loaded) return Error{loaded.error().field, "The link is damaged: " + loaded.error().message};
    return loaded;
}

model::Error inflate_refusal(InflateProblem problem) {
    switch (problem) {
        case InflateProblem::too_large:
            return Error{"", "The link is damaged: it unpacks to more than " + std::to_string(max_book_bytes) +
                                 " bytes, more than a book file may hold"};
        case InflateProblem::not_deflate: break;
    }
    return Error{"", "The link is damaged: its data does not unpack (was it cut short or changed?)"};
}

bool is_book_link(std::string_view fragment) {
    fragment = without_hash(fragment);
    return fragment.starts_with(preset_link_prefix) || fragment.starts_with(book_link_prefix);
}

}  // namespace boomerang::io
