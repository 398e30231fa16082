// Where each interactive widget was drawn in the last frame, by a stable id.
//
// Browser tests click and type on the canvas with real events; they look up where to
// click here (window.boomerang.widgets()) instead of guessing pixel positions.
#pragma once

#include <map>
#include <string>

namespace boomerang::ui {

struct WidgetRect {
    float x, y, width, height;  // framebuffer pixels
};

class WidgetRects {
public:
    void begin_frame() {
        rects_.clear();
        active_.clear();
    }
    // Records the rectangle of the last item Dear ImGui drew.
    void record_last_item(const std::string& id);
    std::string to_json() const;
    // The id of the widget being used (a field being typed in, a label being dragged) in
    // the last frame, or "" when none is.
    const std::string& active_id() const { return active_; }

private:
    std::map<std::string, WidgetRect> rects_;
    std::string active_;
};

}  // namespace boomerang::ui
