// Index: a deal's schedule | its annual cost | its tornado | a vendor's timeline | the network
#include "ui/charts/from_book.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "io/format.hpp"
#include "model/deal_fields.hpp"

namespace boomerang::ui::charts {

namespace {

// How a sensitivity parameter is labelled: its field's or assumption's label.
std::string parameter_label(const model::DealParameter& parameter) {
    if (parameter.field) return std::string(parameter.field->label);
    return std::string(model::find_assumption_info(parameter.assumption->key)->label) + " (assumption)";
}

model::Unit parameter_unit(const model::DealParameter& parameter) {
    if (parameter.field) return parameter.field->unit;
    return model::find_assumption_info(parameter.assumption->key)->unit;
}

}  // namespace

// ---- A deal's schedule ---------------------------------------------------------------------

LineChartData deal_schedule_data(const model::DealResults& results) {
    LineChartData data;
    data.x_format = {model::Unit::months, true};
    data.y_format = {model::Unit::usd, false};
    data.x_caption = "months after the first payment";
    const model::Schedule& payments = results.payments;
    if (payments.empty()) return data;
    data.series.push_back({"Paid to date", {}, kBlue, SeriesStyle::area});
    double paid = 0.0;
    for (std::size_t month = 0; month <= payments.values.size(); ++month) {
        data.x.push_back(static_cast<double>(month));
        data.series[0].values.push_back(paid);
        if (month < payments.values.size()) paid += payments.values[month];
    }
    if (results.exit) {
        const model::ExitBlockResults& exit = *results.exit;
        const auto series_of = [&](const char* label, std::size_t slot, SeriesStyle style, const model::Schedule& s) {
            LineSeries series{label, s.values, slot, style};
            series.values.resize(data.x.size(), series.values.empty() ? 0.0 : series.values.back());
            data.series.push_back(std::move(series));
        };
        series_of("Still committed", kOrange, SeriesStyle::line, exit.committed_usd);
        series_of("Firm", kGreen, SeriesStyle::step, exit.firm_usd);
        if (!exit.expected_usd.empty()) series_of("Expected", kPurple, SeriesStyle::dashed, exit.expected_usd);
    }
    return data;
}

// ---- Its annual cost -----------------------------------------------------------------------

std::optional<WaterfallData> deal_annual_cost_data(const model::CapacityBlockResults& capacity) {
    if (!capacity.capital_cost_usd_per_year || !capacity.energy_cost_usd_per_year || !capacity.opex_usd_per_year) {
        return std::nullopt;
    }
    WaterfallData data;
    data.unit = model::Unit::usd_per_year;
    data.segments = {
        {"Capital cost", *capacity.capital_cost_usd_per_year, kBlue},
        {"Energy cost", *capacity.energy_cost_usd_per_year, kOrange},
        {"Other operating cost", *capacity.opex_usd_per_year, kGreen},
    };
    data.total_label = "Cost per year";
    return data;
}

// ---- Its tornado ---------------------------------------------------------------------------

TornadoData deal_tornado_data(std::span<const model::DealTornadoBar> bars, const model::DealFigure& figure,
                              double base_value, double change_fraction) {
    TornadoData data;
    data.base_output = base_value;
    data.output_unit = figure.unit;
    const std::string change = io::format_percent(change_fraction);
    data.low_label = "Number −" + change;
    data.high_label = "Number +" + change;
    for (const model::DealTornadoBar& bar : bars) {
        data.rows.push_back({parameter_label(bar.parameter), bar.low_output, bar.high_output, bar.low_input,
                             bar.high_input, parameter_unit(bar.parameter)});
    }
    return data;
}

// ---- A vendor's timeline -------------------------------------------------------------------

LineChartData vendor_timeline_data(const model::VendorTimeline& timeline) {
    LineChartData data;
    data.x_format = {model::Unit::calendar_year, false};
    data.y_format = {model::Unit::gw, false};
    data.series = {{"Deployed to date", {}, kBlue, SeriesStyle::area},
                   {"Deployed that year", {}, kGreen, SeriesStyle::step}};
    const bool supplied = !timeline.supply_it_gw.empty();
    if (supplied) {
        data.series.push_back({"Supply that year", {}, kRed, SeriesStyle::dashed});
        data.series.push_back({"Supply to date", {}, kOrange, SeriesStyle::line});
    }
    double deployed = 0.0, supply = 0.0;
    for (std::size_t i = 0; i < timeline.deployed_it_gw.size(); ++i) {
        data.x.push_back(timeline.deployed_it_gw[i].year);
        deployed += timeline.deployed_it_gw[i].value;
        data.series[0].values.push_back(deployed);
        data.series[1].values.push_back(timeline.deployed_it_gw[i].value);
        if (supplied) {
            supply += timeline.supply_it_gw[i].value;
            data.series[2].values.push_back(timeline.supply_it_gw[i].value);
            data.series[3].values.push_back(supply);
        }
    }
    return data;
}

// ---- The network ---------------------------------------------------------------------------

NetworkDiagramData book_network_data(const model::BookResults& results, model::AttributionRule rule) {
    using model::BookFlowType;
    NetworkDiagramData data;
    constexpr std::array kTypes = {BookFlowType::purchase, BookFlowType::rental, BookFlowType::investment,
                                   BookFlowType::warrant};
    for (BookFlowType type : kTypes) data.type_names.emplace_back(model::book_flow_type_name(type));
    for (const model::BookCompany& company : results.companies) {
        const double ratio = rule == model::AttributionRule::fungible ? company.boomerang_fungible_ratio
                                                                      : company.boomerang_earmarked_ratio;
        data.nodes.push_back({company.name, std::max(company.inflow_usd, company.outflow_usd), company.inflow_usd,
                              company.outflow_usd, ratio});
    }
    // By name, not by search: a book of 10,000 companies has as many flows.
    std::unordered_map<std::string_view, std::size_t> index_of;
    for (std::size_t i = 0; i < data.nodes.size(); ++i) index_of.emplace(data.nodes[i].name, i);
    for (const model::BookFlow& flow : results.flows) {
        const auto found_from = index_of.find(flow.from), found_to = index_of.find(flow.to);
        if (found_from == index_of.end() || found_to == index_of.end()) continue;  // never: flows join companies
        const std::size_t from = found_from->second, to = found_to->second;
        const auto& cycle_from = results.companies[from].cycle_index;
        const bool on_cycle = cycle_from && cycle_from == results.companies[to].cycle_index;
        data.edges.push_back({from, to, flow.amount_usd, static_cast<std::size_t>(flow.type), on_cycle});
    }
    return data;
}

}  // namespace boomerang::ui::charts
