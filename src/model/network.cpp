#include "model/network.hpp"

#include "model/bounds.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <utility>

namespace boomerang::model {

namespace {

constexpr std::array<std::pair<FlowType, std::string_view>, 4> kFlowTypeNames = {{
    {FlowType::equity_investment, "equity_investment"},
    {FlowType::chip_purchase, "chip_purchase"},
    {FlowType::compute_contract, "compute_contract"},
    {FlowType::warrants, "warrants"},
}};

// Below this pivot the elimination would lose more than ~1e-4 of relative accuracy (double
// precision is ~1e-16). It happens only when money circles among companies passing on nearly
// all of it and the way out of that loop is ~1e12 times smaller than the flows around it.
constexpr double kSmallestPivot = 1e-12;

// A dense square matrix in one block, row by row: a row is a pointer, so the inner loops of
// the elimination run over contiguous memory (a vector of vectors took a third longer).
class Matrix {
public:
    explicit Matrix(std::size_t n) : n_(n), values_(n * n, 0.0) {}
    std::size_t size() const { return n_; }
    double* operator[](std::size_t row) { return values_.data() + row * n_; }
    const double* operator[](std::size_t row) const { return values_.data() + row * n_; }
    void swap_rows(std::size_t a, std::size_t b) {
        if (a != b) std::swap_ranges((*this)[a], (*this)[a] + n_, (*this)[b]);
    }

private:
    std::size_t n_;
    std::vector<double> values_;
};

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::optional<Error> validate_companies(const std::vector<Company>& companies) {
    if (companies.size() > max_network_companies) {
        return Error{"companies", "companies has " + std::to_string(companies.size()) + " entries; a network holds at most " +
                                      std::to_string(max_network_companies) + " companies"};
    }
    std::map<std::string, std::size_t> first_use;
    for (std::size_t i = 0; i < companies.size(); ++i) {
        const Company& c = companies[i];
        if (c.name.empty()) {
            return Error{"name", "name of company " + std::to_string(i + 1) + " must not be empty"};
        }
        const auto [it, inserted] = first_use.emplace(c.name, i);
        if (!inserted) {
            return Error{"name", "name " + quoted(c.name) + " is used by companies " +
                                     std::to_string(it->second + 1) + " and " +
                                     std::to_string(i + 1) + "; each company needs its own name"};
        }
        if (!fraction.contains(c.pass_on_fraction)) {
            return Error{"pass_on_fraction",
                         bounds_message("pass_on_fraction of " + quoted(c.name),
                                        c.pass_on_fraction, fraction)};
        }
    }
    return std::nullopt;
}

std::optional<Error> validate_flows(const std::vector<Flow>& flows,
                                    const std::map<std::string, std::size_t>& index_of) {
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        const std::string which =
            " of flow " + std::to_string(i + 1) + " (" + f.from + " -> " + f.to + ")";
        if (!index_of.count(f.from)) {
            return Error{"from", "from" + which + " names " + quoted(f.from) +
                                     ", which is not a company in the network"};
        }
        if (!index_of.count(f.to)) {
            return Error{"to", "to" + which + " names " + quoted(f.to) +
                                   ", which is not a company in the network"};
        }
        if (!non_negative.contains(f.amount_usd)) {
            return Error{"amount_usd",
                         bounds_message("amount_usd" + which, f.amount_usd, non_negative)};
        }
    }
    return std::nullopt;
}

// Tarjan's algorithm without recursion, over the edges with a positive amount.
std::vector<std::vector<std::size_t>> strongly_connected_components(const Matrix& amount) {
    const std::size_t n = amount.size();
    constexpr std::size_t unvisited = static_cast<std::size_t>(-1);
    std::vector<std::size_t> order(n, unvisited), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::pair<std::size_t, std::size_t>> calls;  // (node, next neighbour to try)
    std::size_t next_order = 0;
    std::vector<std::vector<std::size_t>> components;

    auto visit = [&](std::size_t v) {
        order[v] = low[v] = next_order++;
        stack.push_back(v);
        on_stack[v] = true;
        calls.push_back({v, 0});
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] != unvisited) continue;
        visit(root);
        while (!calls.empty()) {
            auto& [v, w] = calls.back();
            if (w < n) {
                const std::size_t next = w++;
                if (amount[v][next] <= 0.0) continue;
                if (order[next] == unvisited) {
                    visit(next);
                } else if (on_stack[next]) {
                    low[v] = std::min(low[v], order[next]);
                }
                continue;
            }
            const std::size_t done = v;
            calls.pop_back();
            if (!calls.empty()) {
                low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            }
            if (low[done] != order[done]) continue;
            std::vector<std::size_t> component;
            std::size_t member;
            do {
                member = stack.back();
                stack.pop_back();
                on_stack[member] = false;
                component.push_back(member);
            } while (member != done);
            std::sort(component.begin(), component.end());
            components.push_back(std::move(component));
        }
    }
    std::sort(components.begin(), components.end());
    return components;
}

// Solves a x = b by Gaussian elimination with partial pivoting; nullopt if a pivot is
// below kSmallestPivot.
std::optional<std::vector<double>> solve(Matrix a, std::vector<double> b) {
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col])) pivot = row;
        }
        if (std::abs(a[pivot][col]) < kSmallestPivot) return std::nullopt;
        a.swap_rows(col, pivot);
        std::swap(b[col], b[pivot]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = a[row][col] / a[col][col];
            for (std::size_t k = col; k < n; ++k) a[row][k] -= factor * a[col][k];
            b[row] -= factor * b[col];
        }
    }
    std::vector<double> x(n);
    for (std::size_t row = n; row-- > 0;) {
        double sum = b[row];
        for (std::size_t k = row + 1; k < n; ++k) sum -= a[row][k] * x[k];
        x[row] = sum / a[row][row];
    }
    return x;
}

// Expected dollars returning to `origin` per dollar it sends out (see network.hpp).
// step[j][k]: share of a dollar at j that moves on to k (pass_on_fraction applied).
Result<double> boomerang_ratio(std::size_t origin, const Matrix& amount, const Matrix& step,
                               const std::vector<double>& outflow_usd,
                               const std::vector<Company>& companies) {
    if (outflow_usd[origin] <= 0.0) return 0.0;
    const std::size_t n = amount.size();

    // Only companies with a path of positive steps back to the origin can return anything.
    // The rest are left out of the solve: a dollar reaching them is lost for the origin,
    // including money circling forever in a loop of pass_on_fraction 1 that never exits
    // (that loop would make I - Q singular).
    std::vector<bool> returns(n, false);
    std::vector<std::size_t> frontier = {origin};
    while (!frontier.empty()) {
        const std::size_t target = frontier.back();
        frontier.pop_back();
        for (std::size_t j = 0; j < n; ++j) {
            if (j == origin || returns[j] || step[j][target] <= 0.0) continue;
            returns[j] = true;
            frontier.push_back(j);
        }
    }
    std::vector<std::size_t> transient;  // solve position -> company index
    std::vector<std::size_t> position(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
        if (!returns[j]) continue;
        position[j] = transient.size();
        transient.push_back(j);
    }

    // h_j = step[j][origin] + sum over transient m of step[j][m] h_m, i.e. (I - Q) h = b.
    const std::size_t m = transient.size();
    Matrix i_minus_q(m);
    std::vector<double> to_origin(m, 0.0);
    for (std::size_t r = 0; r < m; ++r) {
        const std::size_t j = transient[r];
        to_origin[r] = step[j][origin];
        i_minus_q[r][r] = 1.0;
        for (std::size_t k : transient) i_minus_q[r][position[k]] -= step[j][k];
    }
    const std::optional<std::vector<double>> h = solve(std::move(i_minus_q), to_origin);
    if (!h) {
        return Error{"flows", "flows differ too much in size to compute the boomerang ratio of " +
                                  quoted(companies[origin].name) +
                                  ": money circles among companies that pass on nearly all of "
                                  "it, and the flow out of that loop is about a trillion times "
                                  "smaller than the flows around it"};
    }
    // The origin's dollar leaves whole; a self-payment returns at once.
    double returned = amount[origin][origin] / outflow_usd[origin];
    for (std::size_t k : transient) {
        returned += amount[origin][k] / outflow_usd[origin] * (*h)[position[k]];
    }
    return returned;
}

// The probability that a dollar leaving each company along `step` ever returns to it, for all
// companies from one LU factorization of I − step: with G = (I − step)⁻¹, G[j][j] =
// 1 / (1 − return_j). A company's boomerang ratio is its return divided by its pass-on
// share, since only its first step is taken whole. nullopt when I − step is singular or
// nearly so (money circling forever in a closed loop): the caller then solves origin by
// origin, leaving such loops out.
std::optional<std::vector<double>> return_probabilities(const Matrix& step) {
    const std::size_t n = step.size();
    Matrix lu(n);
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t c = 0; c < n; ++c) lu[r][c] = (r == c ? 1.0 : 0.0) - step[r][c];
    }
    std::vector<std::size_t> row_of(n);
    for (std::size_t i = 0; i < n; ++i) row_of[i] = i;
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::abs(lu[row][col]) > std::abs(lu[pivot][col])) pivot = row;
        }
        if (std::abs(lu[pivot][col]) < kSmallestPivot) return std::nullopt;
        lu.swap_rows(col, pivot);
        std::swap(row_of[col], row_of[pivot]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = lu[row][col] /= lu[col][col];
            if (factor == 0.0) continue;
            for (std::size_t k = col + 1; k < n; ++k) lu[row][k] -= factor * lu[col][k];
        }
    }
    std::vector<std::size_t> row_holding(n);  // the row of P e_j's 1
    for (std::size_t row = 0; row < n; ++row) row_holding[row_of[row]] = row;
    std::vector<double> returns(n, 0.0), x(n);
    for (std::size_t j = 0; j < n; ++j) {
        // Column j of G: solve L U x = P e_j. L y = P e_j is zero above the row holding the 1.
        const std::size_t one = row_holding[j];
        std::fill(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(one), 0.0);
        for (std::size_t row = one; row < n; ++row) {
            double sum = row == one ? 1.0 : 0.0;
            const double* l = lu[row];
            for (std::size_t k = one; k < row; ++k) sum -= l[k] * x[k];
            x[row] = sum;
        }
        // Only G[j][j] is needed, and U x = y gives x[j] from the rows below j alone.
        for (std::size_t row = n; row-- > j;) {
            double sum = x[row];
            const double* u = lu[row];
            for (std::size_t k = row + 1; k < n; ++k) sum -= u[k] * x[k];
            x[row] = sum / u[row];
        }
        // G[j][j] ≥ 1 exactly; a hair below is rounding (nothing returns), far below is a
        // failed solve.
        if (!std::isfinite(x[j]) || x[j] < 1.0 - 1e-9) return std::nullopt;
        returns[j] = std::max(0.0, 1.0 - 1.0 / x[j]);
    }
    return returns;
}

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
    const NetworkInputs in{companies, {}};
    const std::size_t n = in.companies.size();
    NetworkResults out;
    Matrix amount(n);  // all flows from j to k, summed
    std::vector<double> inflow_usd(n, 0.0), outflow_usd(n, 0.0);
    for (const IndexedFlow& f : flows) {
        const std::size_t from = f.from, to = f.to;
        amount[from][to] += f.amount_usd;
        outflow_usd[from] += f.amount_usd;
        inflow_usd[to] += f.amount_usd;
        out.total_flow_usd += f.amount_usd;
    }

    out.components = strongly_connected_components(amount);
    std::vector<std::optional<std::size_t>> cycle_of(n);
    for (const std::vector<std::size_t>& component : out.components) {
        const std::size_t first = component.front();
        if (component.size() == 1 && amount[first][first] <= 0.0) continue;
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
    out.circular_share_fraction =
        out.total_flow_usd > 0.0 ? out.circular_flow_usd / out.total_flow_usd : 0.0;

    Matrix step(n);
    for (std::size_t j = 0; j < n; ++j) {
        if (outflow_usd[j] <= 0.0) continue;
        for (std::size_t k = 0; k < n; ++k) {
            step[j][k] = in.companies[j].pass_on_fraction * amount[j][k] / outflow_usd[j];
        }
    }
    const std::optional<std::vector<double>> returns = return_probabilities(step);
    for (std::size_t j = 0; j < n; ++j) {
        const double p = in.companies[j].pass_on_fraction;
        double ratio = 0.0;
        if (outflow_usd[j] > 0.0 && returns && p > 0.0) {
            ratio = (*returns)[j] / p;
        } else if (outflow_usd[j] > 0.0) {
            Result<double> solved = boomerang_ratio(j, amount, step, outflow_usd, in.companies);
            if (!solved) return solved.error();
            ratio = *solved;
        }
        out.companies.push_back({in.companies[j].name, inflow_usd[j], outflow_usd[j], ratio, cycle_of[j]});
    }
    return out;
}

}  // namespace boomerang::model
