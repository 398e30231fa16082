// Strongly connected components of a directed graph given as adjacency lists: the groups of
// nodes that can each reach every other one. Loops of money and the blocks of the first-return
// solver (first_return.hpp) are such components.
#pragma once

#include <cstddef>
#include <vector>

namespace boomerang::model {

// Every component as node indices sorted ascending, the components ordered by their first
// node. `successors[v]` lists the nodes v has an edge to (repeats allowed). Tarjan's
// algorithm without recursion: O(nodes + edges), no stack depth to run out of.
std::vector<std::vector<std::size_t>> strongly_connected_components(
    const std::vector<std::vector<std::size_t>>& successors);

}  // namespace boomerang::model
