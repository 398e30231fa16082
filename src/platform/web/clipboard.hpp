// Copy and paste in text fields. Emscripten 3.1.6's GLFW clipboard functions are empty, so
// Dear ImGui gets its own: copying writes to the system clipboard (the Ctrl+C key press lets
// the page do so), and pasting reads the text of the browser's paste event, which arrives
// after the Ctrl+V key press and before the frame that acts on it.
#pragma once

namespace boomerang::platform::web {

// Points Dear ImGui's clipboard at the browser's. Call after the Dear ImGui context exists.
void use_browser_clipboard();
// The text the browser's paste event carried.
void pasted_text_for_next_paste(const char* text);

}  // namespace boomerang::platform::web
