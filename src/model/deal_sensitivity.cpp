#include "model/deal_sensitivity.hpp"

#include "model/deal_evaluation.hpp"
#include "model/sensitivity.hpp"

#include <algorithm>
#include <cmath>

namespace boomerang::model {

std::optional<double> DealParameter::value(const Deal& deal, const Book& book) const {
    if (field) return field->get(deal);
    return resolve(book.assumptions, deal.overrides).*(assumption->member);
}

void DealParameter::set(Deal& deal, double value) const {
    if (field) {
        field->set(deal, value);
    } else {
        deal.overrides.*(assumption->member) = value;
    }
}

const Bounds& DealParameter::bounds() const { return field ? field->bounds : assumption->bounds; }

std::string DealParameter::path() const {
    if (assumption) return "assumptions." + std::string(assumption->key);
    if (field->block == Block::deal) return std::string(field->key);
    return std::string(block_name(field->block)) + "." + std::string(field->key);
}

std::vector<DealParameter> deal_parameters(const Deal& deal, const Book& book) {
    std::vector<DealParameter> parameters;
    for (const DealInputField& field : deal_input_fields()) {
        DealParameter parameter{&field, nullptr};
        if (parameter.value(deal, book)) parameters.push_back(parameter);
    }
    for (const AssumptionField& assumption : assumption_fields) {
        DealParameter parameter{nullptr, &assumption};
        if (parameter.value(deal, book)) parameters.push_back(parameter);
    }
    return parameters;
}

namespace {

// The figure for the deal with one parameter moved; nullopt when the deal is refused or
// no longer shows the figure.
std::optional<double> figure_with(const Book& book, const Deal& base, const DealParameter& parameter, double value,
                                  const DealFigure& figure) {
    Deal deal = base;
    parameter.set(deal, value);
    const Result<DealResults> results = evaluate_deal(deal, book);
    if (!results) return std::nullopt;
    return figure.get(*results);
}

}  // namespace

Result<std::vector<DealTornadoBar>> deal_tornado(const Book& book, std::size_t deal_index, const DealFigure& figure,
                                                 double change_fraction) {
    if (!(change_fraction > 0.0 && change_fraction <= 1.0)) {
        return Error{"change_fraction", "the change must be more than 0% and at most 100% (got " +
                                            number_text(change_fraction * 100.0) + "%)"};
    }
    if (deal_index >= book.deals.size()) return Error{"deals", "there is no deal " + std::to_string(deal_index + 1)};
    const Deal& deal = book.deals[deal_index];
    const Result<DealResults> base = evaluate_deal(deal, book);
    if (!base) return base.error();
    if (!has_block(deal, figure.block) || !figure.get(*base)) {
        return Error{std::string(figure.key), "the deal does not show " + std::string(figure.label)};
    }
    std::vector<DealTornadoBar> bars;
    for (const DealParameter& parameter : deal_parameters(deal, book)) {
        const double value = *parameter.value(deal, book);
        DealTornadoBar bar{parameter, clamp_to(parameter.bounds(), value * (1.0 - change_fraction)),
                           clamp_to(parameter.bounds(), value * (1.0 + change_fraction))};
        if (bar.low_input == bar.high_input) continue;  // nothing to move (a zero, a pinned value)
        const auto low = figure_with(book, deal, parameter, bar.low_input, figure);
        const auto high = figure_with(book, deal, parameter, bar.high_input, figure);
        if (!low || !high) continue;
        bar.low_output = *low;
        bar.high_output = *high;
        bar.swing = std::abs(*high - *low);
        if (bar.swing > 0.0) bars.push_back(bar);
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const DealTornadoBar& a, const DealTornadoBar& b) { return a.swing > b.swing; });
    return bars;
}

Result<MonteCarloResults> deal_monte_carlo(const Book& book, std::size_t deal_index, std::span<const DealRange> ranges,
                                           const DealFigure& figure, const MonteCarloSettings& settings) {
    if (settings.sample_count == 0) return Error{"sample_count", "sample_count must be at least 1 (got 0)"};
    if (deal_index >= book.deals.size()) return Error{"deals", "there is no deal " + std::to_string(deal_index + 1)};
    const Deal& base = book.deals[deal_index];
    std::vector<DrawnInput> inputs;
    for (const DealRange& range : ranges) {
        Bounds bounds = range.parameter.bounds();
        bounds.whole_number = false;  // draws are rounded; the ends need not be whole
        if (!bounds.contains(range.low) || !bounds.contains(range.high) || range.low > range.high) {
            return Error{range.parameter.path(), "the range for " + range.parameter.path() +
                                                     " must have low ≤ high, both within its bounds (got " +
                                                     number_text(range.low) + " to " + number_text(range.high) + ")"};
        }
        const std::optional<double> value = range.parameter.value(base, book);
        if (!value) return Error{range.parameter.path(), "the deal has no " + range.parameter.path() + " to vary"};
        inputs.push_back({range.low, std::clamp(*value, range.low, range.high), range.high, range.distribution,
                          range.parameter.bounds().whole_number});
    }
    Deal deal = base;
    return sample_outputs(
        inputs, settings, [&](std::size_t r, double value) { ranges[r].parameter.set(deal, value); },
        [&]() -> std::optional<double> {
            const Result<DealResults> results = evaluate_deal(deal, book);
            return results ? figure.get(*results) : std::nullopt;
        },
        "every draw was refused by the model; narrow the ranges");
}

}  // namespace boomerang::model
