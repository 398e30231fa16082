// One block of the first-return solver (first_return.hpp): states that all reach each other,
// solved in slices. Internal to src/model; the formulas are in first_return_block.cpp.
#pragma once

#include "model/first_return.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace boomerang::model::first_return_detail {

using State = std::uint32_t;

struct Block {
    std::size_t size = 0;
    std::vector<ChainEdge> edges;  // local state numbers
    std::vector<double> exit_probability;
};

// A move to or from a state eliminated before the other end: its probability divided by s[k]
// (β for a move out of k, α for a move into k), and the entry of Z the recurrences find for
// the pair (Z[l][k] for a move k → l, Z[k][m] for a move m → k).
struct Neighbour {
    State state;
    double share;
    double z = 0.0;
};

struct Elimination {
    State state;
    double moves_on;                  // s[k]
    double loop;                      // P[k][k] when k is eliminated
    std::vector<Neighbour> to, from;  // by state number
};

struct Entry {
    State state;
    double probability;
};

// Eliminates, then inverts, one piece of work at a time, so that a caller can spread a
// large block over many frames.
class BlockSolver {
public:
    explicit BlockSolver(const Block& block);
    // Works until `work` (about one unit per multiply-add) is used up or the block is solved,
    // taking what it used from `work`. True once finished (solved, or failed()).
    bool advance(double& work);
    bool failed() const { return phase_ == Phase::failed; }
    // Share of the block's work done, 0 to 1; rises steadily rather than in proportion to time.
    double progress() const;
    // Each state's return probability, once finished and not failed.
    std::vector<double> returns() const;

private:
    enum class Phase { sparse, dense_setup, dense_eliminate, dense_invert, sparse_invert, done, failed };

    std::size_t cost(State s) const { return moves_[s].size() * movers_[s].size(); }
    bool pick_sparse(State& k);
    bool eliminate_sparse(State k);
    void set_up_dense();
    bool eliminate_dense(std::size_t k);
    void invert_dense(std::size_t k);
    void invert_sparse(Elimination& step);
    double z(State l, State m) const;

    std::size_t size_;
    Phase phase_ = Phase::sparse;
    std::size_t next_ = 0;  // the row (dense phases) or the elimination (sparse_invert) next
    // The sparse phase: moves_[a] lists P[a][b] by b (b ≠ a); movers_[b] lists the a with a
    // move to b; candidates_ holds (cost, state), stale entries skipped when they surface.
    std::vector<std::vector<Entry>> moves_;
    std::vector<std::vector<State>> movers_;
    std::vector<std::pair<std::size_t, State>> candidates_;
    std::size_t remaining_;
    std::vector<double> loop_, exit_;
    std::vector<Elimination> eliminated_;
    std::vector<std::size_t> elimination_of_;  // state -> index in eliminated_, or kInCore
    // The dense phase: the states left (core_index_ maps back), as one row-major matrix that
    // holds P, then the factors (α below the diagonal, β above), then Z.
    std::vector<State> core_;
    std::vector<std::size_t> core_index_;
    std::vector<double> dense_, dense_exit_, dense_moves_on_, dense_loop_;
    std::vector<double> scratch_to_, scratch_from_, scratch_alpha_;
    std::vector<double> z_diagonal_excess_;  // Z[k][k] − 1 = r / (1 − r)
    static constexpr std::size_t kInCore = static_cast<std::size_t>(-1);
};

}  // namespace boomerang::model::first_return_detail
