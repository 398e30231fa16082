// boomerang-cli: evaluate and check books of deals (and scenario@1 files) from the command line.
// Usage and exit codes: docs/CLI.md (and `boomerang-cli --help`).
#include "cli/book_report.hpp"
#include "cli/report.hpp"
#include "io/book_csv.hpp"
#include "io/book_json.hpp"
#include "io/book_link.hpp"
#include "io/book_results_json.hpp"
#include "io/csv.hpp"
#include "io/file_io.hpp"
#include "io/format.hpp"
#include "io/headline_deals.hpp"
#include "io/json_format.hpp"
#include "io/permalink.hpp"
#include "io/raw_deflate.hpp"
#include "io/readouts.hpp"
#include "io/results_json.hpp"
#include "io/scenario_conversion.hpp"
#include "io/scenario_json.hpp"
#include "presets/preset_books.hpp"
#include "version/version.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace boomerang;

// Exit codes.
constexpr int ok = 0;
constexpr int invalid_input = 1;
constexpr int usage_error = 2;

constexpr const char* usage = R"(Usage:
  boomerang-cli eval [--json | --csv] FILE   evaluate a book or scenario; print every output
  boomerang-cli check FILE                   validate it; print warnings and "ok"
  boomerang-cli explain FILE                 say what each figure of each deal means, and how
                                             it is computed with the deal's numbers
  boomerang-cli table FILE                   print every value of a book with its citation (CSV)
  boomerang-cli convert FILE                 print a scenario@1 file or #s1. link as a book
  boomerang-cli link [--preset NAME] FILE    print a link that opens it (#p1.…, #b1.… or #s1.…)
  boomerang-cli parse [--book] [--date D] TEXT
                                             read a sentence about a deal (or - for standard
                                             input) and print the draft deals as JSON
  boomerang-cli --help | -h                  show this help
  boomerang-cli --version                    show the version and the git commit

FILE is a book file (docs/BOOK.md), a scenario@1 file (docs/SCENARIO.md), - to read
standard input, or a Boomerang link (a URL or just its fragment, "#p1.…", "#b1.…" or
"#s1.…": quote it for the shell).
  --json   print the results as JSON (boomerang/book-results@1 for a book,
           boomerang/results@1 for a scenario) instead of a table
  --csv    print a book's figures, or a scenario's commitment schedule, as CSV
  --book   with parse: print only the book the drafts make (boomerang/book@1)
  --date D with parse: the day the text was written (YYYY-MM-DD), which resolves "this
           year" and stands in for a start the text does not give
  --preset NAME  with link: the book as edits of that preset version ("amd-openai-v1");
           without it, a book identical to a preset gets the preset's link, any other
           book a compressed one

Exit status: 0 success, 1 invalid or unreadable input, 2 usage error.
)";

enum class Output { table, json, csv };

struct Command {
    std::string name;  // "eval", "check", "explain", "table", "convert", "link", "parse", "help" or "version"
    Output output = Output::table;
    std::string preset;      // link --preset
    bool book_only = false;  // parse --book
    std::string date;        // parse --date
    std::string file;        // for parse: the text, or - for standard input
};

int fail_usage(const std::string& problem) {
    std::fprintf(stderr, "boomerang-cli: %s\nTry 'boomerang-cli --help'.\n", problem.c_str());
    return usage_error;
}

// The command line, or the exit code of a usage error already reported.
std::optional<Command> parse_arguments(const std::vector<std::string_view>& args, int& exit_code) {
    Command command;
    bool have_file = false;
    for (std::string_view arg : args) {
        if (arg == "--help" || arg == "-h") {
            command.name = "help";
            return command;
        }
        if (arg == "--version") {
            command.name = "version";
            return command;
        }
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (command.name.empty()) {
            if (arg != "eval" && arg != "check" && arg != "explain" && arg != "table" && arg != "convert" &&
                arg != "link" && arg != "parse") {
                exit_code = fail_usage("unknown command '" + std::string(arg) + "'");
                return std::nullopt;
            }
            command.name = std::string(arg);
        } else if (arg == "--json" || arg == "--csv") {
            if (command.name != "eval" || command.output != Output::table) {
                exit_code =
                    fail_usage(std::string(arg) + " only goes with eval, and only once " + "with --json or --csv");
                return std::nullopt;
            }
            command.output = arg == "--json" ? Output::json : Output::csv;
        } else if (arg == "--book" && command.name == "parse") {
            command.book_only = true;
        } else if (arg == "--date") {
            if (command.name != "parse" || i + 1 >= args.size()) {
                exit_code = fail_usage("--date goes with parse and needs a day, such as 2026-05-06");
                return std::nullopt;
            }
            command.date = std::string(args[++i]);
        } else if (arg == "--preset") {
            if (command.name != "link" || i + 1 >= args.size()) {
                exit_code = fail_usage("--preset goes with link and needs a preset name, such as amd-openai-v1");
                return std::nullopt;
            }
            command.preset = std::string(args[++i]);
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] != '#') {
            exit_code = fail_usage("unknown option '" + std::string(arg) + "'");
            return std::nullopt;
        } else if (have_file) {
            exit_code = fail_usage("one FILE at a time; also got '" + std::string(arg) + "'");
            return std::nullopt;
        } else {
            command.file = std::string(arg);
            have_file = true;
        }
    }
    if (command.name.empty()) {
        exit_code = fail_usage("missing command: eval, check, explain, table, convert, link or parse");
        return std::nullopt;
    }
    if (!have_file) {
        exit_code = fail_usage(command.name == "parse" ? "missing TEXT after parse (or - to read standard input)"
                                                       : "missing FILE after " + command.name);
        return std::nullopt;
    }
    return command;
}

// The file's bytes, kept up to a little more than any file the loaders read (they refuse
// those), with the whole size in `size`; or the operating system's reason it could not be read.
std::optional<std::string> read_file(const std::string& path, std::string& reason, std::size_t& size) {
    std::FILE* file = path == "-" ? stdin : io::open_file(path, "rb");
    if (!file) {
        reason = std::strerror(errno);
        return std::nullopt;
    }
    std::string text;
    char buffer[65536];
    size = 0;
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, file);
        size += n;
        if (text.size() <= std::max(io::max_scenario_bytes, io::max_book_bytes)) text.append(buffer, n);
        if (n < sizeof buffer) break;
    }
    const bool failed = std::ferror(file);
    reason = failed ? std::strerror(errno) : "";
    if (file != stdin) std::fclose(file);
    if (failed) return std::nullopt;
    return text;
}

// "error: FILE: capacity.capacity_gw must be ..."; the field is added when the message
// does not name it.
int fail_input(const std::string& file, const model::Error& error) {
    std::string message = error.message;
    if (!error.field.empty() && message.find(error.field) == std::string::npos) {
        message = error.field + ": " + message;
    }
    std::fprintf(stderr, "error: %s: %s\n", file.c_str(), message.c_str());
    return invalid_input;
}

// What the command line named: a book, or a scenario@1 file or link (read as @1, and with
// the sections it wrote, for the conversion).
struct Input {
    std::optional<io::LoadedBook> book;
    std::optional<io::LoadedScenario> scenario;
    io::ScenarioSections sections;
};

// A "#p1." or "#b1." link as the book it holds.
model::Result<io::LoadedBook> decode_book_link(std::string_view fragment) {
    if (fragment.substr(1).starts_with(io::preset_link_prefix)) {
        return io::decode_preset_link(fragment, presets::preset_text);
    }
    const auto deflated = io::book_link_deflated(fragment);
    if (!deflated) return deflated.error();
    const auto text = io::raw_inflate(*deflated, io::max_book_bytes);
    if (!text) return model::Error{"", "The link is damaged: " + text.error().message};
    return io::load_book(*text);
}

// A link ("https://…/#p1.…" or "#b1.…", "#s1.…") is decoded; anything else is a file to read.
model::Result<Input> load(const std::string& file) {
    Input input;
    if (const auto hash = file.find('#'); hash != std::string::npos && file.find('/') != 0) {
        if (hash == 0 || file.find("://") != std::string::npos) {
            if (io::is_book_link(file.substr(hash))) {
                auto book = decode_book_link(file.substr(hash));
                if (!book) return book.error();
                input.book = std::move(book.value());
                return input;
            }
            auto scenario = io::decode_permalink(file.substr(hash));
            if (!scenario) return scenario.error();
            input.scenario = std::move(scenario.value());
            input.sections = io::all_sections;
            return input;
        }
    }
    std::string reason;
    std::size_t size = 0;
    const auto text = read_file(file, reason, size);
    if (!text) return model::Error{"", "cannot read it: " + reason};
    // Larger than any book (the current format) is refused as such, with its whole size.
    if (size > io::max_book_bytes) return io::book_too_large(size);
    if (io::json::schema_of(*text) == io::book_schema) {
        auto book = io::load_book(*text);
        if (!book) return book.error();
        input.book = std::move(book.value());
        return input;
    }
    auto scenario = io::load_scenario(*text);
    if (!scenario) return scenario.error();
    input.scenario = std::move(scenario.value());
    input.sections = io::sections_in(*text);
    return input;
}

// The book the input is, converting a scenario; conversion warnings go to stderr.
io::LoadedBook as_book(const Input& input, const std::string& file) {
    if (input.book) return *input.book;
    io::LoadedBook book;
    book.file = io::book_from_scenario(input.scenario->file, input.sections, book.warnings);
    for (const std::string& warning : book.warnings) {
        std::fprintf(stderr, "warning: %s: %s\n", file.c_str(), warning.c_str());
    }
    return book;
}

// The preset version `name` ("amd-openai-v1", with or without ".json") as a file.
std::optional<std::pair<io::PresetVersion, io::BookFile>> embedded_preset(std::string name) {
    if (!name.ends_with(".json")) name += ".json";
    const auto version = io::preset_version_of(name);
    if (!version) return std::nullopt;
    const auto text = presets::preset_text(*version);
    if (!text) return std::nullopt;
    auto book = io::load_book(*text);
    if (!book) return std::nullopt;
    return std::pair{*version, std::move(book.value().file)};
}

int print_book_link(const Command& command, const io::BookFile& file) {
    if (!command.preset.empty()) {
        const auto preset = embedded_preset(command.preset);
        if (!preset) {
            std::fprintf(stderr, "error: there is no preset version \"%s\" (names look like amd-openai-v1)\n",
                         command.preset.c_str());
            return invalid_input;
        }
        std::printf("#%s\n", io::encode_preset_link(preset->first, preset->second, file).c_str());
        return ok;
    }
    for (const presets::EmbeddedBook& embedded : presets::embedded_books()) {
        const auto preset = embedded_preset(embedded.file_name);
        if (preset && preset->second == file) {
            std::printf("#%s\n", io::encode_preset_link(preset->first, preset->second, file).c_str());
            return ok;
        }
    }
    std::printf("#%s\n", io::encode_book_link(io::raw_deflate(io::save_book_compact(file))).c_str());
    return ok;
}

// Each deal's status in words, then its figures with their read-outs: the sentence, the
// formula, what it leaves out.
std::string explanation(const io::BookFile& file, const model::BookResults& results) {
    std::string text;
    for (std::size_t i = 0; i < file.book.deals.size(); ++i) {
        const model::Deal& deal = file.book.deals[i];
        text += deal.title + "  [" + deal.id + "]\n";
        text += "  " + io::status_readout(file.book, deal) + "\n";
        for (const model::DealFigure& figure : model::deal_figures()) {
            const auto readout = io::readout(file.book, deal, results.deals[i], figure);
            if (!readout) continue;
            text += "  " + std::string(figure.label) + ": " +
                    io::format_value(*figure.get(results.deals[i]), figure.unit) + "\n";
            if (!readout->sentence.empty()) text += "      " + readout->sentence + "\n";
            if (!readout->formula.empty()) text += "      " + readout->formula + "\n";
            if (!readout->leaves_out.empty()) text += "      Leaves out: " + readout->leaves_out + "\n";
        }
        text += "\n";
    }
    return text;
}

int run_on_book(const Command& command, const io::LoadedBook& loaded) {
    if (command.name == "check") {
        std::puts("ok");
        return ok;
    }
    if (command.name == "table") {
        std::fputs(io::cited_values_csv(loaded.file).c_str(), stdout);
        return ok;
    }
    if (command.name == "explain") {
        std::fputs(explanation(loaded.file, loaded.results).c_str(), stdout);
        return ok;
    }
    if (command.name == "convert") {
        std::fprintf(stderr, "error: %s: it is already a book (%s)\n", command.file.c_str(),
                     std::string(io::book_schema).c_str());
        return invalid_input;
    }
    if (command.name == "link") return print_book_link(command, loaded.file);
    switch (command.output) {
        case Output::json: std::fputs(io::book_results_json(loaded.file, loaded.results).c_str(), stdout); break;
        case Output::csv: std::fputs(io::book_figures_csv(loaded.file, loaded.results).c_str(), stdout); break;
        case Output::table: std::fputs(cli::book_report(loaded.file, loaded.results).c_str(), stdout); break;
    }
    return ok;
}

// parse: the draft deals a sentence describes, as JSON (docs/PARSE.md).
int run_parse(const Command& command) {
    io::HeadlineSource source;
    if (!command.date.empty()) {
        source.written_on = model::parse_date(command.date);
        if (!source.written_on || source.written_on->day == 0) {
            return fail_usage("--date needs a day written YYYY-MM-DD, such as 2026-05-06 (got '" + command.date + "')");
        }
    }
    std::string text = command.file;
    if (command.file == "-") {
        std::string reason;
        std::size_t size = 0;
        const auto read = read_file("-", reason, size);
        if (!read) return fail_input("-", model::Error{"", "cannot read it: " + reason});
        text = *read;
    }
    const parse::HeadlineReading reading = parse::read_headline(text, source.written_on);
    if (command.book_only) {
        std::fputs(io::save_book(io::headline_book(reading, text, source)).c_str(), stdout);
    } else {
        std::fputs(io::headline_json(reading, text, source).c_str(), stdout);
    }
    if (reading.drafts.empty()) {
        std::fprintf(stderr, "boomerang-cli parse: %s\n", reading.message.c_str());
        return invalid_input;
    }
    return ok;
}

int run(const Command& command) {
    if (command.name == "parse") return run_parse(command);
    if (command.name == "help") {
        std::fputs(usage, stdout);
        return ok;
    }
    if (command.name == "version") {
        std::printf("boomerang-cli %s\nreads %s and %s\n", std::string(version::label()).c_str(),
                    std::string(io::book_schema).c_str(), std::string(io::scenario_schema).c_str());
        return ok;
    }
    const auto input = load(command.file);
    if (!input) return fail_input(command.file, input.error());
    const std::vector<std::string>& warnings = input->book ? input->book->warnings : input->scenario->warnings;
    for (const std::string& warning : warnings) {
        std::fprintf(stderr, "warning: %s: %s\n", command.file.c_str(), warning.c_str());
    }
    if (input->book) return run_on_book(command, *input->book);
    if (command.name == "convert") {
        std::fputs(io::save_book(as_book(*input, command.file).file).c_str(), stdout);
        return ok;
    }
    if (command.name == "table" || command.name == "explain") {
        io::LoadedBook book = as_book(*input, command.file);
        const auto results = model::evaluate_book(book.file.book);
        if (!results) return fail_input(command.file, results.error());
        book.results = *results;
        return run_on_book(command, book);
    }
    const io::LoadedScenario* loaded = &*input->scenario;
    const model::ScenarioResults& results = loaded->results;
    if (command.name == "check") {
        std::puts("ok");
        return ok;
    }
    if (command.name == "link") {
        std::printf("#%s\n", io::encode_permalink(loaded->file).c_str());
        return ok;
    }
    switch (command.output) {
        case Output::json: std::fputs(io::results_json(results).c_str(), stdout); break;
        case Output::csv: std::fputs(io::schedule_csv(results.commitment).c_str(), stdout); break;
        case Output::table:
            if (!loaded->file.title.empty()) std::printf("%s\n\n", loaded->file.title.c_str());
            std::fputs(cli::results_report(results).c_str(), stdout);
            break;
    }
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    io::use_binary_standard_streams();  // the same bytes out on Windows as elsewhere
    const std::vector<std::string> arguments = io::command_line_arguments(argc, argv);
    const std::vector<std::string_view> args(arguments.begin(), arguments.end());
    int exit_code = ok;
    const auto command = parse_arguments(args, exit_code);
    return command ? run(*command) : exit_code;
}
