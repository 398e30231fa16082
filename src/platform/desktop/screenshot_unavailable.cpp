// Screenshots in a build without libpng (Windows): none, and the reason.
#include "platform/desktop/screenshot.hpp"

namespace boomerang::platform {

std::string screenshots_unavailable_reason() {
    return "screenshots are not available in this build (it has no PNG writer: libpng)";
}

std::string save_framebuffer_png(const std::string&, int, int) { return screenshots_unavailable_reason(); }

}  // namespace boomerang::platform
