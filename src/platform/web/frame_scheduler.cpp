#include "platform/web/frame_scheduler.hpp"

#include <algorithm>

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace boomerang::platform::web {

namespace {

struct Loop {
    void (*draw)() = nullptr;
    int frames_left = frames_after_wake;
    bool paused = false;
    bool visible = true;
    bool tooltip_wake_pending = false;
    bool tooltip_wake_used = false;  // one per burst of input
};

Loop loop;

void resume(int frames) {
    loop.frames_left = std::max(loop.frames_left, frames);
    if (loop.paused && loop.visible) {
        loop.paused = false;
        emscripten_resume_main_loop();
    }
}

// Keeps tooltip_wake_used: the tooltip's own frames must not schedule another timer.
void on_tooltip_timer(void*) {
    loop.tooltip_wake_pending = false;
    resume(frames_after_wake);
}

void pause() {
    loop.paused = true;
    emscripten_pause_main_loop();
    // A widget under a resting pointer may still owe its tooltip.
    if (loop.visible && !loop.tooltip_wake_used && !loop.tooltip_wake_pending && ImGui::IsAnyItemHovered()) {
        loop.tooltip_wake_used = loop.tooltip_wake_pending = true;
        emscripten_set_timeout(on_tooltip_timer, tooltip_wake_ms, nullptr);
    }
}

void frame() {
    if (!loop.visible || loop.frames_left <= 0) {
        pause();
        return;
    }
    --loop.frames_left;
    loop.draw();
    // Dear ImGui takes one change of each key and button per frame; a quick burst (a
    // double-click, a click then typing) leaves events queued. The settling frames count from
    // the last event taken in: a field left by a click commits on the frame after it.
    if (ImGui::GetCurrentContext()->InputEventsQueue.Size > 0) {
        loop.frames_left = std::max(loop.frames_left, frames_after_wake);
    }
}

}  // namespace

void start_frame_loop(void (*draw)()) {
    loop.draw = draw;
    emscripten_set_main_loop(frame, 0, false);
}

void wake(int frames) {
    loop.tooltip_wake_used = false;
    resume(frames);
}

void set_visible(bool visible) {
    loop.visible = visible;
    if (visible) wake();
}

}  // namespace boomerang::platform::web
