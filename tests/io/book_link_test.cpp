// Links to books (io/book_link.hpp): every preset, as it is and with three edits, fits a
// short link; any book fits a compressed one; what a link holds opens as the same book.
// The lengths are printed, and the limits are the ones mail clients and chat apps keep whole.
#include "io/book_link.hpp"
#include "../fixtures/preset_books.hpp"
#include "../support.hpp"
#include "io/json_format.hpp"
#include "io/permalink.hpp"
#include "io/presets.hpp"
#include "io/raw_deflate.hpp"

#include <doctest/doctest.h>

using namespace boomerang;

namespace {

using testing::preset_books_folder;

// Links to a preset (as it is or with a few edits) stay within this, any single-deal book
// within the next, the whole deal web within the last.
constexpr std::size_t preset_link_limit = 300;
constexpr std::size_t single_deal_link_limit = 1500;
constexpr std::size_t deal_web_link_limit = 4000;

std::optional<std::string> preset_text(const io::PresetVersion& preset) {
    const std::string path = preset_books_folder + io::preset_file_name(preset);
    if (!std::filesystem::exists(path)) return std::nullopt;
    return testing::read_bytes(path);
}

struct Preset {
    io::PresetVersion version;
    io::BookFile file;
};

std::vector<Preset> presets() {
    std::vector<Preset> out;
    for (const std::string& name : testing::preset_book_names()) {
        const auto version = io::preset_version_of(name);
        REQUIRE_MESSAGE(version, name);
        out.push_back({*version, testing::load_book_file(name).file});
    }
    return out;
}

// The preset with its first three dollar or gigawatt values of a deal raised by 10%.
io::BookFile with_three_edits(const io::BookFile& preset, std::vector<std::string>& edited_paths) {
    io::json::Json json = io::json::Json::parse(io::save_book(preset), nullptr, false);
    int edits = 0;
    for (auto& deal : json["deals"]) {
        for (auto block = deal.begin(); block != deal.end() && edits < 3; ++block) {
            if (!block.value().is_object()) continue;
            for (auto value = block.value().begin(); value != block.value().end() && edits < 3; ++value) {
                const std::string& key = value.key();
                if (!value.value().is_number() || !(key.ends_with("_usd") || key.ends_with("_gw"))) continue;
                value.value() = value.value().get<double>() * 1.1;
                edited_paths.push_back("deals." + deal["id"].get<std::string>() + "." + block.key() + "." + key);
                ++edits;
            }
        }
    }
    const auto edited = io::load_book(json.dump());
    REQUIRE_MESSAGE(edited.ok(), (edited.ok() ? "" : edited.error().message));
    return edited->file;
}

}  // namespace

TEST_CASE("a preset link holds the preset's version and edits, and opens the same book") {
    for (const Preset& preset : presets()) {
        INFO(preset.version.id);
        const std::string link = io::encode_preset_link(preset.version, preset.file, preset.file);
        MESSAGE(preset.version.id, " as it is: ", link.size(), " characters");
        CHECK(link.size() + 1 <= preset_link_limit);
        const auto opened = io::decode_preset_link("#" + link, preset_text);
        REQUIRE(opened.ok());
        CHECK(opened->file == preset.file);  // citations included

        std::vector<std::string> edited_paths;
        const io::BookFile edited = with_three_edits(preset.file, edited_paths);
        const std::string edited_link = io::encode_preset_link(preset.version, preset.file, edited);
        MESSAGE(preset.version.id, " with ", edited_paths.size(), " edits: ", edited_link.size(), " characters");
        CHECK(edited_link.size() + 1 <= preset_link_limit);
        const auto reopened = io::decode_preset_link(edited_link, preset_text);
        REQUIRE(reopened.ok());
        CHECK(io::same_book(reopened->file.book, edited.book));
        for (const std::string& path : edited_paths) {
            INFO(path);
            CHECK_FALSE(reopened->file.sources.count(path));  // the edited value is no longer the source's
        }
        for (const auto& [path, citation] : preset.file.sources) {
            const bool edited_here = std::find(edited_paths.begin(), edited_paths.end(), path) != edited_paths.end();
            if (!edited_here && path.find(".tranches") == std::string::npos) CHECK(reopened->file.sources.count(path));
        }
    }
}

TEST_CASE("any book fits a compressed link: each preset within 1,500 characters, the deal web within 4,000") {
    for (const Preset& preset : presets()) {
        INFO(preset.version.id);
        const std::string link = io::encode_book_link(io::raw_deflate(io::save_book_compact(preset.file)));
        MESSAGE(preset.version.id, ": #b1. link of ", link.size(), " characters for ", preset.file.book.deals.size(),
                " deals");
        const std::size_t limit = preset.version.id == "deal-web" ? deal_web_link_limit : single_deal_link_limit;
        CHECK(link.size() + 1 <= limit);
        const auto bytes = io::book_link_deflated("#" + link);
        REQUIRE(bytes.ok());
        const auto text = io::raw_inflate(*bytes, io::max_book_bytes);
        REQUIRE(text.ok());
        const auto opened = io::load_book(*text);
        REQUIRE(opened.ok());
        CHECK(io::same_book(opened->file.book, preset.file.book));
    }
}

TEST_CASE("a damaged or foreign link says what is wrong") {
    const auto refusal = [](const std::string& link) {
        const auto opened = io::decode_preset_link(link, preset_text);
        REQUIRE_FALSE(opened.ok());
        return opened.error().message;
    };
    CHECK(refusal("#p1.amd-openai.99") ==
          "The link names version 99 of the preset \"amd-openai\", which this version of Boomerang does not have");
    CHECK(refusal("#p1.amd-openai") == "The link is damaged: a preset link reads \"#p1.<preset>.<version>.<edits>\"");
    CHECK(refusal("#p1.../..1") == "The link is damaged: a preset link reads \"#p1.<preset>.<version>.<edits>\"");
    CHECK(refusal("#p1.amd-openai.1.!!").rfind("The link is damaged: its edits are not base64url", 0) == 0);
    CHECK(refusal("#p1.amd-openai.1." + io::base64url_encode(R"([["/deals/9/title","x"]])")) ==
          "The link is damaged: edit 1: \"/deals/9/title\" names nothing in the preset");
    CHECK(refusal("#p1.amd-openai.1." + io::base64url_encode(R"([["/window/first_year",1800]])")) ==
          "window.first_year must be a whole number ≥ 1990 and ≤ 2100 (got 1800)");
    CHECK(refusal("#s1.abc") == "The link is not a Boomerang preset link: it should start with \"#p1.\"");
    const auto truncated = io::raw_inflate(io::raw_deflate(std::string(5000, 'x')).substr(0, 5), io::max_book_bytes);
    CHECK_FALSE(truncated.ok());
    const auto bomb = io::raw_inflate(io::raw_deflate(std::string(2'000'000, 'x')), 1'000'000);
    REQUIRE_FALSE(bomb.ok());
    CHECK(bomb.error().message == "it unpacks to more than 0 MB");
}

TEST_CASE("what a book link unpacks to is read as a book file, and what went wrong is said as the link's") {
    const auto all = presets();
    const Preset& preset = all.front();
    const auto opened = io::load_book_link_text(io::save_book_compact(preset.file));
    REQUIRE(opened.ok());
    CHECK(io::same_book(opened->file.book, preset.file.book));

    const auto refusal = [](std::string_view inflated) {
        const auto loaded = io::load_book_link_text(inflated);
        REQUIRE_FALSE(loaded.ok());
        return loaded.error().message;
    };
    CHECK(refusal("{\"title\": \"caf\xE9\"}") ==
          "The link is damaged: what it holds is not text (was it cut short or changed?)");
    CHECK(
        refusal(R"({"schema": "someone-else/thing@3"})") ==
        "The link is damaged: schema \"someone-else/thing@3\" is not a Boomerang book; expected \"boomerang/book@1\"");
    CHECK(io::inflate_refusal(io::InflateProblem::too_large).message ==
          "The link is damaged: it unpacks to more than 4194304 bytes, more than a book file may hold");
    CHECK(io::inflate_refusal(io::InflateProblem::not_deflate).message ==
          "The link is damaged: its data does not unpack (was it cut short or changed?)");
    CHECK(io::book_too_large(5'000'000).message ==
          "The file is 5000000 bytes long; a book file may be at most 4194304 bytes (4 MiB)");
}

TEST_CASE("preset files are named by id and version") {
    CHECK(io::preset_version_of("amd-openai-v2.json") == io::PresetVersion{"amd-openai", 2});
    CHECK(io::preset_file_name({"deal-web", 1}) == "deal-web-v1.json");
    for (const char* bad : {"amd-openai.json", "amd-openai-v0.json", "amd-openai-v01.json", "-v1.json", "AMD-v1.json",
                            "../x-v1.json", "amd-openai-v1.txt"}) {
        CHECK_FALSE(io::preset_version_of(bad).has_value());
    }
    for (const auto& entry : std::filesystem::directory_iterator(preset_books_folder)) {
        const std::string name = entry.path().filename().string();
        if (name == "index.json" || entry.path().extension() != ".json") continue;
        CHECK_MESSAGE(io::preset_version_of(name).has_value(), name);
    }
}
