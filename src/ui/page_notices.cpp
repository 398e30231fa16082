#include "ui/page_notices.hpp"

#include <array>
#include <utility>

namespace boomerang::ui {

namespace {

constexpr std::array<std::pair<std::string_view, PageEvent>, 8> kNames = {{
    {"copied", PageEvent::copied},
    {"clipboard_refused", PageEvent::clipboard_refused},
    {"link_not_made", PageEvent::link_not_made},
    {"picture_not_made", PageEvent::picture_not_made},
    {"shared_link_over_saved", PageEvent::shared_link_over_saved},
    {"saved_book_offered", PageEvent::saved_book_offered},
    {"saved_book_unrestored", PageEvent::saved_book_unrestored},
    {"saved_book_unreadable", PageEvent::saved_book_unreadable},
}};

Notice::Action open_saved(std::string_view title) {
    std::string label = "Open my saved book";
    if (!title.empty()) label += " (" + std::string(title) + ")";
    return {"open-saved", label};
}

std::string kept_as(std::string_view key) {
    return "It is kept in this browser's storage as \"" + std::string(key) + "\".";
}

}  // namespace

std::optional<PageEvent> page_event_named(std::string_view name) {
    for (const auto& [known, event] : kNames) {
        if (known == name) return event;
    }
    return std::nullopt;
}

Notice page_notice(PageEvent event, std::string_view detail, std::string_view extra) {
    const std::string why(detail);
    switch (event) {
        case PageEvent::copied: return {why.empty() ? std::string(link_copied) : why, false, {}};
        case PageEvent::clipboard_refused:
            return {"This browser did not let Boomerang use the clipboard (" + why +
                        "). Copy it from here: " + std::string(extra),
                    true,
                    {}};
        case PageEvent::link_not_made: return {"The link could not be made (" + why + ").", true, {}};
        case PageEvent::picture_not_made:
            return {"The picture could not be made: the browser returned no image.", true, {}};
        case PageEvent::shared_link_over_saved:
            return {
                "You opened a shared link. Your own saved book is kept in this browser, unchanged, until you "
                "choose.",
                false,
                {open_saved(extra), {"keep-link", "Keep this one as my book instead"}}};
        case PageEvent::saved_book_offered: return {"", true, {open_saved(extra)}};
        case PageEvent::saved_book_unrestored:
            return {"Your saved book could not be restored (" + why + "). " + kept_as(extra), true, {}};
        case PageEvent::saved_book_unreadable:
            return {"Your saved book could not be read. " + kept_as(extra), true, {}};
    }
    return {};
}

}  // namespace boomerang::ui
