// App: the whole calculator GUI as one plain object the platform layer drives.
//
// The app does not know whether it runs in a browser or a desktop window (see
// src/platform). It owns the scenario in force and its results; the models run when an
// input changes, never on a frame where nothing changed.
#pragma once

#include <map>
#include <string>

#include "model/fields.hpp"
#include "model/scenario.hpp"
#include "ui/fonts.hpp"
#include "ui/quantity_input.hpp"
#include "ui/theme.hpp"
#include "ui/widget_rects.hpp"

namespace boomerang::ui {

class App {
public:
    App();

    // Rebuilds fonts and sizes for a device pixel ratio (2 on most phones and laptops).
    void set_pixel_ratio(float pixel_ratio);
    // Draws one frame of the GUI over the whole display.
    void draw();
    Rgba background() const { return background_color(theme_); }

    // Inputs and outputs as JSON: {"inputs": {section: {key: value}}, "outputs": {...},
    // "view": {"theme": "light"|"dark"}} with the field registry's keys (units in the
    // names), for tests and scripts.
    std::string state_json() const;
    std::string widgets_json() const { return widgets_.to_json(); }

private:
    void draw_header();
    void draw_inputs();
    void draw_results();
    void draw_input_row(const model::InputField& field);
    void draw_choice_row(const model::ChoiceField& field);
    void draw_figure_card(const model::OutputField& field, float width);
    // Applies a value the user entered if the model accepts the resulting scenario;
    // otherwise leaves the scenario as it was and returns the model's message.
    std::string try_edit(const model::InputField& field, double value);
    bool is_derived(const model::InputField& field) const;
    float px(float css_pixels) const { return css_pixels * pixel_ratio_; }

    model::Scenario scenario_;
    model::ScenarioResults results_;
    std::map<std::string, QuantityEditor> editors_;  // by "section.key"
    Theme theme_ = Theme::light;
    float pixel_ratio_ = 1.0f;
    Fonts fonts_;
    WidgetRects widgets_;
};

}  // namespace boomerang::ui
