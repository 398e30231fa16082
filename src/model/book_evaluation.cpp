// Index: names | validation | flows | attribution | commitments | timelines | evaluate_book
#include "model/book_evaluation.hpp"

#include "model/bounds.hpp"
#include "model/network.hpp"
#include "model/supply.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace boomerang::model {

// ---- Names ---------------------------------------------------------------------------------

std::string_view book_flow_type_name(BookFlowType type) {
    switch (type) {
        case BookFlowType::purchase: return "purchase";
        case BookFlowType::rental: return "rental";
        case BookFlowType::investment: return "investment";
        case BookFlowType::warrant: return "warrant";
    }
    return "";
}

std::string_view attribution_rule_name(AttributionRule rule) {
    return rule == AttributionRule::fungible ? "fungible" : "earmarked";
}

namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// ---- Validation ----------------------------------------------------------------------------

bool valid_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::optional<Error> validate_window(const Window& w) {
    const auto year_ok = [](int year) { return year >= earliest_year && year <= latest_year; };
    if (!year_ok(w.first_year)) {
        return Error{"window.first_year", "window.first_year must be a year from " + std::to_string(earliest_year) +
                                              " to " + std::to_string(latest_year) + " (got " +
                                              std::to_string(w.first_year) + ")"};
    }
    if (!year_ok(w.last_year) || w.last_year < w.first_year) {
        return Error{"window.last_year", "window.last_year must be a year from window.first_year (" +
                                             std::to_string(w.first_year) + ") to " + std::to_string(latest_year) +
                                             " (got " + std::to_string(w.last_year) + ")"};
    }
    if (w.last_year - w.first_year + 1 > max_window_years) {
        return Error{"window.last_year", "the window spans " + std::to_string(w.last_year - w.first_year + 1) +
                                             " years; a book is read over at most " + std::to_string(max_window_years) +
                                             " years"};
    }
    return std::nullopt;
}

std::optional<Error> validate_deal_ids(const Book& book) {
    if (book.deals.size() > max_book_deals) {
        return Error{"deals", "the book has " + std::to_string(book.deals.size()) + " deals; at most " +
                                  std::to_string(max_book_deals)};
    }
    std::map<std::string, std::size_t> first_use;
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        const Deal& deal = book.deals[i];
        const std::string at = "deals[" + std::to_string(i) + "].";
        if (!valid_id(deal.id)) {
            return Error{at + "id", at + "id " + quoted(deal.id) + " must be 1 to 64 lowercase letters, digits or '-'"};
        }
        const auto [it, inserted] = first_use.emplace(deal.id, i);
        if (!inserted) {
            return Error{at + "id", "id " + quoted(deal.id) + " is used by deals[" + std::to_string(it->second) +
                                        "] and deals[" + std::to_string(i) + "]; each deal needs its own id"};
        }
    }
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        const Deal& deal = book.deals[i];
        if (deal.superseded_by.empty()) continue;
        const std::string at = "deals[" + std::to_string(i) + "].superseded_by";
        if (deal.superseded_by == deal.id) {
            return Error{at,
                         "Deal " + deal_label(deal) + " names itself in superseded_by; name the deal that replaced it"};
        }
        if (!first_use.count(deal.superseded_by)) {
            return Error{at, "Deal " + deal_label(deal) + " is superseded by " + quoted(deal.superseded_by) +
                                 ", which is not a deal in this book"};
        }
    }
    return std::nullopt;
}

std::optional<Error> validate_companies(const Book& book) {
    if (book.companies.size() > max_book_companies) {
        return Error{"companies", "the book lists " + std::to_string(book.companies.size()) + " companies; at most " +
                                      std::to_string(max_book_companies)};
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < book.companies.size(); ++i) {
        const CompanyInfo& c = book.companies[i];
        const std::string at = "companies[" + std::to_string(i) + "].";
        if (c.name.empty()) return Error{at + "name", at + "name must not be empty"};
        if (!seen.insert(c.name).second) {
            return Error{at + "name", "company " + quoted(c.name) + " is listed twice in companies"};
        }
        for (auto [key, value] : {std::pair{"revenue_usd_per_year", &c.revenue_usd_per_year},
                                  std::pair{"other_funding_usd_per_year", &c.other_funding_usd_per_year}}) {
            if (*value) {
                if (auto e = check_bounds(at + key, **value, non_negative)) return e;
            }
        }
    }
    seen.clear();
    for (std::size_t i = 0; i < book.supply.size(); ++i) {
        const VendorSupply& s = book.supply[i];
        const std::string at = "supply[" + std::to_string(i) + "].";
        if (s.vendor.empty()) return Error{at + "vendor", at + "vendor must not be empty"};
        if (!seen.insert(s.vendor).second) {
            return Error{at + "vendor", "vendor " + quoted(s.vendor) + " has two supply entries"};
        }
        constexpr Bounds year{earliest_year, latest_year, false, true};
        if (auto e = check_bounds(at + "first_year", s.first_year, year)) return e;
        if (auto e = check_bounds(at + "gw_per_year", s.gw_per_year, non_negative)) return e;
        if (auto e = check_bounds(at + "growth_per_year", s.growth_per_year, supply_growth_bounds)) return e;
    }
    for (const AssumptionField& field : assumption_fields) {
        if (book.assumptions.*field.member) {
            if (auto e = check_bounds("assumptions." + std::string(field.key), *(book.assumptions.*field.member),
                                      field.bounds)) {
                return e;
            }
        }
    }
    return std::nullopt;
}

// ---- Companies -----------------------------------------------------------------------------

constexpr std::size_t no_company = static_cast<std::size_t>(-1);

// Each deal's parties as indices into BookResults::companies, looked up once per evaluation
// rather than by name in every pass (the lookups were a tenth of a book's evaluation).
struct DealParties {
    std::size_t buyer = no_company;
    std::size_t seller = no_company;
    std::size_t investor = no_company;
};

// Company name → index into BookResults::companies; views of the companies' own names.
class CompanyIndex {
public:
    explicit CompanyIndex(const std::vector<BookCompany>& companies) {
        index_of_.reserve(companies.size());
        for (std::size_t i = 0; i < companies.size(); ++i) index_of_.emplace(companies[i].name, i);
    }
    std::size_t operator()(const std::string& name) const {
        const auto it = index_of_.find(name);
        return it == index_of_.end() ? no_company : it->second;
    }

private:
    std::unordered_map<std::string_view, std::size_t> index_of_;
};

std::vector<DealParties> deal_parties(const Book& book, const CompanyIndex& index_of) {
    std::vector<DealParties> parties;
    parties.reserve(book.deals.size());
    for (const Deal& deal : book.deals) {
        parties.push_back({index_of(deal.buyer), index_of(deal.seller), index_of(deal.investor)});
    }
    return parties;
}

// ---- Flows ---------------------------------------------------------------------------------

bool counts_in_network(const Deal& deal) { return !deal.excluded_from_network && !is_withdrawn(deal.status); }

// A flow and the indices of its two companies (BookFlow names them).
struct IndexedBookFlow {
    BookFlow flow;
    IndexedFlow indexed;
};

std::vector<IndexedBookFlow> book_flows(const Book& book, const std::vector<DealResults>& deals,
                                        const std::vector<DealParties>& parties,
                                        const std::vector<BookCompany>& companies) {
    const int first = book.window.first_year * 12, last = book.window.last_year * 12 + 11;
    std::vector<IndexedBookFlow> flows;
    flows.reserve(book.deals.size() * 2);
    const auto add = [&](std::size_t from, std::size_t to, BookFlowType type, double amount, std::size_t deal) {
        if (amount <= 0.0) return;
        flows.push_back({{companies[from].name, companies[to].name, type, amount, deal}, {from, to, amount}});
    };
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        const Deal& deal = book.deals[i];
        const DealResults& r = deals[i];
        const DealParties& p = parties[i];
        if (!counts_in_network(deal)) continue;
        add(p.buyer, p.seller, r.rental ? BookFlowType::rental : BookFlowType::purchase, r.payments.sum(first, last),
            i);
        if (r.financing) add(p.investor, p.buyer, BookFlowType::investment, r.financing->disbursed_usd, i);
        if (r.project_finance && !deal.investor.empty() && !deal.financing) {
            const int start = month_index(*deal.start);
            if (start >= first && start <= last) {
                add(p.investor, p.buyer, BookFlowType::investment, r.project_finance->equity_usd, i);
            }
        }
        if (r.warrants && r.warrants->vested_value_usd) {
            add(p.seller, p.buyer, BookFlowType::warrant, *r.warrants->vested_value_usd, i);
        }
    }
    return flows;
}

// ---- Attribution ---------------------------------------------------------------------------

// Fungible: the network model's absorbing chain, with each company passing on the share of
// its money its spending makes: outflow / max(inflow + outside money, outflow). Loops and
// totals now; the ratios as the returned evaluation advances.
NetworkEvaluation attribute(const std::vector<IndexedFlow>& indexed, std::vector<BookCompany>& companies,
                            std::vector<BookCycle>& cycles, BookTotals& totals) {
    std::vector<Company> network;
    network.reserve(companies.size());
    for (const BookCompany& c : companies) {
        const double sources = std::max(c.inflow_usd + c.outside_money_usd, c.outflow_usd);
        network.push_back({c.name, sources > 0.0 ? c.outflow_usd / sources : 0.0});
    }
    NetworkEvaluation solve(network, indexed);
    const NetworkResults& solved = solve.results();
    for (std::size_t j = 0; j < companies.size(); ++j) companies[j].cycle_index = solved.companies[j].cycle_index;
    for (const Cycle& cycle : solved.cycles) cycles.push_back({cycle.company_indices, cycle.flow_usd});
    totals.flow_usd = solved.total_flow_usd;
    totals.circular_flow_usd = solved.circular_flow_usd;
    totals.circular_share_fraction = solved.circular_share_fraction;

    // Earmarked: what o sends k comes back as far as k pays o.
    std::vector<IndexedFlow> pairs = indexed;
    const auto by_pair = [](const IndexedFlow& a, const IndexedFlow& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    };
    std::sort(pairs.begin(), pairs.end(), by_pair);
    const auto amount = [&](std::size_t from, std::size_t to) {
        const IndexedFlow key{from, to, 0.0};
        double sum = 0.0;
        for (auto it = std::lower_bound(pairs.begin(), pairs.end(), key, by_pair);
             it != pairs.end() && it->from == from && it->to == to; ++it) {
            sum += it->amount_usd;
        }
        return sum;
    };
    std::vector<double> back(companies.size(), 0.0);
    for (auto first = pairs.begin(); first != pairs.end();) {
        const std::size_t o = first->from, k = first->to;
        auto last = first;
        double sent = 0.0;
        for (; last != pairs.end() && last->from == o && last->to == k; ++last) sent += last->amount_usd;
        first = last;
        back[o] += o == k ? sent : std::min(sent, amount(k, o));
    }
    for (std::size_t o = 0; o < companies.size(); ++o) {
        if (companies[o].outflow_usd > 0.0) companies[o].boomerang_earmarked_ratio = back[o] / companies[o].outflow_usd;
    }
    return solve;
}

// ---- Commitments ---------------------------------------------------------------------------

void add_commitments(const Book& book, const std::vector<DealResults>& deals, const std::vector<DealParties>& parties,
                     const CompanyIndex& index_of, std::vector<BookCompany>& companies, BookTotals& totals) {
    const int first = book.window.first_year * 12, last = book.window.last_year * 12 + 11;
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        const Deal& deal = book.deals[i];
        if (!counts_in_network(deal)) continue;
        const DealResults& r = deals[i];
        const double paid = r.payments.sum(first, last);
        BookCompany& buyer = companies[parties[i].buyer];
        buyer.payments_in_window_usd += paid;
        if (parties[i].seller != no_company) companies[parties[i].seller].backlog_in_window_usd += paid;
        if (r.exit) {
            buyer.commitments_headline_usd += r.exit->headline_value_usd;
            buyer.commitments_firm_usd += r.exit->firm_value_usd;
            totals.headline_usd += r.exit->headline_value_usd;
            totals.firm_usd += r.exit->firm_value_usd;
        }
    }
    const double years = book.window.last_year - book.window.first_year + 1;
    for (const CompanyInfo& info : book.companies) {
        BookCompany& c = companies[index_of(info.name)];  // company_names() lists them all
        if (!info.revenue_usd_per_year && !info.other_funding_usd_per_year) continue;
        const double per_year = info.revenue_usd_per_year.value_or(0.0) + info.other_funding_usd_per_year.value_or(0.0);
        c.outside_money_usd_per_year = per_year;
        c.outside_money_usd = per_year * years;
        if (per_year > 0.0) c.commitments_to_outside_money_ratio = c.payments_in_window_usd / years / per_year;
    }
}

// ---- Timelines -----------------------------------------------------------------------------

std::vector<VendorTimeline> timelines(const Book& book, const std::vector<DealResults>& deals) {
    std::vector<VendorTimeline> out;
    const auto timeline_of = [&](const std::string& vendor) -> VendorTimeline& {
        for (VendorTimeline& t : out) {
            if (t.vendor == vendor) return t;
        }
        VendorTimeline t;
        t.vendor = vendor;
        for (int year = book.window.first_year; year <= book.window.last_year; ++year) {
            t.deployed_it_gw.push_back({year, 0.0});
        }
        out.push_back(std::move(t));
        return out.back();
    };
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        const Deal& deal = book.deals[i];
        const DealResults& r = deals[i];
        if (is_withdrawn(deal.status) || !r.capacity) continue;
        VendorTimeline& t = timeline_of(deal.seller);
        if (!r.capacity->it_power_gw) {
            t.it_power_complete = false;
            continue;
        }
        const double to_it = *r.capacity->it_power_gw / *r.capacity->capacity_gw;
        t.deals_it_gw += *r.capacity->it_power_gw;
        for (const YearAmount& year : by_year(r.capacity->deployed_gw)) {
            if (year.year < book.window.first_year || year.year > book.window.last_year) continue;
            t.deployed_it_gw[static_cast<std::size_t>(year.year - book.window.first_year)].value += year.value * to_it;
        }
    }
    for (const VendorSupply& s : book.supply) {
        VendorTimeline& t = timeline_of(s.vendor);
        if (s.gw_per_year > 0.0) t.years_to_deliver = years_to_reach(t.deals_it_gw, s.gw_per_year, s.growth_per_year);
        double deployed = 0.0, supplied = 0.0;
        for (int year = book.window.first_year; year <= book.window.last_year; ++year) {
            const double gw =
                year < s.first_year ? 0.0 : s.gw_per_year * std::pow(1.0 + s.growth_per_year, year - s.first_year);
            t.supply_it_gw.push_back({year, gw});
            supplied += gw;
            deployed += t.deployed_it_gw[static_cast<std::size_t>(year - book.window.first_year)].value;
            if (!t.first_short_year && deployed > supplied * (1.0 + 1e-12)) t.first_short_year = year;
        }
    }
    return out;
}

}  // namespace

// ---- evaluate_book -------------------------------------------------------------------------

Result<StartedBook> start_book_evaluation(const Book& book, double ratio_work) {
    if (auto e = validate_window(book.window)) return *e;
    if (auto e = validate_deal_ids(book)) return *e;
    if (auto e = validate_companies(book)) return *e;

    StartedBook started;
    BookResults& out = started.results;
    out.deals.reserve(book.deals.size());
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        Result<DealResults> deal = evaluate_deal(book.deals[i], book);
        if (!deal) {
            const Error& e = deal.error();
            return Error{"deals[" + std::to_string(i) + "]." + e.field,
                         "Deal " + deal_label(book.deals[i]) + ": " + e.message};
        }
        out.deals.push_back(std::move(deal.value()));
    }

    const std::vector<std::string> names = company_names(book);
    if (names.size() > max_network_companies) {
        return Error{"companies", "the book names " + std::to_string(names.size()) +
                                      " companies; its network holds at most " + std::to_string(max_network_companies)};
    }
    out.companies.reserve(names.size());
    for (const std::string& name : names) {
        BookCompany company;
        company.name = name;
        out.companies.push_back(std::move(company));
    }
    const CompanyIndex index_of(out.companies);
    const std::vector<DealParties> parties = deal_parties(book, index_of);
    std::vector<IndexedFlow> indexed;
    std::vector<IndexedBookFlow> flows = book_flows(book, out.deals, parties, out.companies);
    indexed.reserve(flows.size());
    out.flows.reserve(flows.size());
    for (IndexedBookFlow& f : flows) {
        out.companies[f.indexed.from].outflow_usd += f.indexed.amount_usd;
        out.companies[f.indexed.to].inflow_usd += f.indexed.amount_usd;
        indexed.push_back(f.indexed);
        out.flows.push_back(std::move(f.flow));
    }
    add_commitments(book, out.deals, parties, index_of, out.companies, out.totals);
    PendingRatios ratios(attribute(indexed, out.companies, out.cycles, out.totals));
    out.timelines = timelines(book, out.deals);
    out.ratios_pending = true;
    if (!ratios.advance(ratio_work, out)) started.pending.emplace(std::move(ratios));
    return started;
}

Result<BookResults> evaluate_book(const Book& book) {
    Result<StartedBook> started = start_book_evaluation(book, std::numeric_limits<double>::infinity());
    if (!started) return started.error();
    BookResults& results = started.value().results;
    if (!results.ratios_error.empty()) return Error{"deals", results.ratios_error};
    return std::move(results);
}

bool PendingRatios::advance(double& work, BookResults& results) {
    if (!network_.advance(work)) return false;
    if (network_.error()) {
        results.ratios_error = network_.error()->message;
    } else {
        const NetworkResults& solved = network_.results();
        for (std::size_t j = 0; j < results.companies.size(); ++j) {
            results.companies[j].boomerang_fungible_ratio = solved.companies[j].boomerang_ratio;
        }
    }
    results.ratios_pending = false;
    return true;
}

}  // namespace boomerang::model
