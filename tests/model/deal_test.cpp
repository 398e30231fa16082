// One deal, evaluated on its own terms: the blocks of docs/models/deals.md with the figures
// of deals as reported (deal-facts: TechCrunch on SpaceX's filing, AMD's 8-K, the
// Nvidia–OpenAI letter of intent).
#include "model/book_evaluation.hpp"
#include "model/deal_evaluation.hpp"

#include <doctest/doctest.h>

using namespace boomerang::model;
using doctest::Approx;

namespace {

Book book_over(int first_year, int last_year) {
    Book book;
    book.window = {first_year, last_year};
    return book;
}

DealResults evaluated(const Deal& deal, const Book& book) {
    const auto result = evaluate_deal(deal, book);
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    return result.value();
}

Error rejected(const Deal& deal, const Book& book) {
    const auto result = evaluate_deal(deal, book);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

// Anthropic rents Colossus 1: $1.25B a month from May 2026 through May 2029, the first two
// months discounted, 90 days' notice either side (TechCrunch, 20 May 2026). The discount's
// depth is not public; half the rate is this test's choice.
Deal colossus_rental() {
    Deal deal;
    deal.id = "anthropic-spacex";
    deal.title = "Anthropic rents Colossus 1";
    deal.buyer = "Anthropic";
    deal.seller = "SpaceX";
    deal.status = DealStatus::definitive;
    deal.start = Date{2026, 5, 0};
    RentalBlock rental;
    rental.monthly_rate_usd = 1.25e9;
    rental.term_given = TermGiven::end_date;
    rental.end = Date{2029, 5, 0};
    rental.discounted_months = 2;
    rental.discounted_rate_fraction = 0.5;
    rental.gpus = 220'000;
    rental.power_mw = 300;
    deal.rental = rental;
    ExitBlock exit;
    exit.headline_basis = HeadlineBasis::rental;
    exit.notice_days = 90;
    exit.notice_by = NoticeBy::either;
    deal.exit = exit;
    return deal;
}

// AMD → OpenAI: 6 GW from H2 2026, only the first 1 GW binding (AMD 8-K, 6 Oct 2025).
Deal amd_purchase() {
    Deal deal;
    deal.id = "amd-openai";
    deal.title = "AMD → OpenAI";
    deal.buyer = "OpenAI";
    deal.seller = "AMD";
    deal.status = DealStatus::definitive;
    deal.start = Date{2026, 7, 0};
    CapacityBlock capacity;
    capacity.capacity_gw = 6.0;
    capacity.power_basis = PowerBasis::it_power;
    capacity.gpus_per_gw = 500'000;
    capacity.deploy_end = Date{2030, 12, 0};  // 54 months
    deal.capacity = capacity;
    ExitBlock exit;
    exit.headline_basis = HeadlineBasis::capacity;
    exit.binding_gw = 1.0;
    deal.exit = exit;
    deal.overrides.hardware_usd_per_gw = 20e9;
    return deal;
}

}  // namespace

TEST_CASE("a deal shows only the blocks it has") {
    const DealResults out = evaluated(colossus_rental(), book_over(2026, 2030));
    CHECK(out.rental.has_value());
    CHECK(out.exit.has_value());
    CHECK_FALSE(out.capacity.has_value());
    CHECK_FALSE(out.financing.has_value());
    CHECK_FALSE(out.project_finance.has_value());
    CHECK_FALSE(out.warrants.has_value());
    CHECK_FALSE(out.market_cap_change_per_usd_committed.has_value());
}

TEST_CASE("a rental pays month by month through its end date") {
    const DealResults out = evaluated(colossus_rental(), book_over(2026, 2030));
    const RentalBlockResults& rental = *out.rental;
    SUBCASE("May 2026 through May 2029 is 37 months, two of them at half rate") {
        CHECK(rental.term_months == 37);
        CHECK(rental.end == Date{2029, 5, 0});
        // 35 × $1.25B + 2 × $0.625B = $45B: SpaceX's filing says "more than $40 billion".
        CHECK(rental.total_usd == Approx(45e9));
    }
    SUBCASE("$ per GPU-hour is the full rate over 220,000 GPUs × 730 hours") {
        CHECK(*rental.usd_per_gpu_hour == Approx(1.25e9 / (220'000 * 730.0)));  // ≈ $7.78
        CHECK(*rental.usd_per_mw_month == Approx(1.25e9 / 300));
    }
    SUBCASE("revenue per year follows the schedule, not the monthly rate × 12") {
        REQUIRE(out.payments_by_year.size() == 4);
        CHECK(out.payments_by_year[0].year == 2026);
        CHECK(out.payments_by_year[0].value == Approx(2 * 0.625e9 + 6 * 1.25e9));  // May–Dec
        CHECK(out.payments_by_year[1].value == Approx(15e9));
        CHECK(out.payments_by_year[3].value == Approx(5 * 1.25e9));  // Jan–May 2029
    }
    SUBCASE("a term in months gives the same schedule as its end date") {
        Deal by_months = colossus_rental();
        by_months.rental->term_given = TermGiven::term_months;
        by_months.rental->term_months = 37;
        by_months.rental->end.reset();
        const DealResults same = evaluated(by_months, book_over(2026, 2030));
        CHECK(same.rental->end == Date{2029, 5, 0});
        CHECK(same.rental->total_usd == Approx(45e9));
    }
}

TEST_CASE("firm value counts only the notice period") {
    const ExitBlockResults exit = *evaluated(colossus_rental(), book_over(2026, 2030)).exit;
    CHECK(exit.headline_value_usd == Approx(45e9));
    CHECK(*exit.notice_months == 3.0);  // 90 days in 30-day months
    SUBCASE("at signing: the two discounted months and one full month") {
        CHECK(exit.firm_value_usd == Approx(0.625e9 + 0.625e9 + 1.25e9));
    }
    SUBCASE("after the ramp: three full months, $3.75B") {
        CHECK(exit.firm_usd.values[2] == Approx(3.75e9));
        CHECK(exit.committed_usd.values[2] == Approx(45e9 - 1.25e9));
    }
    SUBCASE("three months before the end, everything left is firm") {
        CHECK(exit.firm_usd.values[34] == Approx(exit.committed_usd.values[34]));
        CHECK(exit.firm_usd.values.back() == 0.0);
    }
    SUBCASE("a termination fee adds to what is firm") {
        Deal deal = colossus_rental();
        deal.exit->termination_fee_usd = 1e9;
        CHECK(evaluated(deal, book_over(2026, 2030)).exit->firm_value_usd == Approx(3.5e9));
    }
    SUBCASE("no expected value without an exit probability") {
        CHECK_FALSE(exit.expected_value_usd.has_value());
        CHECK(exit.expected_usd.empty());
    }
}

TEST_CASE("a letter of intent binds nothing: its firm value is $0") {
    Deal deal = colossus_rental();
    for (DealStatus status : {DealStatus::letter_of_intent, DealStatus::superseded, DealStatus::cancelled}) {
        deal.status = status;
        deal.superseded_by = status == DealStatus::superseded ? "other" : "";
        const ExitBlockResults exit = *evaluated(deal, book_over(2026, 2030)).exit;
        CHECK(exit.nothing_binds);
        CHECK(exit.firm_value_usd == 0.0);
        CHECK(exit.at_risk_usd == Approx(exit.headline_value_usd));
    }
}

TEST_CASE("only the binding gigawatts of a purchase are firm") {
    const DealResults out = evaluated(amd_purchase(), book_over(2025, 2030));
    SUBCASE("6 GW at $20B of hardware per GW is a $120B purchase") {
        CHECK(*out.capacity->purchase_value_usd == Approx(120e9));
        CHECK(*out.capacity->gpus == Approx(3e6));
        CHECK(out.exit->headline_value_usd == Approx(120e9));
    }
    SUBCASE("the first 1 GW of 6 binds: $20B") {
        CHECK(*out.exit->binding_value_usd == Approx(20e9));
        CHECK(out.exit->firm_value_usd == Approx(20e9));
    }
    SUBCASE("payments follow deployment: 6 GW over the 54 months from July 2026") {
        CHECK(out.payments.values.size() == 54);
        CHECK(out.payments_by_year.front().year == 2026);
        CHECK(out.payments_by_year.front().value == Approx(120e9 * 6 / 54));
    }
}

TEST_CASE("capacity: two of GW, GPUs and GPUs per GW give the third") {
    Deal deal = amd_purchase();
    deal.exit.reset();
    SUBCASE("Colossus 1: 300 MW of grid power for 220,000 GPUs is 1.36 kW per GPU") {
        deal.capacity->capacity_gw = 0.3;
        deal.capacity->power_basis = PowerBasis::facility_power;
        deal.capacity->gpus = 220'000;
        deal.capacity->gpus_per_gw.reset();
        deal.capacity->derived = CapacityDerived::gpus_per_gw;
        const CapacityBlockResults c = *evaluated(deal, book_over(2026, 2030)).capacity;
        CHECK(*c.gpus_per_gw == Approx(220'000 / 0.3));
        CHECK(*c.kw_per_gpu == Approx(1.3636).epsilon(1e-4));
        CHECK(*c.facility_power_gw == Approx(0.3));
        CHECK_FALSE(c.it_power_gw.has_value());  // needs a PUE, and the book gives none
        CHECK_FALSE(c.purchase_value_usd.has_value());
    }
    SUBCASE("10 GW is 4–5 million GPUs (Jensen Huang): 4.5M at 450k per GW") {
        deal.capacity->capacity_gw.reset();
        deal.capacity->gpus = 4.5e6;
        deal.capacity->gpus_per_gw = 450'000;
        deal.capacity->derived = CapacityDerived::capacity_gw;
        CHECK(*evaluated(deal, book_over(2026, 2030)).capacity->capacity_gw == Approx(10.0));
    }
    SUBCASE("GPUs are not shown without GPUs per GW") {
        deal.capacity->gpus_per_gw.reset();
        const CapacityBlockResults c = *evaluated(deal, book_over(2026, 2030)).capacity;
        CHECK_FALSE(c.gpus.has_value());
        CHECK_FALSE(c.kw_per_gpu.has_value());
        CHECK_FALSE(c.hardware_usd_per_gpu.has_value());
    }
}

TEST_CASE("the cost of running capacity uses the book's assumptions, or the deal's own") {
    // Epoch AI (14 May 2026): 1 GW of IT power; the assumptions below are this test's.
    Book book = book_over(2026, 2030);
    book.assumptions.hardware_usd_per_gw = 30e9;
    book.assumptions.facility_usd_per_gw = 8e9;
    book.assumptions.pue = 1.2;
    book.assumptions.utilization_fraction = 0.8;
    book.assumptions.idle_power_fraction = 0.25;
    book.assumptions.electricity_usd_per_mwh = 60;
    book.assumptions.opex_usd_per_gw_year = 0.9e9;
    book.assumptions.it_life_years = 5;
    book.assumptions.facility_life_years = 14;
    book.assumptions.cost_of_capital_per_year = 0.0;
    Deal deal = amd_purchase();
    deal.overrides = {};
    deal.capacity->capacity_gw = 1.0;
    const CapacityBlockResults c = *evaluated(deal, book).capacity;
    CHECK(*c.total_capex_usd == Approx(38e9));
    CHECK(*c.facility_power_gw == Approx(1.2));
    // Busy 80% of the time, idle GPUs still draw 25%: 1.2 GW × 0.85 × 8,760 h = 8.935 TWh.
    CHECK(*c.energy_twh_per_year == Approx(1.2 * 0.85 * 8.76));
    CHECK(*c.energy_cost_usd_per_year == Approx(1.2 * 0.85 * 8.76 * 1e6 * 60));
    // At 0% cost of capital, straight-line: $30B / 5 + $8B / 14.
    CHECK(*c.capital_cost_usd_per_year == Approx(6e9 + 8e9 / 14));
    CHECK(*c.opex_usd_per_year == Approx(0.9e9));
    const double annual = 6e9 + 8e9 / 14 + 1.2 * 0.85 * 8.76 * 1e6 * 60 + 0.9e9;
    CHECK(*c.annualized_cost_usd_per_year == Approx(annual));
    CHECK(*c.cost_usd_per_gpu_hour == Approx(annual / (500e3 * 8760 * 0.8)));

    SUBCASE("a deal's override wins over the book") {
        deal.overrides.hardware_usd_per_gw = 20e9;
        CHECK(*evaluated(deal, book).capacity->hardware_capex_usd == Approx(20e9));
    }
    SUBCASE("without an energy price there is no energy cost and no annual cost") {
        book.assumptions.electricity_usd_per_mwh.reset();
        const CapacityBlockResults without = *evaluated(deal, book).capacity;
        CHECK(without.energy_twh_per_year.has_value());
        CHECK_FALSE(without.energy_cost_usd_per_year.has_value());
        CHECK_FALSE(without.annualized_cost_usd_per_year.has_value());
        CHECK_FALSE(without.cost_usd_per_gpu_hour.has_value());
    }
}

TEST_CASE("vendor financing releases tranches as gigawatts deploy, within the window") {
    // Nvidia's letter of intent: up to $100B, $10B per GW over 10 GW (press reports).
    Deal deal;
    deal.id = "nvidia-openai-loi";
    deal.title = "Nvidia → OpenAI letter of intent";
    deal.buyer = "OpenAI";
    deal.seller = "Nvidia";
    deal.investor = "Nvidia";
    deal.status = DealStatus::letter_of_intent;
    deal.start = Date{2026, 7, 0};
    CapacityBlock capacity;
    capacity.capacity_gw = 10.0;
    capacity.power_basis = PowerBasis::it_power;
    capacity.deploy_end = Date{2036, 6, 0};  // 120 months: 1 GW a year
    deal.capacity = capacity;
    FinancingBlock financing;
    for (int gw = 1; gw <= 10; ++gw) financing.tranches.push_back({double(gw), 10e9});
    deal.financing = financing;
    deal.overrides.hardware_usd_per_gw = 35e9;

    const FinancingBlockResults f = *evaluated(deal, book_over(2025, 2030)).financing;
    CHECK(f.committed_usd == Approx(100e9));
    // July 2026 to December 2030 is 54 months: 4.5 GW, so the tranches at 1–4 GW.
    CHECK(f.disbursed_usd == Approx(40e9));
    CHECK(f.tranches[3].in_window);
    CHECK_FALSE(f.tranches[4].in_window);
    SUBCASE("the stake received is $0 unless entered, and the net says so") {
        CHECK_FALSE(f.stake_value_entered);
        CHECK(f.net_transfer_usd == Approx(40e9));
    }
    SUBCASE("round trip: the investment as a share of what the buyer spends with the investor") {
        // 4.5 GW × $35B = $157.5B spent with Nvidia in the window; $40B of it was Nvidia's.
        CHECK(*f.spend_with_investor_usd == Approx(157.5e9));
        CHECK(*f.round_trip_ratio == Approx(40.0 / 157.5));
    }
}

TEST_CASE("warrants: vested tranches at intrinsic value, the rest shown apart") {
    // AMD's warrant: 160M shares at $0.01, vesting with GW milestones and price hurdles up to
    // $600 (AMD 8-K). Six equal tranches at $100 steps are this test's split.
    Deal deal = amd_purchase();
    WarrantsBlock warrants;
    for (int gw = 1; gw <= 6; ++gw) warrants.tranches.push_back({160e6 / 6, double(gw), 100.0 * gw});
    warrants.strike_usd_per_share = 0.01;
    warrants.share_price_usd = 250;
    warrants.shares_outstanding = 1.62e9;
    deal.warrants = warrants;
    const WarrantsBlockResults w = *evaluated(deal, book_over(2025, 2030)).warrants;
    // By December 2030 all 6 GW are deployed; only the $100 and $200 hurdles are met at $250.
    CHECK(w.shares_vested == Approx(160e6 / 3));
    CHECK(*w.vested_value_usd == Approx(160e6 / 3 * 249.99));
    CHECK(*w.all_vest_price_usd == 600);
    CHECK(*w.all_vest_value_usd == Approx(160e6 * 599.99));  // ≈ $96B
    CHECK(*w.ownership_if_all_exercised_fraction == Approx(160e6 / (1.62e9 + 160e6)));
    SUBCASE("a window that ends before a milestone leaves its tranche unvested") {
        // By December 2027: 18 of 54 months, 2 GW.
        const WarrantsBlockResults early = *evaluated(deal, book_over(2025, 2027)).warrants;
        CHECK(early.shares_vested == Approx(160e6 / 3));
        const WarrantsBlockResults earlier = *evaluated(deal, book_over(2025, 2026)).warrants;
        CHECK(earlier.shares_vested == 0.0);  // by December 2026: 6 months, 0.67 GW
    }
}

TEST_CASE("project financing: raised, leverage, cost of capital and what it buys") {
    // The AI Infrastructure Partnership: $30B of equity, up to $100B with debt.
    Deal deal;
    deal.id = "aip";
    deal.title = "AI Infrastructure Partnership";
    deal.buyer = "AI Infrastructure Partnership";
    ProjectFinanceBlock p;
    p.equity_usd = 30e9;
    p.debt_usd = 70e9;
    p.cost_of_equity_per_year = 0.12;
    p.cost_of_debt_per_year = 0.06;
    p.debt_term_years = 10;
    deal.project_finance = p;
    Book book = book_over(2025, 2030);
    book.assumptions.hardware_usd_per_gw = 30e9;
    book.assumptions.facility_usd_per_gw = 8e9;
    const ProjectFinanceBlockResults r = *evaluated(deal, book).project_finance;
    CHECK(r.raised_usd == Approx(100e9));
    CHECK(*r.debt_to_equity_ratio == Approx(70.0 / 30.0));
    CHECK(*r.cost_of_capital_per_year == Approx(0.3 * 0.12 + 0.7 * 0.06));
    CHECK(*r.buys_it_gw == Approx(100.0 / 38.0));
    CHECK(*r.debt_service_usd_per_year == Approx(70e9 * 0.06 / (1 - std::pow(1.06, -10))));
}

TEST_CASE("a deal's terms are checked, naming the field") {
    const Book book = book_over(2026, 2030);
    Deal deal = colossus_rental();
    SUBCASE("a rental needs a seller") {
        deal.seller.clear();
        CHECK(rejected(deal, book).field == "seller");
    }
    SUBCASE("a deal is between two companies") {
        deal.seller = "Anthropic";
        CHECK(rejected(deal, book).message ==
              "seller and buyer are both \"Anthropic\": a deal is between two companies");
    }
    SUBCASE("money needs a start month") {
        deal.start.reset();
        CHECK(rejected(deal, book).field == "start");
    }
    SUBCASE("an end date before the start") {
        deal.rental->end = Date{2025, 1, 0};
        CHECK(rejected(deal, book).message == "rental.end (2025-01) is before the deal starts (2026-05)");
    }
    SUBCASE("discounted months need their rate") {
        deal.rental->discounted_rate_fraction.reset();
        CHECK(rejected(deal, book).field == "rental.discounted_rate_fraction");
    }
    SUBCASE("a superseded deal names what replaced it") {
        deal.status = DealStatus::superseded;
        CHECK(rejected(deal, book).field == "superseded_by");
    }
    SUBCASE("a capacity headline needs a price") {
        Deal amd = amd_purchase();
        amd.overrides.hardware_usd_per_gw.reset();
        CHECK(rejected(amd, book).field == "exit.headline_basis");
    }
    SUBCASE("NaN is refused") {
        deal.rental->monthly_rate_usd = std::nan("");
        CHECK(rejected(deal, book).field == "rental.monthly_rate_usd");
    }
}

TEST_CASE("a minimum term holds before notice can end the contract") {
    // "a 180 day lease with 90 day notice mutual cancellation thereafter" (Elon Musk on X,
    // 28 May 2026, on Colossus 1): at signing the first six months are firm.
    Deal deal = colossus_rental();
    deal.exit->minimum_term_months = 6;
    const ExitBlockResults exit = *evaluated(deal, book_over(2026, 2030)).exit;
    CHECK(exit.firm_value_usd == Approx(2 * 0.625e9 + 4 * 1.25e9));
    CHECK(exit.firm_usd.values[6] == Approx(3.75e9));  // after it, three months' notice
}

TEST_CASE("a capacity bought at an undisclosed price has a cost but no purchase value") {
    // Broadcom–OpenAI: 10 GW, "financial terms not disclosed".
    Deal deal = amd_purchase();
    deal.exit.reset();
    deal.capacity->pays_for = PaysFor::undisclosed;
    const DealResults out = evaluated(deal, book_over(2025, 2030));
    CHECK(out.capacity->hardware_capex_usd.has_value());
    CHECK_FALSE(out.capacity->purchase_value_usd.has_value());
    CHECK(out.payments.empty());
}
