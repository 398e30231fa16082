// Index: reading and caching | labels and values | the marked text | a draft | the panel
#include "ui/panels/headline_panel.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/format.hpp"
#include "ui/text_entry.hpp"

namespace boomerang::ui {

namespace {

constexpr float kWidthEm = 40.0f;

// ---- Reading and caching ---------------------------------------------------------------------

// Today, which resolves "this year" in a pasted headline and stands in for a start it lacks.
model::Date today() {
    // The calendar date in UTC (system_clock counts UTC days), the same on every system.
    const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

io::HeadlineSource pasted() { return {"Pasted text", today(), "pasting"}; }

// The draft with the parties the reader typed for it.
parse::Draft completed(const parse::Draft& draft, const std::array<std::string, 2>& typed) {
    parse::Draft out = draft;
    const std::array<const char*, 2> keys = {"buyer", "seller"};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (typed[i].empty() || draft.find(keys[i])) continue;
        parse::DraftField f;
        f.key = keys[i];
        f.text = typed[i];
        out.fields.push_back(std::move(f));
    }
    return out;
}

void refresh(HeadlineState& s, const BookDocument& document, bool typed_changed) {
    const bool text_changed = s.text != s.read_text;
    if (text_changed) {
        s.read_text = s.text;
        s.reading = parse::read_headline(s.text, today());
        s.typed.assign(s.reading.drafts.size(), {});
        s.added.assign(s.reading.drafts.size(), std::nullopt);
    }
    if (!text_changed && !typed_changed && s.accepted_for_revision == document.revision()) return;
    s.accepted.clear();
    for (std::size_t i = 0; i < s.reading.drafts.size(); ++i) {
        s.accepted.push_back(
            io::accept_draft(completed(s.reading.drafts[i], s.typed[i]), s.text, document.book(), pasted()));
    }
    s.accepted_for_revision = document.revision();
}

// ---- Labels and values -----------------------------------------------------------------------

struct FieldLook {
    std::string_view key;
    const char* label;
    std::optional<model::Unit> unit;  // none: text
};

constexpr std::array<FieldLook, 18> kFields = {{
    {"buyer", "Buyer", {}},
    {"seller", "Seller", {}},
    {"investor", "Investor", {}},
    {"status", "Status", {}},
    {"announced", "Announced", {}},
    {"start", "Start", {}},
    {"capacity.capacity_gw", "Capacity", model::Unit::gw},
    {"capacity.gpus", "GPUs", model::Unit::gpus},
    {"rental.monthly_rate_usd", "Monthly rate", model::Unit::usd_per_month},
    {"rental.end", "Rental's last month", {}},
    {"rental.term_months", "Rental term", model::Unit::months},
    {"exit.headline_value_usd", "Headline value", model::Unit::usd},
    {"exit.term_months", "Paid over", model::Unit::months},
    {"exit.notice_days", "Notice", model::Unit::days},
    {"exit.notice_by", "Who may give notice", {}},
    {"financing.amount_usd", "Investment", model::Unit::usd},
    {"warrants.shares", "Warrant shares", model::Unit::shares},
    {"warrants.strike_usd_per_share", "Warrant strike", model::Unit::usd_per_share},
}};

const FieldLook* look_of(std::string_view key) {
    for (const FieldLook& f : kFields) {
        if (f.key == key) return &f;
    }
    return nullptr;
}

std::string bound_words(parse::Bound bound) {
    switch (bound) {
        case parse::Bound::up_to: return "up to ";
        case parse::Bound::at_least: return "at least ";
        case parse::Bound::about: return "about ";
        case parse::Bound::more_than: return "more than ";
        default: return "";
    }
}

// "up to $100B", "4.0M–5.0M GPUs", "letter of intent", "2029-05".
std::string value_text(const parse::DraftField& f) {
    const FieldLook* look = look_of(f.key);
    if (f.is_text() || !look || !look->unit) {
        std::string text = f.text;
        std::replace(text.begin(), text.end(), '_', ' ');
        return text;
    }
    std::string out = bound_words(f.bound) + io::format_value(f.number, *look->unit);
    if (f.high) out += " to " + io::format_value(*f.high, *look->unit);
    return out;
}

std::string label_of(const std::string& key) {
    const FieldLook* look = look_of(key);
    return look ? look->label : key;
}

// ---- The marked text -------------------------------------------------------------------------

struct Mark {
    parse::Span span;
    std::string says;  // "Draft 1 · Headline value: $300B"
    bool sure = true;
};

// The text word by word, wrapped to the width available, each word inside a mark on a tinted
// ground, with what it was read as on hover.
void draw_marked_text(const std::string& text, const std::vector<Mark>& marks, const ViewContext& view) {
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImU32 sure_ground = (view.colors.accent & 0x00FFFFFFu) | 0x40000000u;
    const ImU32 guess_ground = (view.colors.muted_text & 0x00FFFFFFu) | 0x38000000u;
    ImVec2 at = ImGui::GetCursorScreenPos();
    const float left = at.x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\n') {
            at = {left, at.y + line};
            ++i;
            continue;
        }
        std::size_t end = text.find_first_of(" \n", i);
        if (end == std::string::npos) end = text.size();
        if (end < text.size() && text[end] == ' ') ++end;  // the space goes with its word
        const char* first = text.data() + i;
        const char* last = text.data() + end;
        const ImVec2 size = ImGui::CalcTextSize(first, last);
        if (at.x + size.x > right && at.x > left) at = {left, at.y + line};
        // Only the bytes inside a mark are tinted, so two fields side by side stay apart.
        for (const Mark& m : marks) {
            const std::size_t from = std::max(i, m.span.begin), to = std::min(end, m.span.end);
            if (from >= to) continue;
            const float x0 = at.x + ImGui::CalcTextSize(first, text.data() + from).x;
            const float x1 = at.x + ImGui::CalcTextSize(first, text.data() + to).x;
            draw->AddRectFilled({x0, at.y}, {x1, at.y + ImGui::GetTextLineHeight()},
                                m.sure ? sure_ground : guess_ground, 2.0f);
            if (ImGui::IsMouseHoveringRect({x0, at.y}, {x1, at.y + line})) {
                ImGui::SetTooltip("%s%s", m.says.c_str(), m.sure ? "" : " (a guess: check it)");
            }
        }
        draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), first, last);
        at.x += size.x;
        i = end;
    }
    ImGui::Dummy({right - left, at.y + line - ImGui::GetCursorScreenPos().y});
}

std::vector<Mark> marks_of(const parse::HeadlineReading& reading) {
    std::vector<Mark> marks;
    for (std::size_t d = 0; d < reading.drafts.size(); ++d) {
        for (const parse::DraftField& f : reading.drafts[d].fields) {
            marks.push_back({f.span, "Draft " + std::to_string(d + 1) + " · " + label_of(f.key) + ": " + value_text(f),
                             f.confidence == parse::Confidence::sure});
        }
    }
    return marks;
}

// ---- A draft ---------------------------------------------------------------------------------

// The parties a refused draft needs, typed by the reader. True when one changed.
bool draw_missing_parties(HeadlineState& s, std::size_t d, const ViewContext& view) {
    bool changed = false;
    const std::array<const char*, 2> labels = {"Buyer", "Seller"};
    const std::array<const char*, 2> hints = {"who pays", "who provides it, if anyone"};
    for (std::size_t p = 0; p < labels.size(); ++p) {
        if (s.reading.drafts[d].find(p == 0 ? "buyer" : "seller")) continue;
        const std::string id = "headline.draft" + std::to_string(d) + "." + (p == 0 ? "buyer" : "seller");
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
        changed |= ImGui::InputTextWithHint(("##" + id).c_str(), hints[p], &s.typed[d][p]);
        view.widgets.record_last_text_field(id, Keyboard::text);
        ImGui::SameLine();
        ImGui::TextUnformatted(labels[p]);
    }
    return changed;
}

// Returns the id of the deal added, if the reader added this draft.
std::optional<std::string> draw_draft(HeadlineState& s, std::size_t d, BookDocument& document,
                                      const ViewContext& view) {
    const parse::Draft& draft = s.reading.drafts[d];
    ImGui::PushID(static_cast<int>(d));
    ImGui::SeparatorText(("Draft " + std::to_string(d + 1)).c_str());
    // On a narrow screen the phrase goes under the value instead of in a column of its own.
    const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 28.0f;
    if (ImGui::BeginTable("fields", narrow ? 2 : 3, ImGuiTableFlags_SizingStretchProp)) {
        for (const parse::DraftField& f : draft.fields) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(label_of(f.key).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(value_text(f).c_str());
            if (f.confidence == parse::Confidence::likely) {
                ImGui::SameLine();
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(view.colors.muted_text), "a guess");
            }
            if (!narrow) ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
            const std::string quote = "“" + s.text.substr(f.span.begin, f.span.end - f.span.begin) + "”";
            ImGui::TextWrapped("%s", quote.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    std::optional<std::string> added;
    const auto& accepted = s.accepted[d];
    if (s.added[d]) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(view.colors.accent), "Added to the book as %s",
                           s.added[d]->c_str());
    } else if (!accepted) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("%s", accepted.error().message.c_str());
        ImGui::PopStyleColor();
    } else {
        for (const auto& [path, citation] : accepted->sources) {
            if (citation.kind != io::Citation::Kind::assumption) continue;
            ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
            ImGui::TextWrapped("Assumed: %s", citation.text.c_str());
            ImGui::PopStyleColor();
        }
        for (const std::string& left : accepted->left_out) {
            ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
            ImGui::TextWrapped("Not added: %s.", left.c_str());
            ImGui::PopStyleColor();
        }
        if (ImGui::Button("Add to the book")) {
            io::BookFile file = document.file();
            const model::Deal& deal = accepted->deal;
            file.book.window.first_year = std::min(file.book.window.first_year, deal.start->year);
            file.book.window.last_year = std::max(file.book.window.last_year, deal.start->year);
            file.book.deals.push_back(deal);
            file.sources.insert(accepted->sources.begin(), accepted->sources.end());
            if (document.apply_file(std::move(file)).empty()) s.added[d] = added = deal.id;
        }
        view.widgets.record_last_item("headline.add" + std::to_string(d));
    }
    ImGui::PopID();
    return added;
}

}  // namespace

std::string headline_reading_json(std::string_view text) {
    return io::headline_json(parse::read_headline(text, today()), text, pasted());
}

void open_headline_panel(HeadlineState& state, std::optional<std::string> text) {
    state.open = true;
    state.focus_text = true;
    if (text) state.text = std::move(*text);
}

std::optional<std::string> draw_headline_panel(HeadlineState& s, BookDocument& document, ViewContext& view) {
    if (!s.open) return std::nullopt;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(ImGui::GetFontSize() * kWidthEm, viewport->WorkSize.x - view.px(16.0f));
    ImGui::SetNextWindowSize({width, 0.0f}, ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints({width, 0.0f}, {width, viewport->WorkSize.y - view.px(16.0f)});
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, {0.5f, 0.5f});
    if (!ImGui::Begin("Paste a headline", &s.open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return std::nullopt;
    }
    ImGui::TextWrapped(
        "Paste or type a sentence about a deal. Boomerang reads the companies, sums, power, GPUs, "
        "terms, dates and status into draft deals; nothing changes the book until you add one.");
    if (s.focus_text) {
        ImGui::SetKeyboardFocusHere();
        s.focus_text = false;
    }
    ImGui::InputTextMultiline("##headline.text", &s.text, {-1.0f, ImGui::GetTextLineHeight() * 5.0f});
    view.widgets.record_last_text_field("headline.text", Keyboard::text);
    bool typed_changed = false;
    refresh(s, document, false);
    std::optional<std::string> added;
    if (!s.reading.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
        ImGui::TextWrapped("%s", s.reading.message.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::SeparatorText("As read");
        draw_marked_text(s.text, marks_of(s.reading), view);
        view.widgets.record_last_item("headline.marked");
        if (!s.reading.unread.empty()) {
            std::string unread = "Numbers not read: ";
            for (std::size_t i = 0; i < s.reading.unread.size(); ++i) {
                const parse::Span u = s.reading.unread[i];
                unread += (i ? ", “" : "“") + s.text.substr(u.begin, u.end - u.begin) + "”";
            }
            ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
            ImGui::TextWrapped("%s", unread.c_str());
            ImGui::PopStyleColor();
        }
        for (std::size_t d = 0; d < s.reading.drafts.size(); ++d) {
            if (auto id = draw_draft(s, d, document, view)) added = id;
            // While the draft lacks a party, and so also while the reader is typing one in.
            if (!s.added[d]) typed_changed |= draw_missing_parties(s, d, view);
        }
    }
    if (typed_changed) refresh(s, document, true);
    ImGui::End();
    return added;
}

}  // namespace boomerang::ui
