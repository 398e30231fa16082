// The app as a reader uses it, headless (Dear ImGui with no window and no GPU): every preset,
// every deal selected in the list shows only its own figures and the numbers the model gives;
// typing into a field, changing the status, adding and removing deals; links round-trip.
#include "ui/app.hpp"
#include "ui/panels/compare_panel.hpp"

#include "io/book_json.hpp"
#include "io/book_link.hpp"
#include "io/raw_deflate.hpp"
#include "model/book.hpp"
#include "model/book_evaluation.hpp"
#include "presets/preset_books.hpp"

#include "../fixtures/tangled_book.hpp"
#include "../support.hpp"
#include "headless_imgui.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>

using namespace boomerang;
using nlohmann::json;

namespace {

// An App in its own Dear ImGui context, driven one frame at a time like a user would.
class Screen {
public:
    // Tall by default: every widget in view, no scrolling.
    explicit Screen(ui::HostCapabilities host = {.sharing = true}, ImVec2 display = {1400.0f, 4000.0f})
        : imgui_(display, test::HeadlessImGui::Font::none) {
        app_.emplace(host);
        app_->set_pixel_ratio(1.0f);
        frames(3);
    }

    ui::App& app() { return *app_; }
    json state() const { return json::parse(app_->state_json()); }
    json widgets() const { return json::parse(app_->widgets_json()); }

    void frames(int count = 1) {
        for (int i = 0; i < count; ++i) {
            ImGui::NewFrame();
            app_->draw();
            ImGui::Render();
        }
    }

    // Presses and releases the mouse on the middle of widget `id`.
    void click(const std::string& id) {
        const json all = widgets();
        REQUIRE_MESSAGE(all.contains(id), "no widget " << id);
        const json& rect = all.at(id);
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(rect["x"].get<float>() + rect["width"].get<float>() / 2,
                            rect["y"].get<float>() + rect["height"].get<float>() / 2);
        frames();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        frames();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        frames(2);
    }

    // Clicks the field, types `text` over what it shows, and presses Enter.
    void type_into(const std::string& id, const std::string& text) {
        type_over(id, text);
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiKey_Enter, true);
        frames();
        io.AddKeyEvent(ImGuiKey_Enter, false);
        frames(2);
    }

    // Clicks the field and types `text` over what it shows, leaving the field in use.
    void type_over(const std::string& id, const std::string& text) {
        click(id);
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_A, true);
        frames();
        io.AddKeyEvent(ImGuiKey_A, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        io.AddKeyEvent(ImGuiKey_Backspace, true);
        frames();
        io.AddKeyEvent(ImGuiKey_Backspace, false);
        io.AddInputCharactersUTF8(text.c_str());
        frames();
    }

    void open_preset(const std::string& id) {
        click("presets");
        click("preset." + id);
        REQUIRE(state()["view"]["preset"] == id);
    }

private:
    test::HeadlessImGui imgui_;  // outlives the App, which draws into it
    std::optional<ui::App> app_;
};

std::vector<std::string> offered_ids() {
    std::vector<std::string> ids;
    const auto offered = presets::offered_presets();
    for (const io::PresetVersion& version : offered.value()) ids.push_back(version.id);
    return ids;
}

// The blocks whose figures widget ids name: "figure.exit.firm_value_usd" → "exit".
std::set<std::string> blocks_of_cards(const json& widgets) {
    std::set<std::string> blocks;
    for (const auto& [id, rect] : widgets.items()) {
        if (id.rfind("figure.", 0) != 0) continue;
        const std::string rest = id.substr(7);
        blocks.insert(rest.substr(0, rest.find('.')));
    }
    return blocks;
}

std::size_t count_cards(const json& widgets) {
    std::size_t count = 0;
    for (const auto& [id, rect] : widgets.items()) count += id.rfind("figure.", 0) == 0;
    return count;
}

}  // namespace

TEST_CASE("every deal of every preset shows its own figures, and only those") {
    Screen screen;
    for (const std::string& preset : offered_ids()) {
        CAPTURE(preset);
        screen.open_preset(preset);
        const json ids = screen.state()["view"]["deal_ids"];
        REQUIRE_FALSE(ids.empty());
        // The book view lists every deal of the book, and every company.
        for (const json& deal_id : ids) CHECK(screen.widgets().contains("book.deal." + deal_id.get<std::string>()));
        // A local copy: a range-for over a part of the temporary state() would read freed memory.
        const json companies = screen.state()["results"]["companies"];
        for (const json& company : companies) {
            CHECK(screen.widgets().contains("book.company." + company["name"].get<std::string>()));
        }
        for (const json& deal_id : ids) {
            CAPTURE(deal_id);
            screen.click("deal.select." + deal_id.get<std::string>());
            const json state = screen.state();
            REQUIRE(state["view"]["selected_deal"] == deal_id);
            // The inputs are the deal as the book file writes it, and its blocks are listed in
            // the file's order (model::term_blocks and book_json.cpp's must agree).
            const auto file = nlohmann::ordered_json::parse(screen.app().book_json());
            const auto written = std::find_if(file["deals"].begin(), file["deals"].end(),
                                              [&](const auto& deal) { return deal["id"] == deal_id; });
            REQUIRE(written != file["deals"].end());
            CHECK(state["inputs"] == json::parse(written->dump()));
            json file_blocks = json::array();
            for (const auto& [key, value] : written->items()) {
                if (value.is_object() && key != "assumptions") file_blocks.push_back(key);
            }
            CHECK(state["deal"]["blocks"] == file_blocks);
            std::set<std::string> own{"deal"};
            for (const json& block : state["deal"]["blocks"]) own.insert(block.get<std::string>());
            for (const std::string& block : blocks_of_cards(screen.widgets())) {
                CHECK_MESSAGE(own.count(block), "a card of block " << block << " on a deal without it");
            }
            // One card per figure the results give the deal, the same figures as the CLI's JSON.
            std::size_t figures = 0;
            for (const auto& [block, values] : state["outputs"].items()) figures += values.size();
            CHECK(count_cards(screen.widgets()) == figures);
            for (const json& deal : state["results"]["deals"]) {
                if (deal["id"] == deal_id) CHECK(deal.value("figures", json::object()) == state["outputs"]);
            }
        }
    }
}

TEST_CASE("typing a value into a deal's field changes that deal, and undo brings it back") {
    Screen screen;
    screen.open_preset("amd-openai");
    screen.click("deal.select.amd-openai");
    REQUIRE(screen.state()["inputs"]["capacity"]["capacity_gw"] == 6.0);
    screen.type_into("capacity.capacity_gw", "8 GW");
    CHECK(screen.state()["inputs"]["capacity"]["capacity_gw"] == 8.0);
    CHECK(screen.state()["outputs"]["capacity"]["capacity_gw"] == 8.0);
    CHECK(screen.state()["view"]["modified"] == true);

    SUBCASE("a typo is refused with a message and the value stays") {
        screen.type_into("capacity.capacity_gw", "eight");
        CHECK(screen.state()["inputs"]["capacity"]["capacity_gw"] == 8.0);
    }
    SUBCASE("undo") {
        screen.click("undo");
        CHECK(screen.state()["inputs"]["capacity"]["capacity_gw"] == 6.0);
    }
}

TEST_CASE("a letter of intent binds nothing: its firm value is $0 on screen") {
    Screen screen;
    screen.open_preset("anthropic-spacex");
    REQUIRE(screen.state()["outputs"]["exit"]["firm_value_usd"].get<double>() > 0.0);
    screen.click("deal.status");
    screen.click("deal.status.letter_of_intent");
    CHECK(screen.state()["deal"]["status"] == "letter_of_intent");
    CHECK(screen.state()["outputs"]["exit"]["firm_value_usd"] == 0.0);
}

TEST_CASE("deals are added from a template, duplicated and removed, and the selection follows") {
    Screen screen;
    screen.open_preset("anthropic-spacex");
    const std::size_t before = screen.state()["view"]["deal_ids"].size();
    screen.click("deal.add");
    screen.click("deal.template.compute_rental");
    json state = screen.state();
    REQUIRE(state["view"]["deal_ids"].size() == before + 1);
    CHECK(state["view"]["selected_deal"] == state["view"]["deal_ids"].back());
    CHECK(state["deal"]["blocks"][0] == "rental");

    screen.click("deal.duplicate");
    state = screen.state();
    CHECK(state["view"]["deal_ids"].size() == before + 2);
    CHECK(state["view"]["selected_deal"] == state["view"]["deal_ids"].back());

    screen.click("deal.remove");
    screen.click("deal.remove");
    state = screen.state();
    CHECK(state["view"]["deal_ids"].size() == before);
    CHECK(state["view"]["selected_deal"] == state["view"]["deal_ids"].back());
}

TEST_CASE("a block is added to a deal and removed again") {
    Screen screen;
    screen.open_preset("anthropic-spacex");
    REQUIRE(screen.state()["deal"]["blocks"] == json::array({"rental", "exit"}));
    screen.click("block.add.warrants");
    CHECK(screen.state()["deal"]["blocks"] == json::array({"rental", "exit", "warrants"}));
    screen.click("block.remove.warrants");
    CHECK(screen.state()["deal"]["blocks"] == json::array({"rental", "exit"}));
}

TEST_CASE("a block that needs a value to start asks for it, and adds exactly the value typed") {
    Screen screen;
    screen.open_preset("anthropic-spacex");
    const std::string deal = screen.state()["view"]["selected_deal"];
    // A deal with no blocks: no rental or priced capacity to take exit terms' headline from.
    screen.click("block.remove.exit");
    screen.click("block.remove.rental");
    REQUIRE(screen.state()["deal"]["blocks"] == json::array());

    struct Case {
        const char* block;
        const char* key;       // the block's main field, as the editor's rows name it
        const char* typed;     // with its units, as a reader types it
        double value;          // what the typed text means in the field's unit
        const char* missing;   // model::add_block's message when nothing was typed
        const char* negative;  // below the field's bounds
        const char* refused;   // what the field says of it
    };
    const Case cases[] = {
        {"capacity", "capacity_gw", "6 GW", 6.0, "to add Capacity bought, give the gigawatts to start with", "-3 GW",
         "capacity.capacity_gw must be a finite number > 0 (got -3)"},
        {"rental", "monthly_rate_usd", "$1.25B", 1.25e9, "to add Compute rental, give the monthly rate to start with",
         "-$1.25B", "rental.monthly_rate_usd must be a finite number > 0 (got -1250000000)"},
        {"exit", "headline_value_usd", "$100B", 100e9,
         "to add Payments and exit terms, give the headline value to start with", "-$100B",
         "exit.headline_value_usd must be a finite number > 0 (got -100000000000)"},
        {"project_finance", "equity_usd", "$10B", 10e9,
         "to add Project financing, give the equity raised to start with", "-$10B",
         "project_finance.equity_usd must be a finite number ≥ 0 (got -10000000000)"},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.block));
        const std::string field = std::string("block.start.") + c.block;
        const auto has_block = [&] {
            const json blocks = screen.state()["deal"]["blocks"];
            return std::find(blocks.begin(), blocks.end(), c.block) != blocks.end();
        };
        const auto open = [&] {
            screen.click(std::string("block.add.") + c.block);
            REQUIRE(screen.widgets().contains(field));
            CHECK_FALSE(has_block());
        };
        const auto added_then_undone = [&] {
            CHECK(screen.state()["inputs"][c.block][c.key] == c.value);
            CHECK_FALSE(screen.widgets().contains(field));
            CHECK_FALSE(screen.state()["view"]["errors"].contains(field));
            screen.click("undo");  // one step takes it away again
            CHECK_FALSE(has_block());
        };

        open();
        screen.type_into(field, c.typed);  // Enter adds
        added_then_undone();

        open();
        screen.type_over(field, c.typed);
        screen.click("block.start.add");
        added_then_undone();

        open();
        screen.click("block.start.add");  // nothing typed: the model says what it needs
        CHECK(screen.state()["view"]["errors"][field] == c.missing);
        CHECK_FALSE(has_block());
        for (const char* bad : {c.negative, "abc"}) {
            INFO(std::string(bad));
            screen.type_into(field, bad);
            const json errors = screen.state()["view"]["errors"];
            REQUIRE(errors.contains(field));
            // The field's own message, as the editor's rows give it.
            if (bad == c.negative) {
                CHECK(errors[field] == c.refused);
            } else {
                CHECK(errors[field].get<std::string>().rfind("“abc” is not", 0) == 0);
            }
            screen.click("block.start.add");  // a refused entry is not added either
            CHECK_FALSE(has_block());
            CHECK(screen.state()["view"]["errors"][field] == errors[field]);
        }
        screen.type_over(field, c.typed);
        screen.click("block.start.cancel");
        CHECK_FALSE(has_block());
        CHECK_FALSE(screen.widgets().contains(field));
        CHECK_FALSE(screen.state()["view"]["errors"].contains(field));
    }

    SUBCASE("selecting another deal closes the question") {
        screen.click("block.add.capacity");
        REQUIRE(screen.widgets().contains("block.start.capacity"));
        screen.click("deal.add");  // the new deal is selected
        screen.click("deal.template.warrants_deal");
        REQUIRE(screen.state()["view"]["selected_deal"] != deal);
        screen.click("deal.select." + deal);
        CHECK_FALSE(screen.widgets().contains("block.start.capacity"));
        CHECK(screen.state()["deal"]["blocks"] == json::array());
    }
    SUBCASE("blocks that start empty are added at once") {
        screen.click("block.add.warrants");
        CHECK(screen.state()["deal"]["blocks"] == json::array({"warrants"}));
        CHECK_FALSE(screen.widgets().contains("block.start.warrants"));
    }
}

TEST_CASE("links: a preset's is short, an edited preset's carries the edit, any book round-trips") {
    Screen screen;
    screen.open_preset("amd-openai");
    CHECK(screen.app().permalink() == "p1.amd-openai.1");

    screen.click("deal.select.amd-openai");
    screen.type_into("capacity.capacity_gw", "5");
    const std::string edited = screen.app().permalink();
    CHECK(edited.rfind("p1.amd-openai.1.", 0) == 0);
    const json results = screen.state()["results"];

    Screen other;
    REQUIRE(other.app().open_link("#" + edited) == "");
    other.frames(2);
    CHECK(other.state()["results"] == results);
    CHECK(other.state()["view"]["preset"] == "amd-openai");

    SUBCASE("a book that is no preset gets a #b1. link that opens the same book") {
        screen.click("deal.add");
        screen.click("deal.template.chip_purchase");
        screen.open_preset("anthropic-spacex");  // a preset, then the file as if opened
        const std::string book_text = screen.app().book_json();
        REQUIRE(screen.app().open_text("mine.json", book_text) == "");
        const std::string link = screen.app().permalink();
        CHECK(link.rfind("b1.", 0) == 0);
        Screen third;
        REQUIRE(third.app().open_link(link) == "");
        CHECK(json::parse(third.app().book_json())["deals"] == json::parse(book_text)["deals"]);
    }
    SUBCASE("a damaged link says so and shows the first preset") {
        Screen third;
        CHECK_FALSE(third.app().open_link("#p1.amd-openai.99").empty());
        third.frames(2);
        CHECK(third.state()["view"]["notice_is_error"] == true);
        CHECK(third.state()["view"]["preset"] == offered_ids().front());
    }
}

TEST_CASE("the page's part of links and files: the app says what is wrong, in its own words") {
    Screen screen;
    screen.open_preset("anthropic-spacex");
    const std::string book_text = screen.app().book_json();
    REQUIRE(screen.app().open_text("mine.json", book_text) == "");  // no preset: a #b1. link

    SUBCASE("a #b1. link's bytes come from the app, and what they unpack to opens") {
        const std::string link = screen.app().permalink();
        REQUIRE(link.rfind("b1.", 0) == 0);
        Screen page;
        const auto data = page.app().book_link_data("#" + link);
        REQUIRE(data.ok());
        const auto inflated = io::raw_inflate(*data, io::max_book_bytes);
        REQUIRE(inflated.ok());
        REQUIRE(page.app().open_inflated_link(std::string_view(*inflated)) == "");
        CHECK(json::parse(page.app().book_json())["deals"] == json::parse(book_text)["deals"]);
    }
    SUBCASE("a link the app cannot decode is refused before the page unpacks anything") {
        CHECK(screen.app().book_link_data("#b1.abc!def").error().message ==
              "The link is damaged: character 4 is not a letter, a digit, '-' or '_'");
    }
    SUBCASE("when the page could not unpack a link, the app says why and shows the default book") {
        Screen page;
        const auto refused = page.app().open_inflated_link(io::inflate_refusal(io::InflateProblem::too_large));
        CHECK(refused == "The link is damaged: it unpacks to more than 4194304 bytes, more than a book file may hold");
        page.frames(2);
        CHECK(page.state()["view"]["notice"] ==
              "This link could not be opened: it is damaged: it unpacks to more than 4194304 bytes, more than a "
              "book file may hold. Showing the default book instead.");
        CHECK(page.state()["view"]["preset"] == offered_ids().front());
    }
    SUBCASE("the page's buttons join the app's notice, whose words stay") {
        screen.app().open_link("#p1.amd-openai.99");
        const std::string words = screen.state()["view"]["notice"];
        CHECK(screen.app().report_page_event("saved_book_offered", "", "Mine"));
        screen.frames(2);
        CHECK(screen.state()["view"]["notice"] == words);
        CHECK(screen.widgets().contains("notice.open-saved"));
    }
    SUBCASE("on a phone, the notice's buttons stay on the screen, a long title shortened with an ellipsis") {
        Screen phone({.sharing = true}, {390.0f, 844.0f});
        const std::string title(200, 'x');
        CHECK(phone.app().report_page_event("shared_link_over_saved", "", title));
        phone.frames(2);
        const json widgets = phone.widgets();
        for (const std::string id : {"notice.open-saved", "notice.keep-link", "notice.dismiss"}) {
            CAPTURE(id);
            const json& rect = widgets.at(id);
            CHECK(rect["x"].get<float>() >= 0.0f);
            CHECK(rect["x"].get<float>() + rect["width"].get<float>() <= 390.0f);
        }
        // Its whole label would be some 1,400 pixels wide; the next button starts a new line.
        CHECK(widgets.at("notice.keep-link")["y"].get<float>() > widgets.at("notice.open-saved")["y"].get<float>());
    }
    SUBCASE("a file larger than any book is refused unread; one within the limit opens") {
        const std::string before = screen.app().book_json();
        CHECK(screen.app().open_file("huge.json", 5'000'000, std::nullopt) ==
              "The file is 5000000 bytes long; a book file may be at most 4194304 bytes (4 MiB)");
        screen.frames(2);
        CHECK(screen.state()["view"]["notice"] ==
              "Cannot import huge.json: The file is 5000000 bytes long; a book file may be at most 4194304 bytes "
              "(4 MiB). Your book is unchanged.");
        CHECK(screen.app().book_json() == before);
        CHECK(screen.app().open_file("mine.json", book_text.size(), book_text) == "");
    }
}

TEST_CASE("an old #s1. link opens as a book") {
    std::ifstream links(BOOMERANG_SOURCE_DIR "/tests/fixtures/scenario-v1/links.txt");
    std::string line;
    REQUIRE(std::getline(links, line));
    const std::string fragment = line.substr(line.find('#'));
    Screen screen;
    REQUIRE(screen.app().open_link(fragment) == "");
    screen.frames(2);
    CHECK_FALSE(screen.state()["view"]["deal_ids"].empty());
    CHECK(screen.state()["view"]["notice"] == "");
}

TEST_CASE("compare: the pinned book stays as it was while the other is edited") {
    Screen screen;
    screen.open_preset("amd-openai");
    screen.click("deal.select.amd-openai");
    screen.click("compare");
    CHECK(screen.state()["view"]["compare"] == true);
    screen.type_into("capacity.capacity_gw", "3");
    CHECK(screen.widgets().contains("compare.table"));
    CHECK(screen.state()["inputs"]["capacity"]["capacity_gw"] == 3.0);
    screen.click("compare");
    CHECK(screen.state()["view"]["compare"] == false);
}

TEST_CASE("the difference between two figures says how much and by what share") {
    CHECK(ui::difference_text(15e9, 18.75e9, model::Unit::usd) == "+$3.75B (+25%)");
    CHECK(ui::difference_text(2.0, 2.0, model::Unit::ratio) == "same");
    CHECK(ui::difference_text(std::nullopt, 1.0, model::Unit::usd) == "—");
}

TEST_CASE("an embed of one deal shows that deal without the list, also after its link opens") {
    Screen screen;
    screen.app().set_embed({.enabled = true, .view = ui::EmbedView::all, .deal = "amd-openai"});
    REQUIRE(screen.app().open_link("#p1.deal-web.1") == "");
    screen.frames(2);
    CHECK(screen.state()["view"]["selected_deal"] == "amd-openai");
    CHECK_FALSE(screen.widgets().contains("deal.select.amd-openai"));
    CHECK(screen.widgets().contains("figure.capacity.capacity_gw"));
}

// A tap or a trackpad tap-to-click: the pointer moves, presses and releases between two frames.
void quick_click(Screen& screen, const std::string& id) {
    const json rect = screen.widgets().at(id);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(rect["x"].get<float>() + rect["width"].get<float>() / 2,
                        rect["y"].get<float>() + rect["height"].get<float>() / 2);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    screen.frames(4);
}

TEST_CASE("a quick click acts like any other click, on every kind of widget") {
    Screen screen;
    screen.open_preset("deal-web");
    SUBCASE("a chart tab") {
        for (const char* tab : {"network", "supply", "sensitivity", "annual_cost", "schedule"}) {
            quick_click(screen, std::string("tab.") + tab);
            CHECK(screen.state()["view"]["chart_tab"] == tab);
        }
    }
    SUBCASE("a deal in the list (selectable)") {
        quick_click(screen, "deal.select.amd-openai");
        CHECK(screen.state()["view"]["selected_deal"] == "amd-openai");
    }
    SUBCASE("a button") {
        quick_click(screen, "deal.duplicate");
        CHECK(screen.state()["view"]["deal_ids"].size() == 12);
    }
    SUBCASE("a combo and its item") {
        quick_click(screen, "presets");
        quick_click(screen, "preset.amd-openai");
        CHECK(screen.state()["view"]["preset"] == "amd-openai");
    }
    SUBCASE("a radio button") {
        quick_click(screen, "tab.network");
        quick_click(screen, "network.rule.earmarked");
        CHECK(screen.state()["view"]["network_rule"] == "earmarked");
    }
    SUBCASE("a collapsing header") {
        REQUIRE(screen.widgets().contains("capacity.capacity_gw"));
        quick_click(screen, "block.capacity");
        CHECK_FALSE(screen.widgets().contains("capacity.capacity_gw"));
    }
    SUBCASE("a text field") {
        quick_click(screen, "deal.title");
        CHECK(screen.state()["view"]["typing"] == true);
    }
}

TEST_CASE("bad entries in a deal's text fields are refused with a message, and the deal stays as it was") {
    Screen screen;
    screen.open_preset("anthropic-spacex");
    const json before = json::parse(screen.app().book_json());

    const auto message_under = [&](const std::string& id) {
        const json errors = screen.state()["view"]["errors"];
        return errors.contains(id) ? errors[id].get<std::string>() : std::string();
    };
    SUBCASE("a month that does not exist") {
        screen.type_into("deal.start", "2026-13");
        CHECK(message_under("deal.start") ==
              "Start (first payment and deployment) must be a month as YYYY-MM or a day as "
              "YYYY-MM-DD (got \"2026-13\")");
    }
    SUBCASE("a deal without a buyer") {
        screen.type_into("deal.buyer", "");
        CHECK(message_under("deal.buyer").find("buyer") != std::string::npos);
    }
    SUBCASE("a deal whose seller is its buyer") {
        screen.type_into("deal.seller", "Anthropic");
        CHECK(message_under("deal.seller").find("seller") != std::string::npos);
    }
    SUBCASE("a warrant tranche with a negative share count") {
        screen.click("block.add.warrants");
        screen.click("warrants.tranches.add");
        const json added = json::parse(screen.app().book_json());
        screen.type_into("warrants.tranches[0].shares", "-5");
        CHECK_FALSE(message_under("warrants.tranches[0].shares").empty());
        CHECK(json::parse(screen.app().book_json()) == added);
        return;
    }
    CHECK(json::parse(screen.app().book_json()) == before);
}

TEST_CASE("a field being typed in is scrolled above an on-screen keyboard when one opens") {
    Screen screen({.sharing = true}, {1400.0f, 800.0f});
    screen.click("deal.title");
    REQUIRE(screen.state()["view"]["active_widget"] == "deal.title");
    const float top = screen.widgets()["deal.title"]["y"].get<float>();
    // The keyboard covers everything below a line just above the field.
    const float keyboard_top = top - 20.0f;
    screen.app().set_visible_bottom_css(keyboard_top);
    screen.frames(3);
    const json field = screen.widgets()["deal.title"];
    CHECK(field["y"].get<float>() + field["height"].get<float>() <= keyboard_top);
    CHECK(field["y"].get<float>() >= 0.0f);
    CHECK(screen.state()["view"]["active_widget"] == "deal.title");  // still being typed in
}

TEST_CASE("a large book opens at once and its ratios arrive a slice per frame, with progress shown") {
    Screen screen;
    io::BookFile file;
    file.title = "Tangle";
    file.book = testing::tangled_book(600, 4000);
    REQUIRE(screen.app().open_text("tangle.json", io::save_book(file)).empty());
    CHECK(screen.app().working());
    const json pending = screen.state()["results"];
    CHECK(pending["ratios_pending"] == true);
    CHECK(pending["companies"][0]["boomerang_fungible_ratio"].is_null());
    CHECK(pending["companies"][0]["boomerang_earmarked_ratio"].is_number());
    int frames = 0;
    while (screen.app().working()) {
        screen.frames();
        REQUIRE(++frames < 1000);
    }
    const json done = screen.state()["results"];
    CHECK_FALSE(done.contains("ratios_pending"));
    const auto whole = model::evaluate_book(file.book);
    REQUIRE(whole.ok());
    CHECK(done["companies"][0]["boomerang_fungible_ratio"].get<double>() ==
          whole->companies[0].boomerang_fungible_ratio);
}

TEST_CASE("a long book draws only the rows in view: the deal list and the tables") {
    Screen screen({.sharing = true}, {1280.0f, 800.0f});
    io::BookFile file;
    file.title = "Tangle";
    file.book = testing::tangled_book(600, 4000);
    REQUIRE(screen.app().open_text("tangle.json", io::save_book(file)).empty());
    screen.frames(3);
    const json widgets = screen.widgets();
    const auto count = [&](std::string_view prefix) {
        std::size_t n = 0;
        for (const auto& [id, rect] : widgets.items()) n += id.rfind(prefix, 0) == 0;
        return n;
    };
    CHECK(widgets.contains("deal.select.d0"));  // the first rows are in view
    CHECK(count("deal.select.") > 0);
    CHECK(count("deal.select.") < 100);  // of 4,000
    CHECK(count("book.deal.") < 100);
    CHECK(count("book.company.") < 100);  // of 600

    SUBCASE("a short book still draws every row") {
        screen.open_preset("deal-web");
        screen.frames(3);
        const json state = screen.state();
        for (const json& id : state["view"]["deal_ids"]) {
            CHECK(screen.widgets().contains("deal.select." + id.get<std::string>()));
        }
    }
}
