// Saves what the current OpenGL framebuffer shows as a PNG (for docs and smoke tests).
#pragma once

#include <string>

namespace boomerang::platform {

// Returns an empty string on success, else why the file could not be written.
std::string save_framebuffer_png(const std::string& path, int width, int height);

}  // namespace boomerang::platform
