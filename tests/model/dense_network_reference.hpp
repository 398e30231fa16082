// The boomerang ratios as src/model/network.cpp computed them until the sparse first-return
// solver replaced it (model/first_return.hpp): dense Gaussian elimination, one factorization
// for all companies and one dense system per company where that fails. Kept as the
// reference the new solver is checked against on random networks (network_solver_test.cpp).
#pragma once

#include "model/network.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace boomerang::test::dense_network {

using model::Company;
using model::IndexedFlow;

// Below this pivot the elimination would lose more than ~1e-4 of relative accuracy (double
// precision is ~1e-16). It happens only when money circles among companies passing on nearly
// all of it and the way out of that loop is ~1e12 times smaller than the flows around it.
inline constexpr double kSmallestPivot = 1e-12;

// A dense square matrix in one block, row by row: a row is a pointer, so the inner loops of
// the elimination run over contiguous memory (a vector of vectors took a third longer).
class Matrix {
public:
    explicit Matrix(std::size_t n) : n_(n), values_(n * n, 0.0) {}
    std::size_t size() const { return n_; }
    double* operator[](std::size_t row) { return values_.data() + row * n_; }
    const double* operator[](std::size_t row) const { return values_.data() + row * n_; }
    void swap_rows(std::size_t a, std::size_t b) {
        if (a != b) std::swap_ranges((*this)[a], (*this)[a] + n_, (*this)[b]);
    }

private:
    std::size_t n_;
    std::vector<double> values_;
};

// Solves a x = b by Gaussian elimination with partial pivoting; nullopt if a pivot is
// below kSmallestPivot.
inline std::optional<std::vector<double>> solve(Matrix a, std::vector<double> b) {
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col])) pivot = row;
        }
        if (std::abs(a[pivot][col]) < kSmallestPivot) return std::nullopt;
        a.swap_rows(col, pivot);
        std::swap(b[col], b[pivot]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = a[row][col] / a[col][col];
            for (std::size_t k = col; k < n; ++k) a[row][k] -= factor * a[col][k];
            b[row] -= factor * b[col];
        }
    }
    std::vector<double> x(n);
    for (std::size_t row = n; row-- > 0;) {
        double sum = b[row];
        for (std::size_t k = row + 1; k < n; ++k) sum -= a[row][k] * x[k];
        x[row] = sum / a[row][row];
    }
    return x;
}

// Expected dollars returning to `origin` per dollar it sends out (see network.hpp).
// step[j][k]: share of a dollar at j that moves on to k (pass_on_fraction applied).
inline std::optional<double> boomerang_ratio(std::size_t origin, const Matrix& amount, const Matrix& step,
                                             const std::vector<double>& outflow_usd) {
    if (outflow_usd[origin] <= 0.0) return 0.0;
    const std::size_t n = amount.size();

    // Only companies with a path of positive steps back to the origin can return anything.
    // The rest are left out of the solve: a dollar reaching them is lost for the origin,
    // including money circling forever in a loop of pass_on_fraction 1 that never exits
    // (that loop would make I - Q singular).
    std::vector<bool> returns(n, false);
    std::vector<std::size_t> frontier = {origin};
    while (!frontier.empty()) {
        const std::size_t target = frontier.back();
        frontier.pop_back();
        for (std::size_t j = 0; j < n; ++j) {
            if (j == origin || returns[j] || step[j][target] <= 0.0) continue;
            returns[j] = true;
            frontier.push_back(j);
        }
    }
    std::vector<std::size_t> transient;  // solve position -> company index
    std::vector<std::size_t> position(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
        if (!returns[j]) continue;
        position[j] = transient.size();
        transient.push_back(j);
    }

    // h_j = step[j][origin] + sum over transient m of step[j][m] h_m, i.e. (I - Q) h = b.
    const std::size_t m = transient.size();
    Matrix i_minus_q(m);
    std::vector<double> to_origin(m, 0.0);
    for (std::size_t r = 0; r < m; ++r) {
        const std::size_t j = transient[r];
        to_origin[r] = step[j][origin];
        i_minus_q[r][r] = 1.0;
        for (std::size_t k : transient) i_minus_q[r][position[k]] -= step[j][k];
    }
    const std::optional<std::vector<double>> h = solve(std::move(i_minus_q), to_origin);
    if (!h) return std::nullopt;
    // The origin's dollar leaves whole; a self-payment returns at once.
    double returned = amount[origin][origin] / outflow_usd[origin];
    for (std::size_t k : transient) {
        returned += amount[origin][k] / outflow_usd[origin] * (*h)[position[k]];
    }
    return returned;
}

// The probability that a dollar leaving each company along `step` ever returns to it, for all
// companies from one LU factorization of I − step: with G = (I − step)⁻¹, G[j][j] =
// 1 / (1 − return_j). A company's boomerang ratio is its return divided by its pass-on
// share, since only its first step is taken whole. nullopt when I − step is singular or
// nearly so (money circling forever in a closed loop): the caller then solves origin by
// origin, leaving such loops out.
inline std::optional<std::vector<double>> return_probabilities(const Matrix& step) {
    const std::size_t n = step.size();
    Matrix lu(n);
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t c = 0; c < n; ++c) lu[r][c] = (r == c ? 1.0 : 0.0) - step[r][c];
    }
    std::vector<std::size_t> row_of(n);
    for (std::size_t i = 0; i < n; ++i) row_of[i] = i;
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::abs(lu[row][col]) > std::abs(lu[pivot][col])) pivot = row;
        }
        if (std::abs(lu[pivot][col]) < kSmallestPivot) return std::nullopt;
        lu.swap_rows(col, pivot);
        std::swap(row_of[col], row_of[pivot]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = lu[row][col] /= lu[col][col];
            if (factor == 0.0) continue;
            for (std::size_t k = col + 1; k < n; ++k) lu[row][k] -= factor * lu[col][k];
        }
    }
    std::vector<std::size_t> row_holding(n);  // the row of P e_j's 1
    for (std::size_t row = 0; row < n; ++row) row_holding[row_of[row]] = row;
    std::vector<double> returns(n, 0.0), x(n);
    for (std::size_t j = 0; j < n; ++j) {
        // Column j of G: solve L U x = P e_j. L y = P e_j is zero above the row holding the 1.
        const std::size_t one = row_holding[j];
        std::fill(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(one), 0.0);
        for (std::size_t row = one; row < n; ++row) {
            double sum = row == one ? 1.0 : 0.0;
            const double* l = lu[row];
            for (std::size_t k = one; k < row; ++k) sum -= l[k] * x[k];
            x[row] = sum;
        }
        // Only G[j][j] is needed, and U x = y gives x[j] from the rows below j alone.
        for (std::size_t row = n; row-- > j;) {
            double sum = x[row];
            const double* u = lu[row];
            for (std::size_t k = row + 1; k < n; ++k) sum -= u[k] * x[k];
            x[row] = sum / u[row];
        }
        // G[j][j] ≥ 1 exactly; a hair below is rounding (nothing returns), far below is a
        // failed solve.
        if (!std::isfinite(x[j]) || x[j] < 1.0 - 1e-9) return std::nullopt;
        returns[j] = std::max(0.0, 1.0 - 1.0 / x[j]);
    }
    return returns;
}

// Every company's boomerang ratio, or nullopt where the dense solve refused (a pivot below
// 1e-12).
inline std::optional<std::vector<double>> ratios(const std::vector<Company>& companies,
                                                 const std::vector<IndexedFlow>& flows) {
    const std::size_t n = companies.size();
    Matrix amount(n);
    std::vector<double> outflow_usd(n, 0.0);
    for (const IndexedFlow& f : flows) {
        amount[f.from][f.to] += f.amount_usd;
        outflow_usd[f.from] += f.amount_usd;
    }
    Matrix step(n);
    for (std::size_t j = 0; j < n; ++j) {
        if (outflow_usd[j] <= 0.0) continue;
        for (std::size_t k = 0; k < n; ++k) step[j][k] = companies[j].pass_on_fraction * amount[j][k] / outflow_usd[j];
    }
    const std::optional<std::vector<double>> returns = return_probabilities(step);
    std::vector<double> out(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        const double p = companies[j].pass_on_fraction;
        if (outflow_usd[j] > 0.0 && returns && p > 0.0) {
            out[j] = (*returns)[j] / p;
        } else if (outflow_usd[j] > 0.0) {
            const std::optional<double> solved = boomerang_ratio(j, amount, step, outflow_usd);
            if (!solved) return std::nullopt;
            out[j] = *solved;
        }
    }
    return out;
}

}  // namespace boomerang::test::dense_network
