// BookDocument: the book being worked on, its results, its history and where it came from.
//
// Every change goes through apply(): the model evaluates the candidate first, and only a book
// it accepts becomes current, so the book in force always has valid results and a refused
// entry leaves the last good values in force. Edits that touch more than one value (renaming
// a company, removing a deal) come from the book rules (model/book_rules.hpp); renames also
// carry the citations along.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "io/book_json.hpp"
#include "model/book_evaluation.hpp"
#include "ui/state/history.hpp"

namespace boomerang::ui {

// How much of a book's boomerang-ratio solve runs within one change, and then per frame
// (model::start_book_evaluation; about one unit per multiply-add). 8e6 is about 5 ms in the
// page (bench/browser_models.mjs: a web of 1,000 companies and 5,000 flows, some 3.7e7
// units, takes 22 ms): books up to a few hundred tangled companies show their ratios at
// once, larger ones over the next frames, with progress in place of the ratios.
inline constexpr double ratio_work_per_frame = 8e6;

class BookDocument {
public:
    // Starts from `origin` (a preset or a file): "reset to preset" returns values to it.
    explicit BookDocument(io::BookFile origin, std::string origin_name = {});

    const io::BookFile& file() const { return history_.current(); }
    const model::Book& book() const { return history_.current().book; }
    // Every figure at once; the fungible ratios may follow (results().ratios_pending).
    const model::BookResults& results() const { return results_; }
    // Works on pending ratios; true when they have just arrived (the revision moves on).
    bool advance_ratios(double work = ratio_work_per_frame);
    // The share of the pending ratio solve done, or nullopt when nothing is pending.
    std::optional<double> ratio_progress() const;
    // The results of the deal with this id, or nullptr.
    const model::DealResults* deal_results(const std::string& deal_id) const;
    const io::BookFile& origin() const { return origin_; }
    const std::string& origin_name() const { return origin_name_; }
    // Bumped by every change of the current book and when pending ratios arrive: views
    // recompute derived data only then.
    unsigned revision() const { return revision_; }
    // Bumped by every change of the current book only: what is made from the book alone (its
    // link, its JSON) is made again only then.
    unsigned book_revision() const { return book_revision_; }
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
    // The same for a book read with its results (io::load_book and the like, given
    // ratio_work_per_frame): they are taken over rather than worked out again, which for a
    // book of thousands of deals is a second wait as long as the first.
    void open(io::LoadedBook loaded, std::string origin_name);

    // Unsaved changes relative to the last mark_saved() (or the origin).
    bool modified() const { return !(history_.current() == saved_); }
    void mark_saved() { saved_ = history_.current(); }

private:
    void refresh();
    std::string commit(io::BookFile next, std::string_view merge_key);
    // Evaluates `book` as far as one frame's ratio work goes; the rest is left in pending_.
    static model::Result<model::StartedBook> evaluate(const model::Book& book);
    void take(model::BookResults results, std::optional<model::PendingRatios> pending);

    BookHistory history_;
    io::BookFile origin_;
    io::BookFile saved_;
    std::string origin_name_;
    model::BookResults results_;
    std::optional<model::PendingRatios> pending_;
    unsigned revision_ = 0;
    unsigned book_revision_ = 0;
};

}  // namespace boomerang::ui
