#include "model/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace boomerang::model {

// ---- Random numbers ---------------------------------------------------------------------

namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

std::uint64_t rotate_left(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

Rng::Rng(std::uint64_t seed) {
    for (std::uint64_t& word : state_) word = splitmix64(seed);
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotate_left(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotate_left(state_[3], 45);
    return result;
}

double Rng::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

double clamp_to(const Bounds& bounds, double value) {
    value = std::clamp(value, bounds.min, bounds.max);
    return bounds.whole_number ? std::round(value) : value;
}

double triangular(double u, double low, double mode, double high) {
    const double width = high - low;
    if (width == 0.0) return low;
    if (u * width < mode - low) return low + std::sqrt(u * width * (mode - low));
    return high - std::sqrt((1.0 - u) * width * (high - mode));
}

double draw(Distribution distribution, double u, double low, double mode, double high) {
    return distribution == Distribution::uniform ? low + u * (high - low) : triangular(u, low, mode, high);
}

double percentile(const std::vector<double>& sorted, double p) {
    const double rank = p * static_cast<double>(sorted.size() - 1);
    const std::size_t below = static_cast<std::size_t>(rank);
    if (below + 1 >= sorted.size()) return sorted.back();
    const double weight = rank - static_cast<double>(below);
    return sorted[below] + weight * (sorted[below + 1] - sorted[below]);
}

void summarize(MonteCarloResults& out, double sum) {
    std::sort(out.sorted_values.begin(), out.sorted_values.end());
    out.mean = sum / static_cast<double>(out.sorted_values.size());
    out.p10 = percentile(out.sorted_values, 0.10);
    out.p50 = percentile(out.sorted_values, 0.50);
    out.p90 = percentile(out.sorted_values, 0.90);
}

namespace {

std::string field_name(const InputField& field) {
    return std::string(section_name(field.section)) + "." + std::string(field.key);
}

std::optional<Error> check_range(const InputRange& range) {
    if (range.input == nullptr) {
        return Error{"ranges", "every Monte Carlo range must name an input field"};
    }
    const InputField& field = *range.input;
    Bounds bounds = field.bounds;
    bounds.whole_number = false;  // draws are rounded; the ends need not be whole
    if (bounds.contains(range.low) && bounds.contains(range.high) && range.low <= range.high) {
        return std::nullopt;
    }
    return Error{field_name(field), "the range for " + std::string(field.key) +
                                        " must have low ≤ high, both within its bounds (got " + number_text(range.low) +
                                        " to " + number_text(range.high) + ")"};
}

}  // namespace

// ---- Tornado ------------------------------------------------------------------------------

Result<std::vector<TornadoBar>> tornado(const Scenario& base, const OutputField& output, double change_fraction) {
    if (auto error = check_bounds("change_fraction", change_fraction, positive_fraction)) {
        return *error;
    }
    ScenarioResults results;
    if (auto error = evaluate_section(base, output.section, results)) return *error;

    std::vector<TornadoBar> bars;
    for (const InputField& field : input_fields()) {
        const double value = field.get(base);
        const double down = clamp_to(field.bounds, value * (1.0 - change_fraction));
        const double up = clamp_to(field.bounds, value * (1.0 + change_fraction));
        TornadoBar bar{&field, std::min(down, up), std::max(down, up)};
        Scenario moved = base;
        field.set(moved, bar.low_input);
        if (evaluate_section(moved, output.section, results)) continue;
        bar.low_output = output.get(results);
        field.set(moved, bar.high_input);
        if (evaluate_section(moved, output.section, results)) continue;
        bar.high_output = output.get(results);
        bar.swing = std::abs(bar.high_output - bar.low_output);
        bars.push_back(bar);
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const TornadoBar& a, const TornadoBar& b) { return a.swing > b.swing; });
    return bars;
}

// ---- Monte Carlo ------------------------------------------------------------------------

Result<MonteCarloResults> monte_carlo(const Scenario& base, std::span<const InputRange> ranges,
                                      const OutputField& output, const MonteCarloSettings& settings) {
    if (settings.sample_count == 0) {
        return Error{"sample_count", "sample_count must be at least 1 (got 0)"};
    }
    for (const InputRange& range : ranges) {
        if (auto error = check_range(range)) return *error;
    }
    ScenarioResults results;
    if (auto error = evaluate_section(base, output.section, results)) return *error;

    std::vector<DrawnInput> inputs;
    for (const InputRange& range : ranges) {
        inputs.push_back({range.low, std::clamp(range.input->get(base), range.low, range.high), range.high,
                          range.distribution, range.input->bounds.whole_number});
    }
    Scenario scenario = base;
    return sample_outputs(
        inputs, settings, [&](std::size_t r, double value) { ranges[r].input->set(scenario, value); },
        [&]() -> std::optional<double> {
            if (evaluate_section(scenario, output.section, results)) return std::nullopt;
            return output.get(results);
        },
        "every Monte Carlo draw was rejected by the model; narrow the ranges (for example a ramp longer than the "
        "term)");
}

}  // namespace boomerang::model
