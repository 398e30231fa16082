// Typing on a phone. A canvas cannot bring up an on-screen keyboard: the page holds a real,
// visually hidden <input> for that (web/touch.js). When a finger activates a text field the
// page focuses its input with the keyboard the field needs, and passes the input's whole
// text on every change (typed keys, deletions, IME compositions, autocorrect, paste); the
// app puts that text into the Dear ImGui field. Enter commits; the keyboard closing commits
// as leaving the field does.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ui/quantity_input.hpp"
#include "ui/widget_rects.hpp"

namespace boomerang::ui {

struct TextEntry {
    std::string widget;  // the field's widget id (WidgetRects)
    Keyboard keyboard = Keyboard::text;
    std::string text;           // the field's text as it is
    bool all_selected = false;  // a number field selects its text when it becomes active
    bool by_touch = false;      // a finger activated it: the page's input takes the keyboard
};

// The text field being typed in during the last frame, if any.
std::optional<TextEntry> active_text_entry(const WidgetRects& widgets);

// Replaces the whole text of the field being typed in (through Dear ImGui's input queue, as
// a select-all and the typed text, so the field's own editing rules apply).
void replace_active_text(std::string_view text);

// The Enter key, as the on-screen keyboard's "done" gives it.
void press_enter();

// Scrolls the panel holding `widget` so that it shows between the top and `visible_bottom`
// (framebuffer pixels: above an on-screen keyboard).
void keep_in_view(const WidgetRects& widgets, const std::string& widget, float visible_bottom);

}  // namespace boomerang::ui
