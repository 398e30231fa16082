// What the page's JavaScript (web/loader.js) and the C++ app say to each other.
#pragma once

namespace boomerang::platform::web {

// Tells the page the first frame is on screen: loader.js hides the progress bar and fires
// the 'boomerang-ready' event that tests wait for.
void notify_ready();

}  // namespace boomerang::platform::web
