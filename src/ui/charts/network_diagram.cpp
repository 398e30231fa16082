// Index: geometry | hit tests | drawing | hover | network_diagram
#include "ui/charts/network_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/format.hpp"
#include "ui/charts/canvas.hpp"
#include "ui/charts/network_layout.hpp"

namespace boomerang::ui::charts {

namespace {

// The smallest company's circle, still plain to see, and a clear gap between circles.
constexpr float kMinNodeEm = 0.6f;
constexpr float kNodeGapEm = 0.6f;
// Below this many lines of height the legend is left out to leave room for the circles.
constexpr float kMinDiagramLines = 6.0f;
// The largest flow's arrow, and the thinnest any flow gets so every flow stays visible.
constexpr float kMaxFlowEm = 0.7f;
constexpr float kMinFlowEm = 0.08f;
// How far arrows bow, as a share of the distance they span; each further flow between the
// same two companies in the same direction bows further so it does not hide the first.
constexpr float kBend = 0.18f;
constexpr float kParallelBend = 0.6f;
// No flow bows further from its straight line than this share of the ring's short radius.
constexpr float kMaxBowFraction = 0.4f;
constexpr float kHeadLengthEm = 0.7f;
constexpr float kHeadHalfWidthEm = 0.35f;
constexpr float kHeadPerWidth = 2.0f;  // heads grow with thick arrows
constexpr float kHaloEm = 0.45f;       // added around a flow on a cycle
constexpr float kHitSlackEm = 0.35f;   // how near an arrow or circle a mouse or finger counts as on it
constexpr float kFadedOpacity = 0.45f;
constexpr float kNodeFillOpacity = 0.12f;
constexpr float kSelectedRingEm = 0.2f;
constexpr std::string_view kOnCycle = "On a cycle";
constexpr std::string_view kUnknownType = "flow";
constexpr std::string_view kArrow = " → ";
constexpr std::string_view kInflow = "Inflow ";
constexpr std::string_view kOutflow = "Outflow ";
constexpr std::string_view kBoomerangRatio = "Boomerang ratio ";

// ---- Geometry ---------------------------------------------------------------------------
ImVec2 to_imgui(Point p) { return {p.x, p.y}; }

bool valid_edge(const NetworkDiagramData& data, const NetworkEdge& edge) {
    return edge.from < data.nodes.size() && edge.to < data.nodes.size();
}

struct Scene {
    RingLayout ring;
    double largest_flow_usd = 0.0;
    float max_flow_width = 0.0f;
    float min_flow_width = 0.0f;
};

struct EdgeShape {
    bool loop = false;
    Curve curve;      // the whole flow, circle edge to circle edge, for hit tests
    Point shaft_end;  // where the line stops and the arrowhead begins
    Point head_left;
    Point head_right;
    Loop circle;  // a company paying itself
    float width = 0.0f;
};

float flow_width(const Scene& scene, double amount_usd) {
    if (!(amount_usd > 0.0) || !std::isfinite(amount_usd) || !(scene.largest_flow_usd > 0.0)) {
        return scene.min_flow_width;
    }
    const auto share = static_cast<float>(std::min(1.0, amount_usd / scene.largest_flow_usd));
    return std::max(scene.min_flow_width, scene.max_flow_width * share);
}

// Earlier edges between the same companies in the same direction.
int parallel_rank(const NetworkDiagramData& data, std::size_t index) {
    int rank = 0;
    for (std::size_t j = 0; j < index; ++j) {
        rank += data.edges[j].from == data.edges[index].from && data.edges[j].to == data.edges[index].to;
    }
    return rank;
}

EdgeShape edge_shape(const Canvas& canvas, const Scene& scene, const NetworkDiagramData& data, std::size_t index) {
    const NetworkEdge& edge = data.edges[index];
    EdgeShape shape;
    shape.width = flow_width(scene, edge.amount_usd);
    const Point a = scene.ring.node_center(edge.from);
    const float radius_a = scene.ring.node_radius(data.nodes[edge.from].size_usd);
    if (edge.from == edge.to) {
        shape.loop = true;
        shape.circle = self_loop(scene.ring, a, radius_a, canvas.px(kMinNodeEm));
        return shape;
    }
    const Point b = scene.ring.node_center(edge.to);
    const float radius_b = scene.ring.node_radius(data.nodes[edge.to].size_usd);
    // A curve's apex sits bend x distance / 2 off the straight line. On a flat ellipse a flow
    // between the far left and right would bow out of the box; it bows less instead.
    const float distance = std::hypot(b.x - a.x, b.y - a.y);
    const float most_bow = kMaxBowFraction * std::min(scene.ring.radius_x, scene.ring.radius_y);
    const float base_bend = distance > 0.0f ? std::min(kBend, 2 * most_bow / distance) : 0.0f;
    const float bend = base_bend * (1.0f + kParallelBend * static_cast<float>(parallel_rank(data, index)));
    shape.curve = flow_curve(a, radius_a, b, radius_b, bend);

    // The head points along the curve's last tangent, from the control point to the tip.
    const Point tip = shape.curve.to;
    float dx = tip.x - shape.curve.control.x;
    float dy = tip.y - shape.curve.control.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length > 0.0f) {
        dx /= length;
        dy /= length;
    }
    const float head_length = std::max(canvas.px(kHeadLengthEm), shape.width * kHeadPerWidth);
    const float head_half = std::max(canvas.px(kHeadHalfWidthEm), shape.width * kHeadPerWidth / 2);
    shape.shaft_end = {tip.x - dx * head_length, tip.y - dy * head_length};
    shape.head_left = {shape.shaft_end.x - dy * head_half, shape.shaft_end.y + dx * head_half};
    shape.head_right = {shape.shaft_end.x + dy * head_half, shape.shaft_end.y - dx * head_half};
    return shape;
}

// ---- Hit tests --------------------------------------------------------------------------
float distance_to_edge(const EdgeShape& shape, Point mouse) {
    if (shape.loop) {
        const float dx = mouse.x - shape.circle.center.x;
        const float dy = mouse.y - shape.circle.center.y;
        return std::abs(std::sqrt(dx * dx + dy * dy) - shape.circle.radius);
    }
    return distance_to_curve(shape.curve, mouse);
}

// The circle nearest the mouse (by distance from its edge) within the hit slack.
int node_under(const Canvas& canvas, const Scene& scene, const NetworkDiagramData& data, Point mouse) {
    int best = -1;
    float best_distance = std::numeric_limits<float>::infinity();
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        const Point c = scene.ring.node_center(i);
        const float outside = std::hypot(mouse.x - c.x, mouse.y - c.y) - scene.ring.node_radius(data.nodes[i].size_usd);
        if (outside <= canvas.px(kHitSlackEm) && outside < best_distance) {
            best = static_cast<int>(i);
            best_distance = outside;
        }
    }
    return best;
}

int edge_under(const Canvas& canvas, const Scene& scene, const NetworkDiagramData& data, Point mouse) {
    int best = -1;
    float best_distance = std::numeric_limits<float>::infinity();
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        if (!valid_edge(data, data.edges[i])) continue;
        const EdgeShape shape = edge_shape(canvas, scene, data, i);
        const float distance = distance_to_edge(shape, mouse);
        if (distance <= shape.width / 2 + canvas.px(kHitSlackEm) && distance < best_distance) {
            best = static_cast<int>(i);
            best_distance = distance;
        }
    }
    return best;
}

// ---- Drawing ----------------------------------------------------------------------------
void stroke_edge(const Canvas& canvas, const EdgeShape& shape, Color color, float extra_width) {
    ImDrawList& draw = *canvas.draw_list;
    const float width = shape.width + extra_width;
    if (shape.loop) {
        draw.AddCircle(to_imgui(shape.circle.center), shape.circle.radius, color, 0, width);
        return;
    }
    draw.AddBezierQuadratic(to_imgui(shape.curve.from), to_imgui(shape.curve.control), to_imgui(shape.shaft_end), color,
                            width);
    if (extra_width > 0.0f) {
        // A halo around the head: the same triangle outlined thickly.
        draw.AddTriangle(to_imgui(shape.curve.to), to_imgui(shape.head_left), to_imgui(shape.head_right), color,
                         extra_width);
    }
    draw.AddTriangleFilled(to_imgui(shape.curve.to), to_imgui(shape.head_left), to_imgui(shape.head_right), color);
}

Color edge_color(const ChartStyle& style, const NetworkEdge& edge) {
    const Color color = series_color(style, edge.type);
    return edge.on_cycle ? color : with_opacity(color, kFadedOpacity);
}

void draw_edges(const Canvas& canvas, const Scene& scene, const NetworkDiagramData& data, const ChartStyle& style,
                int hovered_edge) {
    // Faded flows first, then the halos of flows on cycles, then those flows over their halos.
    for (int pass = 0; pass < 3; ++pass) {
        for (std::size_t i = 0; i < data.edges.size(); ++i) {
            const NetworkEdge& edge = data.edges[i];
            if (!valid_edge(data, edge) || edge.on_cycle != (pass > 0)) continue;
            const EdgeShape shape = edge_shape(canvas, scene, data, i);
            if (pass == 1) {
                stroke_edge(canvas, shape, style.highlight, canvas.px(kHaloEm));
            } else {
                stroke_edge(canvas, shape, edge_color(style, edge), 0.0f);
            }
        }
    }
    if (hovered_edge >= 0) {
        const auto index = static_cast<std::size_t>(hovered_edge);
        const EdgeShape shape = edge_shape(canvas, scene, data, index);
        stroke_edge(canvas, shape, style.guide, canvas.px(kHaloEm));
        stroke_edge(canvas, shape, series_color(style, data.edges[index].type), 0.0f);
    }
}

void draw_nodes(const Canvas& canvas, const Scene& scene, const NetworkDiagramData& data, const ChartStyle& style,
                int selected, int hovered) {
    ImDrawList& draw = *canvas.draw_list;
    const float pad = canvas.px(kPaddingEm);
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        const NetworkNode& node = data.nodes[i];
        const ImVec2 c = to_imgui(scene.ring.node_center(i));
        const float r = scene.ring.node_radius(node.size_usd);
        // The card first, so arrows under a circle do not show through its tint.
        draw.AddCircleFilled(c, r, style.card);
        draw.AddCircleFilled(c, r, with_opacity(style.text, kNodeFillOpacity));
        const bool selected_node = static_cast<int>(i) == selected;
        const bool hovered_node = static_cast<int>(i) == hovered;
        const Color ring = selected_node ? style.text : (hovered_node ? style.guide : style.axis);
        draw.AddCircle(c, r, ring, 0, canvas.px(selected_node ? kSelectedRingEm : kHairlineEm));

        // The ratio inside the circle when it fits; the tooltip always has it.
        const std::string ratio = io::format_value(node.boomerang_ratio, model::Unit::ratio);
        if (text_size(ratio).x <= 2 * r - pad && canvas.line_height <= 2 * r) {
            draw_text(canvas, c, {0.5f, 0.5f}, style.text, ratio);
        }
        std::string buffer;
        draw_text(canvas, {c.x, c.y + r + pad / 4}, {0.5f, 0.0f}, style.text,
                  fit_text(node.name, scene.ring.label_width, buffer));
    }
}

// ---- Hover ------------------------------------------------------------------------------
std::string_view type_name(const NetworkDiagramData& data, std::size_t type) {
    return type < data.type_names.size() ? std::string_view(data.type_names[type]) : kUnknownType;
}

void node_readout(const NetworkNode& node, const ChartStyle& style) {
    if (!ImGui::BeginTooltip()) return;
    ImGui::TextUnformatted(node.name.c_str());
    tooltip_note(style, kInflow, io::format_value(node.inflow_usd, model::Unit::usd));
    tooltip_note(style, kOutflow, io::format_value(node.outflow_usd, model::Unit::usd));
    tooltip_note(style, kBoomerangRatio, io::format_value(node.boomerang_ratio, model::Unit::ratio));
    ImGui::EndTooltip();
}

void edge_readout(const Canvas& canvas, const NetworkDiagramData& data, const NetworkEdge& edge,
                  const ChartStyle& style) {
    if (!ImGui::BeginTooltip()) return;
    std::string heading = data.nodes[edge.from].name;
    heading += kArrow;
    heading += data.nodes[edge.to].name;
    ImGui::TextUnformatted(heading.c_str());
    tooltip_row(canvas, series_color(style, edge.type), Swatch::line, type_name(data, edge.type),
                io::format_value(edge.amount_usd, model::Unit::usd));
    if (edge.on_cycle) tooltip_row(canvas, style.highlight, Swatch::halo, kOnCycle, {});
    ImGui::EndTooltip();
}

void legend(const NetworkDiagramData& data, const ChartStyle& style, LegendFlow& flow) {
    bool any_cycle = false;
    for (std::size_t type = 0; type < data.type_names.size(); ++type) {
        bool used = false;
        for (const NetworkEdge& edge : data.edges) used = used || edge.type == type;
        if (used) flow.item(data.type_names[type], series_color(style, type), Swatch::line);
    }
    for (const NetworkEdge& edge : data.edges) any_cycle = any_cycle || edge.on_cycle;
    if (any_cycle) flow.item(kOnCycle, style.highlight, Swatch::halo);
}

}  // namespace

// ---- network_diagram --------------------------------------------------------------------

NetworkDiagramResult network_diagram(const char* id, const NetworkDiagramData& data, int selected_node,
                                     const ChartStyle& style, ImVec2 size) {
    NetworkDiagramResult result;
    const Canvas canvas = begin_canvas(id, size);
    if (!canvas.visible) return result;
    if (data.nodes.empty()) {
        draw_no_data(canvas, style);
        return result;
    }

    LegendFlow measure(canvas, style, canvas.min, canvas.width(), false);
    legend(data, style, measure);
    // The legend gives way to the circles on a very short chart: tooltips still name flow types.
    const bool legend_fits = measure.height() + kMinDiagramLines * canvas.line_height <= canvas.height();
    if (legend_fits) {
        LegendFlow drawn(canvas, style, canvas.min, canvas.width(), true);
        legend(data, style, drawn);
    }
    const float top =
        legend_fits && measure.height() > 0.0f ? canvas.min.y + measure.height() + canvas.px(kPaddingEm) : canvas.min.y;

    Scene scene;
    double largest_node_usd = 0.0;
    for (const NetworkNode& node : data.nodes) {
        if (std::isfinite(node.size_usd)) largest_node_usd = std::max(largest_node_usd, node.size_usd);
    }
    for (const NetworkEdge& edge : data.edges) {
        if (std::isfinite(edge.amount_usd)) scene.largest_flow_usd = std::max(scene.largest_flow_usd, edge.amount_usd);
    }
    const RingSizes sizes{canvas.px(kMinNodeEm), canvas.px(kNodeGapEm), canvas.line_height + canvas.px(kPaddingEm)};
    // Arrowheads and halos reach past the outermost circles: the ring leaves room for them.
    const float margin = canvas.px(kHaloEm / 2 + kHeadHalfWidthEm);
    const Box box{{canvas.min.x + margin, top + margin}, {canvas.max.x - margin, canvas.max.y - margin}};
    scene.ring = ring_layout(data.nodes.size(), largest_node_usd, box, sizes);
    if (scene.ring.max_node_radius < 1.0f) return result;  // no room for a circle
    // Arrows no wider than the smallest circle they may point at.
    scene.max_flow_width = std::min(canvas.px(kMaxFlowEm), std::max(scene.ring.min_node_radius, 1.0f));
    scene.min_flow_width = std::min(canvas.px(kMinFlowEm), scene.max_flow_width);

    if (canvas.hovered) {
        const Point mouse{canvas.mouse.x, canvas.mouse.y};
        result.hovered_node = node_under(canvas, scene, data, mouse);
        if (result.hovered_node < 0) result.hovered_edge = edge_under(canvas, scene, data, mouse);
    }
    if (canvas.clicked) {
        result.clicked_node = result.hovered_node;
        result.clicked_background = result.hovered_node < 0;
    }

    draw_edges(canvas, scene, data, style, result.hovered_edge);
    draw_nodes(canvas, scene, data, style, selected_node, result.hovered_node);

    if (result.hovered_node >= 0) {
        node_readout(data.nodes[static_cast<std::size_t>(result.hovered_node)], style);
    } else if (result.hovered_edge >= 0) {
        edge_readout(canvas, data, data.edges[static_cast<std::size_t>(result.hovered_edge)], style);
    }
    return result;
}

}  // namespace boomerang::ui::charts
