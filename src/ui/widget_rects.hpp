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
    void begin_frame() { rects_.clear(); }
    // Records the rectangle of the last item Dear ImGui drew.
    void record_last_item(const std::string& id);
    std::string to_json() const;

private:
    std::map<std::string, WidgetRect> rects_;
};

}  // namespace boomerang::ui
