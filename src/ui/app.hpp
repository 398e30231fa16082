// App: the whole calculator GUI as one plain object the platform layer drives.
//
// The app does not know whether it runs in a browser or a desktop window (see
// src/platform); the platform tells it what the host can do (HostCapabilities). It owns
// the document (a book of deals, its results and history) and the view state of every
// panel; the models run when an input changes, never on a frame where nothing changed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/fonts.hpp"
#include "ui/host.hpp"
#include "ui/panels/book_charts_panel.hpp"
#include "ui/panels/deal_figures_panel.hpp"
#include "ui/panels/deal_list_panel.hpp"
#include "ui/panels/deal_row.hpp"
#include "ui/panels/file_panel.hpp"
#include "ui/panels/headline_panel.hpp"
#include "ui/panels/share_panel.hpp"
#include "ui/presets.hpp"
#include "ui/state/book_document.hpp"
#include "ui/text_entry.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widget_rects.hpp"

namespace boomerang::ui {

class App {
public:
    explicit App(HostCapabilities host = {});

    // Rebuilds fonts and sizes for a device pixel ratio (2 on most phones and laptops).
    void set_pixel_ratio(float pixel_ratio);
    // Draws one frame of the GUI over the whole display.
    void draw();
    Rgba background() const { return background_color(theme_); }
    // Work is left for the next frames (a large book's ratios): the host must keep drawing.
    bool working() const { return document_.ratio_progress() || (pinned_ && pinned_->ratio_progress()); }

    // Opens a book or scenario@1 file (drag and drop, command line). Problems show in the app.
    void open_path(const std::string& path);
    // The window's close button was pressed. True: close now. False: the app asks the
    // user about unsaved changes first and sets close_confirmed() once they have chosen.
    bool may_close();
    bool close_confirmed() const { return files_.close_confirmed; }
    // The system's file dialog asked for by a choose_file_to_open / choose_file_to_save request
    // answered: the book opens from, or is saved to, the chosen file (app_files.cpp).
    void answer_file_dialog(const FileDialogAnswer& answer);
    // What the user asked of the host since the last call (ui/host.hpp).
    std::vector<HostRequest> take_requests();

    // ---- For hosts with sharing (app_sharing.cpp) ----------------------------------------
    // Opens a link fragment: "#p1.…" (a preset with edits), "#s1.…" (a scenario@1 link, opened
    // as a book) or, natively, "#b1.…". A damaged link shows why in the notice bar and opens
    // the first preset. `from_history`: the browser went Back or Forward, so the change is an
    // undoable edit of the same book where it can be. Returns "" or why not.
    std::string open_link(std::string_view fragment, bool from_history = false);
    // The compressed bytes of a "#b1." link, for the page to inflate, or why the link is
    // refused (then open_link says so).
    model::Result<std::string> book_link_data(std::string_view fragment) const;
    // Opens what the page inflated those bytes to, or refuses with why it could not
    // (io::inflate_refusal).
    std::string open_inflated_link(const model::Result<std::string_view>& inflated, bool from_history = false);
    // The book's link without '#': a preset link when the book is a preset with a few edits,
    // else a "#b1." link (natively; in the page, the one the page made, see set_book_link).
    std::string permalink() const;
    // "p1.…" when the book is a preset with edits short enough for a link, else "".
    std::string preset_link() const;
    // The book as compact JSON, for the page to compress into a "#b1." link.
    std::string book_compact_json() const;
    // The book's title, for the page's autosave record (cheaper than state_json on a big book).
    const std::string& book_title() const { return document_.file().title; }
    // The page made `fragment` for the book at `made_for` (a book_revision()): the share
    // buttons use it while the book is still that one.
    void set_book_link(std::string fragment, unsigned made_for);
    // Imports a book or scenario@1 file's text (picked or dropped). Problems show in the notice bar.
    std::string open_text(std::string_view file_name, std::string_view text);
    // The same for a file of `file_bytes` bytes, given whole, or nullopt when the page did not
    // read it because it is larger than any book (io::max_book_bytes).
    std::string open_file(std::string_view file_name, std::size_t file_bytes, std::optional<std::string_view> bytes);
    void set_page_url(std::string url) { share_.page_url = std::move(url); }
    // An embed's options; with a deal, that deal is selected whenever a book opens.
    void set_embed(EmbedOptions embed);
    void set_theme(Theme theme);
    // Controls sized for a mouse or for a finger (the page asks for fingers on a coarse pointer).
    void set_sizes(Sizes sizes);
    void show_notice(Notice notice) { share_.notice = std::move(notice); }
    // Buttons for the notice shown now, if any (the page's, beside the app's words).
    void add_notice_actions(std::vector<Notice::Action> actions);
    // Shows what the page reports (ui/page_notices.hpp) in the app's words: `event` as the
    // page names it ("clipboard_refused"); false for a name the app does not know.
    bool report_page_event(std::string_view event, std::string_view detail, std::string_view extra);
    // Bumped by every change of the book and when its pending ratios arrive; see
    // BookDocument::history_step for the other.
    unsigned revision() const { return document_.revision(); }
    // Bumped by every change of the book only: the page remakes its link only then.
    unsigned book_revision() const { return document_.book_revision(); }
    unsigned history_step() const { return document_.history_step(); }
    // The selected deal's figure cards as [{"id", "label", "value", "detail"}], for the page's
    // screen-reader summary.
    std::string key_figures_json() const;
    // Height the content needs, in CSS pixels (an embed's host sizes its iframe to it).
    float content_height_css() const { return content_height_ / pixel_ratio_; }
    // Typing on a phone (ui/text_entry.hpp): the field being typed in, if any.
    std::optional<TextEntry> text_entry() const { return active_text_entry(widgets_); }
    // The text field drawn at (x, y) in the last frame (framebuffer pixels), if any.
    std::optional<Keyboard> text_field_at(float x, float y) const { return widgets_.text_field_at(x, y); }
    // The bottom of what the reader sees, in CSS pixels from the top (above an on-screen
    // keyboard); a field being typed in is scrolled into view above it. < 0: all of it.
    void set_visible_bottom_css(float y);

    // The state as JSON, for tests and scripts (app_state.cpp): "inputs" (the selected deal's
    // numbers by block), "outputs" (its figures), "results" (the book's results, as
    // boomerang-cli eval --json writes them), "deal" and "view".
    std::string state_json() const;
    std::string widgets_json() const { return widgets_.to_json(); }
    // The book in force as a book file (docs/BOOK.md).
    std::string book_json() const;

private:
    ViewContext view_context();
    void draw_header(ViewContext& view);
    void draw_layout(ViewContext& view);
    void draw_inputs(ViewContext& view);
    void draw_results(ViewContext& view);
    void draw_charts(ViewContext& view);
    void handle_shortcuts();
    void keep_text_entry_in_view();
    void open_preset(std::size_t index);
    // Opens `file` as the document (origin: where "reset" returns to). Returns "" or why not.
    std::string open_book(io::BookFile file, std::string origin_name);
    // The same for a book read with its results, which the document takes over.
    void open_book(io::LoadedBook loaded, std::string origin_name);
    // Shows the default book and says why the link could not be opened; returns why.
    std::string refuse_link(const std::string& message);
    // After another book is opened: typed-but-refused entries and the selection belonged to
    // the old one.
    void forget_view_state();

    HostCapabilities host_;
    std::vector<Preset> presets_;
    std::vector<std::string> preset_errors_;
    BookDocument document_;
    std::optional<BookDocument> pinned_;  // compare mode: the book pinned as A
    DealListState deals_;
    DealEditorState editor_;
    DealCardsCache cards_;
    BookChartsState charts_;
    FileState files_;
    ShareState share_;
    EmbedOptions embed_;
    Theme theme_ = Theme::light;
    Sizes sizes_ = Sizes::pointer;
    float pixel_ratio_ = 1.0f;
    Fonts fonts_;
    WidgetRects widgets_;
    bool about_open_ = false;
    HeadlineState headline_;
    float content_height_ = 0.0f;  // height the stacked layout needs, framebuffer pixels
    float visible_bottom_css_ = -1.0f;
    std::string kept_in_view_;  // the text field last scrolled into view, for that bottom
    // The link the page made, and the revision of the book it was made for.
    std::string page_link_;
    unsigned page_link_revision_ = ~0u;
    // permalink() of the book revision `link_revision_` (made once per change, not per frame).
    mutable std::string link_;
    mutable unsigned link_revision_ = ~0u;
};

}  // namespace boomerang::ui
