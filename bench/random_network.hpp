// A random deal web for benchmarks: `flow_count` flows between random pairs of
// `company_count` companies, amounts log-uniform between $100M and $100B, every company
// passing on `pass_on` of what it receives (the issue-13 measurements used 0.9). The same
// network for the same seed natively and in wasm.
#pragma once

#include "model/network.hpp"
#include "model/sensitivity.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace boomerang::bench {

struct RandomNetwork {
    std::vector<model::Company> companies;
    std::vector<model::IndexedFlow> flows;
};

inline RandomNetwork random_network(std::size_t company_count, std::size_t flow_count, double pass_on,
                                    std::uint64_t seed = 1) {
    model::Rng rng(seed);
    const auto pick = [&] {
        return static_cast<std::size_t>(rng.uniform() * static_cast<double>(company_count)) % company_count;
    };
    RandomNetwork net;
    for (std::size_t c = 0; c < company_count; ++c) net.companies.push_back({"Company " + std::to_string(c), pass_on});
    for (std::size_t f = 0; f < flow_count; ++f) {
        const std::size_t from = pick();
        std::size_t to = pick();
        if (to == from) to = (to + 1) % company_count;
        net.flows.push_back({from, to, std::pow(10.0, 8.0 + 3.0 * rng.uniform())});
    }
    return net;
}

}  // namespace boomerang::bench
