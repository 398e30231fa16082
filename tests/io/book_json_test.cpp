// Book files (io/book_json.hpp, docs/BOOK.md): what they hold, what loading warns about, and
// what it refuses, each refusal naming the path of the value at fault.
#include "io/book_json.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace boomerang;
using io::load_book;
using io::save_book;

namespace {

const std::string header = R"("schema": "boomerang/book@1", "window": {"first_year": 2026, "last_year": 2029})";

// A book file with the schema, a 2026–2029 window and `body` (more members, "deals" among
// them).
std::string file_with(const std::string& body) { return "{" + header + ", " + body + "}"; }

// A book of one deal "d" (title "D", OpenAI buys from AMD from January 2026) with `members`.
std::string deal_file(const std::string& members) {
    return file_with(R"("deals": [{"id": "d", "title": "D", "buyer": "OpenAI", "seller": "AMD",
                     "status": "definitive", "start": "2026-01")" +
                     (members.empty() ? "" : ", " + members) + "}]");
}

io::LoadedBook loaded(const std::string& text) {
    auto result = load_book(text);
    INFO(text);
    REQUIRE_MESSAGE(result.ok(), result.error().message);
    return result.value();
}

model::Error refused(const std::string& text) {
    const auto result = load_book(text);
    INFO(text);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

model::Date date(int year, int month, int day = 0) { return {year, month, day}; }

// Every block, every optional value and every list, with numbers that need all 17 digits:
// AMD ↔ OpenAI (amended), and the 2025 deal it replaced (a ramped rental).
io::BookFile full_book() {
    io::BookFile file;
    file.title = "Every block";
    file.description = "AMD ↔ OpenAI with every term, and the deal it replaced.";
    model::Book& book = file.book;
    book.window = {2026, 2035};
    book.assumptions = {.hardware_usd_per_gw = 20e9,
                        .facility_usd_per_gw = 10e9,
                        .pue = 1.2,
                        .electricity_usd_per_mwh = 60,
                        .utilization_fraction = 0.8,
                        .idle_power_fraction = 0.3,
                        .other_opex_fraction_per_year = 0.03,
                        .opex_usd_per_gw_year = 0.1 + 0.2,
                        .it_life_years = 5,
                        .facility_life_years = 20,
                        .cost_of_capital_per_year = 1.0 / 3.0};
    book.companies = {{"OpenAI", 13e9, 40e9}, {"AMD", 25.8e9, std::nullopt}};
    book.supply = {{"AMD", 2026, 0.5, 0.25}};

    model::Deal deal;
    deal.id = "amd-openai";
    deal.title = "AMD → OpenAI: 6 GW of Instinct GPUs";
    deal.buyer = "OpenAI";
    deal.seller = "AMD";
    deal.investor = "AMD";
    deal.status = model::DealStatus::amended;
    deal.status_as_of = date(2026, 5, 20);
    deal.announced = date(2025, 10, 6);
    deal.start = date(2026, 7);
    deal.market_cap_change_usd = -1.5e9;
    deal.excluded_from_network = true;
    deal.overrides.pue = 1.3;
    deal.capacity = model::CapacityBlock{.capacity_gw = 6,
                                         .power_basis = model::PowerBasis::it_power,
                                         .gpus = 3e6,
                                         .gpus_per_gw = 5e5,
                                         .derived = model::CapacityDerived::gpus_per_gw,
                                         .pays_for = model::PaysFor::hardware_and_facility,
                                         .deploy_start = date(2026, 7),
                                         .deploy_end = date(2030, 12)};
    model::RentalBlock& rental = deal.rental.emplace();  // every value but ramp_months
    rental.monthly_rate_usd = 1.25e9;
    rental.term_given = model::TermGiven::end_date;
    rental.term_months = 36;
    rental.end = date(2029, 6);
    rental.discounted_months = 2;
    rental.discounted_rate_fraction = 0.5;
    rental.gpus = 220'000;
    rental.power_mw = 300;
    deal.exit = model::ExitBlock{.headline_basis = model::HeadlineBasis::stated,
                                 .headline_value_usd = 90e9,
                                 .term_months = 60,
                                 .binding_gw = 1,
                                 .notice_days = 90,
                                 .notice_by = model::NoticeBy::buyer,
                                 .minimum_term_months = 6,
                                 .termination_fee_usd = 1e9,
                                 .prepayment_usd = 2e9,
                                 .exit_probability_per_year = 1.0 / 3.0};
    deal.financing = model::FinancingBlock{
        .tranches = {{0, 1e9}, {1, 2e9}}, .stake_value_usd = 0.5e9, .investor_gross_margin_fraction = 0.49};
    deal.project_finance = model::ProjectFinanceBlock{.equity_usd = 10e9,
                                                      .debt_usd = 20e9,
                                                      .cost_of_equity_per_year = 0.15,
                                                      .cost_of_debt_per_year = 0.07,
                                                      .debt_term_years = 10};
    deal.warrants = model::WarrantsBlock{.tranches = {{26.666666666666668e6, 1, 100}, {1e6, 0, 0}},
                                         .strike_usd_per_share = 0.01,
                                         .share_price_usd = 165.5,
                                         .shares_outstanding = 1.62e9};
    book.deals.push_back(deal);

    model::Deal old;
    old.id = "amd-openai-2025";
    old.title = "AMD → OpenAI, as announced";
    old.buyer = "OpenAI";
    old.seller = "AMD";
    old.status = model::DealStatus::superseded;
    old.superseded_by = "amd-openai";
    old.start = date(2025, 10);
    // A ramp instead of discounted months (the two do not go together).
    old.rental.emplace();
    old.rental->monthly_rate_usd = 1e9;
    old.rental->term_months = 12;
    old.rental->ramp_months = 3;
    book.deals.push_back(old);

    using Kind = io::Citation::Kind;
    const io::Citation article{Kind::source, "Tencent Technology, “…”, 7 Oct 2025", "6GW", "as is"};
    for (const char* path : {"window", "assumptions.pue", "companies.OpenAI.revenue_usd_per_year",
                             "supply.AMD.gw_per_year", "deals.amd-openai", "deals.amd-openai.status",
                             "deals.amd-openai.capacity.capacity_gw", "deals.amd-openai.financing.tranches[1]",
                             "deals.amd-openai.warrants.tranches", "deals.amd-openai-2025.superseded_by"}) {
        file.sources[path] = article;
    }
    file.sources["deals.amd-openai.assumptions.pue"] = {Kind::assumption, "a denser site", "", ""};
    return file;
}

}  // namespace

// ---- What a book file holds ---------------------------------------------------------------

TEST_CASE("a book file needs only its schema, window and deals") {
    const auto book = loaded(file_with(R"("deals": [])"));
    CHECK(book.file.book.window == model::Window{2026, 2029});
    CHECK(book.file.book.deals.empty());
    CHECK(book.file.book.assumptions == model::Assumptions{});
    CHECK(book.file.title.empty());
    CHECK(book.file.sources.empty());
    CHECK(book.warnings.empty());
    CHECK(book.results.deals.empty());
}

TEST_CASE("a book with every block and every optional value saves and reads back exactly") {
    const io::BookFile file = full_book();
    const std::string text = save_book(file);
    const auto back = loaded(text);
    CHECK(back.file == file);
    CHECK(back.warnings.empty());  // every source names a value the book holds
    CHECK(save_book(back.file) == text);
    REQUIRE(back.results.deals.size() == 2);
    CHECK(back.results.deals[0].rental.has_value());

    SUBCASE("in docs/BOOK.md's order, two-space indented, ending in a newline") {
        const auto at = [&](const std::string& key, std::size_t from = 0) {
            return text.find("\"" + key + "\":", from);
        };
        CHECK(text.rfind("{\n  \"schema\": \"boomerang/book@1\",\n  \"title\": \"Every block\",", 0) == 0);
        const std::vector<std::string> top{"description", "window", "assumptions", "companies",
                                           "supply",      "deals",  "sources"};
        for (std::size_t i = 0; i + 1 < top.size(); ++i) CHECK(at(top[i]) < at(top[i + 1]));
        const std::size_t deal = at("id");
        const std::vector<std::string> keys{"id",
                                            "title",
                                            "buyer",
                                            "seller",
                                            "investor",
                                            "status",
                                            "status_as_of",
                                            "announced",
                                            "start",
                                            "market_cap_change_usd",
                                            "excluded_from_network",
                                            "assumptions",
                                            "capacity",
                                            "rental",
                                            "exit",
                                            "financing",
                                            "project_finance",
                                            "warrants"};
        for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
            INFO(keys[i]);
            CHECK(at(keys[i], deal) < at(keys[i + 1], deal));
        }
        CHECK(text.back() == '\n');
    }
    SUBCASE("whole numbers as integers, dates as written, others with all their digits") {
        CHECK(text.find("\"gpus\": 220000,") != std::string::npos);
        CHECK(text.find("\"first_year\": 2026,") != std::string::npos);
        CHECK(text.find("\"opex_usd_per_gw_year\": 0.30000000000000004,") != std::string::npos);
        CHECK(text.find("\"status_as_of\": \"2026-05-20\",") != std::string::npos);
        CHECK(text.find("\"start\": \"2026-07\",") != std::string::npos);
        CHECK(text.find("\"market_cap_change_usd\": -1500000000,") != std::string::npos);
    }
    SUBCASE("compact: one line without sources, for links") {
        const std::string compact = io::save_book_compact(file);
        CHECK(compact.find('\n') == std::string::npos);
        CHECK(compact.rfind(R"({"schema":"boomerang/book@1","title":"Every block",)", 0) == 0);
        io::BookFile without_sources = file;
        without_sources.sources.clear();
        CHECK(loaded(compact).file == without_sources);
    }
}

TEST_CASE("two book files are equal only when every value is") {
    const io::BookFile file = full_book();
    const auto differs = [&](auto change) {
        io::BookFile other = file;
        change(other);
        return !(other == file);
    };
    CHECK(differs([](io::BookFile& f) { f.title += "!"; }));
    CHECK(differs([](io::BookFile& f) { f.sources.erase("window"); }));
    CHECK(differs([](io::BookFile& f) { f.book.window.last_year = 2034; }));
    CHECK(differs([](io::BookFile& f) { f.book.assumptions.pue.reset(); }));
    CHECK(differs([](io::BookFile& f) { f.book.companies[1].other_funding_usd_per_year = 1; }));
    CHECK(differs([](io::BookFile& f) { f.book.supply[0].vendor = "Nvidia"; }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].excluded_from_network = false; }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].overrides.pue = 1.2; }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].capacity->deploy_end.reset(); }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].rental->term_given = model::TermGiven::term_months; }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].exit.reset(); }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].financing->tranches[1].amount_usd = 3e9; }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[0].warrants->tranches.pop_back(); }));
    CHECK(differs([](io::BookFile& f) { f.book.deals[1].superseded_by = "x"; }));
    CHECK_FALSE(differs([](io::BookFile&) {}));
}

TEST_CASE("a value the file leaves out stays absent, and a choice takes the model's default") {
    const auto book = loaded(deal_file(R"("capacity": {"capacity_gw": 6})"));
    const model::Deal& deal = book.file.book.deals.at(0);
    REQUIRE(deal.capacity.has_value());
    CHECK(deal.capacity->capacity_gw == 6);
    CHECK_FALSE(deal.capacity->gpus.has_value());
    CHECK_FALSE(deal.capacity->gpus_per_gw.has_value());
    CHECK_FALSE(deal.capacity->deploy_start.has_value());
    CHECK(deal.capacity->power_basis == model::CapacityBlock{}.power_basis);
    CHECK(deal.capacity->derived == model::CapacityBlock{}.derived);
    CHECK_FALSE(deal.rental.has_value());
    CHECK_FALSE(deal.announced.has_value());
    CHECK_FALSE(deal.market_cap_change_usd.has_value());
    CHECK(deal.investor.empty());
    CHECK(deal.overrides == model::Assumptions{});
    CHECK(book.file.book.assumptions == model::Assumptions{});
    CHECK(book.warnings.empty());

    const std::string text = save_book(book.file);
    for (const char* key : {"gpus", "gpus_per_gw", "deploy_start", "rental", "announced", "market_cap_change_usd",
                            "investor", "assumptions", "excluded_from_network"}) {
        INFO(std::string(key));
        CHECK(text.find("\"" + std::string(key) + "\":") == std::string::npos);
    }
    CHECK(text.find("\"power_basis\": \"facility_power\"") != std::string::npos);
}

// ---- Warnings -----------------------------------------------------------------------------

TEST_CASE("unknown keys are warned about with their path and the nearest known key") {
    SUBCASE("at the top, and without a near match") {
        CHECK(loaded(file_with(R"("deals": [], "assumption": {}, "zzz": 1)")).warnings ==
              std::vector<std::string>{"unknown key assumption (did you mean assumptions?)", "unknown key zzz"});
    }
    SUBCASE("in a deal, a block, a tranche and a citation") {
        const auto book = loaded(deal_file(R"("byer": "x", "capacity": {"capcity_gw": 6, "capacity_gw": 6},
            "financing": {"tranches": [{"at_gw": 0, "amount_usd": 1, "amout_usd": 2}]}, "investor": "AMD")"));
        CHECK(book.warnings == std::vector<std::string>{
                                   "unknown key deals[0].capacity.capcity_gw (did you mean capacity_gw?)",
                                   "unknown key deals[0].financing.tranches[0].amout_usd (did you mean amount_usd?)",
                                   "unknown key deals[0].byer (did you mean buyer?)"});
        CHECK(book.file.book.deals[0].capacity->capacity_gw == 6);
    }
    SUBCASE("in a citation") {
        const auto book = loaded(file_with(R"("deals": [], "sources": {"window": {"source": "a", "qoute": "b"}})"));
        CHECK(book.warnings == std::vector<std::string>{"unknown key sources[window].qoute (did you mean quote?)"});
    }
}

TEST_CASE("sources that name a value the book does not hold are warned about") {
    io::BookFile file = full_book();
    const io::Citation why{io::Citation::Kind::assumption, "why", "", ""};
    file.sources["deals.amd-openai.capacity.capcity_gw"] = why;        // a typo in the key
    file.sources["deals.amd-opnai.capacity.capacity_gw"] = why;        // a typo in the id
    file.sources["deals.amd-openai-2025.capacity.capacity_gw"] = why;  // a block the deal lacks
    file.sources["deals.amd-openai.financing.tranches[2]"] = why;      // 2 tranches: [0] and [1]
    file.sources["zzz"] = why;
    const auto book = loaded(save_book(file));
    CHECK(book.file == file);  // kept, so nothing is lost by a save
    CHECK(book.warnings ==
          std::vector<std::string>{
              "sources name a value the book does not hold: deals.amd-openai-2025.capacity.capacity_gw "
              "(did you mean deals.amd-openai.capacity.capacity_gw?)",
              "sources name a value the book does not hold: deals.amd-openai.capacity.capcity_gw "
              "(did you mean deals.amd-openai.capacity.capacity_gw?)",
              "sources name a value the book does not hold: deals.amd-openai.financing.tranches[2] "
              "(did you mean deals.amd-openai.financing.tranches[0]?)",
              "sources name a value the book does not hold: deals.amd-opnai.capacity.capacity_gw "
              "(did you mean deals.amd-openai.capacity.capacity_gw?)",
              "sources name a value the book does not hold: zzz"});
}

TEST_CASE("suggestions for unknown sources stop at a budget, so a hostile file loads quickly") {
    // 200 capacity deals hold about 1,400 paths of ~30 characters: one suggestion compares
    // ~1.4 M character pairs, and the budget of 50 M allows a few dozen.
    io::BookFile file;
    file.book.window = {2026, 2029};
    for (int i = 0; i < 200; ++i) {
        model::Deal deal;
        deal.id = "deal-" + std::to_string(i);
        deal.title = deal.id;
        deal.buyer = "OpenAI";
        deal.seller = "AMD";
        deal.start = date(2026, 1);
        deal.capacity.emplace().capacity_gw = 1;
        file.book.deals.push_back(deal);
    }
    for (int i = 0; i < 500; ++i) {
        file.sources["deals.deal-" + std::to_string(i) + ".capacity.capcity_gw"] = {io::Citation::Kind::assumption,
                                                                                    "why", "", ""};
    }
    const auto book = loaded(save_book(file));
    REQUIRE(book.warnings.size() == 500);
    CHECK(book.warnings.front() ==
          "sources name a value the book does not hold: deals.deal-0.capacity.capcity_gw "
          "(did you mean deals.deal-0.capacity.capacity_gw?)");
    CHECK(book.warnings.back() == "sources name a value the book does not hold: deals.deal-99.capacity.capcity_gw");
}

TEST_CASE("book paths name the values and groups the book holds, list items by name or index") {
    const model::Book book = full_book().book;
    for (const char* path :
         {"window", "window.first_year", "assumptions", "assumptions.pue", "companies", "companies.OpenAI",
          "companies.OpenAI.revenue_usd_per_year", "supply.AMD.growth_per_year", "deals", "deals.amd-openai",
          "deals.amd-openai.title", "deals.amd-openai.excluded_from_network", "deals.amd-openai.assumptions.pue",
          "deals.amd-openai.capacity", "deals.amd-openai.capacity.power_basis", "deals.amd-openai.financing.tranches",
          "deals.amd-openai.financing.tranches[1]", "deals.amd-openai-2025.superseded_by"}) {
        INFO(std::string(path));
        CHECK(io::is_book_path(book, path));
    }
    for (const char* path : {"", "deals[0]", "deals.nvidia-openai", "deals.amd-openai.id", "companies.OpenAI.name",
                             "companies.AMD.other_funding_usd_per_year",     // AMD's is absent
                             "deals.amd-openai-2025.announced",              // absent
                             "deals.amd-openai-2025.capacity",               // a block the deal lacks
                             "deals.amd-openai-2025.rental.gpus",            // absent
                             "deals.amd-openai-2025.excluded_from_network",  // false is not written
                             "deals.amd-openai.financing.tranches[2]", "deals.amd-openai.financing.tranches[01]",
                             "deals.amd-openai.financing.tranches[0].at_gw",  // tranches are cited whole
                             "assumptions.capacity_gw", "deals.amd-openai.capacity.capacity_gw.x"}) {
        INFO(std::string(path));
        CHECK_FALSE(io::is_book_path(book, path));
    }
}

// ---- Refusals -----------------------------------------------------------------------------

TEST_CASE("files that are not books are refused before their values are read") {
    SUBCASE("no schema") {
        const auto e = refused(R"({"deals": []})");
        CHECK(e.field == "schema");
        CHECK(e.message == R"(schema is missing: a book file starts with "schema": "boomerang/book@1")");
    }
    SUBCASE("a later version of the format") {
        CHECK(refused(R"({"schema": "boomerang/book@2"})").message ==
              "schema \"boomerang/book@2\" is a version of the book format this Boomerang does not "
              "read; it reads \"boomerang/book@1\"");
    }
    SUBCASE("a scenario file") {
        CHECK(refused(R"({"schema": "boomerang/scenario@1"})").message ==
              "schema \"boomerang/scenario@1\" is not a Boomerang book; expected \"boomerang/book@1\"");
    }
    SUBCASE("not JSON, located by line and column") {
        const auto e = refused("{\n  \"schema\": \"boomerang/book@1\",\n}");
        CHECK(e.message.rfind("The file is not valid JSON: line 3, column 1: syntax error", 0) == 0);
    }
    SUBCASE("a number too large for a double, located at its path") {
        const auto e = refused(deal_file(R"("capacity": {"capacity_gw": 1e400})"));
        CHECK(e.field == "deals[0].capacity.capacity_gw");
        CHECK(e.message.rfind("The file is not valid JSON (in deals[0].capacity.capacity_gw): line ", 0) == 0);
    }
    SUBCASE("JSON that is not an object") {
        CHECK(refused("[1, 2]").message == "The book file must be a JSON object { … }, not an array");
    }
    SUBCASE("an empty file") {
        CHECK(refused(" \n").message ==
              "The file is empty: a book file is a JSON object { \"schema\": \"boomerang/book@1\", … }");
    }
    SUBCASE("bytes that are not UTF-8, located by byte and line") {
        const std::string text = file_with("\n\"title\": \"caf\xE9\", \"deals\": []");
        CHECK(refused(text).message == "The file is not UTF-8 text: byte " + std::to_string(text.find('\xE9') + 1) +
                                           " (line 2) is not part of a UTF-8 character");
    }
    SUBCASE("a 5 MB file, over the 4 MiB limit") {
        const std::string text = file_with("\"deals\": [], \"description\": \"" + std::string(5'000'000, 'x') + "\"");
        CHECK(refused(text).message == "The file is " + std::to_string(text.size()) +
                                           " bytes long; a book file may be at most 4194304 bytes (4 MiB)");
    }
}

TEST_CASE("a missing required value is refused, naming its path") {
    const auto check = [](const std::string& text, const std::string& field, const std::string& message) {
        const auto e = refused(text);
        CHECK(e.field == field);
        CHECK(e.message == message);
    };
    check(R"({"schema": "boomerang/book@1", "deals": []})", "window", "window is missing");
    check(R"({"schema": "boomerang/book@1", "window": {"first_year": 2026}, "deals": []})", "window.last_year",
          "window.last_year is missing");
    check(file_with(R"("title": "no deals")"), "deals", "deals is missing");
    check(file_with(R"("deals": [{"title": "D", "buyer": "B", "status": "reported"}])"), "deals[0].id",
          "deals[0].id is missing");
    // Inside a deal, once its id is read, the message names the deal as the model's do.
    check(file_with(R"("deals": [{"id": "d", "buyer": "B", "status": "reported"}])"), "deals[0].title",
          "Deal \"d\": title is missing");
    check(file_with(R"("deals": [{"id": "d", "title": "D", "status": "reported"}])"), "deals[0].buyer",
          "Deal \"D\" (d): buyer is missing");
    check(file_with(R"("deals": [{"id": "d", "title": "D", "buyer": "B"}])"), "deals[0].status",
          "Deal \"D\" (d): status is missing");
    check(deal_file(R"("financing": {"tranches": [{"at_gw": 0}]})"), "deals[0].financing.tranches[0].amount_usd",
          "Deal \"D\" (d): financing.tranches[0].amount_usd is missing");
    check(file_with(R"("deals": [], "companies": [{"revenue_usd_per_year": 1}])"), "companies[0].name",
          "companies[0].name is missing");
    check(file_with(R"("deals": [], "supply": [{"vendor": "Nvidia", "first_year": 2026, "growth_per_year": 0}])"),
          "supply[0].gw_per_year", "supply[0].gw_per_year is missing");
}

TEST_CASE("a value of the wrong type is refused, saying what was expected") {
    const auto check = [](const std::string& text, const std::string& field, const std::string& message) {
        const auto e = refused(text);
        CHECK(e.field == field);
        CHECK(e.message == message);
    };
    check(file_with(R"("deals": [], "title": 3)"), "title", "title must be a string, not a number (3)");
    check(file_with(R"("deals": {})"), "deals", "deals must be an array, not an object");
    check(file_with(R"("deals": [7])"), "deals[0]", "deals[0] must be an object, not a number (7)");
    check(file_with(R"("deals": [], "assumptions": [])"), "assumptions", "assumptions must be an object, not an array");
    check(file_with(R"("deals": [{"id": 7}])"), "deals[0].id", "deals[0].id must be a string, not a number (7)");
    check(deal_file(R"("excluded_from_network": "yes")"), "deals[0].excluded_from_network",
          R"(Deal "D" (d): excluded_from_network must be true or false (got "yes"))");
    check(deal_file(R"("capacity": {"capacity_gw": "NaN"})"), "deals[0].capacity.capacity_gw",
          R"(Deal "D" (d): capacity.capacity_gw must be a number (got "NaN"))");
    check(deal_file(R"("rental": null)"), "deals[0].rental", "Deal \"D\" (d): rental must be an object, not null");
    check(file_with(R"("deals": [], "sources": {"window": {"quote": "x"}})"), "sources[window]",
          "sources[window] needs either \"source\" (the publication and title) or \"assumption\" "
          "(why the value is reasonable), not neither");
}

TEST_CASE("a choice that is not one of its spellings is refused, listing them") {
    const auto status = refused(file_with(R"("deals": [{"id": "d", "title": "D", "buyer": "B", "status": "signed"}])"));
    CHECK(status.field == "deals[0].status");
    CHECK(status.message == R"(Deal "D" (d): status must be "reported", "letter_of_intent", "definitive", "amended", )"
                            R"("superseded" or "cancelled" (got "signed"))");
    const auto basis = refused(deal_file(R"("capacity": {"capacity_gw": 6, "power_basis": "grid"})"));
    CHECK(basis.field == "deals[0].capacity.power_basis");
    CHECK(basis.message == R"(Deal "D" (d): capacity.power_basis must be "it_power" or "facility_power" (got "grid"))");
    CHECK(refused(deal_file(R"("exit": {"notice_by": "Buyer"})")).message ==
          R"(Deal "D" (d): exit.notice_by must be "buyer", "seller" or "either" (got "Buyer"))");
}

TEST_CASE("a date that is not YYYY-MM or YYYY-MM-DD from 1990 to 2100 is refused") {
    for (const char* text : {"\"2026-13\"", "\"2026\"", "\"1989-12\"", "\"2026-02-30\"", "\"2026-05-00\"", "202605"}) {
        const auto e = refused(deal_file(std::string(R"("announced": )") + text));
        CHECK(e.field == "deals[0].announced");
        CHECK(e.message == std::string(R"(Deal "D" (d): announced must be a date "YYYY-MM" or )"
                                       R"("YYYY-MM-DD" from 1990 to 2100)") +
                               (text[0] == '"' ? " (got " + std::string(text) + ")" : ", not a number (202605)"));
    }
}

TEST_CASE("a number outside its bounds is refused, naming them") {
    const auto check = [](const std::string& text, const std::string& field, const std::string& message) {
        const auto e = refused(text);
        CHECK(e.field == field);
        CHECK(e.message == message);
    };
    check(deal_file(R"("capacity": {"capacity_gw": -3})"), "deals[0].capacity.capacity_gw",
          "Deal \"D\" (d): capacity.capacity_gw must be a finite number > 0 (got -3)");
    check(deal_file(R"("capacity": {"capacity_gw": 1e300})"), "deals[0].capacity.capacity_gw",
          "Deal \"D\" (d): capacity.capacity_gw must be a finite number of at most 1e+15 in size; "
          "larger values are typing slips, not deals (got 1e+300)");
    check(deal_file(R"("rental": {"monthly_rate_usd": 1e9, "discounted_months": 1.5})"),
          "deals[0].rental.discounted_months",
          "Deal \"D\" (d): rental.discounted_months must be a whole number ≥ 0 and ≤ 600 (got 1.5)");
    check(deal_file(R"("exit": {"headline_value_usd": 1e9, "term_months": 0})"), "deals[0].exit.term_months",
          "Deal \"D\" (d): exit.term_months must be a whole number ≥ 1 and ≤ 600 (got 0)");
    check(deal_file(R"("exit": {"headline_value_usd": 1e9, "notice_days": 20000})"), "deals[0].exit.notice_days",
          "Deal \"D\" (d): exit.notice_days must be a finite number ≥ 0 and ≤ 18000 (got 20000)");
    check(deal_file(R"("assumptions": {"utilization_fraction": 0})"), "deals[0].assumptions.utilization_fraction",
          "Deal \"D\" (d): assumptions.utilization_fraction must be a finite number > 0 and ≤ 1 (got 0)");
    check(deal_file(R"("warrants": {"tranches": [{"shares": -1, "vest_at_gw": 0, "vest_at_share_price_usd": 0}]})"),
          "deals[0].warrants.tranches[0].shares",
          "Deal \"D\" (d): warrants.tranches[0].shares must be a finite number ≥ 0 (got -1)");
    check(file_with(R"("deals": [], "assumptions": {"pue": 0.9})"), "assumptions.pue",
          "assumptions.pue must be a finite number ≥ 1 and ≤ 5 (got 0.9)");
    check(file_with(R"("deals": [], "companies": [{"name": "A", "revenue_usd_per_year": -1}])"),
          "companies[0].revenue_usd_per_year",
          "companies[0].revenue_usd_per_year must be a finite number ≥ 0 (got -1)");
    check(file_with(R"("deals": [], "supply": [{"vendor": "N", "first_year": 2026, "gw_per_year": 1,
                                               "growth_per_year": 11}])"),
          "supply[0].growth_per_year", "supply[0].growth_per_year must be a finite number ≥ 0 and ≤ 10 (got 11)");
    check(R"({"schema": "boomerang/book@1", "window": {"first_year": 2026.5, "last_year": 2029}, "deals": []})",
          "window.first_year", "window.first_year must be a whole number ≥ 1990 and ≤ 2100 (got 2026.5)");
    check(R"({"schema": "boomerang/book@1", "window": {"first_year": 1e12, "last_year": 2029}, "deals": []})",
          "window.first_year", "window.first_year must be a whole number ≥ 1990 and ≤ 2100 (got 1000000000000)");
}

TEST_CASE("ids must be well formed and unique (checked by the model)") {
    SUBCASE("an id with capitals and a space") {
        const auto e = refused(file_with(R"("deals": [{"id": "AMD OpenAI", "title": "D", "buyer": "B",
                                                       "status": "reported"}])"));
        CHECK(e.field == "deals[0].id");
        CHECK(e.message == R"(deals[0].id "AMD OpenAI" must be 1 to 64 lowercase letters, digits or '-')");
    }
    SUBCASE("two deals with one id") {
        const auto e = refused(file_with(R"("deals": [{"id": "d", "title": "D", "buyer": "B", "status": "reported"},
                                                      {"id": "d", "title": "E", "buyer": "B", "status": "reported"}])"));
        CHECK(e.field == "deals[1].id");
        CHECK(e.message.find("\"d\"") != std::string::npos);
    }
}

TEST_CASE("books the model rejects are refused with the model's message") {
    SUBCASE("a window that ends before it starts") {
        const auto e = refused(
            R"({"schema": "boomerang/book@1", "window": {"first_year": 2029, "last_year": 2026}, "deals": []})");
        CHECK(e.field == "window.last_year");
        CHECK(e.message.find("window.last_year") != std::string::npos);
    }
    SUBCASE("a deal superseded by a deal not in the book") {
        const auto e = refused(deal_file(R"("superseded_by": "nvidia-openai")"));
        CHECK(e.field == "deals[0].superseded_by");
        CHECK(e.message.find("\"nvidia-openai\"") != std::string::npos);
    }
    SUBCASE("a capacity deal without a start") {
        const auto e = refused(file_with(R"("deals": [{"id": "d", "title": "D", "buyer": "OpenAI",
            "seller": "AMD", "status": "definitive", "capacity": {"capacity_gw": 6}}])"));
        CHECK(e.field == "deals[0].start");
        CHECK(e.message.rfind("Deal \"D\" (d): start is needed", 0) == 0);
    }
}

// ---- The documentation --------------------------------------------------------------------

namespace {

// Checks that every key of `value` (a saved book) is a property of its place in the JSON
// Schema, of the type the schema says, recursing through objects and arrays.
void check_described(const nlohmann::json& value, const nlohmann::json& node, const nlohmann::json& schema,
                     const std::string& path) {
    INFO(path);
    const nlohmann::json* at = &node;
    if (at->contains("$ref")) {
        const std::string ref = (*at)["$ref"].get<std::string>();  // "#/$defs/deal"
        REQUIRE(ref.rfind("#/$defs/", 0) == 0);
        at = &schema["$defs"][ref.substr(8)];
    }
    REQUIRE(at->is_object());
    if (at->contains("const")) CHECK((*at)["const"] == value);
    if (at->contains("enum")) {
        const auto& options = (*at)["enum"];
        CHECK(std::find(options.begin(), options.end(), value) != options.end());
    }
    if (at->contains("type")) {
        const std::string type = (*at)["type"].get<std::string>();
        CHECK(((type == "object" && value.is_object()) || (type == "array" && value.is_array()) ||
               (type == "string" && value.is_string()) || (type == "boolean" && value.is_boolean()) ||
               (type == "number" && value.is_number()) || (type == "integer" && value.is_number_integer())));
    }
    if (value.is_object()) {
        const bool by_name = at->contains("additionalProperties") && (*at)["additionalProperties"].is_object();
        for (const auto& [key, item] : value.items()) {
            INFO(key);
            if (by_name) {  // sources: any key
                check_described(item, (*at)["additionalProperties"], schema, path + "[" + key + "]");
                continue;
            }
            REQUIRE((*at)["properties"].contains(key));
            check_described(item, (*at)["properties"][key], schema, path + "." + key);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            check_described(value[i], (*at)["items"], schema, path + "[" + std::to_string(i) + "]");
        }
    }
}

}  // namespace

TEST_CASE("the documentation describes the format the code reads and writes") {
    const std::string dir = std::string(BOOMERANG_SOURCE_DIR) + "/docs/";
    const std::string guide = testing::read_bytes(dir + "BOOK.md");
    const auto schema = nlohmann::json::parse(testing::read_bytes(dir + "book.schema.json"), nullptr, false);
    REQUIRE_FALSE(schema.is_discarded());

    SUBCASE("BOOK.md's example loads without error or warning") {
        const std::size_t start = guide.find("```json\n");
        REQUIRE(start != std::string::npos);
        const std::size_t end = guide.find("```\n", start + 8);
        const auto example = loaded(guide.substr(start + 8, end - start - 8));
        CHECK(example.warnings.empty());
        // May 2026 through May 2029 is 37 months, the first two at half the $1.25B rate.
        REQUIRE(example.results.deals.at(0).exit.has_value());
        CHECK(example.results.deals[0].exit->headline_value_usd == 36 * 1.25e9);
    }
    SUBCASE("every key save_book writes is in the JSON Schema, with the type it says") {
        const auto saved = nlohmann::json::parse(save_book(full_book()), nullptr, false);
        REQUIRE_FALSE(saved.is_discarded());
        check_described(saved, schema, schema, "");
        CHECK(schema["properties"]["schema"]["const"] == std::string(io::book_schema));
        CHECK(schema["additionalProperties"] == false);
    }
    SUBCASE("BOOK.md names every key of the JSON Schema") {
        std::vector<const nlohmann::json*> objects{&schema};
        for (const auto& [name, def] : schema["$defs"].items()) objects.push_back(&def);
        for (const nlohmann::json* object : objects) {
            if (!object->contains("properties")) continue;
            for (const auto& [key, property] : (*object)["properties"].items()) {
                INFO(key);
                CHECK(guide.find("`" + key + "`") != std::string::npos);
            }
        }
    }
    SUBCASE("a number just outside the schema's bounds is refused at its path") {
        // Every number of the full book, moved past each bound the schema gives it.
        const auto saved = nlohmann::json::parse(save_book(full_book()), nullptr, false);
        const nlohmann::json flat = saved.flatten();  // "/deals/0/capacity/capacity_gw": 6
        std::size_t checked = 0;
        for (const auto& [pointer, value] : flat.items()) {
            if (!value.is_number()) continue;
            // The schema node of this value: follow properties, items and $refs.
            const nlohmann::json* node = &schema;
            std::string path;
            std::size_t from = 1;
            while (from <= pointer.size()) {
                const std::size_t slash = std::min(pointer.find('/', from), pointer.size());
                const std::string part = pointer.substr(from, slash - from);
                from = slash + 1;
                if (node->contains("$ref")) node = &schema["$defs"][(*node)["$ref"].get<std::string>().substr(8)];
                if (!part.empty() && part.find_first_not_of("0123456789") == std::string::npos) {
                    node = &(*node)["items"];
                    path += "[" + part + "]";
                } else {
                    node = &(*node)["properties"][part];
                    path += (path.empty() ? "" : ".") + part;
                }
            }
            if (node->contains("$ref")) node = &schema["$defs"][(*node)["$ref"].get<std::string>().substr(8)];
            std::vector<double> outside;
            if (node->contains("minimum")) outside.push_back((*node)["minimum"].get<double>() - 1);
            if (node->contains("exclusiveMinimum")) outside.push_back((*node)["exclusiveMinimum"].get<double>());
            if (node->contains("maximum")) outside.push_back((*node)["maximum"].get<double>() * 2 + 1);
            CHECK_MESSAGE(!outside.empty(), path, " has no bounds in the schema");
            for (double bad : outside) {
                nlohmann::json changed = flat;
                changed[pointer] = bad;
                const auto result = load_book(changed.unflatten().dump());
                INFO(path, " = ", bad);
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().field == path);
                ++checked;
            }
        }
        CHECK(checked > 60);
    }
}
