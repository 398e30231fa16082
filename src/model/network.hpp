// Deal networks: companies passing money to each other through investments, chip purchases,
// compute contracts and warrants. The model finds the loops (strongly connected components)
// and, for each company, how much of a dollar it sends out comes back to it.
//
// Boomerang ratio: a dollar at company j leaves along j's outgoing flows in proportion to
// their amounts, scaled by j's pass_on_fraction; the rest stays with j. The origin's own
// dollar leaves whole (its pass_on_fraction does not apply to the first step), and a dollar
// that reaches the origin again is counted and stops. Solved exactly as an absorbing Markov
// chain. Formulas and worked examples: docs/models/network.md.
#pragma once

#include "model/first_return.hpp"
#include "model/result.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::model {

enum class FlowType { equity_investment, chip_purchase, compute_contract, warrants };

// The snake_case name used in scenario files and labels, e.g. "chip_purchase".
std::string_view flow_type_name(FlowType type);
std::optional<FlowType> flow_type_from_name(std::string_view name);

struct Company {
    std::string name;
    double pass_on_fraction = 0.0;  // share of its inflow it passes on inside the network
};

struct Flow {
    std::string from;
    std::string to;
    double amount_usd = 0.0;
    FlowType type = FlowType::equity_investment;
};

// The boomerang ratios come from a sparse elimination (first_return.hpp) whose time grows with
// how tangled the network is, not with its size alone: 10,000 companies is the book's limit
// too (max_book_companies), and a random web of 1,000 companies and 5,000 deals takes
// milliseconds (BENCHMARKS.md, "Large webs").
inline constexpr std::size_t max_network_companies = 10'000;

// Defaults: the deals in Su Yang, Tencent Technology, "Jensen Huang doesn't believe in
// bubbles; OpenAI needs a money printer". Each pass_on_fraction is the company's outflow in
// this network divided by its inflow, capped at 1.
struct NetworkInputs {
    std::vector<Company> companies = {
        {"Nvidia", (100e9 + 3.959e9) / 200e9},
        {"OpenAI", 1.0},  // pays out 320B against 137.7B in: passes all of it on
        {"AMD", 160e6 * (164.67 * 1.43 - 0.01) / 120e9},
        {"CoreWeave", 0.0},  // no outflow in this network
    };
    std::vector<Flow> flows = {
        // "invest a total of $100 billion in OpenAI over the next decade"
        {"Nvidia", "OpenAI", 100e9, FlowType::equity_investment},
        // 10 GW of Nvidia systems at "> $20 billion" of hardware per GW
        {"OpenAI", "Nvidia", 200e9, FlowType::chip_purchase},
        // "6GW ... the total hardware investment is expected to exceed $120 billion"
        {"OpenAI", "AMD", 120e9, FlowType::chip_purchase},
        // The warrants of amd_openai_circularity() valued at its share price: 160M shares x
        // ($164.67 x 1.43 - $0.01 strike) = $37.67B
        {"AMD", "OpenAI", 160e6 * (164.67 * 1.43 - 0.01), FlowType::warrants},
        // 24.28M CoreWeave shares "with a holding market value of approximately $3.959
        // billion" (Nvidia's August 13F)
        {"Nvidia", "CoreWeave", 3.959e9, FlowType::equity_investment},
    };
};

struct CompanyResult {
    std::string name;
    double inflow_usd = 0.0;
    double outflow_usd = 0.0;
    double boomerang_ratio = 0.0;            // dollars returning per dollar sent; 0 if no outflow
    std::optional<std::size_t> cycle_index;  // index into NetworkResults::cycles
};

// A strongly connected component with more than one company, or one company paying itself.
struct Cycle {
    std::vector<std::size_t> company_indices;  // into NetworkInputs::companies, ascending
    std::vector<std::size_t> flow_indices;     // into NetworkInputs::flows, both ends inside
    double flow_usd = 0.0;
};

struct NetworkResults {
    std::vector<CompanyResult> companies;  // in input order
    // Every strongly connected component as company indices, each sorted ascending; the
    // components ordered by their first company.
    std::vector<std::vector<std::size_t>> components;
    std::vector<Cycle> cycles;  // the cyclic components, same order
    double total_flow_usd = 0.0;
    double circular_flow_usd = 0.0;        // sum of Cycle::flow_usd
    double circular_share_fraction = 0.0;  // circular / total; 0 when there is no flow
};

Result<NetworkResults> evaluate_network(const NetworkInputs& inputs);

// A flow between companies given by their index in the company list.
struct IndexedFlow {
    std::size_t from = 0;
    std::size_t to = 0;
    double amount_usd = 0.0;
};

// evaluate_network for callers that already hold checked companies (unique, non-empty names,
// pass-on fractions in [0, 1]) and flows by index (the book): no names are looked up. Flow
// indices in the results are positions in `flows`.
Result<NetworkResults> evaluate_indexed_network(const std::vector<Company>& companies,
                                                const std::vector<IndexedFlow>& flows);

// evaluate_indexed_network in slices, for networks too tangled to solve within a frame: the
// loops, flows and totals at once, the boomerang ratios as advance() works through them
// (first_return.hpp; book_evaluation.hpp says when the book uses this).
class NetworkEvaluation {
public:
    NetworkEvaluation(const std::vector<Company>& companies, const std::vector<IndexedFlow>& flows);
    ~NetworkEvaluation();
    NetworkEvaluation(const NetworkEvaluation&);
    NetworkEvaluation& operator=(const NetworkEvaluation&);
    NetworkEvaluation(NetworkEvaluation&&) noexcept;
    NetworkEvaluation& operator=(NetworkEvaluation&&) noexcept;

    // Works until `work` (about one unit per multiply-add) is used up or the ratios are
    // known, taking what it used from `work`. True once finished.
    bool advance(double& work);
    // Share of the ratio work done, 0 to 1; it only rises.
    double progress() const;
    // Loops, flows and totals from the start; the ratios are 0 until finished.
    const NetworkResults& results() const { return results_; }
    NetworkResults take_results();
    // Once finished: why the ratios could not be computed (a probability underflowed).
    const std::optional<Error>& error() const { return error_; }

private:
    std::vector<double> pass_on_, outflow_usd_;
    std::vector<IndexedFlow> pairs_;
    Chain walk_;
    std::optional<FirstReturnSolve> solve_;
    std::vector<std::size_t> passing_nothing_on_;  // origins with outflow and pass-on 0
    std::size_t next_origin_ = 0;                  // 0 while the shared walk is solved, then origin index + 1
    NetworkResults results_;
    std::optional<Error> error_;
    bool finished_ = false;
};

}  // namespace boomerang::model
