// The App's side of a browser page: links, imported files, the notice bar and the requests
// the page carries out (clipboard, downloads, the file picker).
#include <nlohmann/json.hpp>

#include "io/book_link.hpp"
#include "io/permalink.hpp"
#include "io/scenario_conversion.hpp"
#include "ui/app.hpp"
#include "ui/page_notices.hpp"
#include "ui/panels/deal_figures_panel.hpp"

#ifndef __EMSCRIPTEN__
#include "io/raw_deflate.hpp"
#endif

namespace boomerang::ui {

namespace {

// Longer preset links give way to "#b1." links (tests/io/book_link_test.cpp prints lengths).
constexpr std::size_t kMaxPresetLinkChars = 300;

std::string without_hash(std::string_view fragment) {
    return std::string(fragment.starts_with('#') ? fragment.substr(1) : fragment);
}

// What a link holds, as a book: "#p1." and "#s1." here; "#b1." natively (the page inflates
// those itself and calls open_inflated_link).
model::Result<io::LoadedBook> book_of_link(std::string_view fragment) {
    const std::string bare = without_hash(fragment);
    if (bare.starts_with(io::preset_link_prefix)) return io::decode_preset_link(bare, preset_version_text);
    if (bare.starts_with(io::book_link_prefix)) {
        const auto deflated = io::book_link_deflated(bare);
        if (!deflated) return deflated.error();
#ifdef __EMSCRIPTEN__
        // The page inflates what book_link_data gives it and calls open_inflated_link.
        return io::inflate_refusal(io::InflateProblem::not_deflate);
#else
        const auto text = io::raw_inflate(*deflated, io::max_book_bytes);
        if (!text) return model::Error{"", "The link is damaged: " + text.error().message};
        return io::load_book_link_text(*text, ratio_work_per_frame);
#endif
    }
    auto scenario = io::decode_permalink(bare);
    if (!scenario) return scenario.error();
    std::vector<std::string> warnings;
    io::BookFile file = io::book_from_scenario(scenario.value().file, io::all_sections, warnings);
    return io::checked_book(std::move(file), std::move(warnings), ratio_work_per_frame);
}

}  // namespace

std::string App::refuse_link(const std::string& message) {
    if (!presets_.empty()) open_preset(0);
    // "The link is damaged: …" reads on as "This link could not be opened: it is damaged: …".
    std::string reason = message;
    if (reason.rfind("The link ", 0) == 0) reason.replace(0, 9, "it ");
    show_notice({"This link could not be opened: " + reason + ". Showing the default book instead.", true, {}});
    return message;
}

bool App::report_page_event(std::string_view event, std::string_view detail, std::string_view extra) {
    const std::optional<PageEvent> known = page_event_named(event);
    if (!known) return false;
    Notice notice = page_notice(*known, detail, extra);
    // Beside the app's refusal of a link: the words stay the app's, the button joins them.
    if (*known == PageEvent::saved_book_offered) {
        add_notice_actions(std::move(notice.actions));
    } else {
        show_notice(std::move(notice));
    }
    return true;
}

void App::add_notice_actions(std::vector<Notice::Action> actions) {
    if (!share_.notice) return;
    for (Notice::Action& action : actions) share_.notice->actions.push_back(std::move(action));
}

std::string App::open_link(std::string_view fragment, bool from_history) {
    auto loaded = book_of_link(fragment);
    if (!loaded) return refuse_link(loaded.error().message);
    const io::BookFile& file = loaded.value().file;
    // A preset link's origin is its preset, so "reset" returns values to the preset's.
    std::string origin = "link";
    const std::string bare = without_hash(fragment);
    if (bare.starts_with(io::preset_link_prefix)) {
        for (const Preset& preset : presets_) {
            if (bare.starts_with(std::string(io::preset_link_prefix) + preset.id() + ".")) origin = preset.id();
        }
    }
    // Back and Forward through edits of one book stay undoable edits.
    if (from_history && file.title == document_.file().title) return document_.apply(file.book);
    if (origin != "link") {
        for (const Preset& preset : presets_) {
            if (preset.id() != origin) continue;
            const std::string refused = open_book(preset.file, origin);
            if (!refused.empty() || preset.file == file) return refused;
            const std::string edit_refused = document_.apply_file(file);
            document_.mark_saved();
            return edit_refused;
        }
    }
    open_book(std::move(loaded.value()), origin);
    return {};
}

model::Result<std::string> App::book_link_data(std::string_view fragment) const {
    return io::book_link_deflated(without_hash(fragment));
}

std::string App::open_inflated_link(const model::Result<std::string_view>& inflated, bool from_history) {
    auto loaded = inflated ? io::load_book_link_text(*inflated, ratio_work_per_frame)
                           : model::Result<io::LoadedBook>(inflated.error());
    if (!loaded) return refuse_link(loaded.error().message);
    if (from_history && loaded.value().file.title == document_.file().title) {
        return document_.apply(loaded.value().file.book);
    }
    open_book(std::move(loaded.value()), "link");
    return {};
}

std::string App::preset_link() const {
    for (const Preset& preset : presets_) {
        if (preset.id() != document_.origin_name()) continue;
        std::string link = io::encode_preset_link(preset.version, preset.file, document_.file());
        return link.size() <= kMaxPresetLinkChars ? link : std::string();
    }
    return {};
}

std::string App::book_compact_json() const { return io::save_book_compact(document_.file()); }

void App::set_book_link(std::string fragment, unsigned made_for) {
    page_link_ = without_hash(fragment);
    page_link_revision_ = made_for;
}

std::string App::permalink() const {
    if (link_revision_ == document_.book_revision()) return link_;
    std::string link = preset_link();
#ifdef __EMSCRIPTEN__
    if (link.empty()) link = page_link_revision_ == document_.book_revision() ? page_link_ : std::string();
    // Not cached until the page has made it.
    if (link.empty()) return link;
#else
    if (link.empty()) link = io::encode_book_link(io::raw_deflate(book_compact_json()));
#endif
    link_ = std::move(link);
    link_revision_ = document_.book_revision();
    return link_;
}

std::string App::open_file(std::string_view file_name, std::size_t file_bytes, std::optional<std::string_view> bytes) {
    if (!bytes) {
        const std::string message = io::book_too_large(file_bytes).message;
        show_notice(
            {"Cannot import " + std::string(file_name) + ": " + message + ". Your book is unchanged.", true, {}});
        return message;
    }
    return open_text(file_name, *bytes);
}

std::string App::open_text(std::string_view file_name, std::string_view text) {
    const std::string name(file_name);
    auto loaded = io::load_book_or_scenario(text, ratio_work_per_frame);
    if (!loaded) {
        show_notice({"Cannot import " + name + ": " + loaded.error().message + ". Your book is unchanged.", true, {}});
        return loaded.error().message;
    }
    std::string message = "Imported " + name + ".";
    for (const std::string& warning : loaded.value().warnings) message += " Note: " + warning + ".";
    open_book(std::move(loaded.value()), name);
    show_notice({message, false, {}});
    return {};
}

std::string App::key_figures_json() const {
    nlohmann::ordered_json figures = nlohmann::ordered_json::array();
    for (const DealCard& card : deal_cards(document_, deals_.selected)) {
        figures.push_back({{"id", card.id}, {"label", card.caption}, {"value", card.value}, {"detail", card.detail}});
    }
    return figures.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace boomerang::ui
