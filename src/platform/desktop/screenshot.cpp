#include "platform/desktop/screenshot.hpp"

#include <cstdint>
#include <vector>

#include <GLFW/glfw3.h>
#include <png.h>

namespace boomerang::platform {

std::string screenshots_unavailable_reason() { return {}; }

std::string save_framebuffer_png(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return "the window has no pixels to save";
    const size_t row_bytes = static_cast<size_t>(width) * 4;
    std::vector<std::uint8_t> pixels(row_bytes * static_cast<size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());

    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(width);
    image.height = static_cast<png_uint_32>(height);
    image.format = PNG_FORMAT_RGBA;
    // OpenGL's rows run bottom-up: a negative stride writes them top-down.
    const auto stride = -static_cast<png_int_32>(row_bytes);
    if (!png_image_write_to_file(&image, path.c_str(), 0, pixels.data(), stride, nullptr)) {
        return "cannot write " + path + ": " + image.message;
    }
    return {};
}

}  // namespace boomerang::platform
