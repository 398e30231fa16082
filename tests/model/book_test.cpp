// A book of deals: the money network built from the deals' schedules, the two attribution
// rules, commitments against outside money, and the timeline against each vendor's supply
// (docs/models/book.md).
#include "../fixtures/tangled_book.hpp"
#include "model/book_evaluation.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace boomerang::model;
using doctest::Approx;

namespace {

BookResults evaluated(const Book& book) {
    const auto result = evaluate_book(book);
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    return result.value();
}

const BookCompany& company(const BookResults& results, const std::string& name) {
    const auto it = std::find_if(results.companies.begin(), results.companies.end(),
                                 [&](const BookCompany& c) { return c.name == name; });
    REQUIRE(it != results.companies.end());
    return *it;
}

// "Investor" puts $10B into "Buyer" at the start; "Buyer" pays "Investor" $20B for chips.
Book investment_and_purchase() {
    Book book;
    book.window = {2026, 2026};
    Deal invest;
    invest.id = "invest";
    invest.title = "Investor funds Buyer";
    invest.buyer = "Buyer";
    invest.investor = "Investor";
    invest.status = DealStatus::definitive;
    invest.start = Date{2026, 1, 0};
    invest.financing = FinancingBlock{{{0.0, 10e9}}, std::nullopt, std::nullopt};
    Deal buy;
    buy.id = "buy";
    buy.title = "Buyer buys from Investor";
    buy.buyer = "Buyer";
    buy.seller = "Investor";
    buy.status = DealStatus::definitive;
    buy.start = Date{2026, 3, 0};
    ExitBlock exit;
    exit.headline_value_usd = 20e9;
    buy.exit = exit;
    book.deals = {invest, buy};
    return book;
}

}  // namespace

TEST_CASE("the network's flows come from the deals' schedules, typed") {
    const BookResults out = evaluated(investment_and_purchase());
    REQUIRE(out.flows.size() == 2);
    CHECK(out.flows[0].type == BookFlowType::investment);
    CHECK(out.flows[0].from == "Investor");
    CHECK(out.flows[0].to == "Buyer");
    CHECK(out.flows[1].type == BookFlowType::purchase);
    CHECK(out.totals.flow_usd == Approx(30e9));
    CHECK(out.totals.headline_usd == Approx(20e9));
    CHECK(out.totals.firm_usd == Approx(20e9));
    REQUIRE(out.cycles.size() == 1);
    CHECK(out.totals.circular_share_fraction == Approx(1.0));
}

TEST_CASE("boomerang ratios under the two attribution rules") {
    Book book = investment_and_purchase();
    SUBCASE("without outside money both rules give back every dollar Investor sends") {
        const BookResults out = evaluated(book);
        CHECK(company(out, "Investor").boomerang_fungible_ratio == Approx(1.0));
        CHECK(company(out, "Investor").boomerang_earmarked_ratio == Approx(1.0));
    }
    SUBCASE("fungible: Buyer's own $30B of revenue dilutes the investor's dollars") {
        book.companies = {{"Buyer", 30e9, std::nullopt}};
        const BookResults out = evaluated(book);
        // Buyer's sources: $10B from Investor + $30B outside; of each dollar, $20B / $40B is
        // spent with Investor.
        CHECK(company(out, "Investor").boomerang_fungible_ratio == Approx(0.5));
        // Earmarked: the $10B is spent back with Investor, who is paid $20B: all of it.
        CHECK(company(out, "Investor").boomerang_earmarked_ratio == Approx(1.0));
        CHECK(*company(out, "Buyer").commitments_to_outside_money_ratio == Approx(20.0 / 30.0));
    }
    SUBCASE("earmarked is capped by what comes back: Buyer pays $20B and gets $10B") {
        const BookResults out = evaluated(book);
        CHECK(company(out, "Buyer").boomerang_earmarked_ratio == Approx(0.5));
    }
}

TEST_CASE("superseded, cancelled and excluded deals move no money in the book") {
    Book book = investment_and_purchase();
    SUBCASE("superseded") {
        book.deals[1].status = DealStatus::superseded;
        book.deals[1].superseded_by = "invest";
    }
    SUBCASE("cancelled") { book.deals[1].status = DealStatus::cancelled; }
    SUBCASE("excluded") { book.deals[1].excluded_from_network = true; }
    const BookResults out = evaluated(book);
    CHECK(out.flows.size() == 1);
    CHECK(out.totals.headline_usd == 0.0);
    CHECK(out.cycles.empty());
    REQUIRE(out.deals[1].exit.has_value());  // still evaluated on its own
}

TEST_CASE("one value per warrant: the deal, the network and the book agree") {
    Book book;
    book.window = {2025, 2030};
    Deal deal;
    deal.id = "amd-openai";
    deal.title = "AMD → OpenAI";
    deal.buyer = "OpenAI";
    deal.seller = "AMD";
    deal.status = DealStatus::definitive;
    deal.start = Date{2026, 7, 0};
    deal.capacity = CapacityBlock{};
    deal.capacity->capacity_gw = 6.0;
    deal.capacity->power_basis = PowerBasis::it_power;
    deal.capacity->deploy_end = Date{2030, 12, 0};
    WarrantsBlock warrants;
    for (int gw = 1; gw <= 6; ++gw) warrants.tranches.push_back({160e6 / 6, double(gw), 100.0 * gw});
    warrants.strike_usd_per_share = 0.01;
    warrants.share_price_usd = 250;
    deal.warrants = warrants;
    book.deals = {deal};
    const BookResults out = evaluated(book);
    const double deal_value = *out.deals[0].warrants->vested_value_usd;
    CHECK(deal_value == Approx(160e6 / 3 * 249.99));
    double network_value = 0.0;
    for (const BookFlow& flow : out.flows) {
        if (flow.type == BookFlowType::warrant) network_value += flow.amount_usd;
    }
    CHECK(network_value == deal_value);
    CHECK(company(out, "OpenAI").inflow_usd == deal_value);
    CHECK(out.deals[0].warrants->vesting_value.total() == Approx(deal_value));
}

TEST_CASE("each vendor's deployments are set against its own supply") {
    Book book;
    book.window = {2026, 2028};
    book.assumptions.pue = 1.25;
    book.supply = {{"AMD", 2026, 1.0, 0.0}};
    Deal deal;
    deal.id = "amd-openai";
    deal.title = "AMD → OpenAI";
    deal.buyer = "OpenAI";
    deal.seller = "AMD";
    deal.start = Date{2026, 1, 0};
    deal.capacity = CapacityBlock{};
    deal.capacity->capacity_gw = 5.0;  // grid power: 4 GW of IT power at a PUE of 1.25
    deal.capacity->deploy_end = Date{2027, 12, 0};
    book.deals = {deal};
    const BookResults out = evaluated(book);
    REQUIRE(out.timelines.size() == 1);
    const VendorTimeline& amd = out.timelines[0];
    CHECK(amd.vendor == "AMD");
    CHECK(amd.deployed_it_gw[0].value == Approx(2.0));
    CHECK(amd.deployed_it_gw[1].value == Approx(2.0));
    CHECK(amd.deployed_it_gw[2].value == 0.0);
    CHECK(amd.supply_it_gw[0].value == 1.0);
    CHECK(*amd.first_short_year == 2026);  // 2 GW wanted, 1 GW made
}

TEST_CASE("a book's errors name the deal") {
    Book book = investment_and_purchase();
    SUBCASE("a deal naming itself as what superseded it") {
        book.deals[1].status = DealStatus::superseded;
        book.deals[1].superseded_by = "buy";
        const auto result = evaluate_book(book);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "deals[1].superseded_by");
        CHECK(result.error().message ==
              "Deal \"Buyer buys from Investor\" (buy) names itself in superseded_by; name the deal that replaced it");
    }
    SUBCASE("two deals with one id") {
        book.deals[1].id = "invest";
        CHECK(evaluate_book(book).error().field == "deals[1].id");
    }
    SUBCASE("a deal's own error, prefixed with where it is") {
        book.deals[1].seller.clear();
        const auto result = evaluate_book(book);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "deals[1].seller");
        CHECK(result.error().message.rfind("Deal \"Buyer buys from Investor\" (buy): seller is needed", 0) == 0);
    }
    SUBCASE("a window that ends before it starts") {
        book.window = {2030, 2026};
        CHECK(evaluate_book(book).error().field == "window.last_year");
    }
}

TEST_CASE("a book too tangled to solve at once gives its results now and its ratios in slices") {
    // 600 purchases among 120 companies at random: one loop through nearly all of them.
    const Book book = boomerang::testing::tangled_book(120, 600);
    const BookResults whole = evaluated(book);
    REQUIRE_FALSE(whole.ratios_pending);

    auto started = start_book_evaluation(book, 100.0);
    REQUIRE(started.ok());
    REQUIRE(started->pending.has_value());
    BookResults& results = started.value().results;
    CHECK(results.ratios_pending);
    // Everything but the fungible ratios is there at once.
    REQUIRE(results.companies.size() == whole.companies.size());
    for (std::size_t j = 0; j < whole.companies.size(); ++j) {
        CHECK(results.companies[j].boomerang_fungible_ratio == 0.0);
        CHECK(results.companies[j].boomerang_earmarked_ratio == whole.companies[j].boomerang_earmarked_ratio);
        CHECK(results.companies[j].cycle_index == whole.companies[j].cycle_index);
    }
    CHECK(results.cycles.size() == whole.cycles.size());
    CHECK(results.totals.circular_flow_usd == whole.totals.circular_flow_usd);

    PendingRatios& pending = *started.value().pending;
    double last_progress = pending.progress();
    int slices = 0;
    for (bool done = false; !done; ++slices) {
        double work = 2'000.0;
        done = pending.advance(work, results);
        CHECK(pending.progress() >= last_progress);
        last_progress = pending.progress();
    }
    CHECK(slices > 10);
    CHECK_FALSE(results.ratios_pending);
    CHECK(results.ratios_error.empty());
    for (std::size_t j = 0; j < whole.companies.size(); ++j) {
        CHECK(results.companies[j].boomerang_fungible_ratio == whole.companies[j].boomerang_fungible_ratio);
    }

    SUBCASE("with enough work, the ratios come at once and nothing is pending") {
        auto at_once = start_book_evaluation(book, 1e12);
        REQUIRE(at_once.ok());
        CHECK_FALSE(at_once->pending.has_value());
        CHECK_FALSE(at_once->results.ratios_pending);
        CHECK(at_once->results.companies[0].boomerang_fungible_ratio == whole.companies[0].boomerang_fungible_ratio);
    }
}
