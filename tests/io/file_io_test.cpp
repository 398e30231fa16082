// Reading and saving files: a save replaces the file whole or not at all, and every
// refusal names the file and the operating system's reason.
#include "io/file_io.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>
#ifndef _WIN32
#include <unistd.h>
#endif

#include <filesystem>
#include <string>
#include <vector>

using namespace boomerang;
using boomerang::testing::read_bytes;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;

namespace {

// Bytes a text editor would mangle: NUL, CR LF, invalid UTF-8, no final newline.
const std::string awkward_bytes = std::string("line 1\r\nnul:") + '\0' + "\xff\xfe end";

}  // namespace

TEST_CASE("a saved file reads back byte for byte") {
    TempFolder folder;
    const std::string path = folder / "deal.json";
    CHECK(io::write_file_atomically(path, awkward_bytes) == "");
    const auto read = io::read_text_file(path, 1024);
    REQUIRE_MESSAGE(read.ok(), read.error().message);
    CHECK(read.value() == awkward_bytes);
    CHECK(folder.entries() == std::vector<std::string>{"deal.json"});
}

#ifndef _WIN32
TEST_CASE("saving over an existing file replaces it whole and keeps its permissions") {
    TempFolder folder;
    const std::string path = folder / "deal.json";
    write_bytes(path, std::string(10000, 'x'));
    REQUIRE(::chmod(path.c_str(), 0640) == 0);

    CHECK(io::write_file_atomically(path, "short") == "");
    // No tail of the longer old content survives.
    CHECK(read_bytes(path) == "short");
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0640);
    // The temporary file was renamed, not left next to the file.
    CHECK(folder.entries() == std::vector<std::string>{"deal.json"});
}
#else
// Windows has no mode bits: the new file takes the folder's permissions, and a read-only
// file is refused rather than replaced (src/io/file_io_windows.cpp).
TEST_CASE("saving over an existing file replaces it whole, and a read-only file is refused intact") {
    TempFolder folder;
    const std::string path = folder / "deal.json";
    write_bytes(path, std::string(10000, 'x'));
    CHECK(io::write_file_atomically(path, "short") == "");
    CHECK(read_bytes(path) == "short");
    CHECK(folder.entries() == std::vector<std::string>{"deal.json"});

    REQUIRE(::_chmod(path.c_str(), _S_IREAD) == 0);
    CHECK(io::write_file_atomically(path, "new") == "cannot save " + path + ": Permission denied");
    CHECK(read_bytes(path) == "short");
    CHECK(folder.entries() == std::vector<std::string>{"deal.json"});
    REQUIRE(::_chmod(path.c_str(), _S_IREAD | _S_IWRITE) == 0);  // so the folder can be removed
}
#endif

// "é" is C3 A9 and "€" E2 82 AC in UTF-8 (RFC 3629): on Windows the name must reach the
// system as those characters, not as the ANSI code page's reading of the bytes.
TEST_CASE("a file whose name is not ASCII is saved, read and named by its UTF-8 name") {
    TempFolder folder;
    const std::string name =
        "d\xC3\xA9"
        "al \xE2\x82\xAC.json";
    const std::string path = folder / name;
    CHECK(io::write_file_atomically(path, awkward_bytes) == "");
    const auto read = io::read_text_file(path, 1024);
    REQUIRE_MESSAGE(read.ok(), read.error().message);
    CHECK(read.value() == awkward_bytes);
    CHECK(folder.entries() == std::vector<std::string>{name});
    CHECK(io::file_name(path) == name);
}

TEST_CASE("a save that cannot complete says why, names the file and leaves the old one intact") {
    TempFolder folder;
    const std::string previous = "{\"title\": \"the previous version\"}\n";

    SUBCASE("the folder does not exist") {
        const std::string path = folder / "missing/deal.json";
        const std::string message = io::write_file_atomically(path, "new");
        CHECK(message == "cannot save " + path + ": No such file or directory");
        CHECK(folder.entries().empty());
    }
    SUBCASE("the path is a folder") {
        const std::string path = folder / "deal.json";
        REQUIRE(std::filesystem::create_directory(path));
        write_bytes(path + "/inside.json", previous);
        const std::string message = io::write_file_atomically(path, "new");
        CHECK(message == "cannot save " + path + ": Is a directory");
        CHECK(read_bytes(path + "/inside.json") == previous);
        // The temporary file written before the rename was refused is gone.
        CHECK(folder.entries() == std::vector<std::string>{"deal.json"});
    }
    SUBCASE("the folder is read-only") {
#ifdef _WIN32
        return;  // a folder's read-only attribute does not stop Windows writing in it
#else
        // root ignores permissions, so as root the save would succeed: nothing to check.
        if (::geteuid() == 0) return;
#endif
        const std::string path = folder / "deal.json";
        write_bytes(path, previous);
        REQUIRE(::chmod(folder.path().c_str(), 0555) == 0);
        const std::string message = io::write_file_atomically(path, "new");
        CHECK(message == "cannot save " + path + ": Permission denied");
        CHECK(read_bytes(path) == previous);
        CHECK(folder.entries() == std::vector<std::string>{"deal.json"});
    }
}

TEST_CASE("reading refuses what is not a scenario-sized file, saying why") {
    TempFolder folder;

    SUBCASE("a missing file, with the operating system's reason") {
        const auto read = io::read_text_file(folder / "nope.json", 1024);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message == "cannot open " + (folder / "nope.json") + ": No such file or directory");
    }
    SUBCASE("a folder") {
        const auto read = io::read_text_file(folder.path(), 1024);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message == "cannot open " + folder.path() + ": it is a folder, not a file");
    }
    SUBCASE("a file one byte over the limit, with both sizes, exactly") {
        const std::string path = folder / "big.json";
        write_bytes(path, std::string(1025, ' '));
        const auto read = io::read_text_file(path, 1024);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message == "cannot open " + path + ": it is 1,025 bytes, over the limit of 1,024 bytes");
    }
    SUBCASE("a file exactly at the limit is read") {
        const std::string path = folder / "full.json";
        write_bytes(path, std::string(1024, ' '));
        const auto read = io::read_text_file(path, 1024);
        REQUIRE(read.ok());
        CHECK(read.value().size() == 1024);
    }
}

#ifndef _WIN32
TEST_CASE("paths are remembered absolute, and shown by their file name") {
    const std::string cwd = std::filesystem::current_path().string();
    CHECK(io::absolute_path("deals/../deal.json") == cwd + "/deal.json");
    CHECK(io::absolute_path("/home/ann/./deals/deal.json") == "/home/ann/deals/deal.json");
    const testing::ScopedEnv home("HOME", "/home/ann");
    CHECK(io::absolute_path("~/deals/deal.json") == "/home/ann/deals/deal.json");
    CHECK(io::absolute_path("~ann/deal.json") == cwd + "/~ann/deal.json");
    CHECK(io::file_name("/home/ann/deal.json") == "deal.json");
    CHECK(io::file_name("deal.json") == "deal.json");
}
#else
TEST_CASE("paths are remembered absolute with the drive, and shown by their file name") {
    const std::string cwd = testing::utf8(std::filesystem::current_path());
    CHECK(io::absolute_path("deals/../deal.json") == cwd + "\\deal.json");
    CHECK(io::absolute_path("C:/Users/ann/./deals/deal.json") == "C:\\Users\\ann\\deals\\deal.json");
    const testing::ScopedEnv home("HOME", nullptr);
    const testing::ScopedEnv profile("USERPROFILE", "C:\\Users\\ann");
    CHECK(io::absolute_path("~/deals/deal.json") == "C:\\Users\\ann\\deals\\deal.json");
    CHECK(io::file_name("C:\\Users\\ann\\deal.json") == "deal.json");
    CHECK(io::file_name("C:/Users/ann/deal.json") == "deal.json");
}
#endif
