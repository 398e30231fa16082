#include "ui/panels/deal_row.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/format.hpp"
#include "model/book.hpp"
#include "ui/state/scrub.hpp"

namespace boomerang::ui {

namespace {

constexpr float kTooltipWidthEm = 26.0f;
constexpr const char* kResetLabel = "↺ reset";

std::string citation_text(const io::Citation& citation) {
    std::string out = citation.kind == io::Citation::Kind::source ? "Source: " : "Assumption: ";
    out += citation.text;
    if (!citation.quote.empty()) out += "\n“" + citation.quote + "”";
    if (!citation.note.empty()) out += "\n" + citation.note;
    return out;
}

std::optional<double> value_in(const model::Book& book, const std::string& deal_id,
                               const model::DealInputField& field) {
    const model::Deal* deal = model::find_deal(book, deal_id);
    return deal ? field.get(*deal) : std::nullopt;
}

// The book with the field of the deal set to `value` (nullopt clears it).
model::Book with_value(const model::Book& book, const std::string& deal_id, const model::DealInputField& field,
                       std::optional<double> value) {
    model::Book next = book;
    if (model::Deal* deal = model::find_deal(next, deal_id)) field.set(*deal, value);
    return next;
}

// The label doubles as a drag handle; returns this frame's drag in CSS pixels.
float scrub_label(std::string_view label, ViewContext& view, float width, bool can_scrub) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##scrub", {std::max(width, 1.0f), ImGui::GetTextLineHeight()});
    if ((ImGui::IsItemHovered() || ImGui::IsItemActive()) && can_scrub)
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    ImGui::GetWindowDrawList()->AddText(origin, ImGui::GetColorU32(ImGuiCol_Text), label.data(),
                                        label.data() + label.size());
    if (!ImGui::IsItemActive() || !can_scrub) return 0.0f;
    return ImGui::GetIO().MouseDelta.x / view.pixel_ratio;
}

}  // namespace

std::string deal_field_source_path(const std::string& deal_id, const model::DealInputField& field) {
    std::string path = "deals." + deal_id + ".";
    if (field.block != model::Block::deal) path += std::string(model::block_name(field.block)) + ".";
    return path + std::string(field.key);
}

std::string deal_field_widget_id(const model::DealInputField& field) {
    return std::string(model::block_name(field.block)) + "." + std::string(field.key);
}

void book_value_tooltip(const BookDocument& document, const std::string& source_path, std::string_view help) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) || ImGui::IsItemActive()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * kTooltipWidthEm);
    ImGui::TextUnformatted(help.data(), help.data() + help.size());
    ImGui::Separator();
    const auto& sources = document.file().sources;
    if (auto found = sources.find(source_path); found != sources.end()) {
        ImGui::TextUnformatted(citation_text(found->second).c_str());
    } else if (!source_path.empty()) {
        ImGui::TextUnformatted("No source: this value is not cited in the book.");
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::optional<std::string> text_row(ViewContext& view, DealEditorState& state, const std::string& id,
                                    std::string_view label, const std::string& value, const char* hint) {
    QuantityEditor& editor = state.editors[id];
    ImGui::PushID(id.c_str());
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    if (!editor.editing && editor.error.empty()) editor.text = value;
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputTextWithHint("##text", hint, &editor.text, ImGuiInputTextFlags_EnterReturnsTrue);
    editor.editing = ImGui::IsItemActive();
    view.widgets.record_last_text_field(id, Keyboard::text);
    const bool cancelled = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    const bool committed = entered || (ImGui::IsItemDeactivatedAfterEdit() && !cancelled);
    ImGui::PopID();
    if (cancelled) editor.error.clear();
    if (!committed || editor.text == value) return std::nullopt;
    return editor.text;
}

void month_row(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
               const std::string& id, std::string_view label, std::optional<model::Date> current,
               const std::function<void(model::Deal&, std::optional<model::Date>)>& set) {
    const std::string shown = current ? model::date_text(*current) : std::string();
    if (auto typed = text_row(view, state, id, label, shown, "YYYY-MM")) {
        edit_deal(document, state, deal_id, id, [&](model::Deal& deal) -> std::string {
            if (typed->empty()) {
                set(deal, std::nullopt);
                return "";
            }
            const auto date = model::parse_date(*typed);
            if (!date) {
                return std::string(label) + " must be a month as YYYY-MM or a day as YYYY-MM-DD (got \"" + *typed +
                       "\")";
            }
            set(deal, *date);
            return "";
        });
    }
    quantity_error(state.editors[id], view.colors.error_text);
}

void draw_deal_number_row(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                          const model::DealInputField& field) {
    const std::string id = deal_field_widget_id(field);
    const std::string source_path = deal_field_source_path(deal_id, field);
    QuantityEditor& editor = state.editors[id];
    const std::optional<double> current = value_in(document.book(), deal_id, field);
    const std::optional<double> origin_value = value_in(document.origin().book, deal_id, field);
    const bool can_reset = current != origin_value && model::find_deal(document.origin().book, deal_id);

    ImGui::PushID(id.c_str());
    const float reset_width = can_reset ? ImGui::CalcTextSize(kResetLabel).x + ImGui::GetStyle().FramePadding.x * 2 : 0;
    const float label_width = ImGui::GetContentRegionAvail().x - reset_width - ImGui::GetStyle().ItemSpacing.x;
    const float drag_css_px = scrub_label(field.label, view, label_width, current.has_value());
    view.widgets.record_last_item(id + ".label");
    if (can_reset) {
        // The source gives the origin's value, not this one.
        const std::string was = origin_value ? io::format_value(*origin_value, field.unit) : "no value";
        book_value_tooltip(document, "",
                           std::string(field.help) + "\n\nYou changed this value; " +
                               (document.origin_name().empty() ? "the start" : document.origin_name()) + " has " + was +
                               ".");
    } else {
        book_value_tooltip(document, source_path, field.help);
    }
    if (ImGui::IsItemDeactivated()) document.end_merge();
    if (drag_css_px != 0.0f && current) {
        const double next = scrubbed_value(*current, drag_css_px, field.unit, field.bounds);
        editor.error = document.apply(with_value(document.book(), deal_id, field, next), id);
    }
    if (can_reset) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - reset_width);
        if (view.small_button(kResetLabel)) {
            editor.error = document.apply(with_value(document.book(), deal_id, field, origin_value));
        }
        if (ImGui::IsItemHovered()) {
            const std::string was = origin_value ? io::format_value(*origin_value, field.unit) : "not set";
            ImGui::SetTooltip("Back to %s (the value of %s)", was.c_str(),
                              document.origin_name().empty() ? "the start" : document.origin_name().c_str());
        }
        view.widgets.record_last_item(id + ".reset");
    }
    const QuantityField spec{id, field.unit, field.bounds, true};
    if (auto entered = quantity_input(spec, current, editor)) {
        editor.error = document.apply(with_value(document.book(), deal_id, field, *entered));
    }
    view.widgets.record_last_text_field(id, keyboard_for(field.unit));
    quantity_error(editor, view.colors.error_text);
    ImGui::PopID();
}

}  // namespace boomerang::ui
