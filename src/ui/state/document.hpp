// Document: the scenario being worked on, its results, its history and where it came from.
//
// Every change goes through apply(): the model evaluates the candidate first, and only a
// scenario it accepts becomes current, so the inputs in force always have valid results
// and a refused entry leaves the last good values in force.
#pragma once

#include <string>
#include <string_view>

#include "io/scenario_json.hpp"
#include "model/scenario.hpp"
#include "ui/state/history.hpp"

namespace boomerang::ui {

class Document {
public:
    // Starts from `origin` (a preset or a file): "reset to preset" returns fields to it.
    explicit Document(io::ScenarioFile origin, std::string origin_name = {});

    const io::ScenarioFile& file() const { return history_.current(); }
    const model::Scenario& scenario() const { return history_.current().scenario; }
    const model::ScenarioResults& results() const { return results_; }
    const io::ScenarioFile& origin() const { return origin_; }
    const std::string& origin_name() const { return origin_name_; }
    // Bumped by every change of the current scenario: views recompute derived data
    // (charts, sensitivity) only when it moves.
    unsigned revision() const { return revision_; }
    // See ScenarioHistory::step.
    unsigned history_step() const { return history_.step(); }

    // Makes `next` current if the model accepts it; otherwise returns the model's message
    // (naming the field) and changes nothing. See ScenarioHistory::commit for merge_key.
    std::string apply(model::Scenario next, std::string_view merge_key = {});
    void end_merge() { history_.end_merge(); }

    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    void undo();
    void redo();

    // Replaces everything (open a preset or a file). Returns the model's message if the
    // file's scenario does not evaluate, and then keeps the current document.
    std::string open(io::ScenarioFile file, std::string origin_name);

    // Unsaved changes relative to the last mark_saved() (or the origin).
    bool modified() const { return !(history_.current() == saved_); }
    void mark_saved() { saved_ = history_.current(); }

private:
    void refresh();

    ScenarioHistory history_;
    io::ScenarioFile origin_;
    io::ScenarioFile saved_;
    std::string origin_name_;
    model::ScenarioResults results_;
    unsigned revision_ = 0;
};

}  // namespace boomerang::ui
