// What the page reports, in the app's words (ui/page_notices.hpp): the page names the event
// and passes the browser's own detail; the sentence, its buttons and their labels are the app's.
#include <doctest/doctest.h>

#include "ui/page_notices.hpp"

using namespace boomerang::ui;

TEST_CASE("each thing the page reports is said in the app's words, errors as errors") {
    CHECK_FALSE(page_event_named("no_such_event").has_value());

    const Notice refused =
        page_notice(*page_event_named("clipboard_refused"), "Write permission denied.", "https://x/#p1.a.1");
    CHECK(refused.text ==
          "This browser did not let Boomerang use the clipboard (Write permission denied.). Copy it from here: "
          "https://x/#p1.a.1");
    CHECK(refused.is_error);

    CHECK(page_notice(PageEvent::copied, "", "").text == "Link copied: it opens this exact book.");
    CHECK(page_notice(PageEvent::copied, "Embed code copied.", "").text == "Embed code copied.");
    CHECK_FALSE(page_notice(PageEvent::copied, "", "").is_error);
    CHECK(page_notice(PageEvent::link_not_made, "Failed to fetch", "").text ==
          "The link could not be made (Failed to fetch).");
    CHECK(page_notice(PageEvent::picture_not_made, "", "").is_error);
    CHECK(page_notice(PageEvent::saved_book_unreadable, "", "boomerang.book.damaged").text ==
          "Your saved book could not be read. It is kept in this browser's storage as \"boomerang.book.damaged\".");
    CHECK(page_notice(PageEvent::saved_book_unrestored, "The link is damaged: x", "k").text ==
          "Your saved book could not be restored (The link is damaged: x). It is kept in this browser's storage as "
          "\"k\".");
}

TEST_CASE("a shared link over the reader's saved book offers it back, by its title when it has one") {
    const Notice shared = page_notice(PageEvent::shared_link_over_saved, "", "My AMD book");
    CHECK_FALSE(shared.is_error);
    REQUIRE(shared.actions.size() == 2);
    CHECK(shared.actions[0].id == "open-saved");
    CHECK(shared.actions[0].label == "Open my saved book (My AMD book)");
    CHECK(shared.actions[1].id == "keep-link");
    CHECK(page_notice(PageEvent::saved_book_offered, "", "").actions[0].label == "Open my saved book");
}
