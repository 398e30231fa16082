// The charts of a deal and of a book, from their results: which numbers each chart shows,
// under which labels. Build them when the book's revision changes; draw them every frame.
#pragma once

#include <optional>
#include <span>

#include "model/book_evaluation.hpp"
#include "model/deal_sensitivity.hpp"
#include "ui/charts/line_chart.hpp"
#include "ui/charts/network_diagram.hpp"
#include "ui/charts/tornado_chart.hpp"
#include "ui/charts/waterfall_chart.hpp"

namespace boomerang::ui::charts {

// Month by month from the first payment: paid to date (area); with exit terms, what is still
// committed, firm if notice were given that month (step) and, with a chance of notice,
// expected (dashed). Empty when the deal moves no money.
LineChartData deal_schedule_data(const model::DealResults& results);

// Capital cost, energy and other costs a year, adding up to the cost a year; nullopt unless
// the capacity has all three.
std::optional<WaterfallData> deal_annual_cost_data(const model::CapacityBlockResults& capacity);

// The tornado of a deal's figure around its value, each number moved by change_fraction.
TornadoData deal_tornado_data(std::span<const model::DealTornadoBar> bars, const model::DealFigure& figure,
                              double base_value, double change_fraction);

// Year by year in GW of IT power: the vendor's deals deployed that year (step) and to date
// (area), against its supply that year (dashed) and to date (line) when the book gives one.
LineChartData vendor_timeline_data(const model::VendorTimeline& timeline);

// The book's money network: companies sized by the money through them, flows coloured by
// type (purchase, rental, investment, warrant), flows inside a cycle marked; each company's
// boomerang ratio under `rule`.
NetworkDiagramData book_network_data(const model::BookResults& results, model::AttributionRule rule);

}  // namespace boomerang::ui::charts
