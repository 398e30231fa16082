// Saves what the current OpenGL framebuffer shows as a PNG (for docs and smoke tests).
#pragma once

#include <string>

namespace boomerang::platform {

// Why this build cannot save screenshots, "" when it can: they need libpng, which the
// Windows build does without (screenshot_unavailable.cpp).
std::string screenshots_unavailable_reason();

// Returns an empty string on success, else why the file could not be written.
std::string save_framebuffer_png(const std::string& path, int width, int height);

}  // namespace boomerang::platform
