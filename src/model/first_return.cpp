// First-return probabilities (first_return.hpp): the chain split into blocks of states that
// reach each other, each block solved by first_return_block.cpp.
#include "model/first_return.hpp"

#include "model/first_return_block.hpp"
#include "model/strong_components.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace boomerang::model {

using first_return_detail::Block;
using first_return_detail::BlockSolver;
using first_return_detail::State;

namespace {

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

struct FirstReturnSolve::Blocks {
    std::size_t state_count = 0;
    std::vector<Block> blocks;
    std::vector<std::pair<std::size_t, State>> place;  // state -> (block, state in block)
    std::vector<std::vector<double>> block_returns;
    std::size_t next_block = 0;
    std::size_t states_done = 0;
    std::optional<BlockSolver> current;
    bool finished = false;
    std::optional<std::vector<double>> returns;
};

FirstReturnSolve::FirstReturnSolve(const Chain& chain) : blocks_(std::make_unique<Blocks>()) {
    blocks_->state_count = chain.state_count;
    blocks_->blocks = blocks_of(chain, blocks_->place);
    blocks_->block_returns.resize(blocks_->blocks.size());
}

FirstReturnSolve::~FirstReturnSolve() = default;
FirstReturnSolve::FirstReturnSolve(const FirstReturnSolve& other) : blocks_(std::make_unique<Blocks>(*other.blocks_)) {}
FirstReturnSolve& FirstReturnSolve::operator=(const FirstReturnSolve& other) {
    if (this != &other) blocks_ = std::make_unique<Blocks>(*other.blocks_);
    return *this;
}
FirstReturnSolve::FirstReturnSolve(FirstReturnSolve&&) noexcept = default;
FirstReturnSolve& FirstReturnSolve::operator=(FirstReturnSolve&&) noexcept = default;

bool FirstReturnSolve::advance(double& work) {
    Blocks& b = *blocks_;
    while (!b.finished && work > 0.0) {
        if (b.next_block == b.blocks.size()) {
            std::vector<double> out(b.state_count);
            for (std::size_t s = 0; s < b.state_count; ++s)
                out[s] = b.block_returns[b.place[s].first][b.place[s].second];
            b.returns = std::move(out);
            b.finished = true;
            break;
        }
        const Block& block = b.blocks[b.next_block];
        std::vector<double>& r = b.block_returns[b.next_block];
        const bool closed = std::all_of(block.exit_probability.begin(), block.exit_probability.end(),
                                        [](double p) { return p == 0.0; });
        if (block.size == 1 || closed) {
            // One state returns only by its self-loop; a group with no way out always returns.
            r.assign(block.size, closed && block.size > 1 ? 1.0 : 0.0);
            if (block.size == 1) {
                for (const ChainEdge& e : block.edges) r[0] += e.probability;
            }
            work -= static_cast<double>(block.size + block.edges.size());
        } else {
            if (!b.current) b.current.emplace(block);
            if (!b.current->advance(work)) break;
            if (b.current->failed()) {
                b.finished = true;  // returns stays nullopt
                break;
            }
            r = b.current->returns();
            b.current.reset();
        }
        b.states_done += block.size;
        ++b.next_block;
    }
    return b.finished;
}

double FirstReturnSolve::progress() const {
    const Blocks& b = *blocks_;
    if (b.finished || b.state_count == 0) return 1.0;
    double done = static_cast<double>(b.states_done);
    if (b.current) done += static_cast<double>(b.blocks[b.next_block].size) * b.current->progress();
    return done / static_cast<double>(b.state_count);
}

const std::optional<std::vector<double>>& FirstReturnSolve::returns() const { return blocks_->returns; }

std::optional<std::vector<double>> first_return_probabilities(const Chain& chain) {
    FirstReturnSolve solve(chain);
    double work = std::numeric_limits<double>::infinity();
    solve.advance(work);
    return solve.returns();
}

}  // namespace boomerang::model
