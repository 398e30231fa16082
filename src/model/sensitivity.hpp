// Sensitivity: how much one scalar output moves when the inputs move.
//
// Tornado: each numeric input in turn is set to its value -X% and +X% (within its bounds);
// bars are sorted by the output's swing. Monte Carlo: chosen inputs are drawn at random from
// ranges; the output's P10, P50, P90 and mean are reported. The random stream is a seeded
// xoshiro256** with our own mapping to doubles, so the same seed gives the same draws on
// every platform and in the browser. Formulas: docs/models/sensitivity.md.
#pragma once

#include "model/fields.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace boomerang::model {

// xoshiro256** (Blackman & Vigna), seeded through splitmix64 as its authors recommend.
class Rng {
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    double uniform();  // in [0, 1): the top 53 bits of next() scaled by 2^-53
private:
    std::uint64_t state_[4];
};

// Within the bounds, and rounded where the value must be whole.
double clamp_to(const Bounds& bounds, double value);
// Inverse of the triangular distribution's CDF on [low, high] peaking at mode; every step is
// exactly rounded IEEE arithmetic, so draws match bit for bit across platforms.
double triangular(double u, double low, double mode, double high);
// Linear interpolation between the closest ranks of sorted values (p in [0, 1]).
double percentile(const std::vector<double>& sorted, double p);

struct TornadoBar {
    const InputField* input = nullptr;
    double low_input = 0.0;  // base x (1 - change), clamped into the input's bounds
    double high_input = 0.0;
    double low_output = 0.0;  // the output with the input at low_input
    double high_output = 0.0;
    double swing = 0.0;  // |high_output - low_output|
};

// Bars for every input field whose low and high values both evaluate, largest swing first
// (ties in registry order). An input whose moved value the model rejects (a ramp longer
// than the shortened term) is left out. Fails if the base scenario does not evaluate or
// change_fraction is not in (0, 1].
Result<std::vector<TornadoBar>> tornado(const Scenario& base, const OutputField& output, double change_fraction);

enum class Distribution { uniform, triangular };

// A draw from `u` in [0, 1): uniform on [low, high], or triangular peaking at mode.
double draw(Distribution distribution, double u, double low, double mode, double high);

// Triangular ranges peak at the base scenario's value, clamped into [low, high].
struct InputRange {
    const InputField* input = nullptr;
    double low = 0.0;
    double high = 0.0;
    Distribution distribution = Distribution::uniform;
};

struct MonteCarloSettings {
    std::size_t sample_count = 20'000;
    std::uint64_t seed = 1;
};

struct MonteCarloResults {
    double p10 = 0.0;  // percentiles interpolate linearly between ranks
    double p50 = 0.0;
    double p90 = 0.0;
    double mean = 0.0;
    std::size_t rejected_count = 0;     // draws the model rejected (ramp longer than term...)
    std::vector<double> sorted_values;  // the accepted draws' outputs, ascending
};

// Sorts the draws and sets the percentiles and the mean (of `sum` over the draws).
void summarize(MonteCarloResults& out, double sum);

// One input as the Monte Carlo draws it.
struct DrawnInput {
    double low = 0.0;
    double mode = 0.0;  // the base value, clamped to [low, high]: where a triangle peaks
    double high = 0.0;
    Distribution distribution = Distribution::uniform;
    bool whole_number = false;  // draws are rounded
};

// The Monte Carlo run every kind of input shares: settings.sample_count times, each input is
// drawn in turn from the same generator and handed to `set(index, value)`; then `evaluate()`
// gives the output, or nullopt for a draw the model refuses (counted in rejected_count).
// Refused with `all_refused` when every draw is refused.
template <class Set, class Evaluate>
Result<MonteCarloResults> sample_outputs(std::span<const DrawnInput> inputs, const MonteCarloSettings& settings,
                                         Set&& set, Evaluate&& evaluate, const char* all_refused) {
    MonteCarloResults out;
    out.sorted_values.reserve(settings.sample_count);
    Rng rng(settings.seed);
    double sum = 0.0;
    for (std::size_t i = 0; i < settings.sample_count; ++i) {
        for (std::size_t r = 0; r < inputs.size(); ++r) {
            const DrawnInput& input = inputs[r];
            const double value = draw(input.distribution, rng.uniform(), input.low, input.mode, input.high);
            set(r, input.whole_number ? std::round(value) : value);
        }
        const std::optional<double> value = evaluate();
        if (!value) {
            ++out.rejected_count;
            continue;
        }
        out.sorted_values.push_back(*value);
        sum += *value;
    }
    if (out.sorted_values.empty()) return Error{"ranges", all_refused};
    summarize(out, sum);
    return out;
}

// Fails if the base scenario does not evaluate, a range is not a finite low <= high inside
// its input's bounds, sample_count is 0, or every draw is rejected.
Result<MonteCarloResults> monte_carlo(const Scenario& base, std::span<const InputRange> ranges,
                                      const OutputField& output, const MonteCarloSettings& settings);

}  // namespace boomerang::model
