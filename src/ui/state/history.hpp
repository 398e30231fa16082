// Undo/redo of edits to a document's state (a scenario file, a book file). Lives with the
// state, not in widgets (STYLE.md).
//
// Every accepted edit is one step, except that consecutive edits with the same merge key
// (one slider drag, one field scrubbed) fold into a single step, so Ctrl+Z undoes the
// drag rather than one pixel of it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/book_json.hpp"
#include "io/scenario_json.hpp"

namespace boomerang::ui {

template <typename State>
class History {
public:
    // Enough for a long session; the oldest steps are dropped beyond it.
    static constexpr std::size_t max_steps = 200;

    explicit History(State initial) : current_(std::move(initial)) {}

    const State& current() const { return current_; }

    // Makes `next` the current state. With a non-empty `merge_key` equal to the previous
    // commit's, replaces that step instead of adding one.
    void commit(State next, std::string_view merge_key = {}) {
        const bool merge = !merge_key.empty() && merge_key == merge_key_ && !past_.empty();
        if (!merge) {
            ++step_;
            past_.push_back(std::move(current_));
            if (past_.size() > max_steps) past_.erase(past_.begin());
        }
        current_ = std::move(next);
        future_.clear();
        merge_key_ = std::string(merge_key);
    }
    // Starts a new step at the next commit even if its merge key repeats (mouse released).
    void end_merge() { merge_key_.clear(); }
    // Replaces the whole history (a preset or a file was opened): nothing to undo.
    void reset(State initial) {
        past_.clear();
        future_.clear();
        merge_key_.clear();
        current_ = std::move(initial);
        ++step_;
    }

    bool can_undo() const { return !past_.empty(); }
    bool can_redo() const { return !future_.empty(); }
    bool undo() { return move_step(past_, future_); }
    bool redo() { return move_step(future_, past_); }

    // Moves on every new step, undo, redo and reset, but not while edits merge into one
    // step: a browser adds a history entry per step, not per pixel of a drag.
    unsigned step() const { return step_; }

private:
    // Undo takes from the past and keeps the present for redo; redo the other way round.
    bool move_step(std::vector<State>& from, std::vector<State>& to) {
        if (from.empty()) return false;
        to.push_back(std::move(current_));
        current_ = std::move(from.back());
        from.pop_back();
        merge_key_.clear();
        ++step_;
        return true;
    }

    std::vector<State> past_;
    std::vector<State> future_;
    State current_;
    std::string merge_key_;
    unsigned step_ = 0;
};

using ScenarioHistory = History<io::ScenarioFile>;
using BookHistory = History<io::BookFile>;

}  // namespace boomerang::ui
