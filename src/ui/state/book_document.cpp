#include "ui/state/book_document.hpp"

#include "model/book_rules.hpp"

namespace boomerang::ui {

const model::DealResults* BookDocument::deal_results(const std::string& deal_id) const {
    const auto& deals = book().deals;
    for (std::size_t i = 0; i < deals.size() && i < results_.deals.size(); ++i) {
        if (deals[i].id == deal_id) return &results_.deals[i];
    }
    return nullptr;
}

BookDocument::BookDocument(io::BookFile origin, std::string origin_name)
    : history_(origin), origin_(origin), saved_(origin), origin_name_(std::move(origin_name)) {
    refresh();
}

model::Result<model::StartedBook> BookDocument::evaluate(const model::Book& book) {
    return model::start_book_evaluation(book, ratio_work_per_frame);
}

void BookDocument::take(model::BookResults results, std::optional<model::PendingRatios> pending) {
    results_ = std::move(results);
    pending_ = std::move(pending);
    ++revision_;
    ++book_revision_;
}

bool BookDocument::advance_ratios(double work) {
    if (!pending_ || !pending_->advance(work, results_)) return false;
    pending_.reset();
    ++revision_;
    return true;
}

std::optional<double> BookDocument::ratio_progress() const {
    if (!pending_) return std::nullopt;
    return pending_->progress();
}

void BookDocument::refresh() {
    // The history only ever holds books that evaluated when they were committed.
    if (auto evaluated = evaluate(history_.current().book))
        take(std::move(evaluated->results), std::move(evaluated->pending));
}

std::string BookDocument::commit(io::BookFile next, std::string_view merge_key) {
    auto evaluated = evaluate(next.book);
    if (!evaluated) return evaluated.error().message;
    history_.commit(std::move(next), merge_key);
    take(std::move(evaluated->results), std::move(evaluated->pending));
    return {};
}

std::string BookDocument::apply(model::Book next, std::string_view merge_key) {
    io::BookFile file = history_.current();
    file.book = std::move(next);
    return commit(std::move(file), merge_key);
}

std::string BookDocument::apply(const model::Result<model::Book>& edit, std::string_view merge_key) {
    if (!edit) return edit.error().message;
    return apply(edit.value(), merge_key);
}

std::string BookDocument::rename_company(const std::string& from, const std::string& to) {
    const auto renamed = model::rename_company(book(), from, to);
    if (!renamed) return renamed.error().message;
    io::BookFile file = history_.current();
    file.book = renamed.value();
    io::rename_sources(file.sources, "companies." + from, "companies." + to);
    io::rename_sources(file.sources, "supply." + from, "supply." + to);
    return commit(std::move(file), {});
}

std::string BookDocument::rename_deal(const std::string& from, const std::string& to) {
    const auto renamed = model::rename_deal_id(book(), from, to);
    if (!renamed) return renamed.error().message;
    io::BookFile file = history_.current();
    file.book = renamed.value();
    io::rename_sources(file.sources, "deals." + from, "deals." + to);
    return commit(std::move(file), {});
}

void BookDocument::undo() {
    if (history_.undo()) refresh();
}

void BookDocument::redo() {
    if (history_.redo()) refresh();
}

std::string BookDocument::open(io::BookFile file, std::string origin_name) {
    auto evaluated = evaluate(file.book);
    if (!evaluated) return evaluated.error().message;
    origin_ = file;
    saved_ = file;
    origin_name_ = std::move(origin_name);
    history_.reset(std::move(file));
    take(std::move(evaluated->results), std::move(evaluated->pending));
    return {};
}

void BookDocument::open(io::LoadedBook loaded, std::string origin_name) {
    origin_ = loaded.file;
    saved_ = loaded.file;
    origin_name_ = std::move(origin_name);
    history_.reset(std::move(loaded.file));
    take(std::move(loaded.results), std::move(loaded.pending_ratios));
}

}  // namespace boomerang::ui
