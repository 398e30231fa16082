// Charts drawn headless: a real Dear ImGui context with the built-in font, no window and no
// GPU. Each chart must draw inside its own rectangle (labels are never cut), move the
// cursor past itself like any widget, survive empty and NaN data, and report what is under
// the mouse. Dear ImGui's own asserts (IM_ASSERT) are on in this build: a misuse aborts.
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "headless_imgui.hpp"
#include "ui/charts/canvas.hpp"
#include "ui/charts/from_model.hpp"

using namespace boomerang::ui::charts;
namespace model = boomerang::model;
using boomerang::ui::Theme;

namespace {

constexpr float kChartHeight = 260.0f;
// A phone's width and a desktop window's, each tall enough to show every chart at once:
// charts scrolled out of view draw nothing (see the test below).
constexpr ImVec2 kPhone{360.0f, 2000.0f};
constexpr ImVec2 kDesktop{1280.0f, 2000.0f};
// Anti-aliased lines feather a pixel past their ends.
constexpr float kFeatherPx = 1.5f;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A Dear ImGui context as the app has it before its first frame, with the built-in font
// (ProggyClean, compiled into imgui_draw.cpp) instead of Inter.
class Headless {
public:
    explicit Headless(ImVec2 display) : imgui_(display) {}

    void move_mouse(ImVec2 to) { ImGui::GetIO().AddMousePosEvent(to.x, to.y); }
    void press(bool down) { ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, down); }

    // One frame with `draw` inside a window filling the display; the draw data after Render().
    template <class Draw>
    const ImDrawData& frame(Draw draw) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0.0f, 0.0f});
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("charts", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        draw();
        ImGui::End();
        ImGui::Render();
        return *ImGui::GetDrawData();
    }

private:
    boomerang::test::HeadlessImGui imgui_;
};

// What one chart call added to the window's draw list.
struct Drawn {
    ImVec2 min{};  // the rectangle the chart was given
    ImVec2 max{};
    int vertices = 0;
    int outside = 0;  // vertices outside the rectangle
    float cursor_advance = 0.0f;
};

template <class Chart>
Drawn measure(float height, Chart chart) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    Drawn drawn;
    drawn.min = ImGui::GetCursorScreenPos();
    drawn.max = {drawn.min.x + ImGui::GetContentRegionAvail().x, drawn.min.y + height};
    const int before = list->VtxBuffer.Size;
    const float cursor = ImGui::GetCursorPosY();
    chart();
    drawn.cursor_advance = ImGui::GetCursorPosY() - cursor;
    drawn.vertices = list->VtxBuffer.Size - before;
    for (int i = before; i < list->VtxBuffer.Size; ++i) {
        const ImVec2 p = list->VtxBuffer[i].pos;
        const bool in_x = p.x >= drawn.min.x - kFeatherPx && p.x <= drawn.max.x + kFeatherPx;
        const bool in_y = p.y >= drawn.min.y - kFeatherPx && p.y <= drawn.max.y + kFeatherPx;
        drawn.outside += !(in_x && in_y);
    }
    return drawn;
}

// Every chart with the default scenario's results, as the charts panel shows them.
struct AppCharts {
    LineChartData schedule;
    LineChartData supply;
    WaterfallData cost;
    TornadoData tornado;
    DistributionData distribution;
    NetworkDiagramData network;
};

const AppCharts& app_charts() {
    static const AppCharts charts = [] {
        const model::Scenario scenario;
        const model::ScenarioResults results = model::evaluate(scenario).value();
        const model::OutputField& cost = *model::find_output_field(model::Section::capacity, "cost_usd_per_gpu_hour");
        const auto bars = model::tornado(scenario, cost, 0.2);
        const model::CapacityInputs& capacity = scenario.capacity;
        const model::InputRange ranges[] = {
            {model::find_input_field(model::Section::capacity, "utilization_fraction"), 0.6, 0.9},
            {model::find_input_field(model::Section::capacity, "electricity_usd_per_mwh"),
             capacity.electricity_usd_per_mwh * 0.5, capacity.electricity_usd_per_mwh * 1.5},
        };
        const auto spread = model::monte_carlo(scenario, ranges, cost, {2'000, 7});
        return AppCharts{commitment_schedule_data(results.commitment), supply_demand_data(results.supply),
                         annual_cost_data(results.capacity),           tornado_data(bars.value(), cost, results, 0.2),
                         monte_carlo_data(spread.value(), cost),       network_data(scenario.network, results.network)};
    }();
    return charts;
}

// Draws every chart once, one under the other, and returns what each added.
std::vector<Drawn> draw_all(const AppCharts& charts, const ChartStyle& style, float height) {
    std::vector<Drawn> drawn;
    const ImVec2 size{0.0f, height};
    drawn.push_back(measure(height, [&] { line_chart("schedule", charts.schedule, style, size); }));
    drawn.push_back(measure(height, [&] { line_chart("supply", charts.supply, style, size); }));
    drawn.push_back(measure(height, [&] { waterfall_chart("cost", charts.cost, style, size); }));
    drawn.push_back(measure(height, [&] { tornado_chart("tornado", charts.tornado, style, size); }));
    drawn.push_back(measure(height, [&] { distribution_chart("spread", charts.distribution, style, size); }));
    drawn.push_back(measure(height, [&] { network_diagram("network", charts.network, 1, style, size); }));
    return drawn;
}

// The chart's middle, and the result of a frame with the mouse there.
ImVec2 middle(const Drawn& drawn) { return {(drawn.min.x + drawn.max.x) / 2, (drawn.min.y + drawn.max.y) / 2}; }

}  // namespace

TEST_CASE("every chart draws inside its rectangle and moves the cursor past it") {
    for (const ImVec2 display : {kPhone, kDesktop}) {
        for (const Theme theme : {Theme::light, Theme::dark}) {
            CAPTURE(display.x);
            Headless imgui(display);
            std::vector<Drawn> drawn;
            imgui.frame([&] { drawn = draw_all(app_charts(), chart_style(theme), kChartHeight); });
            for (std::size_t i = 0; i < drawn.size(); ++i) {
                CAPTURE(i);
                CHECK(drawn[i].vertices > 0);
                CHECK(drawn[i].outside == 0);
                CHECK(drawn[i].cursor_advance == doctest::Approx(kChartHeight + ImGui::GetStyle().ItemSpacing.y));
            }
        }
    }
}

TEST_CASE("names too long for their room end in an ellipsis; names that fit are left alone") {
    Headless imgui(kPhone);
    imgui.frame([] {
        std::string buffer;
        const std::string_view name = "CoreWeave";
        CHECK(fit_text(name, 1000.0f, buffer).data() == name.data());  // no copy
        const float room = text_size("CoreW").x + text_size("…").x;
        const std::string_view shortened = fit_text(name, room, buffer);
        CHECK(shortened == "CoreW…");
        CHECK(text_size(shortened).x <= room);
        CHECK(fit_text(name, 0.0f, buffer) == "…");
    });
}

TEST_CASE("charts scrolled out of view keep their place but draw nothing") {
    Headless imgui({kPhone.x, kChartHeight});
    std::vector<Drawn> drawn;
    imgui.frame([&] { drawn = draw_all(app_charts(), chart_style(Theme::light), kChartHeight); });
    CHECK(drawn.front().vertices > 0);
    CHECK(drawn.back().vertices == 0);
    CHECK(drawn.back().cursor_advance == doctest::Approx(kChartHeight + ImGui::GetStyle().ItemSpacing.y));
}

TEST_CASE("charts too small for their content shed detail but stay inside") {
    Headless imgui(kPhone);
    for (const float height : {1.0f, 20.0f, 60.0f}) {
        CAPTURE(height);
        std::vector<Drawn> drawn;
        imgui.frame([&] { drawn = draw_all(app_charts(), chart_style(Theme::light), height); });
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            CAPTURE(i);
            CHECK(drawn[i].outside == 0);
        }
    }
}

TEST_CASE("empty and NaN data draw \"No data\" or gaps, never a crash") {
    Headless imgui(kPhone);
    const ChartStyle style = chart_style(Theme::dark);
    const ImVec2 size{0.0f, kChartHeight};

    SUBCASE("empty data: each chart says so") {
        std::vector<Drawn> drawn;
        imgui.frame([&] { drawn = draw_all(AppCharts{}, style, kChartHeight); });
        for (const Drawn& chart : drawn) {
            CHECK(chart.vertices > 0);  // the "No data" text
            CHECK(chart.outside == 0);
        }
    }
    SUBCASE("NaN everywhere") {
        LineChartData line;
        line.x = {0, 1, kNaN, 3};
        line.series = {{"all NaN", {kNaN, kNaN, kNaN, kNaN}, 0, SeriesStyle::area},
                       {"gaps", {1, kNaN, 3, 4}, 1, SeriesStyle::dashed},
                       {"short", {1}, 2, SeriesStyle::step}};
        WaterfallData waterfall{{{"NaN", kNaN, 0}, {"one", 1.0, 1}}, "Total", model::Unit::usd};
        TornadoData tornado{{{"NaN input", kNaN, kNaN, kNaN, kNaN, model::Unit::gw}}, 1.0, model::Unit::usd, "-", "+"};
        TornadoData no_base{{{"row", 1.0, 2.0, 0.0, 0.0, model::Unit::gw}}, kNaN, model::Unit::usd, "-", "+"};
        DistributionData distribution{"NaN", kNaN, kNaN, kNaN, kNaN, {}, model::Unit::usd};
        DistributionData no_mean{"no mean",       1.0, 2.0, 3.0, kNaN, make_histogram(std::vector<double>{kNaN}, 10),
                                 model::Unit::usd};
        NetworkDiagramData network{{{"A", kNaN, kNaN, kNaN, kNaN}, {"B", 0.0, 0.0, 0.0, 0.0}},
                                   {{0, 1, kNaN, 0, true}, {1, 1, 5.0, 9, false}, {0, 7, 1.0, 0, false}},
                                   {}};
        std::vector<Drawn> drawn;
        imgui.frame([&] {
            drawn.push_back(measure(kChartHeight, [&] { line_chart("line", line, style, size); }));
            drawn.push_back(measure(kChartHeight, [&] { waterfall_chart("waterfall", waterfall, style, size); }));
            drawn.push_back(measure(kChartHeight, [&] { tornado_chart("tornado", tornado, style, size); }));
            drawn.push_back(measure(kChartHeight, [&] { tornado_chart("no base", no_base, style, size); }));
            drawn.push_back(measure(kChartHeight, [&] { distribution_chart("spread", distribution, style, size); }));
            drawn.push_back(measure(kChartHeight, [&] { distribution_chart("no mean", no_mean, style, size); }));
            drawn.push_back(measure(kChartHeight, [&] { network_diagram("network", network, 5, style, size); }));
        });
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            CAPTURE(i);
            CHECK(drawn[i].vertices > 0);
            CHECK(drawn[i].outside == 0);
        }
    }
}

TEST_CASE("hovering the schedule shows the month under the mouse") {
    Headless imgui(kDesktop);
    const LineChartData& schedule = app_charts().schedule;
    const ChartStyle style = chart_style(Theme::light);
    LineChartResult result;
    Drawn drawn;
    const auto frame = [&] {
        return imgui
            .frame([&] {
                drawn = measure(kChartHeight, [&] {
                    result = line_chart("schedule", schedule, style, {0, kChartHeight});
                });
            })
            .CmdListsCount;
    };
    frame();  // the first frame places the window; hover is known from the second
    const int lists_without_tooltip = frame();
    CHECK(result.hovered_index == -1);

    SUBCASE("at the right edge: the last month, with a tooltip") {
        imgui.move_mouse({drawn.max.x - 2, middle(drawn).y});
        frame();
        const int lists = frame();
        CHECK(result.hovered_index == static_cast<int>(schedule.x.size()) - 1);
        CHECK(lists == lists_without_tooltip + 1);
    }
    SUBCASE("in the middle: a month near the middle of the term") {
        imgui.move_mouse(middle(drawn));
        frame();
        frame();
        const int half = static_cast<int>(schedule.x.size()) / 2;
        CHECK(result.hovered_index >= half - 1);
        CHECK(result.hovered_index <= half + 1);
    }
    SUBCASE("outside the chart: nothing") {
        imgui.move_mouse({drawn.max.x - 2, drawn.max.y + 50});
        frame();
        frame();
        CHECK(result.hovered_index == -1);
    }
}

TEST_CASE("rows are hovered top to bottom in the order given") {
    Headless imgui(kPhone);
    const ChartStyle style = chart_style(Theme::light);
    const AppCharts& charts = app_charts();
    WaterfallResult waterfall;
    TornadoResult tornado;
    Drawn waterfall_area;
    Drawn tornado_area;
    const auto frame = [&] {
        imgui.frame([&] {
            waterfall_area = measure(kChartHeight, [&] {
                waterfall = waterfall_chart("cost", charts.cost, style, {0, kChartHeight});
            });
            tornado_area = measure(kChartHeight, [&] {
                tornado = tornado_chart("tornado", charts.tornado, style, {0, kChartHeight});
            });
        });
    };
    frame();
    std::vector<int> waterfall_rows;
    std::vector<int> tornado_rows;
    for (float dy = 1.0f; dy < kChartHeight; dy += 2.0f) {
        imgui.move_mouse({middle(waterfall_area).x, waterfall_area.min.y + dy});
        frame();
        if (waterfall.hovered_row >= 0) waterfall_rows.push_back(waterfall.hovered_row);
        imgui.move_mouse({middle(tornado_area).x, tornado_area.min.y + dy});
        frame();
        if (tornado.hovered_row >= 0) tornado_rows.push_back(tornado.hovered_row);
    }
    CHECK(std::is_sorted(waterfall_rows.begin(), waterfall_rows.end()));
    CHECK(std::set<int>(waterfall_rows.begin(), waterfall_rows.end()).size() == charts.cost.segments.size() + 1);
    CHECK(waterfall_rows.back() == static_cast<int>(charts.cost.segments.size()));  // the total, last
    REQUIRE_FALSE(tornado_rows.empty());
    CHECK(std::is_sorted(tornado_rows.begin(), tornado_rows.end()));
    CHECK(tornado_rows.front() == 0);
}

TEST_CASE("the distribution reads out the value under the mouse, growing to the right") {
    Headless imgui(kDesktop);
    const DistributionData& data = app_charts().distribution;
    DistributionResult result;
    Drawn drawn;
    const auto frame = [&] {
        imgui.frame([&] {
            drawn = measure(kChartHeight, [&] {
                result = distribution_chart("spread", data, chart_style(Theme::dark), {0, kChartHeight});
            });
        });
    };
    frame();
    imgui.move_mouse({drawn.min.x + (drawn.max.x - drawn.min.x) / 3, middle(drawn).y});
    frame();
    frame();
    const double left = result.hovered_value;
    imgui.move_mouse({drawn.min.x + (drawn.max.x - drawn.min.x) * 2 / 3, middle(drawn).y});
    frame();
    CHECK(std::isfinite(left));
    CHECK(result.hovered_value > left);
    CHECK(result.hovered_bin == data.histogram.bin_of(result.hovered_value));
}

TEST_CASE("every company and flow in the diagram can be found with the mouse; a click selects") {
    Headless imgui(kPhone);
    const NetworkDiagramData& network = app_charts().network;
    NetworkDiagramResult result;
    Drawn drawn;
    const auto frame = [&] {
        imgui.frame([&] {
            drawn = measure(kChartHeight, [&] {
                result = network_diagram("network", network, -1, chart_style(Theme::light), {0, kChartHeight});
            });
        });
    };
    frame();
    // Sweep the diagram on a grid finer than the thinnest arrow's hover band.
    constexpr float kGridPx = 6.0f;
    std::vector<ImVec2> node_at(network.nodes.size(), ImVec2{-1, -1});
    std::set<int> edges_found;
    for (float y = drawn.min.y; y < drawn.max.y; y += kGridPx) {
        for (float x = drawn.min.x; x < drawn.max.x; x += kGridPx) {
            imgui.move_mouse({x, y});
            frame();
            if (result.hovered_node >= 0) node_at[static_cast<std::size_t>(result.hovered_node)] = {x, y};
            if (result.hovered_edge >= 0) edges_found.insert(result.hovered_edge);
        }
    }
    for (std::size_t i = 0; i < node_at.size(); ++i) {
        CAPTURE(i);
        CHECK(node_at[i].x >= 0.0f);
    }
    CHECK(edges_found.size() == network.edges.size());

    SUBCASE("a click on a company returns it; a click beside every company says so") {
        imgui.move_mouse(node_at[2]);
        frame();
        imgui.press(true);
        frame();
        imgui.press(false);
        frame();
        CHECK(result.clicked_node == 2);
        CHECK_FALSE(result.clicked_background);

        imgui.move_mouse({drawn.min.x + 1, drawn.max.y - 1});
        frame();
        imgui.press(true);
        frame();
        imgui.press(false);
        frame();
        CHECK(result.clicked_node == -1);
        CHECK(result.clicked_background);
    }
}
