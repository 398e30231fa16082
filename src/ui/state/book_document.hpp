// BookDocument: the book being worked on, its results, its history and where it came from.
//
// Every change goes through apply(): the model evaluates the candidate first, and only a book
// it accepts becomes current, so the book in force always has valid results and a refused
// entry leaves the last good values in force. Edits that touch more than one value (renaming
// a company, removing a deal) come from the book rules (model/book_rules.hpp); renames also
// carry the citations along.
#pragma once

#include <string>
#include <string_view>

#include "io/book_json.hpp"
#include "model/book_evaluation.hpp"
#include "ui/state/history.hpp"

namespace boomerang::ui {

class BookDocument {
public:
    // Starts from `origin` (a preset or a file): "reset to preset" returns values to it.
    explicit BookDocument(io::BookFile origin, std::string origin_name = {});

    const io::BookFile& file() const { return history_.current(); }
    const model::Book& book() const { return history_.current().book; }
    const model::BookResults& results() const { return results_; }
    // The results of the deal with this id, or nullptr.
    const model::DealResults* deal_results(const std::string& deal_id) const;
    const io::BookFile& origin() const { return origin_; }
    const std::string& origin_name() const { return origin_name_; }
    // Bumped by every change of the current book: views recompute derived data only then.
    unsigned revision() const { return revision_; }
    unsigned history_step() const { return history_.step(); }

    // Makes `next` current if the model accepts it; otherwise returns the model's message
    // (naming the field) and changes nothing. See History::commit for merge_key.
    std::string apply(model::Book next, std::string_view merge_key = {});
    // The same for a whole file: the book with its title and citations (a link's edits).
    std::string apply_file(io::BookFile next) { return commit(std::move(next), {}); }
    // The same for an edit by a book rule: its refusal, or the model's, or "".
    std::string apply(const model::Result<model::Book>& edit, std::string_view merge_key = {});
    // Renames through the book rules, and moves the citations with the name.
    std::string rename_company(const std::string& from, const std::string& to);
    std::string rename_deal(const std::string& from, const std::string& to);
    void end_merge() { history_.end_merge(); }

    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    void undo();
    void redo();

    // Replaces everything (open a preset or a file). Returns the model's message if the book
    // does not evaluate, and then keeps the current document.
    std::string open(io::BookFile file, std::string origin_name);

    // Unsaved changes relative to the last mark_saved() (or the origin).
    bool modified() const { return !(history_.current() == saved_); }
    void mark_saved() { saved_ = history_.current(); }

private:
    void refresh();
    std::string commit(io::BookFile next, std::string_view merge_key);

    BookHistory history_;
    io::BookFile origin_;
    io::BookFile saved_;
    std::string origin_name_;
    model::BookResults results_;
    unsigned revision_ = 0;
};

}  // namespace boomerang::ui
