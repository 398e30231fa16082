// One block of the first-return solver (first_return.hpp). For a block of states that reach each other,
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
#include "model/first_return_block.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <type_traits>
#include <utility>

namespace boomerang::model::first_return_detail {

namespace {

// Blocks up to this size skip the sparse phase: a dense pass is faster than merging rows.
constexpr std::size_t kDenseBlockSize = 64;
// The sparse phase stops when the cheapest remaining elimination (moves in × moves out)
// reaches this share of the remaining states squared: from there a dense pass costs less
// than merging the fill. On a random web of 1,000 companies and 5,000 flows the switch comes
// at about 330 states (bench/model_bench.cpp, "boomerang ratios").
constexpr double kDenseShare = 0.05;

using Candidate = std::pair<std::size_t, State>;  // (cost, state)
constexpr auto kCheapestFirst = std::greater<Candidate>{};

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

}  // namespace

BlockSolver::BlockSolver(const Block& block)
    : size_(block.size),
      moves_(block.size),
      movers_(block.size),
      remaining_(block.size),
      loop_(block.size, 0.0),
      exit_(block.exit_probability),
      elimination_of_(block.size, kInCore),
      core_index_(block.size, 0),
      z_diagonal_excess_(block.size, 0.0) {
    std::vector<ChainEdge> edges = block.edges;
    std::sort(edges.begin(), edges.end(),
              [](const ChainEdge& a, const ChainEdge& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
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
    remaining_ = size_;
    if (size_ <= kDenseBlockSize) {
        phase_ = Phase::dense_setup;
        return;
    }
    for (State s = 0; s < size_; ++s) candidates_.push_back({cost(s), s});
    std::make_heap(candidates_.begin(), candidates_.end(), kCheapestFirst);
}

bool BlockSolver::advance(double& work) {
    while (work > 0.0) {
        switch (phase_) {
            case Phase::sparse: {
                State k = 0;
                if (!pick_sparse(k)) {
                    phase_ = Phase::dense_setup;
                    break;
                }
                work -= static_cast<double>(cost(k) + moves_[k].size() + movers_[k].size() + 1);
                if (!eliminate_sparse(k)) phase_ = Phase::failed;
                break;
            }
            case Phase::dense_setup:
                set_up_dense();
                work -= static_cast<double>(core_.size() * core_.size());
                phase_ = Phase::dense_eliminate;
                next_ = 0;
                break;
            case Phase::dense_eliminate: {
                if (next_ == core_.size()) {
                    phase_ = Phase::dense_invert;
                    next_ = core_.size();
                    break;
                }
                const auto left = static_cast<double>(core_.size() - next_);
                work -= left * left;
                if (!eliminate_dense(next_++)) phase_ = Phase::failed;
                break;
            }
            case Phase::dense_invert: {
                if (next_ == 0) {
                    phase_ = Phase::sparse_invert;
                    next_ = eliminated_.size();
                    break;
                }
                const auto left = static_cast<double>(core_.size() - next_ + 1);
                work -= 2.0 * left * left;
                invert_dense(--next_);
                break;
            }
            case Phase::sparse_invert: {
                if (next_ == 0) {
                    phase_ = Phase::done;
                    break;
                }
                Elimination& step = eliminated_[--next_];
                work -= static_cast<double>(2 * step.to.size() * step.from.size() + 1);
                invert_sparse(step);
                break;
            }
            case Phase::done:
            case Phase::failed: return true;
        }
    }
    return phase_ == Phase::done || phase_ == Phase::failed;
}

double BlockSolver::progress() const {
    // Half for eliminating, half for inverting; a dense row weighs as its share of the cube.
    const auto n = static_cast<double>(size_), c = static_cast<double>(core_.size());
    const auto sparse = static_cast<double>(eliminated_.size());
    const auto cube_done = [&](std::size_t rows_left) {
        const double left = c > 0.0 ? static_cast<double>(rows_left) / c : 0.0;
        return c * (1.0 - left * left * left);
    };
    double done = 0.0;
    switch (phase_) {
        case Phase::sparse:
        case Phase::dense_setup: done = sparse; break;
        case Phase::dense_eliminate: done = sparse + cube_done(core_.size() - next_); break;
        case Phase::dense_invert: done = n + cube_done(next_); break;
        case Phase::sparse_invert: done = n + c + (sparse - static_cast<double>(next_)); break;
        case Phase::done:
        case Phase::failed: return 1.0;
    }
    return n > 0.0 ? done / (2.0 * n) : 1.0;
}

std::vector<double> BlockSolver::returns() const {
    std::vector<double> out(size_);
    for (State s = 0; s < size_; ++s) {
        const double excess = z_diagonal_excess_[s];
        out[s] = std::isinf(excess) ? 1.0 : excess / (1.0 + excess);
    }
    return out;
}

// The cheapest state to eliminate next, or false when the sparse phase is over: few states
// left, or the cheapest would touch kDenseShare of the pairs left.
bool BlockSolver::pick_sparse(State& k) {
    while (remaining_ > kDenseBlockSize && !candidates_.empty()) {
        const auto [count, state] = candidates_.front();
        std::pop_heap(candidates_.begin(), candidates_.end(), kCheapestFirst);
        candidates_.pop_back();
        if (elimination_of_[state] != kInCore || count != cost(state)) continue;  // stale
        const auto left = static_cast<double>(remaining_);
        if (static_cast<double>(count) >= kDenseShare * left * left) return false;
        k = state;
        return true;
    }
    return false;
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
        const auto at =
            std::lower_bound(row.begin(), row.end(), k, [](const Entry& x, State s) { return x.state < s; });
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
        merge_into(movers_[l.state], k, step.from, l.state, merged_movers,
                   [](State, const Neighbour& m) { return m.state; });
        movers_[l.state].swap(merged_movers);
    }
    moves_[k] = {};
    movers_[k] = {};
    elimination_of_[k] = eliminated_.size();
    eliminated_.push_back(std::move(step));
    --remaining_;
    for (const Neighbour& n : eliminated_.back().to) {
        candidates_.push_back({cost(n.state), n.state});
        std::push_heap(candidates_.begin(), candidates_.end(), kCheapestFirst);
    }
    for (const Neighbour& n : eliminated_.back().from) {
        candidates_.push_back({cost(n.state), n.state});
        std::push_heap(candidates_.begin(), candidates_.end(), kCheapestFirst);
    }
    return true;
}

void BlockSolver::set_up_dense() {
    for (State s = 0; s < size_; ++s) {
        if (elimination_of_[s] != kInCore) continue;
        core_index_[s] = core_.size();
        core_.push_back(s);
    }
    const std::size_t c = core_.size();
    dense_.assign(c * c, 0.0);
    dense_exit_.resize(c);
    for (std::size_t i = 0; i < c; ++i) {
        const State s = core_[i];
        dense_exit_[i] = exit_[s];
        dense_[i * c + i] = loop_[s];
        for (const Entry& e : moves_[s]) dense_[i * c + core_index_[e.state]] = e.probability;
    }
    dense_moves_on_.assign(c, 0.0);
    dense_loop_.assign(c, 0.0);
    scratch_to_.assign(c, 0.0);
    scratch_from_.assign(c, 0.0);
    scratch_alpha_.assign(c, 0.0);
}

bool BlockSolver::eliminate_dense(std::size_t k) {
    const std::size_t c = core_.size();
    const double* __restrict row_k = &dense_[k * c];
    double moves_on = dense_exit_[k];
    for (std::size_t j = k + 1; j < c; ++j) moves_on += row_k[j];
    if (!(moves_on > 0.0) || !std::isfinite(moves_on)) return false;
    for (std::size_t i = k + 1; i < c; ++i) {
        double* __restrict row_i = &dense_[i * c];
        if (row_i[k] == 0.0) continue;
        const double alpha = row_i[k] / moves_on;
        row_i[k] = alpha;
        for (std::size_t j = k + 1; j < c; ++j) row_i[j] += alpha * row_k[j];
        dense_exit_[i] += alpha * dense_exit_[k];
    }
    double* beta = &dense_[k * c];
    for (std::size_t j = k + 1; j < c; ++j) beta[j] /= moves_on;
    dense_moves_on_[k] = moves_on;
    dense_loop_[k] = row_k[k];
    return true;
}

// Z replaces the factors in place, last row and column first: step k reads β (row k) and α
// (column k) and the Z block after k, then writes Z's row and column k over β and α.
void BlockSolver::invert_dense(std::size_t k) {
    const std::size_t c = core_.size();
    const double* beta = &dense_[k * c];
    std::vector<double>& to = scratch_to_;
    std::vector<double>& from = scratch_from_;
    std::vector<double>& alpha = scratch_alpha_;
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

double BlockSolver::z(State l, State m) const {
    if (l == m) return 1.0 + z_diagonal_excess_[l];
    const std::size_t el = elimination_of_[l], em = elimination_of_[m];
    if (el == kInCore && em == kInCore) return dense_[core_index_[l] * core_.size() + core_index_[m]];
    // Kept with whichever was eliminated first: as Z[k][m] for a move m → k = l, or as
    // Z[l][k] for a move k = m → l.
    const bool l_first = el < em;
    const std::vector<Neighbour>& row = l_first ? eliminated_[el].from : eliminated_[em].to;
    const State other = l_first ? m : l;
    const auto at =
        std::lower_bound(row.begin(), row.end(), other, [](const Neighbour& n, State s) { return n.state < s; });
    return at->z;
}

void BlockSolver::invert_sparse(Elimination& step) {
    for (Neighbour& l : step.to) {  // Z[l][k] = Σ_m Z[l][m] α[m]
        double sum = 0.0;
        for (const Neighbour& m : step.from) sum += z(l.state, m.state) * m.share;
        l.z = sum;
    }
    for (Neighbour& m : step.from) {  // Z[k][m] = Σ_l β[l] Z[l][m]
        double sum = 0.0;
        for (const Neighbour& l : step.to) sum += l.share * z(l.state, m.state);
        m.z = sum;
    }
    double excess = step.loop / step.moves_on;
    for (const Neighbour& l : step.to) excess += l.share * l.z;
    z_diagonal_excess_[step.state] = excess;
}

}  // namespace boomerang::model::first_return_detail
