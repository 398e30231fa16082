// Undo/redo of scenario edits. Lives with the state, not in widgets (STYLE.md).
//
// Every accepted edit is one step, except that consecutive edits with the same merge key
// (one slider drag, one field scrubbed) fold into a single step, so Ctrl+Z undoes the
// drag rather than one pixel of it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "io/scenario_json.hpp"

namespace boomerang::ui {

class ScenarioHistory {
public:
    // Enough for a long session; the oldest steps are dropped beyond it.
    static constexpr std::size_t max_steps = 200;

    explicit ScenarioHistory(io::ScenarioFile initial) : current_(std::move(initial)) {}

    const io::ScenarioFile& current() const { return current_; }

    // Makes `next` the current state. With a non-empty `merge_key` equal to the previous
    // commit's, replaces that step instead of adding one.
    void commit(io::ScenarioFile next, std::string_view merge_key = {});
    // Starts a new step at the next commit even if its merge key repeats (mouse released).
    void end_merge() { merge_key_.clear(); }
    // Replaces the whole history (a preset or a file was opened): nothing to undo.
    void reset(io::ScenarioFile initial);

    bool can_undo() const { return !past_.empty(); }
    bool can_redo() const { return !future_.empty(); }
    bool undo();
    bool redo();

    // Moves on every new step, undo, redo and reset, but not while edits merge into one
    // step: a browser adds a history entry per step, not per pixel of a drag.
    unsigned step() const { return step_; }

private:
    std::vector<io::ScenarioFile> past_;
    std::vector<io::ScenarioFile> future_;
    io::ScenarioFile current_;
    std::string merge_key_;
    unsigned step_ = 0;
};

}  // namespace boomerang::ui
