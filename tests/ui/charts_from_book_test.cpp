// Chart data from a deal's and a book's results (ui/charts/from_book.hpp), on the preset books.
#include <doctest/doctest.h>

#include "../fixtures/preset_books.hpp"
#include "../support.hpp"
#include "io/book_json.hpp"
#include "ui/charts/from_book.hpp"

using namespace boomerang;
using namespace boomerang::ui::charts;
using doctest::Approx;

namespace {

using testing::load_book_file;

}  // namespace

TEST_CASE("a rental's schedule: paid to date, still committed, and what is firm month by month") {
    const io::LoadedBook book = load_book_file("anthropic-spacex-v1.json");
    const LineChartData data = deal_schedule_data(book.results.deals[0]);
    REQUIRE(data.x.size() == 38);  // months 0 to 37
    REQUIRE(data.series.size() == 3);
    CHECK(data.series[0].label == "Paid to date");
    CHECK(data.series[0].values.back() == Approx(book.results.deals[0].exit->headline_value_usd));
    CHECK(data.series[1].values.front() == Approx(book.results.deals[0].exit->headline_value_usd));
    CHECK(data.series[2].label == "Firm");
    CHECK(data.series[2].values[3] == Approx(3.75e9));  // three full months once the discount is over
}

TEST_CASE("a deal that moves no money through payments has no schedule") {
    const io::LoadedBook book = load_book_file("nvidia-openai-v1.json");
    for (std::size_t i = 0; i < book.file.book.deals.size(); ++i) {
        if (book.file.book.deals[i].id == "nvidia-openai-equity")
            CHECK(deal_schedule_data(book.results.deals[i]).x.empty());
    }
}

TEST_CASE("the cost a year adds up its three parts") {
    const io::LoadedBook book = load_book_file("amd-openai-v1.json");
    const auto data = deal_annual_cost_data(*book.results.deals[0].capacity);
    REQUIRE(data.has_value());
    double sum = 0.0;
    for (const WaterfallSegment& segment : data->segments) sum += segment.value;
    CHECK(sum == Approx(*book.results.deals[0].capacity->annualized_cost_usd_per_year));
}

TEST_CASE("a vendor's timeline adds up its years, beside its supply") {
    const io::LoadedBook book = load_book_file("deal-web-v1.json");
    const auto nvidia = std::find_if(book.results.timelines.begin(), book.results.timelines.end(),
                                     [](const model::VendorTimeline& t) { return !t.supply_it_gw.empty(); });
    REQUIRE(nvidia != book.results.timelines.end());
    const LineChartData data = vendor_timeline_data(*nvidia);
    REQUIRE(data.series.size() == 4);
    double deployed = 0.0;
    for (const model::YearAmount& year : nvidia->deployed_it_gw) deployed += year.value;
    CHECK(data.series[0].values.back() == Approx(deployed));
}

TEST_CASE("the network shows each company's ratio under the rule asked for, and marks cycles") {
    const io::LoadedBook book = load_book_file("amd-openai-v1.json");
    const NetworkDiagramData fungible = book_network_data(book.results, model::AttributionRule::fungible);
    const NetworkDiagramData earmarked = book_network_data(book.results, model::AttributionRule::earmarked);
    REQUIRE(fungible.nodes.size() == book.results.companies.size());
    CHECK(fungible.nodes[0].boomerang_ratio == Approx(book.results.companies[0].boomerang_fungible_ratio));
    CHECK(earmarked.nodes[0].boomerang_ratio == Approx(book.results.companies[0].boomerang_earmarked_ratio));
    CHECK(fungible.type_names == std::vector<std::string>{"purchase", "rental", "investment", "warrant"});
    REQUIRE_FALSE(fungible.edges.empty());
    for (const NetworkEdge& edge : fungible.edges) CHECK(edge.on_cycle);  // OpenAI pays AMD, AMD's warrants come back
}

TEST_CASE("a deal's tornado names its numbers, an assumption as such") {
    const io::LoadedBook book = load_book_file("amd-openai-v1.json");
    const model::DealFigure& cost = *model::find_deal_figure(model::Block::capacity, "annualized_cost_usd_per_year");
    const auto bars = model::deal_tornado(book.file.book, 0, cost, 0.2);
    REQUIRE(bars.ok());
    const TornadoData data = deal_tornado_data(*bars, cost, *cost.get(book.results.deals[0]), 0.2);
    REQUIRE_FALSE(data.rows.empty());
    CHECK(data.low_label == "Number −20%");
    bool assumption = false;
    for (const TornadoRow& row : data.rows) assumption = assumption || row.label.ends_with(" (assumption)");
    CHECK(assumption);
}
