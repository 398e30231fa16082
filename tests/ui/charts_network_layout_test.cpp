// Network diagram geometry: a deterministic ring of non-overlapping circles inside the box,
// circle areas proportional to dollars, flows bowed apart by direction.
#include "ui/charts/network_layout.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <numbers>

using namespace boomerang::ui::charts;
using doctest::Approx;

namespace {

// A 16 px font: 10 px smallest circle, 10 px gap, one line of label.
constexpr RingSizes kSizes{10.0f, 10.0f, 20.0f};
constexpr float kEpsilon = 1e-3f;

float distance(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The boxes the diagram gets: a phone in portrait, a desktop panel, a tall narrow column.
constexpr Box kBoxes[] = {{{0, 0}, {360, 300}}, {{40, 100}, {840, 500}}, {{0, 0}, {200, 600}}};

}  // namespace

TEST_CASE("up to twelve companies fit the box without touching") {
    for (const Box& box : kBoxes) {
        for (std::size_t count = 1; count <= 12; ++count) {
            CAPTURE(box.max.x);
            CAPTURE(count);
            const RingLayout layout = ring_layout(count, 100e9, box, kSizes);
            const float r = layout.max_node_radius;  // the worst case: every company the largest
            REQUIRE(r > 0.0f);
            for (std::size_t i = 0; i < count; ++i) {
                const Point c = layout.node_center(i);
                CHECK(c.x - r >= box.min.x - kEpsilon);
                CHECK(c.x + r <= box.max.x + kEpsilon);
                CHECK(c.y - r >= box.min.y - kEpsilon);
                // The lowest circle leaves a line under it for its name.
                CHECK(c.y + r <= box.max.y - kSizes.label_height + kEpsilon);
                for (std::size_t j = 0; j < i; ++j) {
                    CHECK(distance(c, layout.node_center(j)) >= 2 * r + kSizes.node_gap - kEpsilon);
                }
            }
        }
    }
}

TEST_CASE("the layout is the same every time for the same input") {
    const RingLayout a = ring_layout(7, 42e9, kBoxes[0], kSizes);
    const RingLayout b = ring_layout(7, 42e9, kBoxes[0], kSizes);
    for (std::size_t i = 0; i < 7; ++i) {
        CHECK(a.node_center(i).x == b.node_center(i).x);
        CHECK(a.node_center(i).y == b.node_center(i).y);
    }
}

TEST_CASE("the first company sits at nine o'clock, the others clockwise") {
    const RingLayout layout = ring_layout(4, 1.0, {{0, 0}, {400, 420}}, kSizes);
    const Point left = layout.node_center(0);
    const Point top = layout.node_center(1);
    const Point right = layout.node_center(2);
    const Point bottom = layout.node_center(3);
    CHECK(left.x < top.x);
    CHECK(left.y == Approx(layout.center.y));
    CHECK(top.y < left.y);  // clockwise on screen: from the left up to the top
    CHECK(right.x > top.x);
    CHECK(bottom.y > right.y);
}

TEST_CASE("a circle's area is proportional to the dollars through its company") {
    const RingLayout layout = ring_layout(4, 200e9, kBoxes[1], kSizes);
    CHECK(layout.node_radius(200e9) == Approx(layout.max_node_radius));
    // A quarter of the dollars: a quarter of the area, half the radius.
    CHECK(layout.node_radius(50e9) == Approx(layout.max_node_radius / 2));
    SUBCASE("small, zero and missing amounts still get a circle one can tap") {
        CHECK(layout.node_radius(1.0) == Approx(kSizes.min_node_radius));
        CHECK(layout.node_radius(0.0) == Approx(kSizes.min_node_radius));
        CHECK(layout.node_radius(std::numeric_limits<double>::quiet_NaN()) == Approx(kSizes.min_node_radius));
    }
    SUBCASE("no company larger than the largest") { CHECK(layout.node_radius(1e15) == Approx(layout.max_node_radius)); }
}

TEST_CASE("degenerate boxes and counts give finite geometry") {
    const RingLayout empty = ring_layout(0, 0.0, kBoxes[0], kSizes);
    CHECK(std::isfinite(empty.node_center(0).x));
    const RingLayout point = ring_layout(5, 1e9, {{10, 10}, {10, 10}}, kSizes);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(std::isfinite(point.node_center(i).x));
        CHECK(std::isfinite(point.node_center(i).y));
        CHECK(point.node_radius(1e9) >= 0.0f);
    }
    const RingLayout lone = ring_layout(1, 1e9, kBoxes[0], kSizes);
    CHECK(lone.node_center(0).x == Approx(lone.center.x));
}

TEST_CASE("A->B and B->A bow to opposite sides and start on the circles' edges") {
    const Point a{0, 0};
    const Point b{100, 0};
    const Curve there = flow_curve(a, 10, b, 20, 0.2f);
    const Curve back = flow_curve(b, 20, a, 10, 0.2f);
    // Travelling right on screen, the right-hand side is down (y grows downward).
    CHECK(there.control.y > 0.0f);
    CHECK(back.control.y < 0.0f);
    CHECK(distance(curve_point(there, 0.5f), curve_point(back, 0.5f)) > 20.0f);
    CHECK(distance(there.from, a) == Approx(10));
    CHECK(distance(there.to, b) == Approx(20));
}

TEST_CASE("the distance to a flow is what hover tests against") {
    const Curve curve = flow_curve({0, 0}, 0, {100, 0}, 0, 0.2f);
    CHECK(distance_to_curve(curve, curve_point(curve, 0.3f)) < 0.5f);
    CHECK(distance_to_curve(curve, curve.from) == Approx(0));
    // The curve bows down by bend x distance / 2 at its middle (10 px): 50 px above is 50+ away.
    CHECK(distance_to_curve(curve, {50, -50}) >= 50.0f);
}

TEST_CASE("a company paying itself gets a loop inside the ring") {
    const RingLayout layout = ring_layout(4, 1e9, kBoxes[0], kSizes);
    const Point node = layout.node_center(0);
    const float r = layout.node_radius(1e9);
    const Loop loop = self_loop(layout, node, r, kSizes.min_node_radius);
    CHECK(loop.radius >= kSizes.min_node_radius);
    CHECK(distance(loop.center, layout.center) < distance(node, layout.center));
    CHECK(loop.center.x - loop.radius >= kBoxes[0].min.x);
}
