// A book of random deals for benchmarks: `deal_count` deals among `company_count` companies,
// every kind of deal the presets have (capacity purchases with exit terms, rentals with
// notice, vendor financing, warrants), the same book for the same seed natively and in wasm.
#pragma once

#include "model/book.hpp"
#include "model/sensitivity.hpp"

#include <string>

namespace boomerang::bench {

inline model::Book random_book(int deal_count, int company_count, std::uint64_t seed = 1) {
    model::Rng rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng.uniform() * n); };
    const auto between = [&](double low, double high) { return low + (high - low) * rng.uniform(); };

    model::Book book;
    book.window = {2025, 2030};
    book.assumptions.hardware_usd_per_gw = 25e9;
    book.assumptions.facility_usd_per_gw = 13e9;
    book.assumptions.pue = 1.3;
    book.assumptions.electricity_usd_per_mwh = 60;
    book.assumptions.utilization_fraction = 0.8;
    book.assumptions.idle_power_fraction = 0.3;
    book.assumptions.opex_usd_per_gw_year = 0.3e9;
    book.assumptions.it_life_years = 5;
    book.assumptions.facility_life_years = 14;
    book.assumptions.cost_of_capital_per_year = 0.07;
    for (int c = 0; c < company_count; ++c) {
        book.companies.push_back({"Company " + std::to_string(c), between(1e9, 100e9), std::nullopt});
    }
    for (int i = 0; i < deal_count; ++i) {
        model::Deal deal;
        deal.id = "deal-" + std::to_string(i);
        deal.title = "Deal " + std::to_string(i);
        const int buyer = pick(company_count);
        const int seller = (buyer + 1 + pick(company_count - 1)) % company_count;
        deal.buyer = book.companies[static_cast<std::size_t>(buyer)].name;
        deal.seller = book.companies[static_cast<std::size_t>(seller)].name;
        deal.status = model::DealStatus::definitive;
        deal.start = model::Date{2025 + pick(3), 1 + pick(12), 0};
        switch (i % 4) {
            case 0: {  // a capacity purchase, part of it binding
                model::CapacityBlock capacity;
                capacity.capacity_gw = between(0.2, 6.0);
                capacity.gpus_per_gw = 450'000;
                capacity.deploy_end = model::Date{2029 + pick(3), 12, 0};
                deal.capacity = capacity;
                model::ExitBlock exit;
                exit.headline_basis = model::HeadlineBasis::capacity;
                exit.binding_gw = 0.1;
                deal.exit = exit;
                break;
            }
            case 1: {  // a rental with notice
                model::RentalBlock rental;
                rental.monthly_rate_usd = between(0.05e9, 1.5e9);
                rental.term_months = 12 + pick(49);
                rental.discounted_months = 2;
                rental.discounted_rate_fraction = 0.5;
                rental.gpus = between(20e3, 300e3);
                deal.rental = rental;
                model::ExitBlock exit;
                exit.headline_basis = model::HeadlineBasis::rental;
                exit.notice_days = 90;
                exit.exit_probability_per_year = 0.2;
                deal.exit = exit;
                break;
            }
            case 2: {  // vendor financing released per GW
                deal.investor = deal.seller;
                model::CapacityBlock capacity;
                capacity.capacity_gw = 10;
                capacity.deploy_end = model::Date{2034, 12, 0};
                deal.capacity = capacity;
                model::FinancingBlock financing;
                for (int gw = 1; gw <= 10; ++gw) financing.tranches.push_back({double(gw), between(1e9, 10e9)});
                financing.investor_gross_margin_fraction = 0.7;
                deal.financing = financing;
                break;
            }
            default: {  // warrants vesting with GW and price
                model::CapacityBlock capacity;
                capacity.capacity_gw = 6;
                capacity.deploy_end = model::Date{2030, 12, 0};
                deal.capacity = capacity;
                model::WarrantsBlock warrants;
                for (int t = 1; t <= 6; ++t) warrants.tranches.push_back({160e6 / 6, double(t), 100.0 * t});
                warrants.strike_usd_per_share = 0.01;
                warrants.share_price_usd = between(100, 600);
                warrants.shares_outstanding = 1.6e9;
                deal.warrants = warrants;
                break;
            }
        }
        book.deals.push_back(std::move(deal));
    }
    return book;
}

}  // namespace boomerang::bench
