// boomerang-cli (docs/CLI.md), run as a user would: exit codes 0 success, 1 invalid input,
// 2 usage error; results on stdout, problems on stderr.
#include "version/version.hpp"

#include <nlohmann/json.hpp>

#include "../support.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using boomerang::testing::read_bytes;
using boomerang::testing::write_bytes;

namespace {

const fs::path presets = fs::path(BOOMERANG_SOURCE_DIR) / "assets" / "scenarios";

// A folder of its own for each test process, removed at exit.
struct Scratch {
    fs::path folder = fs::temp_directory_path() / ("boomerang-cli-test-" + std::to_string(getpid()));
    Scratch() { fs::create_directories(folder); }
    ~Scratch() { fs::remove_all(folder); }
};
const Scratch scratch;

fs::path write(const std::string& name, const std::string& text) {
    const fs::path path = scratch.folder / name;
    write_bytes(path, text);
    return path;
}

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the CLI with `arguments` (shell syntax), stdout captured, stderr kept in a file.
Run run(const std::string& arguments) {
    const fs::path err = scratch.folder / "stderr.txt";
    const std::string command = "'" + std::string(BOOMERANG_CLI_PATH) + "' " + arguments + " 2>'" + err.string() + "'";
    Run result;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
        result.out.append(buffer, n);
    }
    const int status = pclose(pipe);
    REQUIRE(WIFEXITED(status));
    result.exit_code = WEXITSTATUS(status);
    result.err = read_bytes(err);
    return result;
}

std::string preset(const std::string& name) { return "'" + (presets / name).string() + "'"; }

}  // namespace

TEST_CASE("--help and --version print to stdout and succeed") {
    for (const char* flag : {"--help", "-h", "eval --help"}) {
        const Run r = run(flag);
        CHECK(r.exit_code == 0);
        CHECK(r.out.rfind("Usage:\n  boomerang-cli eval [--json | --csv] FILE", 0) == 0);
    }
    const Run version = run("--version");
    CHECK(version.exit_code == 0);
    // BOOMERANG_PROJECT_VERSION: project(boomerang VERSION ...) in CMakeLists.txt; the commit
    // is the one the build read from git (tests/version/version_test.cpp).
    const std::string commit(boomerang::version::commit());
    CHECK(version.out == "boomerang-cli " BOOMERANG_PROJECT_VERSION " (commit " + commit +
                             ")\nreads boomerang/book@1 and boomerang/scenario@1\n");
}

TEST_CASE("eval prints every output as a table for people") {
    const Run r = run("eval " + preset("anthropic-spacex.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("Anthropic → SpaceX: $15B of compute, 90 days' notice\n", 0) == 0);
    // Label, value, key: $1.25B a month x 3 months of notice.
    const std::size_t start = r.out.find("\n  Firm value ");
    REQUIRE(start != std::string::npos);
    const std::string line = r.out.substr(start + 1, r.out.find('\n', start + 1) - start - 1);
    CHECK(line.size() > std::string("  Firm value  $3.75B  firm_value_usd").size());
    CHECK(line.substr(line.size() - 22) == "$3.75B  firm_value_usd");
    for (const char* section : {"\nCapacity\n", "\nCommitment\n", "\nCircularity\n", "\nNetwork\n", "\nSupply\n"}) {
        CHECK(r.out.find(section) != std::string::npos);
    }
}

TEST_CASE("eval --json prints only JSON on stdout, with every model's results") {
    const Run r = run("eval --json " + preset("anthropic-spacex.json"));
    CHECK(r.exit_code == 0);
    const auto json = nlohmann::json::parse(r.out, nullptr, false);
    REQUIRE_FALSE(json.is_discarded());
    CHECK(json["schema"] == "boomerang/results@1");
    CHECK(json["commitment"]["firm_value_usd"] == 3.75e9);
    CHECK(json["commitment"]["schedule"].size() == 13);  // months 0 to 12
    CHECK(json["network"]["companies"][0]["name"] == "Anthropic");
    CHECK(json["supply"]["series"].size() == 10);  // horizon_years
    CHECK(json["circularity"].contains("investment_tranches"));
    CHECK(json["capacity"].contains("cost_usd_per_gpu_hour"));
}

TEST_CASE("eval --csv prints the commitment schedule, one row a month") {
    const Run r = run("eval --csv " + preset("anthropic-spacex.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("month,paid_usd,paid_cumulative_usd,committed_usd,firm_usd,expected_usd\r\n"
                      "0,0.0,0.0,15000000000.0,3750000000.0,",
                      0) == 0);
    std::size_t rows = 0;
    for (std::size_t at = 0; (at = r.out.find("\r\n", at)) != std::string::npos; at += 2) ++rows;
    CHECK(rows == 14);  // the header and months 0 to 12
}

TEST_CASE("- reads the scenario from standard input") {
    const Run r = run("check - < " + preset("openai-1t.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.out == "ok\n");
}

TEST_CASE("check says ok, and prints warnings on stderr") {
    const Run clean = run("check " + preset("amd-openai.json"));
    CHECK(clean.exit_code == 0);
    CHECK(clean.out == "ok\n");
    CHECK(clean.err.empty());

    const fs::path typo = write("typo.json", R"({"schema": "boomerang/scenario@1",
                                                 "capacity": {"capcity_gw": 3}})");
    const Run warned = run("check '" + typo.string() + "'");
    CHECK(warned.exit_code == 0);
    CHECK(warned.out == "ok\n");
    CHECK(warned.err ==
          "warning: " + typo.string() + ": unknown key capacity.capcity_gw (did you mean capacity_gw?)\n");
}

TEST_CASE("an invalid scenario exits 1, and stderr names the field and the problem") {
    std::string text = read_bytes(presets / "amd-openai.json");
    const std::string good = "\"capacity_gw\": 6";
    REQUIRE(text.find(good) != std::string::npos);
    text.replace(text.find(good), good.size(), "\"capacity_gw\": -6");
    const fs::path corrupted = write("corrupted.json", text);

    const Run checked = run("check '" + corrupted.string() + "'");
    CHECK(checked.exit_code == 1);
    CHECK(checked.out.empty());
    CHECK(checked.err ==
          "error: " + corrupted.string() + ": capacity.capacity_gw must be a finite number > 0 (got -6)\n");

    const Run json = run("eval --json '" + corrupted.string() + "'");
    CHECK(json.exit_code == 1);
    CHECK(json.out.empty());
}

TEST_CASE("a file larger than any book is refused with its whole size, from a file or standard input") {
    const fs::path huge =
        write("huge.json", R"({"schema": "boomerang/book@1", "title": ")" + std::string(5'000'000, ' ') + "\"}");
    const std::string size = std::to_string(fs::file_size(huge));
    const std::string why = ": The file is " + size + " bytes long; a book file may be at most 4194304 bytes (4 MiB)\n";
    const Run named = run("check '" + huge.string() + "'");
    CHECK(named.exit_code == 1);
    CHECK(named.err == "error: " + huge.string() + why);
    const Run piped = run("check - < '" + huge.string() + "'");
    CHECK(piped.exit_code == 1);
    CHECK(piped.err == "error: -" + why);
}

TEST_CASE("a file that cannot be read exits 1 with the system's reason") {
    const Run missing = run("eval '" + (scratch.folder / "nope.json").string() + "'");
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("No such file or directory") != std::string::npos);

    const Run folder = run("check '" + scratch.folder.string() + "'");
    CHECK(folder.exit_code == 1);
    CHECK(folder.err.find("Is a directory") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and point to --help") {
    for (const std::string arguments : {"", "frobnicate x.json", "eval", "check", "eval --yaml x.json",
                                        "check --json x.json", "eval --json --csv x.json", "eval a.json b.json"}) {
        INFO("arguments: ", arguments);
        const Run r = run(arguments);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("Try 'boomerang-cli --help'.") != std::string::npos);
    }
}

// ---- Books ---------------------------------------------------------------------------------

namespace {

std::string book(const std::string& name) {
    return "'" + (fs::path(BOOMERANG_SOURCE_DIR) / "assets" / "books" / name).string() + "'";
}

}  // namespace

TEST_CASE("eval reads a book: each deal with the figures of its own blocks, then the book") {
    const Run r = run("eval " + book("anthropic-spacex-v1.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("  Compute rental\n") != std::string::npos);
    CHECK(r.out.find("  Payments and exit terms\n") != std::string::npos);
    // A rental has no capacity block, so no GPUs bought, no capex.
    CHECK(r.out.find("Capacity bought") == std::string::npos);
    CHECK(r.out.find("total_capex_usd") == std::string::npos);
    CHECK(r.out.find("\nThe book\n") != std::string::npos);
}

TEST_CASE("eval --json on a book lists only the figures a deal's blocks give") {
    const Run r = run("eval --json " + book("anthropic-spacex-v1.json"));
    CHECK(r.exit_code == 0);
    const auto json = nlohmann::json::parse(r.out, nullptr, false);
    REQUIRE_FALSE(json.is_discarded());
    CHECK(json["schema"] == "boomerang/book-results@1");
    const auto& figures = json["deals"][0]["figures"];
    CHECK(figures.contains("rental"));
    CHECK(figures.contains("exit"));
    CHECK_FALSE(figures.contains("capacity"));
    CHECK_FALSE(figures.contains("warrants"));
    // $1.25B a month over 220,000 GPUs (TechCrunch, 20 May 2026; Anthropic, 6 May 2026).
    CHECK(figures["rental"]["usd_per_gpu_hour"].get<double>() == doctest::Approx(1.25e9 / (220'000 * 730.0)));
    CHECK(json["attribution_rules"].contains("fungible"));
    CHECK(json["attribution_rules"].contains("earmarked"));
}

TEST_CASE("eval --csv on a book prints one row per figure shown") {
    const Run r = run("eval --csv " + book("anthropic-spacex-v1.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("deal_id,deal_title,block,figure,value,unit\r\n", 0) == 0);
    CHECK(r.out.find(",rental,total_usd,") != std::string::npos);
    CHECK(r.out.find(",capacity,") == std::string::npos);
}

TEST_CASE("table prints every value of a book with its citation") {
    const Run r = run("table " + book("amd-openai-v1.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("deal_id,deal_title,buyer,seller,status,path,value,kind,source,quote,note,cited_at\r\n", 0) == 0);
    CHECK(r.out.find("deals.amd-openai.exit.binding_gw,1.0,source,") != std::string::npos);
    CHECK(r.out.find(",uncited,") == std::string::npos);
}

TEST_CASE("explain says what binds under each deal's status, then what each figure means") {
    const Run r = run("explain " + book("broadcom-openai-v1.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("  Letter of intent (as of 2025-10-13): nothing in it binds, so its firm value is $0.\n") !=
          std::string::npos);
    CHECK(r.out.find("at $25B per GW (the book's assumption)") != std::string::npos);
}

TEST_CASE("convert turns a scenario@1 file into a book that loads") {
    const Run r = run("convert " + preset("anthropic-spacex.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("\"schema\": \"boomerang/book@1\"") != std::string::npos);
    const fs::path converted = write("converted.json", r.out);
    const Run check = run("check '" + converted.string() + "'");
    CHECK(check.exit_code == 0);
    CHECK(check.out == "ok\n");
    const Run again = run("convert '" + converted.string() + "'");
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("it is already a book") != std::string::npos);
}

TEST_CASE("link prints the shortest link that opens the book, and every command reads it") {
    SUBCASE("a preset as it is: its id and version") {
        const Run r = run("link " + book("amd-openai-v1.json"));
        CHECK(r.exit_code == 0);
        CHECK(r.out == "#p1.amd-openai.1\n");
        const Run eval = run("eval --json '#p1.amd-openai.1'");
        CHECK(eval.exit_code == 0);
        CHECK(eval.out.find("\"id\": \"amd-openai\"") != std::string::npos);
    }
    SUBCASE("an edited preset: the preset and the edits") {
        std::string text = read_bytes(fs::path(BOOMERANG_SOURCE_DIR) / "assets" / "books" / "amd-openai-v1.json");
        const std::string from = "\"capacity_gw\": 6";
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), "\"capacity_gw\": 5");
        const fs::path edited = write("amd-5gw.json", text);
        const Run r = run("link --preset amd-openai-v1 '" + edited.string() + "'");
        CHECK(r.exit_code == 0);
        CHECK(r.out.rfind("#p1.amd-openai.1.", 0) == 0);
        CHECK(r.out.size() < 300);
        const Run eval = run("eval --json '" + r.out.substr(0, r.out.size() - 1) + "'");
        const auto json = nlohmann::json::parse(eval.out, nullptr, false);
        REQUIRE_FALSE(json.is_discarded());
        CHECK(json["deals"][0]["figures"]["capacity"]["capacity_gw"] == 5);
    }
    SUBCASE("any other book: compressed") {
        const Run converted = run("convert " + preset("amd-openai.json"));
        const fs::path file = write("converted-amd.json", converted.out);
        const Run r = run("link '" + file.string() + "'");
        CHECK(r.exit_code == 0);
        CHECK(r.out.rfind("#b1.", 0) == 0);
        const Run check = run("check '" + r.out.substr(0, r.out.size() - 1) + "'");
        CHECK(check.exit_code == 0);
        CHECK(check.out == "ok\n");
    }
    SUBCASE("a version this build does not have") {
        const Run r = run("eval '#p1.amd-openai.99'");
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("version 99 of the preset \"amd-openai\", which this version of Boomerang does not have") !=
              std::string::npos);
    }
}

TEST_CASE("parse prints the draft deals a sentence describes, as JSON, and --book a book that evaluates") {
    const std::string sentence = "'Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic.'";
    const Run r = run("parse --date 2025-11-18 " + sentence);
    REQUIRE(r.exit_code == 0);
    const auto out = nlohmann::json::parse(r.out);
    CHECK(out.at("schema") == "boomerang/headline@1");
    REQUIRE(out.at("drafts").size() == 2);
    const auto& first = out.at("drafts").at(0).at("fields");
    CHECK(std::any_of(first.begin(), first.end(), [](const auto& f) {
        return f.at("key") == "financing.amount_usd" && f.at("value") == 10e9 && f.at("bound") == "up_to" &&
               f.at("quote") == "up to $10 billion";
    }));
    // From standard input too; the book it prints is one eval reads.
    const fs::path text = write("sentence.txt", "Anthropic will pay SpaceX $1.25 billion per month through May 2029.");
    const Run book = run("parse --book --date 2026-05-20 - < '" + text.string() + "'");
    REQUIRE(book.exit_code == 0);
    const fs::path saved = write("parsed-book.json", book.out);
    const Run eval = run("eval '" + saved.string() + "'");
    CHECK(eval.exit_code == 0);
    CHECK(eval.out.find("$1.25B/month") != std::string::npos);
}

TEST_CASE("parse says why when it reads no deal, and refuses a malformed --date") {
    const Run empty = run("parse ''");
    CHECK(empty.exit_code == 1);
    CHECK(empty.err.find("no text to read") != std::string::npos);
    const Run nothing = run("parse 'The weather was fine.'");
    CHECK(nothing.exit_code == 1);
    CHECK(nothing.err.find("Found no deal terms") != std::string::npos);
    const Run bad_date = run("parse --date May 'Nvidia will invest $5 billion in Intel.'");
    CHECK(bad_date.exit_code == 2);
    CHECK(bad_date.err.find("--date needs a day") != std::string::npos);
    CHECK(run("parse").exit_code == 2);
}
