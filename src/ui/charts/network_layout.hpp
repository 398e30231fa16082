// Where the network diagram puts its companies and flows: pure geometry, no drawing.
//
// Companies sit on an ellipse filling the box, in input order, the first at the left and the
// rest clockwise: the same input always gives the same picture (no physics, no randomness).
// Node circles are sized so their area is proportional to the dollars through the company
// and so no two circles touch: neighbours on a ring of radius R with n nodes are 2 R sin(pi/n)
// apart, and every circle is at most half of that minus a gap.
#pragma once

#include <cstddef>

namespace boomerang::ui::charts {

struct Point {
    float x = 0.0f;
    float y = 0.0f;
};

struct Box {
    Point min;
    Point max;
};

struct RingSizes {
    float min_node_radius = 0.0f;  // the smallest circle: still a target for a finger
    float node_gap = 0.0f;         // at least this much between two circles
    float label_height = 0.0f;     // room kept under the lowest circle for its name
};

struct RingLayout {
    Point center;
    float radius_x = 0.0f;  // the ellipse the node centres sit on
    float radius_y = 0.0f;
    float max_node_radius = 0.0f;  // the largest company's circle
    float min_node_radius = 0.0f;
    std::size_t count = 0;
    double largest_size_usd = 0.0;
    float label_width = 0.0f;  // the widest name that stays clear of its neighbours'

    Point node_center(std::size_t index) const;
    // Area proportional to size_usd, never below min_node_radius; non-finite or non-positive
    // sizes get the smallest circle.
    float node_radius(double size_usd) const;
};

RingLayout ring_layout(std::size_t count, double largest_size_usd, Box box, const RingSizes& sizes);

// A quadratic Bezier from one circle's edge to another's.
struct Curve {
    Point from;
    Point control;
    Point to;
};

// The flow from node a to node b, bowed to the right of its direction of travel by `bend`
// times the distance between them: A->B and B->A bow to opposite sides and never overlap.
Curve flow_curve(Point a, float radius_a, Point b, float radius_b, float bend);

Point curve_point(const Curve& curve, float t);

// The shortest distance from `point` to the curve (sampled finely enough for hit tests).
float distance_to_curve(const Curve& curve, Point point);

// A company paying itself: a small loop on its circle's inner side, where the ring leaves room.
struct Loop {
    Point center;
    float radius = 0.0f;
};
Loop self_loop(const RingLayout& layout, Point node, float node_radius, float min_radius);

}  // namespace boomerang::ui::charts
