// First-return probabilities (first_return.hpp). For a block of states that reach each other,
// with P the moves inside the block and A = I − P, a walk from k returns with probability
// 1 − 1/Z[k][k], Z = A⁻¹. The block is eliminated state by state (A = L D U), and Takahashi's
// recurrences then give the entries of Z on the elimination's pattern, last state first:
//
//   Z[k][j] = Σ_l β[k][l] Z[l][j]     Z[j][k] = Σ_m Z[j][m] α[m][k]     (j, l, m after k)
//   Z[k][k] = 1/s[k] + Σ_l β[k][l] Z[l][k]
//
// with s[k] the probability of moving on from k when it is eliminated (to a later state or
// out of the chain; its self-loop excluded), β = −U = P[k][·]/s[k], α = −L = P[·][k]/s[k].
// Every term is non-negative and s[k] is a sum, never 1 − loop (Grassmann, Taksar and
// Heyman's observation), so nothing cancels. Formulas: docs/models/network.md.
#include "model/first_return.hpp"

#include "model/strong_components.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <queue>
#include <utility>

namespace boomerang::model {

namespace {

using State = std::uint32_t;

// Blocks up to this size skip the sparse phase: a dense pass is faster than merging rows.
constexpr std::size_t kDenseBlockSize = 64;
// The sparse phase stops when the fewest neighbours a remaining state has reaches this share
// of the remaining states: from there a dense pass costs less than merging the fill. On
// random deal webs of 1,000 companies and 5,000 flows the switch comes at about 520 states
// (bench/model_bench.cpp, "Boomerang ratios").
constexpr double kDenseShare = 0.25;

struct Neighbour {
    State state;
    double forward;   // β: P[k][state] / s[k]
    double backward;  // α: P[state][k] / s[k]
    double z_to = 0.0;    // Z[k][state], once known
    double z_from = 0.0;  // Z[state][k]
};

struct Elimination {
    State state;
    double moves_on;     // s[k]
    double loop;         // P[k][k] when k is eliminated
    std::vector<Neighbour> neighbours;  // the states still present, by state number
};

struct Entry {
    State state;
    double probability;
};

struct Block {
    std::size_t size = 0;
    std::vector<ChainEdge> edges;  // local state numbers
    std::vector<double> exit_probability;
};

class BlockSolver {
public:
    explicit BlockSolver(const Block& block);
    std::optional<std::vector<double>> returns();

private:
    bool eliminate_sparse(State k);
    bool eliminate_dense();
    void invert_dense();
    void invert_sparse();
    double z(State a, State b) const;

    std::size_t size_;
    // The sparse phase: moves_[a] lists P[a][b] by b, and b is listed (maybe with 0) exactly
    // when a is in moves_[b]: the pattern is kept symmetric, so each elimination's
    // neighbours form a clique and Takahashi's recurrences find every entry they read.
    std::vector<std::vector<Entry>> moves_;
    std::vector<double> loop_, exit_;
    std::vector<Elimination> eliminated_;
    std::vector<std::size_t> elimination_of_;  // state -> index in eliminated_, or kInCore
    // The dense phase: the states left (core_index_ maps back), as one row-major matrix that
    // holds P, then the factors (α below the diagonal, β above), then Z.
    std::vector<State> core_;
    std::vector<std::size_t> core_index_;
    std::vector<double> dense_, dense_moves_on_, dense_loop_;
    std::vector<double> z_diagonal_excess_;  // Z[k][k] − 1 = r / (1 − r)
    static constexpr std::size_t kInCore = static_cast<std::size_t>(-1);
};

BlockSolver::BlockSolver(const Block& block)
    : size_(block.size), moves_(block.size), loop_(block.size, 0.0), exit_(block.exit_probability),
      elimination_of_(block.size, kInCore), core_index_(block.size, 0), z_diagonal_excess_(block.size, 0.0) {
    std::vector<ChainEdge> edges = block.edges;
    for (const ChainEdge& e : block.edges) {
        if (e.from != e.to) edges.push_back({e.to, e.from, 0.0});  // the symmetric pattern
    }
    std::sort(edges.begin(), edges.end(), [](const ChainEdge& a, const ChainEdge& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    for (const ChainEdge& e : edges) {
        const auto a = static_cast<State>(e.from), b = static_cast<State>(e.to);
        if (a == b) {
            loop_[a] += e.probability;
        } else if (!moves_[a].empty() && moves_[a].back().state == b) {
            moves_[a].back().probability += e.probability;
        } else {
            moves_[a].push_back({b, e.probability});
        }
    }
}

std::optional<std::vector<double>> BlockSolver::returns() {
    if (size_ > kDenseBlockSize) {
        using Candidate = std::pair<std::size_t, State>;  // (neighbour count, state)
        std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> fewest;
        for (State s = 0; s < size_; ++s) fewest.push({moves_[s].size(), s});
        std::size_t remaining = size_;
        while (remaining > kDenseBlockSize && !fewest.empty()) {
            const auto [count, k] = fewest.top();
            if (elimination_of_[k] != kInCore || count != moves_[k].size()) {  // stale
                fewest.pop();
                continue;
            }
            if (static_cast<double>(count) >= kDenseShare * static_cast<double>(remaining)) break;
            fewest.pop();
            if (!eliminate_sparse(k)) return std::nullopt;
            --remaining;
            for (const Neighbour& n : eliminated_.back().neighbours) fewest.push({moves_[n.state].size(), n.state});
        }
    }
    for (State s = 0; s < size_; ++s) {
        if (elimination_of_[s] != kInCore) continue;
        core_index_[s] = core_.size();
        core_.push_back(s);
    }
    if (!eliminate_dense()) return std::nullopt;
    invert_dense();
    invert_sparse();
    std::vector<double> out(size_);
    for (State s = 0; s < size_; ++s) {
        const double excess = z_diagonal_excess_[s];
        out[s] = std::isinf(excess) ? 1.0 : excess / (1.0 + excess);
    }
    return out;
}

bool BlockSolver::eliminate_sparse(State k) {
    Elimination step{k, exit_[k], loop_[k], {}};
    step.neighbours.reserve(moves_[k].size());
    for (const Entry& e : moves_[k]) {
        step.moves_on += e.probability;
        const std::vector<Entry>& back = moves_[e.state];
        const auto at = std::lower_bound(back.begin(), back.end(), k, [](const Entry& x, State s) { return x.state < s; });
        step.neighbours.push_back({e.state, e.probability, at->probability});
    }
    if (!(step.moves_on > 0.0) || !std::isfinite(step.moves_on)) return false;
    for (Neighbour& n : step.neighbours) {
        n.forward /= step.moves_on;
        n.backward /= step.moves_on;
    }
    // Censoring k: a walk a → k → b becomes a → b, and k's way out becomes a's. Each
    // neighbour's row is merged with the clique's, both sorted by state.
    std::vector<Entry> merged;
    for (const Neighbour& a : step.neighbours) {
        std::vector<Entry>& row = moves_[a.state];
        merged.clear();
        merged.reserve(row.size() + step.neighbours.size());
        const double scale = a.backward * step.moves_on;
        auto old = row.begin();
        for (const Neighbour& b : step.neighbours) {
            if (b.state == a.state) {
                loop_[a.state] += scale * b.forward;
                continue;
            }
            for (; old != row.end() && old->state < b.state; ++old) {
                if (old->state != k) merged.push_back(*old);
            }
            double p = scale * b.forward;
            if (old != row.end() && old->state == b.state) p += (old++)->probability;
            merged.push_back({b.state, p});
        }
        for (; old != row.end(); ++old) {
            if (old->state != k) merged.push_back(*old);
        }
        row.swap(merged);
        exit_[a.state] += a.backward * exit_[k];
    }
    moves_[k].clear();
    moves_[k].shrink_to_fit();
    elimination_of_[k] = eliminated_.size();
    eliminated_.push_back(std::move(step));
    return true;
}

bool BlockSolver::eliminate_dense() {
    const std::size_t c = core_.size();
    dense_.assign(c * c, 0.0);
    std::vector<double> exit(c);
    for (std::size_t i = 0; i < c; ++i) {
        const State s = core_[i];
        exit[i] = exit_[s];
        dense_[i * c + i] = loop_[s];
        for (const Entry& e : moves_[s]) dense_[i * c + core_index_[e.state]] = e.probability;
    }
    dense_moves_on_.assign(c, 0.0);
    dense_loop_.assign(c, 0.0);
    for (std::size_t k = 0; k < c; ++k) {
        const double* __restrict row_k = &dense_[k * c];
        double moves_on = exit[k];
        for (std::size_t j = k + 1; j < c; ++j) moves_on += row_k[j];
        if (!(moves_on > 0.0) || !std::isfinite(moves_on)) return false;
        for (std::size_t i = k + 1; i < c; ++i) {
            double* __restrict row_i = &dense_[i * c];
            if (row_i[k] == 0.0) continue;
            const double alpha = row_i[k] / moves_on;
            row_i[k] = alpha;
            for (std::size_t j = k + 1; j < c; ++j) row_i[j] += alpha * row_k[j];
            exit[i] += alpha * exit[k];
        }
        double* beta = &dense_[k * c];
        for (std::size_t j = k + 1; j < c; ++j) beta[j] /= moves_on;
        dense_moves_on_[k] = moves_on;
        dense_loop_[k] = row_k[k];
    }
    return true;
}

// Z replaces the factors in place, last row and column first: step k reads β (row k) and α
// (column k) and the Z block after k, then writes Z's row and column k over β and α.
void BlockSolver::invert_dense() {
    const std::size_t c = core_.size();
    std::vector<double> to(c), from(c), alpha(c);
    for (std::size_t k = c; k-- > 0;) {
        const double* beta = &dense_[k * c];
        std::fill(to.begin() + static_cast<std::ptrdiff_t>(k), to.end(), 0.0);
        for (std::size_t l = k + 1; l < c; ++l) {  // Z[k][j] = Σ_l β[l] Z[l][j]
            if (beta[l] == 0.0) continue;
            const double b = beta[l];
            const double* __restrict z_row_l = &dense_[l * c];
            double* __restrict out = to.data();
            for (std::size_t j = k + 1; j < c; ++j) out[j] += b * z_row_l[j];
        }
        for (std::size_t m = k + 1; m < c; ++m) alpha[m] = dense_[m * c + k];
        double excess = dense_loop_[k] / dense_moves_on_[k];
        for (std::size_t j = k + 1; j < c; ++j) {  // Z[j][k] = Σ_m Z[j][m] α[m]
            const double* z_row_j = &dense_[j * c];
            // Four running sums: the additions do not wait on each other.
            double sum[4] = {0.0, 0.0, 0.0, 0.0};
            std::size_t m = k + 1;
            for (; m + 4 <= c; m += 4) {
                for (std::size_t lane = 0; lane < 4; ++lane) sum[lane] += z_row_j[m + lane] * alpha[m + lane];
            }
            for (; m < c; ++m) sum[0] += z_row_j[m] * alpha[m];
            from[j] = (sum[0] + sum[1]) + (sum[2] + sum[3]);
            excess += beta[j] * from[j];
        }
        for (std::size_t j = k + 1; j < c; ++j) {
            dense_[k * c + j] = to[j];
            dense_[j * c + k] = from[j];
        }
        dense_[k * c + k] = 1.0 + excess;
        z_diagonal_excess_[core_[k]] = excess;
    }
}

double BlockSolver::z(State a, State b) const {
    if (a == b) return 1.0 + z_diagonal_excess_[a];
    const std::size_t ea = elimination_of_[a], eb = elimination_of_[b];
    if (ea == kInCore && eb == kInCore) return dense_[core_index_[a] * core_.size() + core_index_[b]];
    // The entry is kept with whichever of the two was eliminated first.
    const bool a_first = ea < eb;
    const std::vector<Neighbour>& row = eliminated_[a_first ? ea : eb].neighbours;
    const State other = a_first ? b : a;
    const auto at = std::lower_bound(row.begin(), row.end(), other, [](const Neighbour& n, State s) { return n.state < s; });
    return a_first ? at->z_to : at->z_from;
}

void BlockSolver::invert_sparse() {
    for (auto step = eliminated_.rbegin(); step != eliminated_.rend(); ++step) {
        double excess = step->loop / step->moves_on;
        for (Neighbour& b : step->neighbours) {
            double to_b = 0.0, from_b = 0.0;
            for (const Neighbour& l : step->neighbours) {
                if (l.forward != 0.0) to_b += l.forward * z(l.state, b.state);
                if (l.backward != 0.0) from_b += z(b.state, l.state) * l.backward;
            }
            b.z_to = to_b;
            b.z_from = from_b;
            excess += b.forward * from_b;
        }
        z_diagonal_excess_[step->state] = excess;
    }
}

// Splits the chain into blocks of states that reach each other: a walk that leaves a block
// never comes back to it, so each block's returns are its own, and moves out of it are exits.
std::vector<Block> blocks_of(const Chain& chain, std::vector<std::pair<std::size_t, State>>& place) {
    const std::size_t n = chain.state_count;
    std::vector<std::vector<std::size_t>> successors(n);
    for (const ChainEdge& e : chain.edges) {
        if (e.probability > 0.0) successors[e.from].push_back(e.to);
    }
    const std::vector<std::vector<std::size_t>> components = strongly_connected_components(successors);
    std::vector<Block> blocks(components.size());
    place.assign(n, {0, 0});
    for (std::size_t b = 0; b < components.size(); ++b) {
        blocks[b].size = components[b].size();
        for (std::size_t i = 0; i < components[b].size(); ++i) {
            place[components[b][i]] = {b, static_cast<State>(i)};
            blocks[b].exit_probability.push_back(chain.exit_probability[components[b][i]]);
        }
    }
    for (const ChainEdge& e : chain.edges) {
        if (!(e.probability > 0.0)) continue;
        const auto [from_block, from] = place[e.from];
        const auto [to_block, to] = place[e.to];
        if (from_block == to_block) {
            blocks[from_block].edges.push_back({from, to, e.probability});
        } else {
            blocks[from_block].exit_probability[from] += e.probability;
        }
    }
    return blocks;
}

}  // namespace

std::optional<std::vector<double>> first_return_probabilities(const Chain& chain) {
    std::vector<std::pair<std::size_t, State>> place;
    const std::vector<Block> blocks = blocks_of(chain, place);
    std::vector<std::vector<double>> block_returns(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const Block& block = blocks[b];
        const bool closed = std::all_of(block.exit_probability.begin(), block.exit_probability.end(),
                                        [](double p) { return p == 0.0; });
        if (block.size == 1 || closed) {
            // One state returns only by its self-loop; a group with no way out always returns.
            std::vector<double> r(block.size, closed && block.size > 1 ? 1.0 : 0.0);
            if (block.size == 1) {
                for (const ChainEdge& e : block.edges) r[0] += e.probability;
            }
            block_returns[b] = std::move(r);
            continue;
        }
        std::optional<std::vector<double>> r = BlockSolver(block).returns();
        if (!r) return std::nullopt;
        block_returns[b] = std::move(*r);
    }
    std::vector<double> out(chain.state_count);
    for (std::size_t s = 0; s < chain.state_count; ++s) out[s] = block_returns[place[s].first][place[s].second];
    return out;
}

}  // namespace boomerang::model
