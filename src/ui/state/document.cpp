#include "ui/state/document.hpp"

namespace boomerang::ui {

Document::Document(io::ScenarioFile origin, std::string origin_name)
    : history_(origin), origin_(origin), saved_(origin), origin_name_(std::move(origin_name)) {
    refresh();
}

void Document::refresh() {
    // The history only ever holds scenarios that evaluated when they were committed.
    if (auto evaluated = model::evaluate(history_.current().scenario)) results_ = evaluated.value();
    ++revision_;
}

std::string Document::apply(model::Scenario next, std::string_view merge_key) {
    auto evaluated = model::evaluate(next);
    if (!evaluated) return evaluated.error().message;
    io::ScenarioFile file = history_.current();
    file.scenario = std::move(next);
    history_.commit(std::move(file), merge_key);
    results_ = evaluated.value();
    ++revision_;
    return {};
}

void Document::undo() {
    if (history_.undo()) refresh();
}

void Document::redo() {
    if (history_.redo()) refresh();
}

std::string Document::open(io::ScenarioFile file, std::string origin_name) {
    auto evaluated = model::evaluate(file.scenario);
    if (!evaluated) return evaluated.error().message;
    origin_ = file;
    saved_ = file;
    origin_name_ = std::move(origin_name);
    history_.reset(std::move(file));
    results_ = evaluated.value();
    ++revision_;
    return {};
}

}  // namespace boomerang::ui
