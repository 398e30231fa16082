// First-return probabilities (first_return.hpp). For a block of states that reach each other,
// with P the moves inside the block and A = I − P, a walk from k returns with probability
// 1 − 1/Z[k][k], Z = A⁻¹. The block is eliminated state by state (A = L D U), and Takahashi's
// recurrences then give the entries of Z the diagonal needs, last state first (Erisman and
// Tinney): for l a state k moves to and m a state moving to k, both eliminated after k,
//
//   Z[l][k] = Σ_m Z[l][m] α[m][k]     Z[k][m] = Σ_l β[k][l] Z[l][m]
//   Z[k][k] = 1/s[k] + Σ_l β[k][l] Z[l][k]
//
// Each Z[l][m] read is the transpose of a move m → l present when k was eliminated, so it was
// itself computed, at the elimination of l or of m, whichever came first.
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
#include <type_traits>
#include <utility>

namespace boomerang::model {

namespace {

using State = std::uint32_t;

// Blocks up to this size skip the sparse phase: a dense pass is faster than merging rows.
constexpr std::size_t kDenseBlockSize = 64;
// The sparse phase stops when the cheapest remaining elimination (moves in × moves out)
// reaches this share of the remaining states squared: from there a dense pass costs less
// than merging the fill. On a random web of 1,000 companies and 5,000 flows the switch comes
// at about 330 states (bench/model_bench.cpp, "Boomerang ratios").
constexpr double kDenseShare = 0.05;

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
    double moves_on;  // s[k]
    double loop;      // P[k][k] when k is eliminated
    std::vector<Neighbour> to, from;  // by state number
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
    std::size_t cost(State s) const { return moves_[s].size() * movers_[s].size(); }
    bool eliminate_sparse(State k);
    bool eliminate_dense();
    void invert_dense();
    void invert_sparse();
    double z(State l, State m) const;

    std::size_t size_;
    // The sparse phase: moves_[a] lists P[a][b] by b (b ≠ a); movers_[b] lists the a with a
    // move to b.
    std::vector<std::vector<Entry>> moves_;
    std::vector<std::vector<State>> movers_;
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
    : size_(block.size), moves_(block.size), movers_(block.size), loop_(block.size, 0.0),
      exit_(block.exit_probability), elimination_of_(block.size, kInCore), core_index_(block.size, 0),
      z_diagonal_excess_(block.size, 0.0) {
    std::vector<ChainEdge> edges = block.edges;
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
            movers_[b].push_back(a);  // in order of a, as the edges are sorted by from
        }
    }
}

std::optional<std::vector<double>> BlockSolver::returns() {
    if (size_ > kDenseBlockSize) {
        using Candidate = std::pair<std::size_t, State>;  // (cost, state)
        std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> cheapest;
        for (State s = 0; s < size_; ++s) cheapest.push({cost(s), s});
        std::size_t remaining = size_;
        while (remaining > kDenseBlockSize && !cheapest.empty()) {
            const auto [count, k] = cheapest.top();
            if (elimination_of_[k] != kInCore || count != cost(k)) {  // stale
                cheapest.pop();
                continue;
            }
            const auto left = static_cast<double>(remaining);
            if (static_cast<double>(count) >= kDenseShare * left * left) break;
            cheapest.pop();
            if (!eliminate_sparse(k)) return std::nullopt;
            --remaining;
            const Elimination& step = eliminated_.back();
            for (const Neighbour& n : step.to) cheapest.push({cost(n.state), n.state});
            for (const Neighbour& n : step.from) cheapest.push({cost(n.state), n.state});
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


// `sorted` without `gone`, merged with the sorted `added` (skipping `self`), into `out`:
// entries of the same state have `add` applied.
template <typename T, typename Add>
void merge_into(const std::vector<T>& sorted, State gone, const std::vector<Neighbour>& added, State self,
                std::vector<T>& out, Add add) {
    const auto state_of = [](const T& x) {
        if constexpr (std::is_same_v<T, State>) {
            return x;
        } else {
            return x.state;
        }
    };
    out.clear();
    out.reserve(sorted.size() + added.size());
    auto old = sorted.begin();
    for (const Neighbour& n : added) {
        if (n.state == self) continue;
        for (; old != sorted.end() && state_of(*old) < n.state; ++old) {
            if (state_of(*old) != gone) out.push_back(*old);
        }
        if (old != sorted.end() && state_of(*old) == n.state) {
            out.push_back(add(*old++, n));
        } else {
            out.push_back(add(T{}, n));
        }
    }
    for (; old != sorted.end(); ++old) {
        if (state_of(*old) != gone) out.push_back(*old);
    }
}

bool BlockSolver::eliminate_sparse(State k) {
    Elimination step{k, exit_[k], loop_[k], {}, {}};
    step.to.reserve(moves_[k].size());
    for (const Entry& e : moves_[k]) {
        step.moves_on += e.probability;
        step.to.push_back({e.state, e.probability});
    }
    if (!(step.moves_on > 0.0) || !std::isfinite(step.moves_on)) return false;
    for (Neighbour& n : step.to) n.share /= step.moves_on;
    step.from.reserve(movers_[k].size());
    for (State m : movers_[k]) {
        const std::vector<Entry>& row = moves_[m];
        const auto at = std::lower_bound(row.begin(), row.end(), k, [](const Entry& x, State s) { return x.state < s; });
        step.from.push_back({m, at->probability / step.moves_on});
    }
    // Censoring k: a walk m → k → l becomes m → l, and k's way out becomes m's.
    std::vector<Entry> merged_moves;
    for (const Neighbour& m : step.from) {
        const double scale = m.share * step.moves_on;
        merge_into(moves_[m.state], k, step.to, m.state, merged_moves, [&](Entry old, const Neighbour& l) {
            return Entry{l.state, old.probability + scale * l.share};
        });
        moves_[m.state].swap(merged_moves);
        exit_[m.state] += m.share * exit_[k];
    }
    for (const Neighbour& l : step.to) {
        for (const Neighbour& m : step.from) {
            if (m.state == l.state) loop_[l.state] += m.share * step.moves_on * l.share;
        }
    }
    std::vector<State> merged_movers;
    for (const Neighbour& l : step.to) {
        merge_into(movers_[l.state], k, step.from, l.state, merged_movers, [](State, const Neighbour& m) { return m.state; });
        movers_[l.state].swap(merged_movers);
    }
    moves_[k] = {};
    movers_[k] = {};
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

double BlockSolver::z(State l, State m) const {
    if (l == m) return 1.0 + z_diagonal_excess_[l];
    const std::size_t el = elimination_of_[l], em = elimination_of_[m];
    if (el == kInCore && em == kInCore) return dense_[core_index_[l] * core_.size() + core_index_[m]];
    // Kept with whichever was eliminated first: as Z[k][m] for a move m → k = l, or as
    // Z[l][k] for a move k = m → l.
    const bool l_first = el < em;
    const std::vector<Neighbour>& row = l_first ? eliminated_[el].from : eliminated_[em].to;
    const State other = l_first ? m : l;
    const auto at = std::lower_bound(row.begin(), row.end(), other, [](const Neighbour& n, State s) { return n.state < s; });
    return at->z;
}

void BlockSolver::invert_sparse() {
    for (auto step = eliminated_.rbegin(); step != eliminated_.rend(); ++step) {
        for (Neighbour& l : step->to) {  // Z[l][k] = Σ_m Z[l][m] α[m]
            double sum = 0.0;
            for (const Neighbour& m : step->from) sum += z(l.state, m.state) * m.share;
            l.z = sum;
        }
        for (Neighbour& m : step->from) {  // Z[k][m] = Σ_l β[l] Z[l][m]
            double sum = 0.0;
            for (const Neighbour& l : step->to) sum += l.share * z(l.state, m.state);
            m.z = sum;
        }
        double excess = step->loop / step->moves_on;
        for (const Neighbour& l : step->to) excess += l.share * l.z;
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
