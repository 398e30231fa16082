// What the reader is told about things only the page can do or see (the clipboard, the
// canvas picture, the saved book in the browser's storage): the page reports what happened,
// and the words are the app's, like every other message (web/host.js words none).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ui/host.hpp"

namespace boomerang::ui {

enum class PageEvent {
    copied,                  // detail: the confirmation the app asked for
    clipboard_refused,       // detail: the browser's reason; extra: the text to copy by hand
    link_not_made,           // detail: the browser's reason
    picture_not_made,        // the canvas gave no image
    shared_link_over_saved,  // a shared link opened while the reader has a saved book; extra: its title
    saved_book_offered,      // the same, after the link was refused; extra: the saved book's title
    saved_book_unrestored,   // detail: why its link did not open; extra: where the record is kept
    saved_book_unreadable,   // extra: where the record is kept
};

// The event as the page names it ("clipboard_refused"), or nullopt.
std::optional<PageEvent> page_event_named(std::string_view name);

// The notice for `event`. For saved_book_offered, only its action matters: the app's refusal
// of the link stays the text (App::report_page_event).
Notice page_notice(PageEvent event, std::string_view detail, std::string_view extra);

// What "Copy link" says once the link is on the clipboard.
inline constexpr std::string_view link_copied = "Link copied: it opens this exact book.";

}  // namespace boomerang::ui
