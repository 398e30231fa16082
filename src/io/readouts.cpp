// Index: words | capacity | rental | exit | financing | project finance | warrants | readout
#include "io/readouts.hpp"

#include <cctype>

#include "io/format.hpp"
#include "model/calendar.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace boomerang::io {

namespace {

using model::Unit;

// ---- Words ---------------------------------------------------------------------------------

std::string usd(double x) { return format_usd(x); }
std::string gw(double x) { return format_gw(x); }
std::string percent(double x) { return format_percent(x); }

std::string month_name(const model::Date& date) {
    static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
    return std::string(names[date.month - 1]) + " " + std::to_string(date.year);
}

std::string basis_words(const model::CapacityBlock& c) {
    return c.power_basis == model::PowerBasis::it_power ? "IT power" : "grid power";
}

// "either side", "OpenAI", "SpaceX": who may give notice.
std::string who_may_leave(const model::Deal& deal, model::NoticeBy by) {
    switch (by) {
        case model::NoticeBy::buyer: return deal.buyer;
        case model::NoticeBy::seller: return deal.seller;
        case model::NoticeBy::either: return "either side";
    }
    return "";
}

// "three", "12": small counts in words, as prose writes them.
std::string count_words(double n) {
    static const char* words[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    if (n == std::floor(n) && n >= 0 && n <= 10) return words[static_cast<int>(n)];
    return format_number(n);
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

struct Context {
    const model::Book& book;
    const model::Deal& deal;
    const model::DealResults& r;
    model::Assumptions a;  // the book's, with the deal's overrides
    std::string window_end() const { return "the end of " + std::to_string(book.window.last_year); }
    // "the book's assumption" or "this deal's own figure"
    std::string whose(std::optional<double> model::Assumptions::*member) const {
        return deal.overrides.*member ? "this deal's own figure" : "the book's assumption";
    }
};

using Maker = std::optional<Readout> (*)(const Context&);

// ---- Capacity ------------------------------------------------------------------------------

std::optional<Readout> capacity_gw(const Context& x) {
    const model::CapacityBlock& c = *x.deal.capacity;
    const model::CapacityBlockResults& o = *x.r.capacity;
    Readout out{"The deal covers " + gw(*o.capacity_gw) + " of " + basis_words(c) + ".", "", ""};
    if (c.derived == model::CapacityDerived::capacity_gw) {
        out.formula = "GW = GPUs ÷ GPUs per GW = " + format_count(*o.gpus) + " ÷ " + format_count(*o.gpus_per_gw) +
                      " = " + gw(*o.capacity_gw);
    } else {
        out.formula = "As stated in the terms.";
    }
    out.leaves_out =
        "Headlines usually give grid power, what the site draws; IT power, what the chips and servers "
        "draw, is grid power ÷ PUE.";
    return out;
}

std::optional<Readout> it_power_gw(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    if (x.deal.capacity->power_basis == model::PowerBasis::it_power) {
        return Readout{"The chips and servers draw " + gw(*o.it_power_gw) + ", as the terms state.", "As stated.", ""};
    }
    return Readout{"The chips and servers draw " + gw(*o.it_power_gw) + " of the " + gw(*o.capacity_gw) +
                       " the site takes from the grid.",
                   "IT power = grid power ÷ PUE = " + gw(*o.capacity_gw) + " ÷ " + format_number(*x.a.pue) + " = " +
                       gw(*o.it_power_gw),
                   "The PUE is " + x.whose(&model::Assumptions::pue) + "; one PUE serves both conversion and energy."};
}

std::optional<Readout> gpus(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    Readout out{format_gpus(*o.gpus) + " at " + format_count(*o.gpus_per_gw) + " GPUs per GW of " +
                    basis_words(*x.deal.capacity) + ".",
                "", ""};
    out.formula = x.deal.capacity->derived == model::CapacityDerived::gpus
                      ? "GPUs = GW × GPUs per GW = " + gw(*o.capacity_gw) + " × " + format_count(*o.gpus_per_gw) +
                            " = " + format_gpus(*o.gpus)
                      : "As stated in the terms.";
    out.leaves_out =
        "GPUs per GW depend on the chip generation and on what else the power feeds: cooling, "
        "networking, storage.";
    return out;
}

std::optional<Readout> purchase_value(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    const bool both = x.deal.capacity->pays_for == model::PaysFor::hardware_and_facility;
    const double per_gw = *x.a.hardware_usd_per_gw + (both ? *x.a.facility_usd_per_gw : 0.0);
    // The price is never a disclosed figure here: the sentence says whose cost per GW it is.
    return Readout{x.deal.buyer + " pays " + x.deal.seller + " " + usd(*o.purchase_value_usd) + " for the " +
                       (both ? "hardware and the buildings" : "hardware") + " at " + usd(per_gw) + " per GW (" +
                       x.whose(&model::Assumptions::hardware_usd_per_gw) + "), as the capacity deploys.",
                   "price = IT power × cost per GW = " + gw(*o.it_power_gw) + " × " + usd(per_gw) + " = " +
                       usd(*o.purchase_value_usd),
                   "The cost per GW is " + x.whose(&model::Assumptions::hardware_usd_per_gw) +
                       ", not a price the companies disclosed; discounts, vendor financing and warrants are apart."};
}

std::optional<Readout> total_capex(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    return Readout{"Building it costs " + usd(*o.total_capex_usd) + ": " + usd(*o.hardware_capex_usd) +
                       " of hardware and " + usd(*o.facility_capex_usd) + " of buildings, power and cooling.",
                   "capex = IT power × (hardware + facility per GW) = " + gw(*o.it_power_gw) + " × (" +
                       usd(*x.a.hardware_usd_per_gw) + " + " + usd(*x.a.facility_usd_per_gw) +
                       ") = " + usd(*o.total_capex_usd),
                   "Land, grid connection and the power plants some sites build are not in the cost per GW."};
}

std::optional<Readout> annualized_cost(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    return Readout{"Running it costs " + usd(*o.annualized_cost_usd_per_year) +
                       " a year: " + usd(*o.capital_cost_usd_per_year) + " to pay back the capital, " +
                       usd(*o.energy_cost_usd_per_year) + " of energy and " + usd(*o.opex_usd_per_year) +
                       " of other costs.",
                   "cost a year = capital (hardware over " + format_years(*x.a.it_life_years) + ", buildings over " +
                       format_years(*x.a.facility_life_years) + ", at " + percent(*x.a.cost_of_capital_per_year) +
                       ") + energy + other costs = " + usd(*o.annualized_cost_usd_per_year),
                   "Taxes, the financing structure and what used GPUs resell for; the GPUs' life is the most "
                   "disputed input (2–3 years to critics, 5–6 in hyperscalers' books)."};
}

std::optional<Readout> cost_per_gpu_hour(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    return Readout{
        "With " + percent(*x.a.utilization_fraction) + " of GPU-hours busy, each costs " +
            format_usd_per_gpu_hour(*o.cost_usd_per_gpu_hour) + " to provide.",
        "cost per GPU-hour = cost a year ÷ (GPUs × 8,760 h × utilization) = " + usd(*o.annualized_cost_usd_per_year) +
            " ÷ (" + format_count(*o.gpus) + " × 8,760 × " + percent(*x.a.utilization_fraction) + ")",
        "A break-even cost, not a price: no margin, and idle hours are paid for by the busy ones."};
}

std::optional<Readout> energy(const Context& x) {
    const model::CapacityBlockResults& o = *x.r.capacity;
    return Readout{"The site uses " + format_twh(*o.energy_twh_per_year) + " a year.",
                   "energy = grid power × (busy + idle share × idle hours) × 8,760 h = " + gw(*o.facility_power_gw) +
                       " × (" + percent(*x.a.utilization_fraction) + " + " + percent(1.0 - *x.a.utilization_fraction) +
                       " × " + percent(*x.a.idle_power_fraction) +
                       ") × 8,760 h = " + format_twh(*o.energy_twh_per_year),
                   ""};
}

// ---- Rental --------------------------------------------------------------------------------

std::optional<Readout> rental_total(const Context& x) {
    const model::RentalBlockResults& o = *x.r.rental;
    const model::RentalBlock& in = *x.deal.rental;
    std::string formula = format_number(o.term_months) + " months × " + usd(o.monthly_rate_usd);
    if (in.discounted_months && *in.discounted_months > 0) {
        formula += ", the first " + count_words(*in.discounted_months) + " at " + percent(*in.discounted_rate_fraction);
    }
    if (o.ramp_months > 0) formula += ", ramping up over the first " + format_months(o.ramp_months);
    return Readout{x.deal.buyer + " pays " + x.deal.seller + " " + usd(o.total_usd) + " over " +
                       format_number(o.term_months) + " months, through " + month_name(o.end) + ".",
                   formula + " = " + usd(o.total_usd),
                   x.deal.exit && x.deal.exit->notice_days ? "Only if nobody gives notice: see the firm value." : ""};
}

std::optional<Readout> rental_gpu_hour(const Context& x) {
    const model::RentalBlockResults& o = *x.r.rental;
    return Readout{
        usd(o.monthly_rate_usd) + " a month for " + format_gpus(*x.deal.rental->gpus) + " is " +
            format_usd_per_gpu_hour(*o.usd_per_gpu_hour) + ".",
        "price per GPU-hour = monthly rate ÷ (GPUs × 730 h) = " + usd(o.monthly_rate_usd) + " ÷ (" +
            format_count(*x.deal.rental->gpus) + " × 730 h)",
        "Assumes the rate pays for exactly these GPUs; if it covers more, the true price per GPU-hour is lower."};
}

// ---- Exit ----------------------------------------------------------------------------------

std::optional<Readout> headline(const Context& x) {
    const model::ExitBlockResults& o = *x.r.exit;
    std::string how;
    switch (x.deal.exit->headline_basis) {
        case model::HeadlineBasis::stated: how = "as stated"; break;
        case model::HeadlineBasis::rental: how = "the rental's payments over its whole term"; break;
        case model::HeadlineBasis::capacity: how = "the price of the capacity"; break;
    }
    return Readout{"The headline value is " + usd(o.headline_value_usd) + ": " + how + ".", "headline = " + how,
                   "What the deal is worth if it runs its course; see the firm value for what is bound."};
}

std::optional<Readout> firm(const Context& x) {
    const model::ExitBlockResults& o = *x.r.exit;
    const model::ExitBlock& in = *x.deal.exit;
    Readout out;
    out.leaves_out = "What a court or a settlement would add, and a buyer that cannot pay.";
    if (o.nothing_binds) {
        out.sentence = capitalized("a " + std::string(model::status_label(x.deal.status))) +
                       " binds nobody: none of the " + usd(o.headline_value_usd) + " is firm.";
        if (x.deal.status == model::DealStatus::superseded || x.deal.status == model::DealStatus::cancelled) {
            out.sentence = "The deal is " + std::string(model::status_label(x.deal.status)) + ": none of the " +
                           usd(o.headline_value_usd) + " is firm.";
        }
        out.formula = "firm = $0 (status: " + std::string(model::status_label(x.deal.status)) + ")";
        return out;
    }
    if (o.notice_months) {
        const double months = *o.notice_months;
        std::string who = who_may_leave(x.deal, in.notice_by);
        out.sentence = capitalized(count_words(months)) + (months == 1 ? " month" : " months") + " of payments, " +
                       usd(o.firm_value_usd) + ", " + (months == 1 ? "is" : "are") + " firm at signing: " + who +
                       " can leave on " + format_days(*in.notice_days) + "' notice.";
        if (in.minimum_term_months) {
            out.sentence = usd(o.firm_value_usd) + " is firm at signing: the first " +
                           format_months(*in.minimum_term_months) + ", then " + who + " can leave on " +
                           format_days(*in.notice_days) + "' notice.";
        }
        // A rental's first months may be discounted or ramping: say what is firm once at full rate.
        const model::RentalBlock* rental = x.deal.rental ? &*x.deal.rental : nullptr;
        const double lead_in =
            rental ? std::max(rental->discounted_months.value_or(0.0), rental->ramp_months.value_or(0.0)) : 0.0;
        const auto full_rate_month = static_cast<std::size_t>(std::ceil(lead_in));
        if (lead_in > 0 && full_rate_month < o.firm_usd.values.size() && !in.minimum_term_months) {
            const double later = o.firm_usd.values[full_rate_month];
            if (std::abs(later - o.firm_value_usd) > 1e-9 * later) {
                out.sentence.pop_back();
                out.sentence += "; " + usd(later) + " once payments reach the full rate.";
            }
        }
        out.formula =
            "firm = payments in the notice period" +
            (in.termination_fee_usd ? " + fee = " + usd(o.notice_payments_usd) + " + " + usd(*in.termination_fee_usd)
                                    : "") +
            " = " + usd(o.firm_value_usd);
        return out;
    }
    if (o.binding_value_usd) {
        out.sentence = "Only the first " + gw(*in.binding_gw) + " of " + gw(*x.r.capacity->capacity_gw) +
                       " is binding: " + usd(o.firm_value_usd) + " of " + usd(o.headline_value_usd) + ".";
        out.formula = "firm = headline × binding GW ÷ GW = " + usd(o.headline_value_usd) + " × " + gw(*in.binding_gw) +
                      " ÷ " + gw(*x.r.capacity->capacity_gw);
        return out;
    }
    out.sentence = "All " + usd(o.headline_value_usd) + " is firm: the terms give no way out.";
    out.formula = "firm = headline";
    if (x.deal.status == model::DealStatus::reported) {
        out.leaves_out = "The terms are as reported, not confirmed by the companies; " + out.leaves_out;
    }
    return out;
}

std::optional<Readout> at_risk(const Context& x) {
    const model::ExitBlockResults& o = *x.r.exit;
    std::string sentence = usd(o.at_risk_usd) + " of the headline is not bound";
    if (o.at_risk_to_seller_revenue_ratio) {
        sentence += ", " + format_ratio(*o.at_risk_to_seller_revenue_ratio) + " " + x.deal.seller + "'s yearly revenue";
    }
    return Readout{sentence + ".",
                   "at risk = headline − firm = " + usd(o.headline_value_usd) + " − " + usd(o.firm_value_usd), ""};
}

std::optional<Readout> expected(const Context& x) {
    const model::ExitBlockResults& o = *x.r.exit;
    return Readout{"With a " + percent(*x.deal.exit->exit_probability_per_year) +
                       " chance each year that notice is given, " + x.deal.buyer + " is expected to pay " +
                       usd(*o.expected_value_usd) + ".",
                   "expected = Σ over months of (chance the deal ends then × what is paid by then)",
                   "The chance of notice is an assumption; no deal states one."};
}

// ---- Financing -----------------------------------------------------------------------------

std::optional<Readout> committed(const Context& x) {
    const model::FinancingBlockResults& o = *x.r.financing;
    const bool per_gw = std::any_of(x.deal.financing->tranches.begin(), x.deal.financing->tranches.end(),
                                    [](const model::FinancingTranche& t) { return t.at_gw > 0; });
    std::string sentence = x.deal.investor + " commits " + usd(o.committed_usd) + " to " + x.deal.buyer +
                           (per_gw ? ", released as gigawatts deploy." : ".");
    if (model::is_withdrawn(x.deal.status)) {
        sentence += " The deal was " + std::string(model::status_label(x.deal.status)) + ": none of it is bound.";
    } else if (model::binds_nothing(x.deal.status)) {
        sentence += " A " + std::string(model::status_label(x.deal.status)) + " binds nobody to it.";
    }
    return Readout{sentence, "committed = Σ tranches", ""};
}

std::optional<Readout> disbursed(const Context& x) {
    const model::FinancingBlockResults& o = *x.r.financing;
    if (model::is_withdrawn(x.deal.status)) {
        return Readout{"Had the deal gone ahead, " + usd(o.disbursed_usd) + " would have been released by " +
                           x.window_end() + "; as it is " + std::string(model::status_label(x.deal.status)) +
                           ", none moves.",
                       "released = the tranches whose gigawatt is deployed by then", ""};
    }
    return Readout{usd(o.disbursed_usd) + " of it is released by " + x.window_end() + ".",
                   "released = the tranches whose gigawatt is deployed by then", ""};
}

std::optional<Readout> net_transfer(const Context& x) {
    const model::FinancingBlockResults& o = *x.r.financing;
    return Readout{"Net of the stake " + x.deal.investor + " receives, " + usd(o.net_transfer_usd) + " moves to " +
                       x.deal.buyer + ".",
                   "net = released − stake value = " + usd(o.disbursed_usd) + " − " + usd(o.stake_value_usd),
                   o.stake_value_entered ? ""
                                         : "The stake is counted at $0 because no value was entered: a stake is worth "
                                           "something, so the net transfer is an upper bound."};
}

std::optional<Readout> round_trip(const Context& x) {
    const model::FinancingBlockResults& o = *x.r.financing;
    return Readout{percent(*o.round_trip_ratio) + " of what " + x.deal.buyer + " spends with " + x.deal.investor +
                       " by " + x.window_end() + " is " + x.deal.investor + "'s own money coming back.",
                   "round trip = min(released, spend) ÷ spend = min(" + usd(o.disbursed_usd) + ", " +
                       usd(*o.spend_with_investor_usd) + ") ÷ " + usd(*o.spend_with_investor_usd),
                   "Counts the investment as spent with the investor first; the book's fungible rule, which lets the "
                   "buyer's other money share the bill, gives less."};
}

// ---- Project finance -----------------------------------------------------------------------

std::optional<Readout> raised(const Context& x) {
    const model::ProjectFinanceBlockResults& o = *x.r.project_finance;
    return Readout{x.deal.buyer + " raises " + usd(o.raised_usd) + ": " + usd(o.equity_usd) + " of equity and " +
                       usd(o.debt_usd) + " of debt.",
                   "raised = equity + debt", "Targets are not commitments: see the status."};
}

std::optional<Readout> buys(const Context& x) {
    const model::ProjectFinanceBlockResults& o = *x.r.project_finance;
    return Readout{"At " + usd(*x.a.hardware_usd_per_gw + *x.a.facility_usd_per_gw) + " per GW of IT power, " +
                       usd(o.raised_usd) + " builds " + gw(*o.buys_it_gw) + ".",
                   "GW = raised ÷ (hardware + facility per GW)",
                   "Assumes every dollar goes into data centres at the book's cost per GW."};
}

// ---- Warrants ------------------------------------------------------------------------------

std::optional<Readout> vested(const Context& x) {
    const model::WarrantsBlockResults& o = *x.r.warrants;
    return Readout{"By " + x.window_end() + ", " + format_count(o.shares_vested) + " of the " +
                       format_count(o.shares_granted) + " shares vest; at " + usd(*x.deal.warrants->share_price_usd) +
                       " a share they are worth " + usd(*o.vested_value_usd) + " to " + x.deal.buyer + ".",
                   "value = vested shares × (share price − strike) = " + format_count(o.shares_vested) + " × (" +
                       usd(*x.deal.warrants->share_price_usd) + " − " + usd(*x.deal.warrants->strike_usd_per_share) +
                       ")",
                   "Conditions beyond gigawatts and share price (technical and commercial milestones) are not "
                   "modelled; the share price is the one entered, not a forecast."};
}

std::optional<Readout> all_vest(const Context& x) {
    const model::WarrantsBlockResults& o = *x.r.warrants;
    return Readout{"If every tranche vests, at " + usd(*o.all_vest_price_usd) + " a share, the " +
                       format_count(o.shares_granted) + " shares are worth " + usd(*o.all_vest_value_usd) + ".",
                   "value = shares × (price − strike) = " + format_count(o.shares_granted) + " × (" +
                       usd(*o.all_vest_price_usd) + " − " + usd(*x.deal.warrants->strike_usd_per_share) + ")",
                   "Not a forecast: the price at which the last tranche would vest."};
}

std::optional<Readout> ownership(const Context& x) {
    const model::WarrantsBlockResults& o = *x.r.warrants;
    return Readout{format_count(o.shares_granted) + " new shares would give " + x.deal.buyer + " " +
                       percent(*o.ownership_if_all_exercised_fraction) + " of " + x.deal.seller + ".",
                   "ownership = n ÷ (N + n) = " + format_count(o.shares_granted) + " ÷ (" +
                       format_count(*x.deal.warrants->shares_outstanding) + " + " + format_count(o.shares_granted) +
                       ")",
                   "Other warrants on the same shares dilute it further."};
}

const std::map<std::pair<model::Block, std::string_view>, Maker>& makers() {
    using model::Block;
    static const std::map<std::pair<Block, std::string_view>, Maker> table = {
        {{Block::capacity, "capacity_gw"}, capacity_gw},
        {{Block::capacity, "it_power_gw"}, it_power_gw},
        {{Block::capacity, "gpus"}, gpus},
        {{Block::capacity, "purchase_value_usd"}, purchase_value},
        {{Block::capacity, "total_capex_usd"}, total_capex},
        {{Block::capacity, "annualized_cost_usd_per_year"}, annualized_cost},
        {{Block::capacity, "cost_usd_per_gpu_hour"}, cost_per_gpu_hour},
        {{Block::capacity, "energy_twh_per_year"}, energy},
        {{Block::rental, "total_usd"}, rental_total},
        {{Block::rental, "usd_per_gpu_hour"}, rental_gpu_hour},
        {{Block::exit, "headline_value_usd"}, headline},
        {{Block::exit, "firm_value_usd"}, firm},
        {{Block::exit, "at_risk_usd"}, at_risk},
        {{Block::exit, "expected_value_usd"}, expected},
        {{Block::financing, "committed_usd"}, committed},
        {{Block::financing, "disbursed_usd"}, disbursed},
        {{Block::financing, "net_transfer_usd"}, net_transfer},
        {{Block::financing, "round_trip_ratio"}, round_trip},
        {{Block::project_finance, "raised_usd"}, raised},
        {{Block::project_finance, "buys_it_gw"}, buys},
        {{Block::warrants, "vested_value_usd"}, vested},
        {{Block::warrants, "all_vest_value_usd"}, all_vest},
        {{Block::warrants, "ownership_if_all_exercised_fraction"}, ownership},
    };
    return table;
}

}  // namespace

// ---- Readout -------------------------------------------------------------------------------

std::optional<Readout> readout(const model::Book& book, const model::Deal& deal, const model::DealResults& results,
                               const model::DealFigure& figure) {
    if (!model::has_block(deal, figure.block)) return std::nullopt;
    const std::optional<double> value = figure.get(results);
    if (!value) return std::nullopt;
    const Context context{book, deal, results, model::resolve(book.assumptions, deal.overrides)};
    const auto it = makers().find({figure.block, figure.key});
    if (it != makers().end()) return it->second(context);
    return Readout{};  // the label and value say it all
}

namespace {

// The superseding deal's title in quotes, or its id when the book has no such deal.
std::string superseding_name(const model::Book& book, const std::string& id) {
    const model::Deal* other = model::find_deal(book, id);
    return other && !other->title.empty() ? "“" + other->title + "”" : id;
}

}  // namespace

std::string status_readout(const model::Book& book, const model::Deal& deal) {
    std::string label(model::status_label(deal.status));
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    if (deal.status_as_of) label += " (as of " + model::date_text(*deal.status_as_of) + ")";
    switch (deal.status) {
        case model::DealStatus::reported:
            return label + ": reported by the press, not confirmed by the parties; its terms count in full.";
        case model::DealStatus::letter_of_intent: return label + ": nothing in it binds, so its firm value is $0.";
        case model::DealStatus::definitive: return label + ": signed; its exit terms decide how much is firm.";
        case model::DealStatus::amended: return label + ": signed and since changed; these are the amended terms.";
        case model::DealStatus::superseded:
            return label + (deal.superseded_by.empty() ? "" : " by " + superseding_name(book, deal.superseded_by)) +
                   ": replaced by another deal; it binds nothing and moves no money in the book.";
        case model::DealStatus::cancelled:
            return label + ": called off; it binds nothing and moves no money in the book.";
    }
    return label;
}

}  // namespace boomerang::io
