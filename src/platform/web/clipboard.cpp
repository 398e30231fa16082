#include "platform/web/clipboard.hpp"

#include <string>

#include <emscripten/emscripten.h>
#include <imgui.h>

#include "platform/web/frame_scheduler.hpp"

namespace boomerang::platform::web {

namespace {

std::string pasted_text;

// JavaScript, which clang-format would break ("() = > {}").
// clang-format off
EM_JS(void, js_write_clipboard, (const char* text), {
    const value = UTF8ToString(text);
    if (navigator.clipboard) navigator.clipboard.writeText(value).catch(() => {});
});
// clang-format on

const char* clipboard_text(void*) { return pasted_text.c_str(); }

void set_clipboard_text(void*, const char* text) {
    pasted_text = text;
    js_write_clipboard(text);
}

}  // namespace

void pasted_text_for_next_paste(const char* text) {
    pasted_text = text;
    wake();
}

void use_browser_clipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = clipboard_text;
    io.SetClipboardTextFn = set_clipboard_text;
}

}  // namespace boomerang::platform::web

// The text of a paste event (web/host.js, through boomerang_text_buffer), for the Ctrl+V
// that caused it.
extern "C" EMSCRIPTEN_KEEPALIVE void boomerang_paste(const char* text) {
    boomerang::platform::web::pasted_text_for_next_paste(text);
}
