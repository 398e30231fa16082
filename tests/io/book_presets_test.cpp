// The preset books (assets/books): each loads without a warning, every value carries its own
// citation, every source has a date, and the figures a journalist would quote are the
// reported ones (deal facts as of November 2026, each with its source in the book).
#include "../fixtures/preset_books.hpp"
#include "../support.hpp"
#include "io/book_csv.hpp"
#include "io/book_json.hpp"
#include "io/presets.hpp"
#include "model/deal_figures.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

using namespace boomerang;
using doctest::Approx;

namespace {

using testing::load_book_file;
using testing::preset_book_names;

const model::DealResults& deal(const io::LoadedBook& book, const std::string& id) {
    for (std::size_t i = 0; i < book.file.book.deals.size(); ++i) {
        if (book.file.book.deals[i].id == id) return book.results.deals[i];
    }
    FAIL("no deal ", id);
    return book.results.deals.front();
}

// The CSV's fields, honouring quotes.
std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            out.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("every preset book loads without a warning") {
    const std::vector<std::string> names = preset_book_names();
    CHECK(names.size() >= 8);
    for (const std::string& name : names) {
        INFO(name);
        const io::LoadedBook book = load_book_file(name);
        CHECK(book.warnings.empty());
        CHECK_FALSE(book.file.title.empty());
        CHECK_FALSE(book.file.description.empty());
    }
}

TEST_CASE("every value of a preset book is cited where it stands, and every source has a date") {
    const std::regex year(R"(\b(19|20)\d\d\b)");
    for (const std::string& name : preset_book_names()) {
        INFO(name);
        const io::LoadedBook book = load_book_file(name);
        const std::string csv = io::cited_values_csv(book.file);
        std::vector<std::vector<std::string>> rows;
        std::istringstream lines(csv);
        std::string line;
        std::getline(lines, line);
        while (std::getline(lines, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            rows.push_back(fields(line));
        }
        const auto has_path = [&](const std::string& p) {
            return std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r[5] == p; });
        };
        for (const std::vector<std::string>& f : rows) {
            REQUIRE(f.size() == 12);
            const std::string& path = f[5];
            const std::string& cited_at = f[11];
            INFO(path);
            // Which of two figures is entered is the reader's choice, not a fact; whoever may give
            // notice matters only with a notice period.
            const auto ends_with = [&](const std::string& end) {
                return path.size() >= end.size() && path.compare(path.size() - end.size(), end.size(), end) == 0;
            };
            if (ends_with(".derived") || ends_with(".term_given")) continue;
            if (ends_with(".notice_by") && !has_path(path.substr(0, path.size() - 9) + "notice_days")) continue;
            CHECK(f[7] != "uncited");
            // Its own citation, or its tranche's or tranche list's; the window is cited whole,
            // and a deal's parties by the deal's own citation.
            const bool party =
                path == cited_at + ".buyer" || path == cited_at + ".seller" || path == cited_at + ".investor";
            const bool own = cited_at == path || party || (cited_at == "window" && path.rfind("window.", 0) == 0) ||
                             (cited_at.find(".tranches") != std::string::npos && path.rfind(cited_at, 0) == 0);
            CHECK(own);
            if (f[7] == "source") CHECK(std::regex_search(f[8], year));
        }
    }
}

TEST_CASE("a single-deal preset shows figures of its own blocks only") {
    for (const std::string& name : preset_book_names()) {
        const io::LoadedBook book = load_book_file(name);
        for (std::size_t i = 0; i < book.file.book.deals.size(); ++i) {
            const model::Deal& d = book.file.book.deals[i];
            INFO(name, ": ", d.id);
            for (const model::DealFigure& figure : model::deal_figures()) {
                if (!model::has_block(d, figure.block)) CHECK_FALSE(figure.get(book.results.deals[i]).has_value());
            }
        }
    }
}

TEST_CASE("the figures a journalist would quote are the reported ones") {
    SUBCASE("Anthropic → SpaceX: $1.25B a month, 90 days' notice: $3.75B firm after the ramp") {
        const io::LoadedBook book = load_book_file("anthropic-spacex-v1.json");
        const model::DealResults& d = deal(book, "anthropic-spacex");
        CHECK(d.rental->monthly_rate_usd == 1.25e9);
        CHECK(d.rental->end == model::Date{2029, 5, 0});
        CHECK(*d.exit->notice_months == 3.0);
        const auto& firm = d.exit->firm_usd.values;
        CHECK(firm[3] == Approx(3.75e9));
        CHECK(d.exit->headline_value_usd > 40e9);  // "more than $40 billion" (TechCrunch)
    }
    SUBCASE("AMD → OpenAI: only the first of 6 GW binds; 160M shares are $96B at the $600 hurdle") {
        const io::LoadedBook book = load_book_file("amd-openai-v1.json");
        const model::DealResults& d = deal(book, "amd-openai");
        CHECK(*d.exit->binding_value_usd == Approx(d.exit->headline_value_usd / 6));
        CHECK(d.warrants->shares_granted == Approx(160e6));
        CHECK(*d.warrants->all_vest_value_usd == Approx(160e6 * (600 - 0.01)));
    }
    SUBCASE("Nvidia → OpenAI: the letter of intent binds nothing and moves no money") {
        const io::LoadedBook book = load_book_file("nvidia-openai-v1.json");
        const model::Deal* loi = model::find_deal(book.file.book, "nvidia-openai-loi");
        REQUIRE(loi != nullptr);
        CHECK(model::binds_nothing(loi->status));
        for (const model::BookFlow& flow : book.results.flows)
            CHECK(book.file.book.deals[flow.deal_index].id != "nvidia-openai-loi");
        CHECK(deal(book, "nvidia-openai-equity").financing->committed_usd == 30e9);
    }
}
