// Network diagram: companies as circles, the money between them as arrows.
//
// Reading it: a circle's area is proportional to the dollars through the company; an
// arrow's width to the amount of the flow, its colour to the flow's type (purchase,
// rental, investment, warrant). Arrows bow to the right of their direction, so A->B and B->A are two
// separate arcs. Flows on a cycle (money that comes back) are drawn strong with a halo; the
// others are faded. Hovering a company shows its inflow, outflow and boomerang ratio;
// hovering an arrow shows the flow. Clicking a company selects it; the caller keeps the
// selection and passes it back in.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/charts/style.hpp"

namespace boomerang::ui::charts {

struct NetworkNode {
    std::string name;
    double size_usd = 0.0;  // sets the circle's area
    double inflow_usd = 0.0;
    double outflow_usd = 0.0;
    double boomerang_ratio = 0.0;  // dollars returning per dollar sent
};

struct NetworkEdge {
    std::size_t from = 0;  // indices into nodes; edges naming no node are skipped
    std::size_t to = 0;
    double amount_usd = 0.0;
    std::size_t type = 0;  // index into type_names, and the colour slot
    bool on_cycle = false;
};

struct NetworkDiagramData {
    std::vector<NetworkNode> nodes;
    std::vector<NetworkEdge> edges;
    std::vector<std::string> type_names;  // legend and tooltip: "chip purchase"
};

struct NetworkDiagramResult {
    int hovered_node = -1;
    int hovered_edge = -1;            // only when no node is hovered
    int clicked_node = -1;            // clicked this frame: the caller selects it
    bool clicked_background = false;  // clicked beside every node: the caller may clear the selection
};

// `selected_node` (-1 for none) is drawn with a ring.
NetworkDiagramResult network_diagram(const char* id, const NetworkDiagramData& data, int selected_node,
                                     const ChartStyle& style, ImVec2 size);

}  // namespace boomerang::ui::charts
