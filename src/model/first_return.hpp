// First return in a chain of states: for a walk that moves from state to state with given
// probabilities and may leave the chain at each step, the probability that a walk starting at
// a state ever comes back to it. The network model's boomerang ratios are these returns
// (network.hpp; formulas in docs/models/network.md, "All companies at once").
//
//   Chain chain;
//   chain.state_count = 3;
//   chain.edges = {{0, 1, 0.9}, {1, 0, 0.5}, {1, 2, 0.5}};
//   chain.exit_probability = {0.1, 0.0, 1.0};
//   first_return_probabilities(chain);  // {0.45, 0.45, 0}
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace boomerang::model {

struct ChainEdge {
    std::size_t from = 0;
    std::size_t to = 0;
    double probability = 0.0;  // > 0 to count; edges between the same states add up
};

struct Chain {
    std::size_t state_count = 0;
    std::vector<ChainEdge> edges;  // self-loops allowed
    // Per state, the probability of leaving the chain at each step: 1 minus the state's
    // outgoing probabilities, given by the caller from how it was split (e.g. 1 − pass-on)
    // rather than by subtraction, so that a tiny way out keeps its precision.
    std::vector<double> exit_probability;
};

// Each state's probability of returning, in state order. Exact up to rounding: every
// intermediate is a sum of non-negative terms (the Grassmann–Taksar–Heyman form of
// elimination), so a way out a trillion times smaller than the flows around a loop still
// gives its return to full precision. A group of states with no way out returns 1.
// nullopt only if an intermediate underflows to zero (probabilities below ~1e-300).
//
// Cost: one sparse elimination per group of states that reach each other, in minimum-degree
// order, then the selected entries of the inverse the returns need (the diagonal and the
// elimination's fill pattern). Densely tangled remainders are finished as dense matrices,
// so time grows with the cube of the largest such remainder, not of the state count.
std::optional<std::vector<double>> first_return_probabilities(const Chain& chain);

// The same solve in slices, for a chain large enough to hold up a frame:
//
//   FirstReturnSolve solve(chain);
//   double work = 4e6;           // about one unit per multiply-add
//   while (!solve.advance(work)) { draw_progress(solve.progress()); work = 4e6; }
//   use(solve.returns());
class FirstReturnSolve {
public:
    explicit FirstReturnSolve(const Chain& chain);
    ~FirstReturnSolve();
    FirstReturnSolve(const FirstReturnSolve& other);  // the solve so far, to go on separately
    FirstReturnSolve& operator=(const FirstReturnSolve& other);
    FirstReturnSolve(FirstReturnSolve&&) noexcept;
    FirstReturnSolve& operator=(FirstReturnSolve&&) noexcept;

    // Works until `work` is used up or the solve is finished, taking what it used from
    // `work` (it may overdraw by one step). True once finished.
    bool advance(double& work);
    // Share of the work done, 0 to 1: it only rises, though not in proportion to time.
    double progress() const;
    // Once finished: as first_return_probabilities returns.
    const std::optional<std::vector<double>>& returns() const;

private:
    struct Blocks;
    std::unique_ptr<Blocks> blocks_;
};

}  // namespace boomerang::model
