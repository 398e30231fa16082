// App: the whole calculator GUI as one plain object the platform layer drives.
//
// The app does not know whether it runs in a browser or a desktop window (see
// src/platform); the platform tells it what the host can do (HostCapabilities). It owns
// the document (scenario, results, history) and the view state of every panel; the models
// run when an input changes, never on a frame where nothing changed.
#pragma once

#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "ui/fonts.hpp"
#include "ui/host.hpp"
#include "ui/panels/charts_panel.hpp"
#include "ui/panels/file_panel.hpp"
#include "ui/panels/inputs_panel.hpp"
#include "ui/panels/share_panel.hpp"
#include "ui/presets.hpp"
#include "ui/state/document.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widget_rects.hpp"

namespace boomerang::ui {

class App {
public:
    explicit App(HostCapabilities host = {});

    // Rebuilds fonts and sizes for a device pixel ratio (2 on most phones and laptops).
    void set_pixel_ratio(float pixel_ratio);
    // Draws one frame of the GUI over the whole display.
    void draw();
    Rgba background() const { return background_color(theme_); }

    // Opens a scenario file (drag and drop, command line). Problems show in the app.
    void open_path(const std::string& path);
    // The window's close button was pressed. True: close now. False: the app asks the
    // user about unsaved changes first and sets close_confirmed() once they have chosen.
    bool may_close();
    bool close_confirmed() const { return files_.close_confirmed; }

    // ---- For hosts with sharing (app_sharing.cpp) ----------------------------------------
    // Opens a permalink fragment ("#s1.…"). A damaged link shows why in the notice bar and
    // opens the default scenario. `from_history`: the browser went Back or Forward, so the
    // change is an undoable edit of the same scenario where it can be. Returns "" or why not.
    std::string open_link(std::string_view fragment, bool from_history = false);
    // The current scenario's fragment, without '#'.
    std::string permalink() const;
    // Imports a scenario file's text (picked or dropped). Problems show in the notice bar.
    std::string open_text(std::string_view file_name, std::string_view text);
    void set_page_url(std::string url) { share_.page_url = std::move(url); }
    void set_embed(EmbedOptions embed) { embed_ = embed; }
    void set_theme(Theme theme);
    void show_notice(Notice notice) { share_.notice = std::move(notice); }
    // What the user asked of the host since the last call (ui/host.hpp).
    std::vector<HostRequest> take_requests();
    // Bumped by every change of the scenario; see Document::history_step for the other.
    unsigned revision() const { return document_.revision(); }
    unsigned history_step() const { return document_.history_step(); }
    // The figure cards as [{"label", "value", "detail"}], for the page's screen-reader summary.
    std::string key_figures_json() const;
    // Height the content needs, in CSS pixels (an embed's host sizes its iframe to it).
    float content_height_css() const { return content_height_ / pixel_ratio_; }

    // Inputs and outputs as JSON: {"inputs": {section: {key: value}}, "outputs": {...},
    // "view": {"theme", "preset", "compare", "content_height_css", "typing", "active_widget", ...}} with the field registry's keys (units in the
    // names), for tests and scripts.
    std::string state_json() const;
    std::string widgets_json() const { return widgets_.to_json(); }
    // The scenario in force as a scenario file (docs/SCENARIO.md).
    std::string scenario_json() const { return io::save_scenario(document_.file()); }

private:
    ViewContext view_context();
    void draw_header(ViewContext& view);
    void draw_results(ViewContext& view);
    void draw_compare(ViewContext& view);
    void draw_about();
    void draw_layout(ViewContext& view);
    void handle_shortcuts();
    void open_preset(std::size_t index);
    // After another scenario is opened: typed-but-refused entries and the selected company
    // belonged to the old one.
    void forget_view_state();

    HostCapabilities host_;
    std::vector<Preset> presets_;
    std::vector<std::string> preset_errors_;
    Document document_;
    std::optional<Document> pinned_;  // compare mode: the scenario pinned as A
    InputsState inputs_;
    ChartsState charts_;
    FileState files_;
    ShareState share_;
    EmbedOptions embed_;
    Theme theme_ = Theme::light;
    float pixel_ratio_ = 1.0f;
    Fonts fonts_;
    WidgetRects widgets_;
    bool about_open_ = false;
    float content_height_ = 0.0f;  // height the stacked layout needs, framebuffer pixels
};

}  // namespace boomerang::ui
