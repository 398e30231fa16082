#include "ui/state/history.hpp"

namespace boomerang::ui {

void ScenarioHistory::commit(io::ScenarioFile next, std::string_view merge_key) {
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

void ScenarioHistory::reset(io::ScenarioFile initial) {
    past_.clear();
    future_.clear();
    merge_key_.clear();
    current_ = std::move(initial);
    ++step_;
}

bool ScenarioHistory::undo() {
    if (past_.empty()) return false;
    future_.push_back(std::move(current_));
    current_ = std::move(past_.back());
    past_.pop_back();
    merge_key_.clear();
    ++step_;
    return true;
}

bool ScenarioHistory::redo() {
    if (future_.empty()) return false;
    past_.push_back(std::move(current_));
    current_ = std::move(future_.back());
    future_.pop_back();
    merge_key_.clear();
    ++step_;
    return true;
}

}  // namespace boomerang::ui
