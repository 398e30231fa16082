#include "model/strong_components.hpp"

#include <algorithm>
#include <utility>

namespace boomerang::model {

std::vector<std::vector<std::size_t>> strongly_connected_components(
    const std::vector<std::vector<std::size_t>>& successors) {
    const std::size_t n = successors.size();
    constexpr std::size_t unvisited = static_cast<std::size_t>(-1);
    std::vector<std::size_t> order(n, unvisited), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::pair<std::size_t, std::size_t>> calls;  // (node, next successor to try)
    std::size_t next_order = 0;
    std::vector<std::vector<std::size_t>> components;

    const auto visit = [&](std::size_t v) {
        order[v] = low[v] = next_order++;
        stack.push_back(v);
        on_stack[v] = true;
        calls.push_back({v, 0});
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] != unvisited) continue;
        visit(root);
        while (!calls.empty()) {
            auto& [v, tried] = calls.back();
            if (tried < successors[v].size()) {
                const std::size_t next = successors[v][tried++];
                if (order[next] == unvisited) {
                    visit(next);
                } else if (on_stack[next]) {
                    low[v] = std::min(low[v], order[next]);
                }
                continue;
            }
            const std::size_t done = v;
            calls.pop_back();
            if (!calls.empty()) {
                low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            }
            if (low[done] != order[done]) continue;
            std::vector<std::size_t> component;
            std::size_t member;
            do {
                member = stack.back();
                stack.pop_back();
                on_stack[member] = false;
                component.push_back(member);
            } while (member != done);
            std::sort(component.begin(), component.end());
            components.push_back(std::move(component));
        }
    }
    std::sort(components.begin(), components.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return components;
}

}  // namespace boomerang::model
