// Index: ring | curves | loops
#include "ui/charts/network_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace boomerang::ui::charts {

namespace {

// No circle takes more than this share of the box's half-size, so two companies with one
// huge flow still leave room for the arrows between them.
constexpr float kMaxNodeFraction = 0.3f;
// Hit tests sample the curve this finely: under a pixel of error for curves a screen wide.
constexpr int kCurveSamples = 24;
// A loop's circle is half its company's, and sits half inside it.
constexpr float kLoopFraction = 0.5f;
constexpr float kLoopOverlap = 0.5f;

float length(Point v) { return std::sqrt(v.x * v.x + v.y * v.y); }
Point minus(Point a, Point b) { return {a.x - b.x, a.y - b.y}; }

// `from` moved `distance` towards `towards` (or left where it is if they coincide).
Point toward(Point from, Point towards, float distance) {
    const Point d = minus(towards, from);
    const float l = length(d);
    if (!(l > 0.0f)) return from;
    return {from.x + d.x / l * distance, from.y + d.y / l * distance};
}

float distance_to_segment(Point p, Point a, Point b) {
    const Point ab = minus(b, a);
    const float squared = ab.x * ab.x + ab.y * ab.y;
    float t = squared > 0.0f ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / squared : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    return length(minus(p, {a.x + ab.x * t, a.y + ab.y * t}));
}

}  // namespace

// ---- Ring -------------------------------------------------------------------------------

RingLayout ring_layout(std::size_t count, double largest_size_usd, Box box, const RingSizes& sizes) {
    RingLayout layout;
    layout.count = count;
    layout.largest_size_usd = largest_size_usd;
    const float half_width = std::max(0.0f, (box.max.x - box.min.x) / 2);
    const float half_height = std::max(0.0f, (box.max.y - box.min.y - sizes.label_height) / 2);
    layout.center = {box.min.x + half_width, box.min.y + half_height};
    if (count == 0) return layout;

    const float outer = std::min(half_width, half_height);
    // Neighbours at angle 2 pi / n on a circle of radius R are 2 R sin(pi / n) apart; with
    // R = outer - r, solving 2 r + gap <= 2 (outer - r) s for r gives the largest circle.
    const float s = count >= 2 ? static_cast<float>(std::sin(std::numbers::pi / static_cast<double>(count))) : 1.0f;
    float radius = count >= 2 ? (outer * s - sizes.node_gap / 2) / (1.0f + s) : outer;
    radius = std::clamp(radius, 0.0f, outer * kMaxNodeFraction);
    layout.max_node_radius = radius;
    layout.min_node_radius = std::min(sizes.min_node_radius, radius);
    if (count >= 2) {
        layout.radius_x = half_width - radius;
        layout.radius_y = half_height - radius;
        // The closest neighbours are on the ellipse's short axis; names may be as wide as
        // the distance between their centres, less the gap.
        layout.label_width = std::max(2 * radius, 2 * std::min(layout.radius_x, layout.radius_y) * s - sizes.node_gap);
    } else {
        layout.label_width = 2 * half_width;
    }
    return layout;
}

Point RingLayout::node_center(std::size_t index) const {
    if (count == 0) return center;
    // The first company at nine o'clock, the rest clockwise (screen y grows downward).
    const double angle =
        std::numbers::pi + 2.0 * std::numbers::pi * static_cast<double>(index % count) / static_cast<double>(count);
    return {center.x + radius_x * static_cast<float>(std::cos(angle)),
            center.y + radius_y * static_cast<float>(std::sin(angle))};
}

float RingLayout::node_radius(double size_usd) const {
    if (!(largest_size_usd > 0.0) || !std::isfinite(largest_size_usd) || !(size_usd > 0.0) ||
        !std::isfinite(size_usd)) {
        return min_node_radius;
    }
    const double share = std::min(1.0, size_usd / largest_size_usd);
    return std::max(min_node_radius, max_node_radius * static_cast<float>(std::sqrt(share)));
}

// ---- Curves -----------------------------------------------------------------------------

Curve flow_curve(Point a, float radius_a, Point b, float radius_b, float bend) {
    const Point d = minus(b, a);
    // Right of the direction of travel on screen, where y grows downward: (-dy, dx).
    const Point middle{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const Point control{middle.x - d.y * bend, middle.y + d.x * bend};
    return {toward(a, control, radius_a), control, toward(b, control, radius_b)};
}

Point curve_point(const Curve& curve, float t) {
    const float u = 1.0f - t;
    return {u * u * curve.from.x + 2 * u * t * curve.control.x + t * t * curve.to.x,
            u * u * curve.from.y + 2 * u * t * curve.control.y + t * t * curve.to.y};
}

float distance_to_curve(const Curve& curve, Point point) {
    float best = length(minus(point, curve.from));
    Point previous = curve.from;
    for (int i = 1; i <= kCurveSamples; ++i) {
        const Point next = curve_point(curve, static_cast<float>(i) / kCurveSamples);
        best = std::min(best, distance_to_segment(point, previous, next));
        previous = next;
    }
    return best;
}

// ---- Loops ------------------------------------------------------------------------------

Loop self_loop(const RingLayout& layout, Point node, float node_radius, float min_radius) {
    const float radius = std::max(node_radius * kLoopFraction, min_radius);
    Point inward = minus(layout.center, node);
    const float l = length(inward);
    inward = l > 0.0f ? Point{inward.x / l, inward.y / l} : Point{0.0f, -1.0f};  // a lone company: above it
    const float distance = node_radius + radius * kLoopOverlap;
    return {{node.x + inward.x * distance, node.y + inward.y * distance}, radius};
}

}  // namespace boomerang::ui::charts
