// Index: calls into the page | functions the page calls
#include "platform/web/js_bridge.hpp"

#include <cstdio>
#include <optional>
#include <string>

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <nlohmann/json.hpp>

#include "io/book_json.hpp"
#include "io/book_link.hpp"
#include "parse/headline.hpp"
#include "platform/web/frame_scheduler.hpp"
#include "platform/web/web_app.hpp"
#include "ui/panels/headline_panel.hpp"
#include "ui/share.hpp"

namespace boomerang::platform::web {

// ---- Calls into the page (Module.host is set up by web/host.js) ----------------------------

// JavaScript, which clang-format would break ("() = > {}").
// clang-format off
EM_JS(void, js_notify_ready, (), {
    if (Module.onReady) Module.onReady();
});
// clang-format on

// JavaScript, which clang-format would break ("() = > {}").
// clang-format off
EM_JS(void, js_host_call, (const char* method, const char* a, const char* b, const char* c), {
    const host = Module.host;
    const name = UTF8ToString(method);
    if (host && host[name]) host[name](UTF8ToString(a), UTF8ToString(b), UTF8ToString(c));
});
// clang-format on

// JavaScript, which clang-format would break ("() = > {}").
// clang-format off
EM_JS(void, js_content_height, (double css_pixels), {
    if (Module.host && Module.host.contentHeight) Module.host.contentHeight(css_pixels);
});
// clang-format on

// JavaScript, which clang-format would break ("() = > {}").
// clang-format off
EM_JS(void, js_text_entry, (const char* json), {
    if (Module.touch && Module.touch.textEntry) Module.touch.textEntry(JSON.parse(UTF8ToString(json)));
});
// clang-format on

void notify_ready() { js_notify_ready(); }

void notify_text_entry(const std::optional<ui::TextEntry>& entry) {
    nlohmann::ordered_json json = nullptr;
    if (entry) {
        json = {{"widget", entry->widget},
                {"keyboard", entry->keyboard == ui::Keyboard::decimal ? "decimal" : "text"},
                {"text", entry->text},
                {"all_selected", entry->all_selected},
                {"by_touch", entry->by_touch}};
    }
    js_text_entry(json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
}

void carry_out(const std::vector<ui::HostRequest>& requests) {
    using Kind = ui::HostRequest::Kind;
    for (const ui::HostRequest& r : requests) {
        switch (r.kind) {
            case Kind::copy_text: js_host_call("copyText", r.content.c_str(), r.confirmation.c_str(), ""); break;
            case Kind::download:
                js_host_call("download", r.file_name.c_str(), r.mime_type.c_str(), r.content.c_str());
                break;
            case Kind::capture_png: js_host_call("capturePng", r.file_name.c_str(), "", ""); break;
            case Kind::pick_file: js_host_call("pickFile", "", "", ""); break;
            case Kind::action: js_host_call("action", r.action_id.c_str(), "", ""); break;
            case Kind::copy_link: js_host_call("copyLink", r.confirmation.c_str(), "", ""); break;
            // The page has no file_dialogs (HostCapabilities): "Import…" is its file picker.
            case Kind::choose_file_to_open:
            case Kind::choose_file_to_save: break;
        }
    }
}

void notify_scenario_changed() { js_host_call("scenarioChanged", "", "", ""); }

void notify_content_height(float css_pixels) { js_content_height(css_pixels); }

}  // namespace boomerang::platform::web

// ---- Functions the page calls (through ccall) -----------------------------------------------

namespace {

using boomerang::platform::web::app;
using boomerang::platform::web::wake;

// ccall copies the returned string before the next call, so one buffer per function is enough.
const char* keep(std::string& buffer, std::string value) {
    buffer = std::move(value);
    return buffer.c_str();
}

boomerang::ui::EmbedView embed_view_named(std::string_view name) {
    using boomerang::ui::EmbedView;
    if (name == "inputs") return EmbedView::inputs;
    if (name == "results") return EmbedView::results;
    if (name == "charts") return EmbedView::charts;
    return EmbedView::all;
}

// [{"id", "label"}, …] as notice buttons; anything else gives none.
std::vector<boomerang::ui::Notice::Action> notice_actions(const nlohmann::ordered_json& json) {
    std::vector<boomerang::ui::Notice::Action> actions;
    if (!json.is_array()) return actions;
    for (const auto& action : json) {
        if (action.is_object()) actions.push_back({action.value("id", ""), action.value("label", "")});
    }
    return actions;
}

// The last "#b1." link's compressed bytes (boomerang_book_link_data), which the page reads.
std::string book_link_data;

}  // namespace

extern "C" {

// Room for `bytes` bytes of UTF-8 and a terminating zero, for text too long to pass on the
// stack the way ccall passes strings (a pasted file, a long link): the page writes the text
// there and passes the address to boomerang_open_link, boomerang_open_file,
// boomerang_open_inflated_link or boomerang_paste. The bytes a file or link holds may be any
// bytes: the app checks them.
EMSCRIPTEN_KEEPALIVE char* boomerang_text_buffer(int bytes) {
    static std::string buffer;
    buffer.assign(static_cast<std::size_t>(bytes > 0 ? bytes : 0) + 1, '\0');
    return buffer.data();
}

// The selected deal's inputs and figures, the book's results (as boomerang-cli eval --json
// writes them) and the view, as JSON (ui::App::state_json).
EMSCRIPTEN_KEEPALIVE const char* boomerang_state_json() {
    static std::string buffer;
    return keep(buffer, app().state_json());
}

// The book in force as a book file (the same format boomerang-cli reads).
EMSCRIPTEN_KEEPALIVE const char* boomerang_book_json() {
    static std::string buffer;
    return keep(buffer, app().book_json());
}

// The book as compact JSON: the page compresses it into a "#b1." link.
EMSCRIPTEN_KEEPALIVE const char* boomerang_book_compact_json() {
    static std::string buffer;
    return keep(buffer, app().book_compact_json());
}

// Moves on with every change of the book (not when its pending ratios arrive): the page
// makes the book's compact JSON and link again only then.
EMSCRIPTEN_KEEPALIVE unsigned boomerang_book_revision() { return app().book_revision(); }

// The book's title: the page's autosave keeps it to name the saved book.
EMSCRIPTEN_KEEPALIVE const char* boomerang_book_title() {
    static std::string buffer;
    return keep(buffer, app().book_title());
}

// "p1.…" when the book is a preset with a few edits, else "" (the page makes a "#b1." link).
EMSCRIPTEN_KEEPALIVE const char* boomerang_preset_link() {
    static std::string buffer;
    return keep(buffer, app().preset_link());
}

// The link the page made for the current book, for the share buttons and the embed dialog.
EMSCRIPTEN_KEEPALIVE void boomerang_set_book_link(const char* fragment, unsigned book_revision) {
    app().set_book_link(fragment, book_revision);
    wake();
}

// The largest book file the app reads, in bytes (io::max_book_bytes): the page reads no more
// of a picked file, nor inflates a link further.
EMSCRIPTEN_KEEPALIVE double boomerang_max_book_bytes() { return static_cast<double>(boomerang::io::max_book_bytes); }

// The longest "#b1." link the app decodes, in characters (io::max_book_link_chars); the page
// leaves the check to boomerang_book_link_data, and bench/browser_large_book.mjs reads it.
EMSCRIPTEN_KEEPALIVE double boomerang_max_book_link_chars() {
    return static_cast<double>(boomerang::io::max_book_link_chars);
}

// A "#b1." link's compressed bytes, for the page to inflate: how many, with the bytes at
// boomerang_book_link_data_address(); or -1 when the app refuses the link (too long, not
// base64url), and boomerang_open_link then says why.
EMSCRIPTEN_KEEPALIVE int boomerang_book_link_data(const char* fragment) {
    auto data = app().book_link_data(fragment);
    book_link_data = data ? std::move(data.value()) : std::string();
    return data ? static_cast<int>(book_link_data.size()) : -1;
}
EMSCRIPTEN_KEEPALIVE const char* boomerang_book_link_data_address() { return book_link_data.data(); }

// Opens what the page inflated a "#b1." link's bytes to (`count` bytes at `bytes`), or, when
// `problem` is "too_large" or "not_deflate", says why it could not: "" or why not (the app
// also shows it).
EMSCRIPTEN_KEEPALIVE const char* boomerang_open_inflated_link(const char* bytes, int count, const char* problem,
                                                              int from_history) {
    static std::string buffer;
    wake();
    const std::string_view why(problem);
    const auto inflated =
        why.empty()
            ? boomerang::model::Result<std::string_view>(std::string_view(bytes, static_cast<std::size_t>(count)))
            : boomerang::model::Result<std::string_view>(
                  boomerang::io::inflate_refusal(why == "too_large" ? boomerang::io::InflateProblem::too_large
                                                                    : boomerang::io::InflateProblem::not_deflate));
    return keep(buffer, app().open_inflated_link(inflated, from_history != 0));
}

// Screen rectangles of the interactive widgets drawn in the last frame, in canvas pixels.
EMSCRIPTEN_KEEPALIVE const char* boomerang_widgets_json() {
    static std::string buffer;
    return keep(buffer, app().widgets_json());
}

// CPU milliseconds of the most recent frames, oldest first (bench/browser_frame_time.mjs).
EMSCRIPTEN_KEEPALIVE const char* boomerang_frame_times_json() {
    static std::string buffer;
    const auto& runner = boomerang::platform::web::runner();
    std::string json = "[";
    char number[32];
    for (std::size_t i = 0; i < runner.frame_time_count(); ++i) {
        std::snprintf(number, sizeof number, "%s%.4f", i ? "," : "", runner.frame_time_ms(i));
        json += number;
    }
    return keep(buffer, json + "]");
}

// Frames drawn since start: tests use it to check the page is idle.
EMSCRIPTEN_KEEPALIVE int boomerang_frame_count() { return boomerang::platform::web::frame_count(); }

// How the page was opened: its address (for links and embed code), ?embed=1 and ?view=.
EMSCRIPTEN_KEEPALIVE void boomerang_configure(const char* page_url, int embed, const char* view) {
    app().set_page_url(page_url);
    app().set_embed(
        {.enabled = embed != 0, .view = embed_view_named(view), .deal = boomerang::ui::query_value(page_url, "deal")});
    wake();
}

// "light" or "dark" (the page resolves theme=auto from the reader's system setting).
EMSCRIPTEN_KEEPALIVE void boomerang_set_theme(const char* theme) {
    app().set_theme(std::string_view(theme) == "dark" ? boomerang::ui::Theme::dark : boomerang::ui::Theme::light);
    wake();
}

// Opens a "#p1." or "#s1." link fragment; "" or why not (the app also shows it).
EMSCRIPTEN_KEEPALIVE const char* boomerang_open_link(const char* fragment, int from_history) {
    static std::string buffer;
    wake();
    return keep(buffer, app().open_link(fragment, from_history != 0));
}

// The current book's link without '#' ("" while the page has not made its "#b1." link yet).
EMSCRIPTEN_KEEPALIVE const char* boomerang_permalink() {
    static std::string buffer;
    return keep(buffer, app().permalink());
}

// Imports a picked or dropped file of `file_bytes` bytes: `count` bytes at `bytes`, or none
// (null) when it is larger than boomerang_max_book_bytes(). "" or why not (the app also
// shows it).
EMSCRIPTEN_KEEPALIVE const char* boomerang_open_file(const char* file_name, const char* bytes, int count,
                                                     double file_bytes) {
    static std::string buffer;
    wake();
    const auto given = bytes ? std::optional<std::string_view>(std::string_view(bytes, static_cast<std::size_t>(count)))
                             : std::nullopt;
    return keep(buffer, app().open_file(file_name, static_cast<std::size_t>(file_bytes), given));
}

// See ui::App::history_step: the page adds a browser history entry when it moves.
EMSCRIPTEN_KEEPALIVE unsigned boomerang_history_step() { return app().history_step(); }

// The figure cards for the page's screen-reader summary.
EMSCRIPTEN_KEEPALIVE const char* boomerang_key_figures_json() {
    static std::string buffer;
    return keep(buffer, app().key_figures_json());
}

// A notice from the page: {"text", "is_error", "actions": [{"id", "label"}]}.
EMSCRIPTEN_KEEPALIVE void boomerang_show_notice(const char* notice_json) {
    const auto json = nlohmann::ordered_json::parse(notice_json, nullptr, false);
    if (!json.is_object()) return;
    boomerang::ui::Notice notice;
    notice.text = json.value("text", "");
    notice.is_error = json.value("is_error", false);
    if (const auto actions = json.find("actions"); actions != json.end()) notice.actions = notice_actions(*actions);
    app().show_notice(std::move(notice));
    wake();
}

// What happened on the page's side (the clipboard, the picture, the saved book): the app
// says it in its own words (ui/page_notices.hpp). `event` is the name, e.g. "clipboard_refused".
EMSCRIPTEN_KEEPALIVE void boomerang_page_event(const char* event, const char* detail, const char* extra) {
    app().report_page_event(event, detail, extra);
    wake();
}

// A mouse button released outside the canvas (a drag that ended beyond the window or the
// embed's frame): Emscripten's GLFW listens on the canvas only and would miss it, leaving
// the button held, so the next move would go on scrubbing. `button` is the DOM's numbering.
EMSCRIPTEN_KEEPALIVE void boomerang_mouse_released(int button) {
    constexpr int kImGuiButtonOfDom[] = {ImGuiMouseButton_Left, ImGuiMouseButton_Middle, ImGuiMouseButton_Right};
    if (button < 0 || button > 2) return;
    ImGui::GetIO().AddMouseButtonEvent(kImGuiButtonOfDom[button], false);
    wake();
}

// One finger on the canvas (web/touch.js): `phase` 0 down, 1 moved, 2 lifted, 3 cancelled
// (the browser took it, or a second finger came); (x, y) in CSS pixels from the canvas's
// corner, `ms` the event's timeStamp. Returns 1 when the app takes the event (the page then
// cancels the browser's default: scrolling, the emulated mouse clicks), 0 to leave it.
EMSCRIPTEN_KEEPALIVE int boomerang_touch(int phase, double x, double y, double ms) {
    using boomerang::platform::web::app;
    using boomerang::platform::web::touch;
    static bool pointer_entered = false;
    if (!pointer_entered) {
        // With no mouse over the canvas, Dear ImGui's GLFW backend would put the pointer back
        // where GLFW last saw a mouse on every frame; a finger is a pointer that entered.
        ImGui_ImplGlfw_CursorEnterCallback(boomerang::platform::web::runner().window(), GLFW_TRUE);
        pointer_entered = true;
    }
    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const float px = static_cast<float>(x) * ratio, py = static_cast<float>(y) * ratio;
    bool taken = false;
    switch (phase) {
        case 0: taken = touch().begin(px, py, ms); break;
        case 1: taken = touch().move(px, py, ms); break;
        case 2: {
            using boomerang::ui::TouchEnd;
            const TouchEnd ended = touch().end(px, py, ms);
            taken = ended != TouchEnd::page && ended != TouchEnd::none;
            // A tap on a text field: the page focuses its <input> now, inside the tap's event
            // handler, where browsers allow the on-screen keyboard to open.
            if (const auto keyboard = app().text_field_at(px, py); ended == TouchEnd::tap && keyboard) {
                wake();
                return *keyboard == boomerang::ui::Keyboard::decimal ? 3 : 2;
            }
            break;
        }
        default: touch().cancel(); break;
    }
    wake();
    return taken ? 1 : 0;
}

// Controls sized for a finger (1: the page's pointer is coarse) or a mouse (0).
EMSCRIPTEN_KEEPALIVE void boomerang_set_finger_sizes(int finger) {
    using boomerang::ui::Sizes;
    boomerang::platform::web::app().set_sizes(finger ? Sizes::finger : Sizes::pointer);
    wake();
}

// The page's <input> for the on-screen keyboard changed (web/touch.js): its whole text.
EMSCRIPTEN_KEEPALIVE void boomerang_text_entry_input(const char* text) {
    boomerang::ui::replace_active_text(text);
    wake();
}

// The on-screen keyboard's Enter ("done"), or the keyboard closed while a field was being
// typed in: both commit the entry.
EMSCRIPTEN_KEEPALIVE void boomerang_text_entry_enter() {
    boomerang::ui::press_enter();
    wake();
}

// The bottom of the visible part of the page (visualViewport), in CSS pixels from the
// canvas's top, or -1 when all of it shows.
EMSCRIPTEN_KEEPALIVE void boomerang_set_visible_bottom(double css_pixels) {
    boomerang::platform::web::app().set_visible_bottom_css(static_cast<float>(css_pixels));
    wake();
}

// What "Paste a headline…" reads from `text`, as boomerang-cli parse prints it (tests, benchmarks).
EMSCRIPTEN_KEEPALIVE const char* boomerang_read_headline_json(const char* text) {
    static std::string buffer;
    return keep(buffer, boomerang::ui::headline_reading_json(text));
}

// How many drafts the headline parser reads from `text`, and nothing else: what
// bench/browser_parse.mjs times.
EMSCRIPTEN_KEEPALIVE int boomerang_headline_draft_count(const char* text) {
    return static_cast<int>(boomerang::parse::read_headline(text).drafts.size());
}

// Something happened that the app should draw (input, resize, a host call).
EMSCRIPTEN_KEEPALIVE void boomerang_wake() { wake(); }

// The tab is hidden or the canvas scrolled out of view (0), or back (1).
EMSCRIPTEN_KEEPALIVE void boomerang_set_visible(int visible) { boomerang::platform::web::set_visible(visible != 0); }
}
