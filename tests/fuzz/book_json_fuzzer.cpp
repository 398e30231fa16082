// Fuzzes io::load_book, the reader of book files. Built without exceptions, like the web
// build: a throw inside nlohmann-json aborts, and the fuzzer reports it.
//
// Invariants beyond "no crash, no sanitizer report":
//   - a refusal and every warning say why, in valid UTF-8 (the UI shows them verbatim);
//   - a loaded book has finite totals, flows and company figures (max_input_magnitude
//     exists to keep them finite);
//   - a loaded book saves to a file that loads to the same book, title, description and
//     sources (the compact form: without sources), and saving that again gives the same text.
#include "fuzz_check.hpp"

#include "io/book_json.hpp"
#include "model/bounds.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace boomerang;
using fuzz::require;

namespace {

void require_finite(double value, const char* what) {
    require(std::isfinite(value), "a loaded book has finite results",
            std::string(what) + " = " + model::number_text(value));
}

void require_finite_results(const model::BookResults& results) {
    const model::BookTotals& t = results.totals;
    for (double value : {t.headline_usd, t.firm_usd, t.flow_usd, t.circular_flow_usd, t.circular_share_fraction}) {
        require_finite(value, "a total");
    }
    for (const model::BookFlow& flow : results.flows) require_finite(flow.amount_usd, "a flow");
    for (const model::BookCompany& c : results.companies) {
        for (double value :
             {c.inflow_usd, c.outflow_usd, c.boomerang_fungible_ratio, c.boomerang_earmarked_ratio,
              c.commitments_headline_usd, c.commitments_firm_usd, c.payments_in_window_usd, c.backlog_in_window_usd}) {
            require_finite(value, "a company's figure");
        }
    }
}

// `saved` is what save_book or save_book_compact wrote for `original`.
void require_reloads(const io::BookFile& original, const std::string& saved, std::string (*save)(const io::BookFile&)) {
    const auto reloaded = io::load_book(saved);
    require(reloaded.ok(), "a saved book loads again", reloaded.ok() ? "" : reloaded.error().message);
    require(reloaded->file == original, "a saved book loads as the same file", saved);
    require(save(reloaded->file) == saved, "saving a reloaded book writes the same text", saved);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = io::load_book(text);
    if (!loaded) {
        fuzz::require_showable(loaded.error().message);
        return 0;
    }
    for (const std::string& warning : loaded->warnings) fuzz::require_showable(warning);
    require_finite_results(loaded->results);
    require_reloads(loaded->file, io::save_book(loaded->file), io::save_book);
    io::BookFile without_sources = loaded->file;
    without_sources.sources.clear();
    require_reloads(without_sources, io::save_book_compact(loaded->file), io::save_book_compact);
    return 0;
}
