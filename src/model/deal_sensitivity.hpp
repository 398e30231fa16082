// Sensitivity of one deal's figure: which of its numbers move it most.
//
// The numbers are the deal's own inputs (model/deal_fields.hpp) and the assumptions in force
// for it (the book's, or its overrides): each is set to its value −X% and +X%, within its
// bounds, and the deal evaluated again. Bars are sorted by how far the figure swings. An
// assumption is moved as an override of this deal, so no other deal of the book changes.
#pragma once

#include "model/assumptions.hpp"
#include "model/book.hpp"
#include "model/deal_fields.hpp"
#include "model/deal_figures.hpp"
#include "model/result.hpp"
#include "model/sensitivity.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace boomerang::model {

// A number of a deal that sensitivity can move: one of its input fields, or an assumption.
struct DealParameter {
    const DealInputField* field = nullptr;
    const AssumptionField* assumption = nullptr;

    // Its value for `deal` in `book` (an assumption as resolved for the deal).
    std::optional<double> value(const Deal& deal, const Book& book) const;
    // Sets it on the deal (an assumption as the deal's override).
    void set(Deal& deal, double value) const;
    const Bounds& bounds() const;
    // "capacity.capacity_gw", "assumptions.pue": the path in the deal, as in messages.
    std::string path() const;
};

// Every parameter the deal has a value for, fields first, in registry order.
std::vector<DealParameter> deal_parameters(const Deal& deal, const Book& book);

struct DealTornadoBar {
    DealParameter parameter;
    double low_input = 0.0;  // value × (1 − change), within its bounds
    double high_input = 0.0;
    double low_output = 0.0;  // the figure with the parameter at low_input
    double high_output = 0.0;
    double swing = 0.0;  // |high_output − low_output|
};

// Bars for every parameter whose low and high values both evaluate, give the figure and move
// it, largest swing first (ties in parameter order); a number that does not move the figure
// (the term, for what is firm under notice) has no bar. Fails if the deal does not show the figure
// or change_fraction is not in (0, 1].
Result<std::vector<DealTornadoBar>> deal_tornado(const Book& book, std::size_t deal_index, const DealFigure& figure,
                                                 double change_fraction);

// A range for one number of the deal, drawn uniformly or peaking at the deal's own value.
struct DealRange {
    DealParameter parameter;
    double low = 0.0;
    double high = 0.0;
    Distribution distribution = Distribution::uniform;
};

// The spread of a deal's figure when the ranged numbers are drawn at random (the seeded
// generator of model/sensitivity.hpp: the same seed gives the same draws everywhere). Draws
// the model refuses, or that leave the figure absent, are counted and left out. Fails if a
// range is not low ≤ high within its bounds, names a number the deal lacks, or every draw is
// refused.
Result<MonteCarloResults> deal_monte_carlo(const Book& book, std::size_t deal_index, std::span<const DealRange> ranges,
                                           const DealFigure& figure, const MonteCarloSettings& settings);

}  // namespace boomerang::model
