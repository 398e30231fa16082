// First-return probabilities (model/first_return.hpp): small chains worked by hand, chains
// whose answer has a closed form at sizes that exercise the sparse phase, and the network
// model's ratios against the dense solver it replaced on random networks.
#include "model/first_return.hpp"
#include "model/network.hpp"
#include "model/sensitivity.hpp"

#include "dense_network_reference.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

using boomerang::model::Chain;
using boomerang::model::Company;
using boomerang::model::evaluate_indexed_network;
using boomerang::model::first_return_probabilities;
using boomerang::model::IndexedFlow;
using boomerang::model::Rng;

namespace {

std::vector<double> returns_of(const Chain& chain) {
    const std::optional<std::vector<double>> r = first_return_probabilities(chain);
    REQUIRE(r.has_value());
    return *r;
}

// A ring of n states, each moving on to the next with probability q and leaving otherwise:
// a walk returns only by going all the way round, with probability qⁿ.
Chain ring(std::size_t n, double q) {
    Chain chain;
    chain.state_count = n;
    for (std::size_t i = 0; i < n; ++i) chain.edges.push_back({i, (i + 1) % n, q});
    chain.exit_probability.assign(n, 1.0 - q);
    return chain;
}

double relative_difference(double a, double b) {
    const double scale = std::max(std::abs(a), std::abs(b));
    return scale == 0.0 ? 0.0 : std::abs(a - b) / scale;
}

}  // namespace

TEST_CASE("a walk returns along the loops that lead back to where it started") {
    SUBCASE("the header's example: 0 -> 1 with 0.9, 1 -> 0 with 0.5: 0.45 for both, 0 for 2") {
        Chain chain;
        chain.state_count = 3;
        chain.edges = {{0, 1, 0.9}, {1, 0, 0.5}, {1, 2, 0.5}};
        chain.exit_probability = {0.1, 0.0, 1.0};
        const std::vector<double> r = returns_of(chain);
        CHECK(r[0] == doctest::Approx(0.45));
        CHECK(r[1] == doctest::Approx(0.45));
        CHECK(r[2] == 0.0);
    }
    SUBCASE("a self-loop returns at once, and edges between the same states add up") {
        Chain chain;
        chain.state_count = 2;
        chain.edges = {{0, 0, 0.2}, {0, 1, 0.3}, {0, 1, 0.1}};
        chain.exit_probability = {0.4, 1.0};
        const std::vector<double> r = returns_of(chain);
        CHECK(r[0] == doctest::Approx(0.2));  // 0 -> 1 never comes back
        CHECK(r[1] == 0.0);
    }
    SUBCASE("a group with no way out always returns: 1 exactly") {
        Chain chain;
        chain.state_count = 3;
        chain.edges = {{0, 1, 1.0}, {1, 2, 0.5}, {1, 0, 0.5}, {2, 0, 1.0}};
        chain.exit_probability = {0.0, 0.0, 0.0};
        CHECK(returns_of(chain) == std::vector<double>{1.0, 1.0, 1.0});
    }
    SUBCASE("a way out 1e-15 of the loop's size still counts: 1 - r = 1e-15 to 1e-12") {
        // 0 -> 1 always; 1 -> 0 with 1 - ε, out with ε: r = 1 - ε.
        const double epsilon = 1e-15;
        Chain chain;
        chain.state_count = 2;
        chain.edges = {{0, 1, 1.0}, {1, 0, 1.0 - epsilon}};
        chain.exit_probability = {0.0, epsilon};
        const std::vector<double> r = returns_of(chain);
        CHECK(r[0] < 1.0);
        CHECK(r[0] == doctest::Approx(1.0 - epsilon).epsilon(1e-15));
    }
    SUBCASE("no states, no returns") { CHECK(returns_of(Chain{}).empty()); }
}

TEST_CASE("rings far larger than a dense pass takes return with probability q to the power n") {
    // The ring's elimination stays sparse (two neighbours per state) until 64 states remain.
    for (const std::size_t n : {65u, 500u, 10'000u}) {
        CAPTURE(n);
        const double q = 0.9999;
        const std::vector<double> r = returns_of(ring(n, q));
        const double expected = std::pow(q, static_cast<double>(n));
        CHECK(relative_difference(r.front(), expected) < 1e-12);
        CHECK(relative_difference(r.back(), expected) < 1e-12);
        CHECK(relative_difference(r[n / 2], expected) < 1e-12);
    }
}

TEST_CASE("two rings joined one way: the first's walks may leave into the second and never return") {
    // Ring A (states 0..99) sends 0.1 of state 0's moves into ring B (100..199), which never
    // leads back: A's states return with 0.9 x q^100, B's with q^100.
    Chain chain = ring(200, 0.99);
    for (auto& e : chain.edges) {
        if (e.from == 99) e.to = 0;
        if (e.from == 199) e.to = 100;
        if (e.from == 0) e.probability = 0.99 * 0.9;
    }
    chain.edges.push_back({0, 100, 0.99 * 0.1});
    const std::vector<double> r = returns_of(chain);
    const double around = std::pow(0.99, 100.0);
    for (std::size_t i = 0; i < 100; ++i) CHECK(relative_difference(r[i], 0.9 * around) < 1e-12);
    for (std::size_t i = 100; i < 200; ++i) CHECK(relative_difference(r[i], around) < 1e-12);
}

// A random network: n companies, flows_per_company × n flows between random pairs (3% of
// them self-payments, 3% of zero amount), pass-ons of 0 (share `keeps_all`), 1 and between.
struct RandomNetwork {
    std::vector<Company> companies;
    std::vector<IndexedFlow> flows;
};

RandomNetwork random_network(Rng& rng, std::size_t n, double flows_per_company, double keeps_all,
                             double lowest_pass_on) {
    const auto pick = [&](std::size_t count) {
        return std::min(count - 1, static_cast<std::size_t>(rng.uniform() * static_cast<double>(count)));
    };
    RandomNetwork net;
    for (std::size_t i = 0; i < n; ++i) {
        const double u = rng.uniform();
        const double pass_on = u < keeps_all ? 0.0
                               : u < 0.2     ? 1.0
                                             : lowest_pass_on + (1.0 - lowest_pass_on) * rng.uniform();
        net.companies.push_back({"C" + std::to_string(i), pass_on});
    }
    const auto flow_count = static_cast<std::size_t>(flows_per_company * static_cast<double>(n));
    for (std::size_t f = 0; f < flow_count; ++f) {
        const std::size_t from = pick(n);
        const std::size_t to = rng.uniform() < 0.03 ? from : pick(n);
        const double amount = rng.uniform() < 0.03 ? 0.0 : std::pow(10.0, 6.0 + 5.0 * rng.uniform());
        net.flows.push_back({from, to, amount});
    }
    return net;
}

TEST_CASE("the network's ratios equal the dense solver's on 1,000 random networks, to 1e-9") {
    // The dense solver (dense_network_reference.hpp) is what src/model/network.cpp ran before
    // the sparse first-return solver. Networks of 2 to 120 companies, sparse to dense; every
    // 25th has 150-250 companies and five flows each, so the sparse phase runs before the
    // dense one. The dense solver reads a company's return r off 1 − 1/G[j][j], which keeps
    // about 1e-13 of absolute precision, and divides it by the pass-on p to give the ratio.
    // So the ratios are compared to 1e-9 where r ≥ 1e-4 (or p = 0, solved without that
    // subtraction), and to the dense solver's own 1e-12 in r below: the next test shows
    // which side is right there.
    Rng rng(20261127);
    int compared = 0, refused = 0;
    std::size_t ratios_compared = 0;
    double largest_relative = 0.0;
    for (int trial = 0; trial < 1000; ++trial) {
        const bool large = trial % 25 == 24;
        const std::size_t n = large ? 150 + static_cast<std::size_t>(rng.uniform() * 101)
                                    : 2 + static_cast<std::size_t>(rng.uniform() * 119);
        // Large networks keep pass-on 0 rare: the dense solver solves such origins one dense
        // system each.
        const RandomNetwork net = large ? random_network(rng, n, 5.0, 0.01, 0.5)
                                        : random_network(rng, n, 0.5 + 4.0 * rng.uniform(), 0.1, 0.0);
        const std::optional<std::vector<double>> reference =
            boomerang::test::dense_network::ratios(net.companies, net.flows);
        const auto solved = evaluate_indexed_network(net.companies, net.flows);
        REQUIRE(solved.ok());
        if (!reference) {  // a pivot below 1e-12: the dense solver gave an error
            ++refused;
            continue;
        }
        ++compared;
        for (std::size_t j = 0; j < n; ++j) {
            const double sparse = solved->companies[j].boomerang_ratio, dense = (*reference)[j];
            const double relative = relative_difference(sparse, dense);
            // The dense solver's return r = ratio × pass-on carries ~1e-13 of absolute error.
            const double pass_on = net.companies[j].pass_on_fraction;
            const bool dense_is_precise = pass_on == 0.0 || std::max(sparse, dense) * pass_on >= 1e-4;
            if (dense_is_precise) {
                ++ratios_compared;
                largest_relative = std::max(largest_relative, relative);
            }
            if (dense_is_precise ? relative > 1e-9 : std::abs(sparse - dense) * pass_on > 1e-12) {
                CAPTURE(trial);
                CAPTURE(j);
                CHECK(sparse == dense);
            }
        }
    }
    MESSAGE("compared ", compared, " networks (", refused, " refused by the dense solver), ", ratios_compared,
            " ratios where the dense solver keeps 1e-9; largest relative difference among them ", largest_relative);
    CHECK(compared >= 990);
    CHECK(largest_relative <= 1e-9);
}

TEST_CASE("tiny ratios keep their digits: each equals its own origin's linear solve to 1e-11") {
    // A ratio of 1e-9 from 1 − 1/G[j][j] keeps few digits; solving origin by origin,
    // h = (I − Q)⁻¹ b (dense_network_reference.hpp), involves no such subtraction. The
    // sparse solver's sums of non-negative terms agree with it where the dense LU drifts.
    Rng rng(5);
    const RandomNetwork net = random_network(rng, 300, 5.0, 0.0, 0.0);
    const std::size_t n = net.companies.size();
    const auto solved = evaluate_indexed_network(net.companies, net.flows);
    REQUIRE(solved.ok());
    namespace dense = boomerang::test::dense_network;
    dense::Matrix amount(n), step(n);
    std::vector<double> outflow(n, 0.0);
    for (const IndexedFlow& f : net.flows) {
        amount[f.from][f.to] += f.amount_usd;
        outflow[f.from] += f.amount_usd;
    }
    for (std::size_t j = 0; j < n; ++j) {
        if (outflow[j] <= 0.0) continue;
        for (std::size_t k = 0; k < n; ++k) step[j][k] = net.companies[j].pass_on_fraction * amount[j][k] / outflow[j];
    }
    int tiny = 0;
    for (std::size_t j = 0; j < n && tiny < 20; ++j) {
        const double ratio = solved->companies[j].boomerang_ratio;
        if (ratio == 0.0 || ratio > 1e-6) continue;
        ++tiny;
        const std::optional<double> alone = dense::boomerang_ratio(j, amount, step, outflow);
        REQUIRE(alone.has_value());
        CAPTURE(j);
        CHECK(relative_difference(ratio, *alone) < 1e-11);
    }
    CHECK(tiny == 20);
}

TEST_CASE("a solve spread over many small slices gives the same returns, its progress only rising") {
    Rng rng(11);
    Chain chain;
    chain.state_count = 600;
    std::vector<double> sent(chain.state_count, 0.0);
    for (int e = 0; e < 3000; ++e) {
        const auto from = static_cast<std::size_t>(rng.uniform() * 600) % 600,
                   to = static_cast<std::size_t>(rng.uniform() * 600) % 600;
        const double p = 0.9 * rng.uniform() / 8.0;
        if (sent[from] + p > 0.9) continue;
        sent[from] += p;
        chain.edges.push_back({from, to, p});
    }
    for (double s : sent) chain.exit_probability.push_back(1.0 - s);
    const std::vector<double> at_once = returns_of(chain);

    boomerang::model::FirstReturnSolve solve(chain);
    double last_progress = 0.0;
    int slices = 0;
    for (bool finished = false; !finished; ++slices) {
        double work = 5'000.0;
        finished = solve.advance(work);
        CHECK(work <= 0.0 + (finished ? 5'000.0 : 0.0));  // a slice uses its work unless it finishes
        const double progress = solve.progress();
        CHECK(progress >= last_progress);
        CHECK(progress <= 1.0);
        last_progress = progress;
    }
    CHECK(slices > 100);
    CHECK(last_progress == 1.0);
    REQUIRE(solve.returns().has_value());
    CHECK(*solve.returns() == at_once);  // the same arithmetic in the same order: equal bits
}
