#include "io/recent_files.hpp"

#include "io/file_io.hpp"
#include "io/file_io_detail.hpp"
#include "io/units.hpp"
#include "parse/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace boomerang::io {

std::vector<std::string> add_recent(std::vector<std::string> list, const std::string& path) {
    if (parse::valid_utf8_length(path) != path.size()) return list;
    list.erase(std::remove(list.begin(), list.end(), path), list.end());
    list.insert(list.begin(), path);
    if (list.size() > max_recent_files) list.resize(max_recent_files);
    return list;
}

std::string recent_files_json(const std::vector<std::string>& list) {
    nlohmann::ordered_json root;
    root["schema"] = recent_files_schema;
    root["paths"] = list;
    return root.dump(2) + "\n";
}

model::Result<std::vector<std::string>> parse_recent_files(std::string_view text) {
    const auto root = nlohmann::ordered_json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        return model::Error{"", "the recent files list is not a JSON object"};
    }
    const auto schema = root.find("schema");
    if (schema == root.end() || !schema->is_string() || *schema != recent_files_schema) {
        return model::Error{"schema",
                            "schema of the recent files list must be \"" + std::string(recent_files_schema) + "\""};
    }
    const auto paths = root.find("paths");
    if (paths == root.end() || !paths->is_array()) {
        return model::Error{"paths", "paths of the recent files list must be an array of file paths"};
    }
    // Oldest first through add_recent, so the first entry ends up in front.
    std::vector<std::string> list;
    for (auto entry = paths->rbegin(); entry != paths->rend(); ++entry) {
        if (!entry->is_string() || entry->get<std::string>().empty()) continue;
        list = add_recent(std::move(list), entry->get<std::string>());
    }
    return list;
}

std::string recent_files_path() {
    // The XDG Base Directory specification ignores a relative XDG_CONFIG_HOME.
    const std::optional<std::string> config = environment_variable("XDG_CONFIG_HOME");
    if (config && !config->empty() && (config->front() == '/' || detail::path_from_utf8(*config).is_absolute())) {
        return *config + "/boomerang/recent.json";
    }
#ifdef _WIN32
    // Windows keeps a user's settings in %APPDATA% ("C:\\Users\\ann\\AppData\\Roaming").
    const std::optional<std::string> app_data = environment_variable("APPDATA");
    if (app_data && !app_data->empty()) return *app_data + "\\boomerang\\recent.json";
#endif
    const std::optional<std::string> home = environment_variable("HOME");
    if (home && !home->empty()) return *home + "/.config/boomerang/recent.json";
    return {};
}

model::Result<std::vector<std::string>> read_recent_files(const std::string& path) {
    std::error_code error;
    const auto status = std::filesystem::status(detail::path_from_utf8(path), error);
    if (status.type() == std::filesystem::file_type::not_found) return std::vector<std::string>{};
    auto text = read_text_file(path, max_recent_files_bytes);
    if (!text) return text.error();
    auto list = parse_recent_files(text.value());
    if (!list) return model::Error{list.error().field, path + ": " + list.error().message};
    return list;
}

std::string write_recent_files(const std::string& path, const std::vector<std::string>& list) {
    const std::filesystem::path folder = detail::path_from_utf8(path).parent_path();
    std::error_code error;
    if (!folder.empty()) std::filesystem::create_directories(folder, error);
    if (error) return "cannot create the folder " + detail::utf8_from_path(folder) + ": " + error.message();
    return write_file_atomically(path, recent_files_json(list));
}

}  // namespace boomerang::io
