// Index: schedules | validation | capacity | payments | rental | exit | financing |
//        project finance | warrants | evaluate_deal
#include "model/deal_evaluation.hpp"

#include "model/bounds.hpp"
#include "model/capacity.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace boomerang::model {

// ---- Schedules -----------------------------------------------------------------------------

double Schedule::at(int month) const {
    if (month < first_month || month >= end_month()) return 0.0;
    return values[static_cast<std::size_t>(month - first_month)];
}

double Schedule::total() const {
    double sum = 0.0;
    for (double value : values) sum += value;
    return sum;
}

double Schedule::sum(int from, int to) const {
    double total = 0.0;
    for (int month = std::max(from, first_month); month <= to && month < end_month(); ++month) {
        total += values[static_cast<std::size_t>(month - first_month)];
    }
    return total;
}

// The rate ramps linearly over ramp_months, so the ramp costs ramp_months / 2 full payments.
double RentalBlockResults::paid_through(double t) const {
    t = std::clamp(t, 0.0, term_months);
    const double full_payments = t >= ramp_months ? t - ramp_months / 2.0 : t * t / (2.0 * ramp_months);
    return monthly_rate_usd * full_payments;
}

std::vector<YearAmount> by_year(const Schedule& schedule) {
    std::vector<YearAmount> years;
    if (schedule.empty()) return years;
    years.reserve(
        static_cast<std::size_t>(year_of_month(schedule.end_month() - 1) - year_of_month(schedule.first_month) + 1));
    int month = schedule.first_month;
    for (double value : schedule.values) {
        const int year = year_of_month(month++);
        if (years.empty() || years.back().year != year) years.push_back({year, 0.0});
        years.back().value += value;
    }
    return years;
}

namespace {

constexpr double hours_per_year = 8760.0;
constexpr double hours_per_month = hours_per_year / 12.0;
constexpr double gwh_per_twh = 1e3;
constexpr double mwh_per_twh = 1e6;
constexpr double kw_per_gw = 1e6;
constexpr double days_per_notice_month = 30.0;  // "90 days' notice" is three monthly payments
constexpr Bounds share_count{0.0, unbounded, false, false};

// Checks run on every evaluation, so the path is text only once a check fails.
std::optional<Error> check(std::string_view path, double value, const Bounds& bounds) {
    if (bounds.contains(value)) return std::nullopt;
    return check_bounds(path, value, bounds);
}

std::optional<Error> check(std::string_view path, const std::optional<double>& value, const Bounds& bounds) {
    if (!value) return std::nullopt;
    return check(path, *value, bounds);
}

Error missing(const std::string& path, const std::string& why) { return Error{path, path + " is needed " + why}; }

// ---- Validation ----------------------------------------------------------------------------

std::optional<Error> validate_parties(const Deal& deal) {
    const bool sells = deal.capacity || deal.rental || deal.exit || deal.warrants;
    if (deal.buyer.empty()) return missing("buyer", "for every deal: who pays or receives");
    if (sells && deal.seller.empty()) {
        return missing("seller",
                       "when a deal buys capacity, rents compute, has payments or grants "
                       "warrants: who is paid");
    }
    if (!deal.seller.empty() && deal.seller == deal.buyer) {
        return Error{"seller", "seller and buyer are both \"" + deal.buyer + "\": a deal is between two companies"};
    }
    if (deal.financing && deal.investor.empty()) {
        return missing("investor", "when a deal has vendor financing: who puts the money in");
    }
    if (!deal.investor.empty() && deal.investor == deal.buyer) {
        return Error{"investor",
                     "investor and buyer are both \"" + deal.buyer + "\": a company cannot invest in itself"};
    }
    return std::nullopt;
}

std::optional<Error> validate_dates(const Deal& deal) {
    const auto date_ok = [](const char* path, const std::optional<Date>& date) -> std::optional<Error> {
        if (!date || is_valid(*date)) return std::nullopt;
        return Error{path, std::string(path) + " must be a date between " + std::to_string(earliest_year) + " and " +
                               std::to_string(latest_year)};
    };
    for (auto [path, date] : {std::pair{"status_as_of", &deal.status_as_of}, std::pair{"announced", &deal.announced},
                              std::pair{"start", &deal.start}}) {
        if (auto error = date_ok(path, *date)) return error;
    }
    const bool scheduled = deal.capacity || deal.rental || deal.exit || deal.financing || deal.warrants;
    if (scheduled && !deal.start) {
        return missing("start",
                       "when a deal has capacity, rental, payments, financing or warrants: "
                       "the month its money starts to move");
    }
    if (deal.status == DealStatus::superseded && deal.superseded_by.empty()) {
        return missing("superseded_by", "when the status is superseded: the deal that replaced it");
    }
    if (deal.status != DealStatus::superseded && !deal.superseded_by.empty()) {
        return Error{"superseded_by", "superseded_by names \"" + deal.superseded_by + "\", but the status is " +
                                          std::string(status_label(deal.status)) +
                                          ": only a superseded deal names what replaced it"};
    }
    return std::nullopt;
}

std::optional<Error> validate_overrides(const Assumptions& overrides) {
    for (const AssumptionField& field : assumption_fields) {
        const std::optional<double>& value = overrides.*field.member;
        if (value && !field.bounds.contains(*value)) {
            return check("assumptions." + std::string(field.key), *value, field.bounds);
        }
    }
    return std::nullopt;
}

template <typename Tranche, typename Each>
std::optional<Error> validate_tranches(const std::string& block, const std::vector<Tranche>& tranches, Each each) {
    if (tranches.size() > max_tranches) {
        return Error{block + ".tranches", block + ".tranches has " + std::to_string(tranches.size()) +
                                              " entries; at most " + std::to_string(max_tranches)};
    }
    for (std::size_t i = 0; i < tranches.size(); ++i) {
        const auto at = [&](std::string_view key) {
            return block + ".tranches[" + std::to_string(i) + "]." + std::string(key);
        };
        if (auto error = each(at, tranches[i])) return error;
    }
    return std::nullopt;
}

std::optional<Error> validate_capacity(const CapacityBlock& c, const Deal& deal) {
    if (auto e = check("capacity.capacity_gw", c.capacity_gw, positive)) return e;
    if (auto e = check("capacity.gpus", c.gpus, positive)) return e;
    if (auto e = check("capacity.gpus_per_gw", c.gpus_per_gw, positive)) return e;
    switch (c.derived) {
        case CapacityDerived::gpus:
            if (!c.capacity_gw) return missing("capacity.capacity_gw", "when GPUs are derived from it");
            break;
        case CapacityDerived::capacity_gw:
            if (!c.gpus) return missing("capacity.gpus", "when the gigawatts are derived from it");
            if (!c.gpus_per_gw) return missing("capacity.gpus_per_gw", "when the gigawatts are derived from it");
            break;
        case CapacityDerived::gpus_per_gw:
            if (!c.capacity_gw) return missing("capacity.capacity_gw", "when GPUs per GW are derived from it");
            if (!c.gpus) return missing("capacity.gpus", "when GPUs per GW are derived from it");
            break;
    }
    for (auto [path, date] :
         {std::pair{"capacity.deploy_start", &c.deploy_start}, std::pair{"capacity.deploy_end", &c.deploy_end}}) {
        if (*date && !is_valid(**date)) {
            return Error{path, std::string(path) + " must be a date between " + std::to_string(earliest_year) +
                                   " and " + std::to_string(latest_year)};
        }
    }
    const Date first = c.deploy_start.value_or(*deal.start);
    if (c.deploy_end && month_index(*c.deploy_end) < month_index(first)) {
        return Error{"capacity.deploy_end", "capacity.deploy_end (" + date_text(*c.deploy_end) +
                                                ") is before deployment starts (" + date_text(first) + ")"};
    }
    if (c.deploy_end && month_index(*c.deploy_end) - month_index(first) >= 600) {
        return Error{"capacity.deploy_end",
                     "capacity.deploy_end is 50 years or more after deployment "
                     "starts; no deal deploys that long"};
    }
    return std::nullopt;
}

std::optional<Error> validate_rental(const RentalBlock& r, const Deal& deal) {
    if (!r.monthly_rate_usd) return missing("rental.monthly_rate_usd", "for a rental: what a month costs");
    if (auto e = check("rental.monthly_rate_usd", r.monthly_rate_usd, positive)) return e;
    if (auto e = check("rental.term_months", r.term_months, term_months_bounds)) return e;
    if (r.term_given == TermGiven::term_months && !r.term_months) {
        return missing("rental.term_months", "when the term is given in months");
    }
    if (r.end && !is_valid(*r.end)) {
        return Error{"rental.end", "rental.end must be a date between " + std::to_string(earliest_year) + " and " +
                                       std::to_string(latest_year)};
    }
    if (r.term_given == TermGiven::end_date) {
        if (!r.end) return missing("rental.end", "when the term is given by its end date");
        const int months = month_index(*r.end) - month_index(*deal.start) + 1;
        if (months < 1) {
            return Error{"rental.end", "rental.end (" + date_text(*r.end) + ") is before the deal starts (" +
                                           date_text(*deal.start) + ")"};
        }
        if (months > 600) {
            return Error{"rental.end", "rental.end is more than 50 years after the deal starts"};
        }
    }
    if (auto e = check("rental.discounted_months", r.discounted_months, whole_months_bounds)) return e;
    if (auto e = check("rental.discounted_rate_fraction", r.discounted_rate_fraction, fraction)) return e;
    if (r.discounted_months && *r.discounted_months > 0 && !r.discounted_rate_fraction) {
        return missing("rental.discounted_rate_fraction",
                       "when there are discounted months: the share of the full rate they pay");
    }
    if (auto e = check("rental.ramp_months", r.ramp_months, ramp_months_bounds)) return e;
    if (r.ramp_months && *r.ramp_months > 0 && r.discounted_months && *r.discounted_months > 0) {
        return Error{"rental.ramp_months",
                     "rental.ramp_months and rental.discounted_months cannot both be "
                     "set: the first months are either ramped or discounted"};
    }
    if (r.term_given == TermGiven::term_months && r.ramp_months && r.term_months && *r.ramp_months > *r.term_months) {
        return Error{"rental.ramp_months", "rental.ramp_months must not exceed rental.term_months (got " +
                                               number_text(*r.ramp_months) + " > " + number_text(*r.term_months) + ")"};
    }
    if (auto e = check("rental.gpus", r.gpus, positive)) return e;
    if (auto e = check("rental.power_mw", r.power_mw, positive)) return e;
    return std::nullopt;
}

std::optional<Error> validate_exit(const ExitBlock& x, const Deal& deal) {
    if (auto e = check("exit.headline_value_usd", x.headline_value_usd, positive)) return e;
    if (auto e = check("exit.term_months", x.term_months, term_months_bounds)) return e;
    if (auto e = check("exit.binding_gw", x.binding_gw, non_negative)) return e;
    if (auto e = check("exit.notice_days", x.notice_days, notice_days_bounds)) return e;
    if (auto e = check("exit.minimum_term_months", x.minimum_term_months, whole_months_bounds)) return e;
    if (x.minimum_term_months && !x.notice_days) {
        return missing("exit.notice_days", "when there is a minimum term: the notice that ends the contract after it");
    }
    if (auto e = check("exit.termination_fee_usd", x.termination_fee_usd, non_negative)) return e;
    if (auto e = check("exit.prepayment_usd", x.prepayment_usd, non_negative)) return e;
    if (auto e = check("exit.exit_probability_per_year", x.exit_probability_per_year, fraction)) return e;
    switch (x.headline_basis) {
        case HeadlineBasis::stated:
            if (!x.headline_value_usd) return missing("exit.headline_value_usd", "when the headline is stated");
            break;
        case HeadlineBasis::rental:
            if (!deal.rental) return missing("rental", "when the headline is the rental's payments");
            break;
        case HeadlineBasis::capacity:
            if (!deal.capacity) return missing("capacity", "when the headline is the capacity's price");
            break;
    }
    if (x.binding_gw && !deal.capacity) {
        return missing("capacity", "when only the first exit.binding_gw are binding");
    }
    return std::nullopt;
}

std::optional<Error> validate_financing(const FinancingBlock& f, const Deal& deal) {
    auto each = [&](const auto& at, const FinancingTranche& t) -> std::optional<Error> {
        if (!non_negative.contains(t.at_gw)) return check(at("at_gw"), t.at_gw, non_negative);
        if (!non_negative.contains(t.amount_usd)) return check(at("amount_usd"), t.amount_usd, non_negative);
        if (t.at_gw > 0.0 && !deal.capacity) {
            return missing("capacity", "when a tranche is released at a deployed GW (" + at("at_gw") + ")");
        }
        return std::nullopt;
    };
    if (auto e = validate_tranches("financing", f.tranches, each)) return e;
    if (auto e = check("financing.stake_value_usd", f.stake_value_usd, non_negative)) return e;
    return check("financing.investor_gross_margin_fraction", f.investor_gross_margin_fraction, fraction);
}

std::optional<Error> validate_project_finance(const ProjectFinanceBlock& p) {
    if (auto e = check("project_finance.equity_usd", p.equity_usd, non_negative)) return e;
    if (auto e = check("project_finance.debt_usd", p.debt_usd, non_negative)) return e;
    if (!p.equity_usd && !p.debt_usd) {
        return missing("project_finance.equity_usd", "(or debt_usd) for project financing");
    }
    if (p.equity_usd.value_or(0.0) + p.debt_usd.value_or(0.0) <= 0.0) {
        return Error{"project_finance.equity_usd",
                     "project_finance raises nothing: equity_usd and debt_usd are both 0"};
    }
    if (auto e = check("project_finance.cost_of_equity_per_year", p.cost_of_equity_per_year, fraction)) return e;
    if (auto e = check("project_finance.cost_of_debt_per_year", p.cost_of_debt_per_year, fraction)) return e;
    return check("project_finance.debt_term_years", p.debt_term_years, positive);
}

std::optional<Error> validate_warrants(const WarrantsBlock& w, const Deal& deal) {
    auto each = [&](const auto& at, const VestingTranche& t) -> std::optional<Error> {
        if (!share_count.contains(t.shares)) return check(at("shares"), t.shares, share_count);
        if (!non_negative.contains(t.vest_at_gw)) return check(at("vest_at_gw"), t.vest_at_gw, non_negative);
        if (!non_negative.contains(t.vest_at_share_price_usd)) {
            return check(at("vest_at_share_price_usd"), t.vest_at_share_price_usd, non_negative);
        }
        if (t.vest_at_gw > 0.0 && !deal.capacity) {
            return missing("capacity", "when a warrant tranche vests at a deployed GW (" + at("vest_at_gw") + ")");
        }
        return std::nullopt;
    };
    if (auto e = validate_tranches("warrants", w.tranches, each)) return e;
    if (auto e = check("warrants.strike_usd_per_share", w.strike_usd_per_share, non_negative)) return e;
    if (auto e = check("warrants.share_price_usd", w.share_price_usd, non_negative)) return e;
    return check("warrants.shares_outstanding", w.shares_outstanding, positive);
}

std::optional<Error> validate(const Deal& deal) {
    if (auto e = validate_parties(deal)) return e;
    if (auto e = validate_dates(deal)) return e;
    if (auto e = check("market_cap_change_usd", deal.market_cap_change_usd, any_finite)) return e;
    if (auto e = validate_overrides(deal.overrides)) return e;
    if (deal.capacity) {
        if (auto e = validate_capacity(*deal.capacity, deal)) return e;
    }
    if (deal.rental) {
        if (auto e = validate_rental(*deal.rental, deal)) return e;
    }
    if (deal.exit) {
        if (auto e = validate_exit(*deal.exit, deal)) return e;
    }
    if (deal.financing) {
        if (auto e = validate_financing(*deal.financing, deal)) return e;
    }
    if (deal.project_finance) {
        if (auto e = validate_project_finance(*deal.project_finance)) return e;
    }
    if (deal.warrants) {
        if (auto e = validate_warrants(*deal.warrants, deal)) return e;
    }
    return std::nullopt;
}

// ---- Capacity ------------------------------------------------------------------------------

// a × b when both are known.
std::optional<double> times(const std::optional<double>& a, const std::optional<double>& b) {
    if (!a || !b) return std::nullopt;
    return *a * *b;
}

std::optional<double> plus(const std::optional<double>& a, const std::optional<double>& b) {
    if (!a || !b) return std::nullopt;
    return *a + *b;
}

CapacityBlockResults evaluate_capacity_block(const CapacityBlock& c, const Deal& deal, const Assumptions& a) {
    CapacityBlockResults out;
    switch (c.derived) {
        case CapacityDerived::gpus:
            out.capacity_gw = c.capacity_gw;
            out.gpus_per_gw = c.gpus_per_gw;
            out.gpus = times(c.capacity_gw, c.gpus_per_gw);
            break;
        case CapacityDerived::capacity_gw:
            out.gpus = c.gpus;
            out.gpus_per_gw = c.gpus_per_gw;
            out.capacity_gw = *c.gpus / *c.gpus_per_gw;
            break;
        case CapacityDerived::gpus_per_gw:
            out.capacity_gw = c.capacity_gw;
            out.gpus = c.gpus;
            out.gpus_per_gw = *c.gpus / *c.capacity_gw;
            break;
    }
    if (out.gpus_per_gw) out.kw_per_gpu = kw_per_gw / *out.gpus_per_gw;
    const double gw = *out.capacity_gw;
    if (c.power_basis == PowerBasis::it_power) {
        out.it_power_gw = gw;
        if (a.pue) out.facility_power_gw = gw * *a.pue;
    } else {
        out.facility_power_gw = gw;
        if (a.pue) out.it_power_gw = gw / *a.pue;
    }

    out.hardware_capex_usd = times(out.it_power_gw, a.hardware_usd_per_gw);
    out.facility_capex_usd = times(out.it_power_gw, a.facility_usd_per_gw);
    out.total_capex_usd = plus(out.hardware_capex_usd, out.facility_capex_usd);
    switch (c.pays_for) {
        case PaysFor::hardware: out.purchase_value_usd = out.hardware_capex_usd; break;
        case PaysFor::hardware_and_facility: out.purchase_value_usd = out.total_capex_usd; break;
        case PaysFor::undisclosed: break;
    }
    if (out.hardware_capex_usd && out.gpus) out.hardware_usd_per_gpu = *out.hardware_capex_usd / *out.gpus;

    if (out.facility_power_gw && a.utilization_fraction && a.idle_power_fraction) {
        const double u = *a.utilization_fraction;
        const double load = u + (1.0 - u) * *a.idle_power_fraction;
        out.energy_twh_per_year = *out.facility_power_gw * load * hours_per_year / gwh_per_twh;
        if (a.electricity_usd_per_mwh) {
            out.energy_cost_usd_per_year = *out.energy_twh_per_year * mwh_per_twh * *a.electricity_usd_per_mwh;
        }
    }
    if (out.hardware_capex_usd && out.facility_capex_usd && a.cost_of_capital_per_year && a.it_life_years &&
        a.facility_life_years) {
        const double r = *a.cost_of_capital_per_year;
        out.capital_cost_usd_per_year = *out.hardware_capex_usd * capital_recovery_factor(r, *a.it_life_years) +
                                        *out.facility_capex_usd * capital_recovery_factor(r, *a.facility_life_years);
    }
    if (a.other_opex_fraction_per_year && out.total_capex_usd) {
        out.opex_usd_per_year = *out.total_capex_usd * *a.other_opex_fraction_per_year;
    }
    if (a.opex_usd_per_gw_year && out.it_power_gw) {
        out.opex_usd_per_year = out.opex_usd_per_year.value_or(0.0) + *out.it_power_gw * *a.opex_usd_per_gw_year;
    }
    if (out.capital_cost_usd_per_year && out.energy_cost_usd_per_year && out.opex_usd_per_year) {
        out.annualized_cost_usd_per_year =
            *out.capital_cost_usd_per_year + *out.energy_cost_usd_per_year + *out.opex_usd_per_year;
        if (out.gpus && a.utilization_fraction) {
            out.cost_usd_per_gpu_hour =
                *out.annualized_cost_usd_per_year / (*out.gpus * hours_per_year * *a.utilization_fraction);
        }
    }

    const int first = month_index(c.deploy_start.value_or(*deal.start));
    const int last = c.deploy_end ? month_index(*c.deploy_end) : first;
    out.deployed_gw.first_month = first;
    out.deployed_gw.values.assign(static_cast<std::size_t>(last - first + 1), gw / (last - first + 1));
    return out;
}

// The first month by whose end `deployed` reaches `gw`; none if it never does. A small
// tolerance keeps "the 6th GW of 6" from being missed by rounding of the monthly steps.
std::optional<int> month_reaching(const Schedule& deployed, double gw) {
    if (gw <= 0.0) return deployed.first_month;
    const double reached = gw * (1.0 - 1e-12);
    double cumulative = 0.0;
    for (std::size_t i = 0; i < deployed.values.size(); ++i) {
        cumulative += deployed.values[i];
        if (cumulative >= reached) return deployed.first_month + static_cast<int>(i);
    }
    return std::nullopt;
}

struct MonthAmount {
    int month = 0;
    double amount = 0.0;
};

// A schedule from the earlier of `start` and the first event to the last event, holding each
// event's amount in its month.
Schedule schedule_of(const std::vector<MonthAmount>& events, int start) {
    int first = start, last = start;
    for (const MonthAmount& e : events) {
        first = std::min(first, e.month);
        last = std::max(last, e.month);
    }
    Schedule out;
    out.first_month = first;
    out.values.assign(static_cast<std::size_t>(last - first + 1), 0.0);
    for (const MonthAmount& e : events) out.values[static_cast<std::size_t>(e.month - first)] += e.amount;
    return out;
}

// ---- Rental --------------------------------------------------------------------------------

RentalBlockResults evaluate_rental_block(const RentalBlock& r, const Deal& deal) {
    RentalBlockResults out;
    const int first = month_index(*deal.start);
    out.monthly_rate_usd = *r.monthly_rate_usd;
    out.term_months =
        r.term_given == TermGiven::term_months ? *r.term_months : static_cast<double>(month_index(*r.end) - first + 1);
    out.end = date_of_month(first + static_cast<int>(out.term_months) - 1);
    const int discounted = static_cast<int>(std::min(r.discounted_months.value_or(0.0), out.term_months));
    out.ramp_months = r.ramp_months.value_or(0.0);
    out.payments.first_month = first;
    for (int i = 0; i < static_cast<int>(out.term_months); ++i) {
        const double share = i < discounted ? *r.discounted_rate_fraction : 1.0;
        out.payments.values.push_back(out.ramp_months > 0.0 ? out.paid_through(i + 1.0) - out.paid_through(i)
                                                            : out.monthly_rate_usd * share);
    }
    out.total_usd = out.payments.total();
    if (r.gpus) out.usd_per_gpu_hour = out.monthly_rate_usd / (*r.gpus * hours_per_month);
    if (r.power_mw) out.usd_per_mw_month = out.monthly_rate_usd / *r.power_mw;
    return out;
}

// ---- Payments ------------------------------------------------------------------------------

// The buyer's payments to the seller: the rental's; else `amount` spread as the capacity
// deploys; else `amount` evenly over the exit's term from the start.
Schedule payment_schedule(const Deal& deal, const DealResults& results, double amount) {
    if (results.rental) return results.rental->payments;
    Schedule out;
    if (results.capacity) {
        out = results.capacity->deployed_gw;
        const double gw = *results.capacity->capacity_gw;
        for (double& value : out.values) value = amount * value / gw;
        return out;
    }
    const int months = deal.exit && deal.exit->term_months ? static_cast<int>(*deal.exit->term_months) : 1;
    out.first_month = month_index(*deal.start);
    out.values.assign(static_cast<std::size_t>(months), amount / months);
    return out;
}

// ---- Exit ----------------------------------------------------------------------------------

std::optional<Error> evaluate_exit_block(const ExitBlock& x, const Deal& deal, DealResults& results,
                                         ExitBlockResults& out) {
    double headline = 0.0;
    switch (x.headline_basis) {
        case HeadlineBasis::stated: headline = *x.headline_value_usd; break;
        case HeadlineBasis::rental: headline = results.rental->total_usd; break;
        case HeadlineBasis::capacity:
            if (deal.capacity->pays_for == PaysFor::undisclosed) {
                return Error{"exit.headline_basis",
                             "exit.headline_basis is capacity, but the capacity's price "
                             "is undisclosed: state the headline instead"};
            }
            if (!results.capacity->purchase_value_usd) {
                return Error{"exit.headline_basis",
                             "exit.headline_basis is capacity, but the capacity has no price: it needs "
                             "hardware_usd_per_gw" +
                                 std::string(deal.capacity->pays_for == PaysFor::hardware_and_facility
                                                 ? " and facility_usd_per_gw"
                                                 : "") +
                                 (deal.capacity->power_basis == PowerBasis::facility_power
                                      ? " and the PUE (the gigawatts are facility power)"
                                      : "") +
                                 " in the book's or the deal's assumptions"};
            }
            headline = *results.capacity->purchase_value_usd;
            break;
    }
    if (x.prepayment_usd && *x.prepayment_usd > headline) {
        return Error{"exit.prepayment_usd", "exit.prepayment_usd must not exceed the headline value (got " +
                                                number_text(*x.prepayment_usd) + " > " + number_text(headline) + ")"};
    }
    // The deal's own payments when it has them (a rental, a capacity purchase), else the
    // headline spread over the term; moved into the results at the end.
    Schedule own_schedule = results.payments.empty() ? payment_schedule(deal, results, headline) : Schedule{};
    const Schedule& payments = results.payments.empty() ? own_schedule : results.payments;
    const double scale = payments.total() > 0.0 ? headline / payments.total() : 0.0;
    // cumulative[i]: paid in the first i months; the firm value reads it at every month.
    std::vector<double> cumulative(payments.values.size() + 1, 0.0);
    for (std::size_t i = 0; i < payments.values.size(); ++i) cumulative[i + 1] = cumulative[i] + payments.values[i];
    // Within a month payments accrue evenly; within a rental's ramp, as the rate rises.
    const auto paid = [&](double t) {
        if (results.rental && results.rental->ramp_months > 0.0) return scale * results.rental->paid_through(t);
        const double months = static_cast<double>(payments.values.size());
        t = std::clamp(t, 0.0, months);
        const auto whole = static_cast<std::size_t>(t);
        const double part =
            whole < payments.values.size() ? (t - static_cast<double>(whole)) * payments.values[whole] : 0.0;
        return scale * (cumulative[whole] + part);
    };

    out.headline_value_usd = headline;
    out.nothing_binds = binds_nothing(deal.status);
    if (x.binding_gw) {
        out.binding_value_usd = headline * std::min(1.0, *x.binding_gw / *results.capacity->capacity_gw);
    }
    if (x.notice_days) out.notice_months = *x.notice_days / days_per_notice_month;
    const double fee = x.termination_fee_usd.value_or(0.0);
    const double prepayment = x.prepayment_usd.value_or(0.0);

    // Kept of the rest of the contract if notice is given t months after the first payment:
    // the payments inside the notice period (or the unused prepayment, if larger) plus the
    // fee, never more than the rest of the binding part.
    const auto firm_at = [&](double t) {
        if (out.nothing_binds) return 0.0;
        const double done = paid(t);
        const double binding_left = std::max(0.0, out.binding_value_usd.value_or(headline) - done);
        if (!out.notice_months) return binding_left;
        const double ends = std::max(t + *out.notice_months, x.minimum_term_months.value_or(0.0));
        const double notice = paid(ends) - done;
        return std::min(binding_left, std::max(notice, prepayment - done) + fee);
    };
    const int months = static_cast<int>(payments.values.size());
    out.committed_usd.first_month = out.firm_usd.first_month = payments.first_month;
    out.committed_usd.values.reserve(payments.values.size() + 1);
    out.firm_usd.values.reserve(payments.values.size() + 1);
    for (int t = 0; t <= months; ++t) {
        out.committed_usd.values.push_back(headline - paid(t));
        out.firm_usd.values.push_back(firm_at(t));
    }
    out.firm_value_usd = out.firm_usd.values.front();
    out.firm_share_fraction = headline > 0.0 ? out.firm_value_usd / headline : 0.0;
    out.at_risk_usd = headline - out.firm_value_usd;
    if (out.notice_months) {
        out.notice_payments_usd = paid(std::max(*out.notice_months, x.minimum_term_months.value_or(0.0)));
    }

    if (x.exit_probability_per_year) {
        // Notice comes at the start of each month with probability q, else the contract runs on.
        const double q = 1.0 - std::pow(1.0 - *x.exit_probability_per_year, 1.0 / 12.0);
        std::vector<double> expected_total(static_cast<std::size_t>(months) + 1, headline);
        for (int t = months - 1; t >= 0; --t) {
            expected_total[static_cast<std::size_t>(t)] =
                q * (paid(t) + out.firm_usd.values[static_cast<std::size_t>(t)]) +
                (1.0 - q) * expected_total[static_cast<std::size_t>(t) + 1];
        }
        out.expected_usd.first_month = payments.first_month;
        out.expected_usd.values.reserve(expected_total.size());
        for (int t = 0; t <= months; ++t) {
            out.expected_usd.values.push_back(expected_total[static_cast<std::size_t>(t)] - paid(t));
        }
        out.expected_value_usd = out.expected_usd.values.front();
        if (headline > 0.0) out.expected_share_fraction = *out.expected_value_usd / headline;
    }
    if (results.payments.empty()) results.payments = std::move(own_schedule);
    return std::nullopt;
}

// ---- Financing -----------------------------------------------------------------------------

int window_first_month(const Window& window) { return window.first_year * 12; }
int window_last_month(const Window& window) { return window.last_year * 12 + 11; }

FinancingBlockResults evaluate_financing_block(const FinancingBlock& f, const Deal& deal, const DealResults& results,
                                               const Window& window) {
    FinancingBlockResults out;
    const int start = month_index(*deal.start);
    for (const FinancingTranche& t : f.tranches) {
        FinancingTrancheStatus status{t.at_gw, t.amount_usd, std::nullopt, false};
        status.month =
            results.capacity ? month_reaching(results.capacity->deployed_gw, t.at_gw) : std::optional<int>(start);
        status.in_window =
            status.month && *status.month >= window_first_month(window) && *status.month <= window_last_month(window);
        out.committed_usd += t.amount_usd;
        if (status.in_window) out.disbursed_usd += t.amount_usd;
        out.tranches.push_back(status);
    }
    std::vector<MonthAmount> released;
    for (const FinancingTrancheStatus& t : out.tranches) {
        if (t.in_window) released.push_back({*t.month, t.amount_usd});
    }
    out.disbursements = schedule_of(released, start);
    out.stake_value_entered = f.stake_value_usd.has_value();
    out.stake_value_usd = f.stake_value_usd.value_or(0.0);
    out.net_transfer_usd = out.disbursed_usd - out.stake_value_usd;
    if (deal.investor == deal.seller && !results.payments.empty()) {
        const double spend = results.payments.sum(window_first_month(window), window_last_month(window));
        out.spend_with_investor_usd = spend;
        if (spend > 0.0) out.round_trip_ratio = std::min(out.disbursed_usd, spend) / spend;
        if (f.investor_gross_margin_fraction) {
            out.investor_gross_profit_usd = spend * *f.investor_gross_margin_fraction;
            out.investor_net_cash_usd = *out.investor_gross_profit_usd - out.disbursed_usd;
        }
    }
    return out;
}

// ---- Project finance -----------------------------------------------------------------------

ProjectFinanceBlockResults evaluate_project_finance_block(const ProjectFinanceBlock& p, const Assumptions& a) {
    ProjectFinanceBlockResults out;
    out.equity_usd = p.equity_usd.value_or(0.0);
    out.debt_usd = p.debt_usd.value_or(0.0);
    out.raised_usd = out.equity_usd + out.debt_usd;
    if (out.equity_usd > 0.0) out.debt_to_equity_ratio = out.debt_usd / out.equity_usd;
    out.debt_share_fraction = out.debt_usd / out.raised_usd;
    const bool equity_cost_known = out.equity_usd == 0.0 || p.cost_of_equity_per_year;
    const bool debt_cost_known = out.debt_usd == 0.0 || p.cost_of_debt_per_year;
    if (equity_cost_known && debt_cost_known) {
        out.cost_of_capital_per_year = (out.equity_usd * p.cost_of_equity_per_year.value_or(0.0) +
                                        out.debt_usd * p.cost_of_debt_per_year.value_or(0.0)) /
                                       out.raised_usd;
    }
    if (p.cost_of_debt_per_year && p.debt_term_years) {
        out.debt_service_usd_per_year =
            out.debt_usd * capital_recovery_factor(*p.cost_of_debt_per_year, *p.debt_term_years);
    }
    if (a.hardware_usd_per_gw && a.facility_usd_per_gw) {
        out.buys_it_gw = out.raised_usd / (*a.hardware_usd_per_gw + *a.facility_usd_per_gw);
    }
    return out;
}

// ---- Warrants ------------------------------------------------------------------------------

WarrantsBlockResults evaluate_warrants_block(const WarrantsBlock& w, const Deal& deal, const DealResults& results,
                                             const Window& window) {
    WarrantsBlockResults out;
    const int start = month_index(*deal.start);
    std::optional<double> value_per_share;
    if (w.share_price_usd && w.strike_usd_per_share) {
        // Intrinsic value: nobody exercises below the strike.
        value_per_share = std::max(0.0, *w.share_price_usd - *w.strike_usd_per_share);
    }
    double highest_hurdle = 0.0;
    for (const VestingTranche& t : w.tranches) {
        VestingTrancheStatus status{t.shares, t.vest_at_gw, t.vest_at_share_price_usd, std::nullopt, false, false, 0.0};
        status.deployment_month =
            results.capacity ? month_reaching(results.capacity->deployed_gw, t.vest_at_gw) : std::optional<int>(start);
        status.price_met =
            t.vest_at_share_price_usd <= 0.0 || (w.share_price_usd && *w.share_price_usd >= t.vest_at_share_price_usd);
        status.vested = status.price_met && status.deployment_month &&
                        *status.deployment_month >= window_first_month(window) &&
                        *status.deployment_month <= window_last_month(window);
        if (status.vested && value_per_share) status.value_usd = t.shares * *value_per_share;
        out.shares_granted += t.shares;
        if (status.vested) out.shares_vested += t.shares;
        highest_hurdle = std::max(highest_hurdle, t.vest_at_share_price_usd);
        out.tranches.push_back(status);
    }
    if (value_per_share) out.vested_value_usd = out.shares_vested * *value_per_share;
    if (highest_hurdle > 0.0) {
        out.all_vest_price_usd = highest_hurdle;
    } else if (w.share_price_usd) {
        out.all_vest_price_usd = w.share_price_usd;
    }
    if (out.all_vest_price_usd && w.strike_usd_per_share) {
        out.all_vest_value_usd = out.shares_granted * std::max(0.0, *out.all_vest_price_usd - *w.strike_usd_per_share);
    }
    if (w.shares_outstanding) {
        const double n = *w.shares_outstanding;
        out.ownership_if_all_exercised_fraction = out.shares_granted / (n + out.shares_granted);
        out.vested_ownership_fraction = out.shares_vested / (n + out.shares_vested);
    }
    std::vector<MonthAmount> vested;
    for (const VestingTrancheStatus& t : out.tranches) {
        if (t.vested) vested.push_back({*t.deployment_month, t.value_usd});
    }
    out.vesting_value = schedule_of(vested, start);
    return out;
}

}  // namespace

// ---- evaluate_deal -------------------------------------------------------------------------

Result<DealResults> evaluate_deal(const Deal& deal, const Book& book) {
    if (auto error = validate(deal)) return *error;
    const Assumptions assumptions = resolve(book.assumptions, deal.overrides);

    DealResults out;
    if (deal.capacity) out.capacity = evaluate_capacity_block(*deal.capacity, deal, assumptions);
    if (deal.rental) out.rental = evaluate_rental_block(*deal.rental, deal);
    if (out.rental) {
        out.payments = out.rental->payments;
    } else if (out.capacity && out.capacity->purchase_value_usd &&
               !(deal.exit && deal.exit->headline_basis == HeadlineBasis::stated)) {
        out.payments = payment_schedule(deal, out, *out.capacity->purchase_value_usd);
    }
    if (deal.exit) {
        ExitBlockResults exit;
        if (auto error = evaluate_exit_block(*deal.exit, deal, out, exit)) return *error;
        out.exit = std::move(exit);
    }
    out.payments_by_year = by_year(out.payments);
    if (deal.financing) out.financing = evaluate_financing_block(*deal.financing, deal, out, book.window);
    if (deal.project_finance) {
        out.project_finance = evaluate_project_finance_block(*deal.project_finance, assumptions);
    }
    if (deal.warrants) out.warrants = evaluate_warrants_block(*deal.warrants, deal, out, book.window);

    if (out.exit) {
        for (const CompanyInfo& company : book.companies) {
            if (company.name == deal.seller && company.revenue_usd_per_year && *company.revenue_usd_per_year > 0.0) {
                out.exit->at_risk_to_seller_revenue_ratio = out.exit->at_risk_usd / *company.revenue_usd_per_year;
            }
        }
    }
    const double vested_warrants_usd = out.warrants ? out.warrants->vested_value_usd.value_or(0.0) : 0.0;
    if (out.financing && out.financing->investor_net_cash_usd) {
        out.seller_net_value_usd = *out.financing->investor_net_cash_usd - vested_warrants_usd;
    }
    if (out.financing && out.financing->spend_with_investor_usd && *out.financing->spend_with_investor_usd > 0.0) {
        out.effective_discount_ratio =
            (out.financing->disbursed_usd + vested_warrants_usd) / *out.financing->spend_with_investor_usd;
    }
    if (deal.market_cap_change_usd) {
        double committed = out.financing ? out.financing->committed_usd : 0.0;
        if (deal.warrants && deal.warrants->share_price_usd && deal.warrants->strike_usd_per_share) {
            committed += out.warrants->shares_granted *
                         std::max(0.0, *deal.warrants->share_price_usd - *deal.warrants->strike_usd_per_share);
        }
        if (committed > 0.0) out.market_cap_change_per_usd_committed = *deal.market_cap_change_usd / committed;
    }
    return out;
}

}  // namespace boomerang::model
