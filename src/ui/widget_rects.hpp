// Where each interactive widget was drawn in the last frame, by a stable id.
//
// Browser tests click and type on the canvas with real events; they look up where to
// click here (window.boomerang.widgets()) instead of guessing pixel positions.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "ui/quantity_input.hpp"

namespace boomerang::ui {

struct WidgetRect {
    float x, y, width, height;  // framebuffer pixels
};

class WidgetRects {
public:
    void begin_frame() {
        rects_.clear();
        text_fields_.clear();
        active_.clear();
        tooltip_id_.clear();
        tooltip_text_.clear();
    }
    // Records the rectangle of the last item Dear ImGui drew.
    void record_last_item(const std::string& id);
    // The same for a text field, with the on-screen keyboard its entries need.
    void record_last_text_field(const std::string& id, Keyboard keyboard);
    // The text field drawn at (x, y) in the last frame (framebuffer pixels), if any.
    std::optional<Keyboard> text_field_at(float x, float y) const;
    std::optional<Keyboard> keyboard_of(const std::string& id) const;
    std::optional<WidgetRect> rect_of(const std::string& id) const;
    std::string to_json() const;
    // The id of the widget being used (a field being typed in, a label being dragged) in
    // the last frame, or "" when none is.
    const std::string& active_id() const { return active_; }
    // The details shown for a widget in the last frame (its tooltip: on hover with a mouse, on
    // a long press with a finger), so tests can read what a reader sees.
    void record_tooltip(const std::string& id, const std::string& text) {
        tooltip_id_ = id;
        tooltip_text_ = text;
    }
    const std::string& tooltip_id() const { return tooltip_id_; }
    const std::string& tooltip_text() const { return tooltip_text_; }

private:
    std::map<std::string, WidgetRect> rects_;
    std::map<std::string, Keyboard> text_fields_;
    std::string active_;
    std::string tooltip_id_;
    std::string tooltip_text_;
};

}  // namespace boomerang::ui
