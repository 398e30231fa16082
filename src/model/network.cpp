#include "model/network.hpp"

#include "model/bounds.hpp"
#include "model/first_return.hpp"
#include "model/strong_components.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <tuple>
#include <utility>

namespace boomerang::model {

namespace {

constexpr std::array<std::pair<FlowType, std::string_view>, 4> kFlowTypeNames = {{
    {FlowType::equity_investment, "equity_investment"},
    {FlowType::chip_purchase, "chip_purchase"},
    {FlowType::compute_contract, "compute_contract"},
    {FlowType::warrants, "warrants"},
}};

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::optional<Error> validate_companies(const std::vector<Company>& companies) {
    if (companies.size() > max_network_companies) {
        return Error{"companies", "companies has " + std::to_string(companies.size()) +
                                      " entries; a network holds at most " + std::to_string(max_network_companies) +
                                      " companies"};
    }
    std::map<std::string, std::size_t> first_use;
    for (std::size_t i = 0; i < companies.size(); ++i) {
        const Company& c = companies[i];
        if (c.name.empty()) {
            return Error{"name", "name of company " + std::to_string(i + 1) + " must not be empty"};
        }
        const auto [it, inserted] = first_use.emplace(c.name, i);
        if (!inserted) {
            return Error{"name", "name " + quoted(c.name) + " is used by companies " + std::to_string(it->second + 1) +
                                     " and " + std::to_string(i + 1) + "; each company needs its own name"};
        }
        if (!fraction.contains(c.pass_on_fraction)) {
            return Error{"pass_on_fraction",
                         bounds_message("pass_on_fraction of " + quoted(c.name), c.pass_on_fraction, fraction)};
        }
    }
    return std::nullopt;
}

std::optional<Error> validate_flows(const std::vector<Flow>& flows,
                                    const std::map<std::string, std::size_t>& index_of) {
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        const std::string which = " of flow " + std::to_string(i + 1) + " (" + f.from + " -> " + f.to + ")";
        if (!index_of.count(f.from)) {
            return Error{"from",
                         "from" + which + " names " + quoted(f.from) + ", which is not a company in the network"};
        }
        if (!index_of.count(f.to)) {
            return Error{"to", "to" + which + " names " + quoted(f.to) + ", which is not a company in the network"};
        }
        if (!non_negative.contains(f.amount_usd)) {
            return Error{"amount_usd", bounds_message("amount_usd" + which, f.amount_usd, non_negative)};
        }
    }
    return std::nullopt;
}

// All flows from one company to another summed into one, ordered by (from, to).
std::vector<IndexedFlow> summed_by_pair(std::vector<IndexedFlow> flows) {
    std::sort(flows.begin(), flows.end(), [](const IndexedFlow& a, const IndexedFlow& b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    std::vector<IndexedFlow> pairs;
    for (const IndexedFlow& f : flows) {
        if (!pairs.empty() && pairs.back().from == f.from && pairs.back().to == f.to) {
            pairs.back().amount_usd += f.amount_usd;
        } else {
            pairs.push_back(f);
        }
    }
    return pairs;
}

// The walk of a dollar: from j it moves on along j's flows in proportion to their amounts,
// scaled by j's pass-on; 1 − pass-on leaves the network (stays with j).
Chain dollar_walk(const std::vector<Company>& companies, const std::vector<IndexedFlow>& pairs,
                  const std::vector<double>& outflow_usd) {
    Chain chain;
    chain.state_count = companies.size();
    chain.exit_probability.assign(companies.size(), 1.0);
    for (std::size_t j = 0; j < companies.size(); ++j) {
        if (outflow_usd[j] > 0.0) chain.exit_probability[j] = 1.0 - companies[j].pass_on_fraction;
    }
    for (const IndexedFlow& f : pairs) {
        if (f.amount_usd <= 0.0 || companies[f.from].pass_on_fraction <= 0.0) continue;
        chain.edges.push_back({f.from, f.to, companies[f.from].pass_on_fraction * f.amount_usd / outflow_usd[f.from]});
    }
    return chain;
}

// For an origin that passes on none of what it receives, its own first step is whole, so its
// return in the shared walk (which stops at it) says nothing. The walk is redone from it
// alone, over the companies that can lead back to it, its first step whole: state 0 of the
// chain returned, whose return is the origin's ratio.
Chain walk_from(std::size_t origin, const Chain& walk, const std::vector<IndexedFlow>& pairs,
                const std::vector<double>& outflow_usd) {
    const std::size_t n = walk.state_count;
    std::vector<std::vector<std::size_t>> into(n);
    for (const ChainEdge& e : walk.edges) into[e.to].push_back(e.from);
    constexpr std::size_t outside = static_cast<std::size_t>(-1);
    std::vector<std::size_t> state(n, outside);  // company -> state of the redone walk
    state[origin] = 0;
    std::vector<std::size_t> members = {origin}, frontier = {origin};
    while (!frontier.empty()) {
        const std::size_t target = frontier.back();
        frontier.pop_back();
        for (std::size_t j : into[target]) {
            if (state[j] != outside) continue;
            state[j] = members.size();
            members.push_back(j);
            frontier.push_back(j);
        }
    }
    Chain redone;
    redone.state_count = members.size();
    redone.exit_probability.resize(members.size());
    for (std::size_t s = 0; s < members.size(); ++s) redone.exit_probability[s] = walk.exit_probability[members[s]];
    redone.exit_probability[0] = 0.0;
    for (const ChainEdge& e : walk.edges) {
        if (e.from == origin || state[e.from] == outside) continue;
        if (state[e.to] == outside) {
            redone.exit_probability[state[e.from]] += e.probability;
        } else {
            redone.edges.push_back({state[e.from], state[e.to], e.probability});
        }
    }
    for (const IndexedFlow& f : pairs) {
        if (f.from != origin || f.amount_usd <= 0.0) continue;
        const double share = f.amount_usd / outflow_usd[origin];
        if (state[f.to] == outside) {
            redone.exit_probability[0] += share;
        } else {
            redone.edges.push_back({0, state[f.to], share});
        }
    }
    return redone;
}

const char* const kUnsolvable =
    "flows differ too much in size to compute the boomerang ratios: some flows are more than "
    "1e300 times smaller than others, and the probabilities of following them underflow";

}  // namespace

std::string_view flow_type_name(FlowType type) {
    for (const auto& [value, name] : kFlowTypeNames) {
        if (value == type) return name;
    }
    return {};
}

std::optional<FlowType> flow_type_from_name(std::string_view name) {
    for (const auto& [value, known] : kFlowTypeNames) {
        if (known == name) return value;
    }
    return std::nullopt;
}

Result<NetworkResults> evaluate_network(const NetworkInputs& in) {
    if (auto error = validate_companies(in.companies)) return *error;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t i = 0; i < in.companies.size(); ++i) index_of[in.companies[i].name] = i;
    if (auto error = validate_flows(in.flows, index_of)) return *error;
    std::vector<IndexedFlow> flows;
    flows.reserve(in.flows.size());
    for (const Flow& f : in.flows) flows.push_back({index_of.at(f.from), index_of.at(f.to), f.amount_usd});
    return evaluate_indexed_network(in.companies, flows);
}

Result<NetworkResults> evaluate_indexed_network(const std::vector<Company>& companies,
                                                const std::vector<IndexedFlow>& flows) {
    NetworkEvaluation evaluation(companies, flows);
    double work = std::numeric_limits<double>::infinity();
    evaluation.advance(work);
    if (evaluation.error()) return *evaluation.error();
    return evaluation.take_results();
}

NetworkEvaluation::NetworkEvaluation(const std::vector<Company>& companies, const std::vector<IndexedFlow>& flows)
    : pass_on_(companies.size()) {
    const std::size_t n = companies.size();
    for (std::size_t j = 0; j < n; ++j) pass_on_[j] = companies[j].pass_on_fraction;
    NetworkResults& out = results_;
    pairs_ = summed_by_pair(flows);
    std::vector<double> inflow_usd(n, 0.0), self_usd(n, 0.0);
    outflow_usd_.assign(n, 0.0);
    std::vector<std::vector<std::size_t>> successors(n);
    for (const IndexedFlow& f : pairs_) {
        outflow_usd_[f.from] += f.amount_usd;
        inflow_usd[f.to] += f.amount_usd;
        out.total_flow_usd += f.amount_usd;
        if (f.amount_usd > 0.0) successors[f.from].push_back(f.to);
        if (f.from == f.to) self_usd[f.from] += f.amount_usd;
    }

    out.components = strongly_connected_components(successors);
    std::vector<std::optional<std::size_t>> cycle_of(n);
    for (const std::vector<std::size_t>& component : out.components) {
        const std::size_t first = component.front();
        if (component.size() == 1 && self_usd[first] <= 0.0) continue;
        for (std::size_t member : component) cycle_of[member] = out.cycles.size();
        out.cycles.push_back({component, {}, 0.0});
    }
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const std::optional<std::size_t> cycle = cycle_of[flows[i].from];
        if (!cycle || cycle != cycle_of[flows[i].to]) continue;
        out.cycles[*cycle].flow_indices.push_back(i);
        out.cycles[*cycle].flow_usd += flows[i].amount_usd;
        out.circular_flow_usd += flows[i].amount_usd;
    }
    out.circular_share_fraction = out.total_flow_usd > 0.0 ? out.circular_flow_usd / out.total_flow_usd : 0.0;
    out.companies.reserve(n);
    for (std::size_t j = 0; j < n; ++j) {
        out.companies.push_back({companies[j].name, inflow_usd[j], outflow_usd_[j], 0.0, cycle_of[j]});
        if (outflow_usd_[j] > 0.0 && pass_on_[j] <= 0.0) passing_nothing_on_.push_back(j);
    }
    walk_ = dollar_walk(companies, pairs_, outflow_usd_);
    solve_.emplace(walk_);
}

NetworkEvaluation::~NetworkEvaluation() = default;
NetworkEvaluation::NetworkEvaluation(const NetworkEvaluation&) = default;
NetworkEvaluation& NetworkEvaluation::operator=(const NetworkEvaluation&) = default;
NetworkEvaluation::NetworkEvaluation(NetworkEvaluation&&) noexcept = default;
NetworkEvaluation& NetworkEvaluation::operator=(NetworkEvaluation&&) noexcept = default;

// A dollar sent by j returns with probability r_j in the walk where j's own first step is
// scaled by its pass-on p_j too; taking that step whole divides the return by p_j. Origins
// passing nothing on are solved after, one walk each (walk_from).
bool NetworkEvaluation::advance(double& work) {
    while (!finished_ && work > 0.0) {
        if (!solve_->advance(work)) break;
        const std::optional<std::vector<double>>& returns = solve_->returns();
        if (!returns) {
            error_ = Error{"flows", kUnsolvable};
            finished_ = true;
            break;
        }
        if (next_origin_ == 0) {  // the shared walk
            for (std::size_t j = 0; j < pass_on_.size(); ++j) {
                if (outflow_usd_[j] > 0.0 && pass_on_[j] > 0.0)
                    results_.companies[j].boomerang_ratio = (*returns)[j] / pass_on_[j];
            }
        } else {
            results_.companies[passing_nothing_on_[next_origin_ - 1]].boomerang_ratio = (*returns)[0];
        }
        if (next_origin_ == passing_nothing_on_.size()) {
            finished_ = true;
            break;
        }
        solve_.emplace(walk_from(passing_nothing_on_[next_origin_++], walk_, pairs_, outflow_usd_));
    }
    return finished_;
}

double NetworkEvaluation::progress() const {
    if (finished_) return 1.0;
    // The shared walk first, then each origin passing nothing on as an equal share.
    const auto walks = static_cast<double>(passing_nothing_on_.size() + 1);
    return (static_cast<double>(next_origin_) + solve_->progress()) / walks;
}

NetworkResults NetworkEvaluation::take_results() { return std::move(results_); }

}  // namespace boomerang::model
