// The App's state as JSON, for the page's tests and scripts (window.boomerang.state()).
#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "io/book_json.hpp"
#include "io/book_results_json.hpp"
#include "model/book.hpp"
#include "model/deal_figures.hpp"
#include "ui/app.hpp"

namespace boomerang::ui {

namespace {

nlohmann::ordered_json deal_summary(const model::Deal& deal) {
    nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
    for (model::Block block : model::term_blocks) {
        if (model::has_block(deal, block)) blocks.push_back(std::string(model::block_name(block)));
    }
    return {{"id", deal.id},
            {"title", deal.title},
            {"buyer", deal.buyer},
            {"seller", deal.seller},
            {"investor", deal.investor},
            {"status", std::string(io::status_name(deal.status))},
            {"status_label", std::string(model::status_label(deal.status))},
            {"blocks", blocks}};
}

// What Dear ImGui holds of the pointer and keyboard: tests read it to tell a button left held
// or an event left queued from a change the app made by itself.
nlohmann::ordered_json input_state() {
    const ImGuiIO& io = ImGui::GetIO();
    nlohmann::ordered_json held = nlohmann::ordered_json::array();
    for (int button = 0; button < 3; ++button) {
        if (io.MouseDown[button]) held.push_back(button);
    }
    return {{"queued", ImGui::GetCurrentContext()->InputEventsQueue.Size},
            {"mouse_down", held},
            {"mouse", {io.MousePos.x, io.MousePos.y}},
            {"ctrl", io.KeyCtrl},
            {"shift", io.KeyShift},
            {"touch", io.MouseSource == ImGuiMouseSource_TouchScreen}};
}

}  // namespace

std::string App::book_json() const { return io::save_book(document_.file()); }

std::string App::state_json() const {
    const nlohmann::ordered_json results =
        nlohmann::ordered_json::parse(io::book_results_json(document_.file(), document_.results()), nullptr, false);
    nlohmann::ordered_json inputs = nlohmann::ordered_json::object();
    nlohmann::ordered_json outputs = nlohmann::ordered_json::object();
    nlohmann::ordered_json deal = nullptr;
    nlohmann::ordered_json deal_ids = nlohmann::ordered_json::array();
    const auto& deals = document_.book().deals;
    for (std::size_t i = 0; i < deals.size(); ++i) {
        deal_ids.push_back(deals[i].id);
        if (deals[i].id != deals_.selected) continue;
        // The deal as its book file holds it: one writer for files and for the tests.
        inputs = nlohmann::ordered_json::parse(io::save_deal(deals[i]), nullptr, false);
        deal = deal_summary(deals[i]);
        if (i < results["deals"].size())
            outputs = results["deals"][i].value("figures", nlohmann::ordered_json::object());
    }
    // The messages under fields that refused an entry, by widget id.
    nlohmann::ordered_json errors = nlohmann::ordered_json::object();
    for (const auto& [id, editor] : editor_.editors) {
        if (!editor.error.empty()) errors[id] = editor.error;
    }
    if (!deals_.error.empty()) errors["deals"] = deals_.error;
    const nlohmann::ordered_json view = {
        {"theme", theme_ == Theme::light ? "light" : "dark"},
        {"title", document_.file().title},
        {"preset", document_.origin_name()},
        {"selected_deal", deals_.selected},
        {"deal_ids", deal_ids},
        {"chart_tab", charts_.tab},
        {"compare", pinned_.has_value()},
        {"network_rule", std::string(model::attribution_rule_name(charts_.rule))},
        {"content_height_css", content_height_ / pixel_ratio_},
        {"can_undo", document_.can_undo()},
        {"typing", ImGui::GetIO().WantTextInput},
        {"sizes", sizes_ == Sizes::finger ? "finger" : "pointer"},
        {"active_widget", widgets_.active_id()},
        {"tooltip", {{"id", widgets_.tooltip_id()}, {"text", widgets_.tooltip_text()}}},
        {"modified", document_.modified()},
        {"embed", embed_.enabled},
        {"notice", share_.notice ? share_.notice->text : std::string()},
        {"notice_is_error", share_.notice && share_.notice->is_error},
        {"errors", errors},
        {"input", input_state()}};
    // Replacing rather than refusing a broken character: dump() must not throw (no exceptions
    // in the web build), whatever a text field let through.
    return nlohmann::ordered_json{
        {"inputs", inputs}, {"outputs", outputs}, {"results", results}, {"deal", deal}, {"view", view}}
        .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace boomerang::ui
