// Long lists and tables draw only the rows in view (Dear ImGui's ImGuiListClipper): a book of
// 10,000 deals would otherwise lay out 10,000 rows in every frame, some 600 ms in the page
// (BENCHMARKS.md, "The largest books"). Short ones, every preset among them, draw every row,
// so each row's widget is on record for tests and for scrolling a field into view.
#pragma once

#include <cstddef>

#include <imgui.h>

namespace boomerang::ui {

// Lists up to this long draw every row.
inline constexpr std::size_t always_drawn_rows = 100;

// Calls draw_row(i) for the rows of 0..count-1 that may be in view (all of them for a short
// list). Rows must be of one height; Dear ImGui measures the first.
template <class DrawRow>
void draw_visible_rows(std::size_t count, DrawRow&& draw_row) {
    if (count <= always_drawn_rows) {
        for (std::size_t i = 0; i < count; ++i) draw_row(i);
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(static_cast<std::size_t>(i));
    }
}

}  // namespace boomerang::ui
