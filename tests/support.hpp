// Helpers for tests that touch the file system or the environment: a scratch folder,
// whole-file reads and writes, and environment variables set for one test.
#pragma once

#include <doctest/doctest.h>

#include <stdlib.h>  // mkdtemp, setenv, unsetenv; _putenv_s on Windows

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace boomerang::testing {

// A path's UTF-8 text and back, as src/io keeps paths (on Windows path::string() would give
// the ANSI code page; elsewhere the bytes pass unchanged).
inline std::string utf8(const std::filesystem::path& path) {
#ifdef _WIN32
    const std::u8string text = path.u8string();
    return {text.begin(), text.end()};
#else
    return path.string();
#endif
}
inline std::filesystem::path fs_path(const std::string& utf8_path) {
#ifdef _WIN32
    return std::u8string(utf8_path.begin(), utf8_path.end());
#else
    return utf8_path;
#endif
}

// A fresh folder under $TMPDIR (or /tmp) for one test, removed with its contents afterwards.
class TempFolder {
public:
    TempFolder() {
#ifdef _WIN32
        // Windows has no mkdtemp: a random name, created only if it is new.
        const std::filesystem::path temp = std::filesystem::temp_directory_path();
        std::random_device random;
        std::filesystem::path folder;
        do {
            folder = temp / ("boomerang-test-" + std::to_string(random()));
        } while (!std::filesystem::create_directory(folder));
        path_ = utf8(folder);
#else
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && tmp[0] ? tmp : "/tmp") + "/boomerang-test-XXXXXX";
        REQUIRE_MESSAGE(::mkdtemp(pattern.data()) != nullptr, "cannot create a folder like ", pattern);
        path_ = pattern;
#endif
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::permissions(fs_path(path_), std::filesystem::perms::owner_all, ignored);
        std::filesystem::remove_all(fs_path(path_), ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    // `name` inside the folder, with the system's separator ('\\' on Windows, where the app
    // shows paths so: io::absolute_path).
    std::string operator/(std::string name) const {
#ifdef _WIN32
        std::replace(name.begin(), name.end(), '/', '\\');
        return path_ + "\\" + name;
#else
        return path_ + "/" + name;
#endif
    }
    const std::string& path() const { return path_; }

    // Names of everything in the folder, hidden files included, sorted.
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(fs_path(path_))) {
            names.push_back(utf8(entry.path().filename()));
        }
        std::sort(names.begin(), names.end());
        return names;
    }

private:
    std::string path_;
};

// Paths as std::filesystem::path, so that on Windows a path the tests build with `/` reaches
// the wide-character file calls.
inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    REQUIRE_MESSAGE(out.good(), "cannot write ", path);
}

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read ", path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Sets (or, given nullptr, unsets) an environment variable and puts it back afterwards.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        set(name, value);
    }
    ~ScopedEnv() { set(name_, old_ ? old_->c_str() : nullptr); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    static void set(const char* name, const char* value) {
#ifdef _WIN32
        ::_putenv_s(name, value ? value : "");  // "" removes the variable
#else
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
#endif
    }

    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace boomerang::testing
