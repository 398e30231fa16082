// About & Sources: what Boomerang is, its version, the articles its presets cite, where the
// formulas are.
#pragma once

namespace boomerang::ui {

// Draws the About window while `open` is true; its close button clears `open`.
void draw_about_panel(bool& open);

}  // namespace boomerang::ui
