// The parts of file_io.hpp every system shares; reading and saving are in file_io_posix.cpp
// and file_io_windows.cpp.
#include "io/file_io.hpp"

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
// After windows.h, which they need.
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#endif

#include <algorithm>
#include <cerrno>

#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <optional>
#include <system_error>

#include "io/file_io_detail.hpp"
#include "parse/utf16.hpp"

namespace boomerang::io {

namespace detail {

std::filesystem::path path_from_utf8(const std::string& path) {
#ifdef _WIN32
    return std::filesystem::path(std::u8string(path.begin(), path.end()));
#else
    return std::filesystem::path(path);
#endif
}

std::string utf8_from_path(const std::filesystem::path& path) {
#ifdef _WIN32
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
#else
    return path.string();
#endif
}

std::string folder_of(const std::string& path) {
    const std::filesystem::path parent = path_from_utf8(path).parent_path();
    return parent.empty() ? "." : utf8_from_path(parent);
}

std::string too_large_reason(std::size_t bytes, std::size_t max_bytes) {
    const auto grouped = [](std::size_t number) {  // 1048576 -> "1,048,576"
        const std::string digits = std::to_string(number);
        std::string out;
        for (std::size_t at = 0; at < digits.size(); ++at) {
            if (at > 0 && (digits.size() - at) % 3 == 0) out += ',';
            out += digits[at];
        }
        return out;
    };
    return "it is " + grouped(bytes) + " bytes, over the limit of " + grouped(max_bytes) + " bytes";
}

std::string temporary_name(const std::string& folder, const std::string& name, unsigned long process_id,
                           unsigned counter) {
    return folder + "/." + name + "." + std::to_string(process_id) + "-" + std::to_string(counter) + ".tmp";
}

}  // namespace detail

std::optional<std::string> environment_variable(const char* name) {
#ifdef _WIN32
    const std::u16string wide_name(name, name + std::strlen(name));  // names are ASCII
    const wchar_t* value = _wgetenv(std::wstring(wide_name.begin(), wide_name.end()).c_str());
    if (!value) return std::nullopt;
    return parse::utf8_from_utf16(std::u16string(value, value + std::wcslen(value)));
#else
    const char* value = std::getenv(name);
    if (!value) return std::nullopt;
    return value;
#endif
}

std::vector<std::string> command_line_arguments(int argc, char** argv) {
#ifdef _WIN32
    int count = 0;
    wchar_t** wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    if (wide) {
        std::vector<std::string> arguments;
        for (int at = 1; at < count; ++at) {
            arguments.push_back(parse::utf8_from_utf16(std::u16string(wide[at], wide[at] + std::wcslen(wide[at]))));
        }
        ::LocalFree(wide);
        return arguments;
    }
#endif
    return std::vector<std::string>(argv + std::min(argc, 1), argv + argc);
}

std::FILE* open_file(const std::string& path, const char* mode) {
#ifdef _WIN32
    const std::optional<std::u16string> name = parse::utf16_from_utf8(path);
    const std::string_view narrow_mode(mode);
    if (!name) {
        errno = EINVAL;
        return nullptr;
    }
    return ::_wfopen(std::wstring(name->begin(), name->end()).c_str(),
                     std::wstring(narrow_mode.begin(), narrow_mode.end()).c_str());
#else
    return std::fopen(path.c_str(), mode);
#endif
}

void use_binary_standard_streams() {
#ifdef _WIN32
    for (const int stream : {0, 1, 2}) ::_setmode(stream, _O_BINARY);
#endif
}

namespace {

// The user's home folder, for a leading "~": $HOME. Windows does not set HOME by itself, so
// there %USERPROFILE% ("C:\\Users\\ann") when HOME is not set.
std::optional<std::string> home_folder() {
    std::optional<std::string> home = environment_variable("HOME");
#ifdef _WIN32
    if (!home || home->empty()) home = environment_variable("USERPROFILE");
#endif
    return home;
}

}  // namespace

std::string absolute_path(const std::string& path) {
    const std::optional<std::string> home = home_folder();
    const bool from_home = home && (path == "~" || path.rfind("~/", 0) == 0);
    std::error_code error;
    const std::filesystem::path absolute =
        std::filesystem::absolute(detail::path_from_utf8(from_home ? *home + path.substr(1) : path), error);
    if (error) return path;
    std::string normal = detail::utf8_from_path(absolute.lexically_normal());
    // POSIX keeps the separator of "/work/." ("/work/"), which says "a folder"; Windows'
    // GetFullPathNameW drops it ("C:\\work"), so it is put back.
    const std::string last = detail::utf8_from_path(detail::path_from_utf8(path).filename());
    const char separator = static_cast<char>(std::filesystem::path::preferred_separator);
    if ((last.empty() || last == "." || last == "..") && !normal.empty() && normal.back() != separator) {
        normal += separator;
    }
    return normal;
}

std::string file_name(const std::string& path) {
    return detail::utf8_from_path(detail::path_from_utf8(path).filename());
}

}  // namespace boomerang::io
