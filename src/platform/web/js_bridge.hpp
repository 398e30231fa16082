// What the page's JavaScript (web/loader.js, web/host.js) and the C++ app say to each other.
//
// The page calls the exported boomerang_* functions (js_bridge.cpp) through ccall; the app
// calls the page's Module.host object through the functions below.
#pragma once

#include <optional>
#include <vector>

#include "ui/host.hpp"
#include "ui/text_entry.hpp"

namespace boomerang::platform::web {

// Tells the page the first frame is on screen: loader.js hides the progress bar and fires
// the 'boomerang-ready' event that tests wait for.
void notify_ready();

// Carries out what the user asked for in the frame just drawn. Call while that frame can
// still be read (a PNG export copies it).
void carry_out(const std::vector<ui::HostRequest>& requests);

// The scenario changed (the page updates the address, autosave and the screen-reader
// summary), or the content's height did (an embed tells its host).
void notify_scenario_changed();
void notify_content_height(float css_pixels);

// The text field being typed in changed (web/touch.js focuses or releases its <input>):
// {"widget", "keyboard": "text"|"decimal", "text", "all_selected", "by_touch"} or null.
void notify_text_entry(const std::optional<ui::TextEntry>& entry);

}  // namespace boomerang::platform::web
