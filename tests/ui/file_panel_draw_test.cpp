// The File section and the close prompt, driven like a user would: a headless Dear ImGui
// context (built-in font, no window, no GPU) fed mouse clicks on the widgets' recorded
// rectangles and key presses, one frame at a time.
#include "ui/panels/file_panel.hpp"

#include "../fixtures/preset_books.hpp"
#include "../support.hpp"
#include "headless_imgui.hpp"

#include "io/book_json.hpp"
#include "io/file_io.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

using namespace boomerang;
using boomerang::testing::read_bytes;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;
using boomerang::ui::BookDocument;
using boomerang::ui::FileState;

namespace {

const std::string preset_path = io::absolute_path(testing::preset_books_folder + "anthropic-spacex-v1.json");

// The app's layout in miniature: the File section in a window, the close prompt above it.
class Screen {
public:
    // One frame; true when the File section opened a file in it.
    bool frame(BookDocument& document, FileState& state) {
        widgets_.begin_frame();
        ui::ViewContext view{fonts_, ui::Theme::light, ui::palette(ui::Theme::light), 1.0f, widgets_};
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0.0f, 0.0f});
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("app", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        const bool opened = ui::draw_file_panel(document, state, view);
        ImGui::End();
        ui::draw_close_dialog(document, state, view);
        ImGui::Render();
        return opened;
    }

    bool shows(const std::string& id) const { return nlohmann::json::parse(widgets_.to_json()).contains(id); }

    // Presses and releases the mouse on the middle of widget `id`; true if a frame opened a file.
    bool click(const std::string& id, BookDocument& document, FileState& state) {
        const auto rect = nlohmann::json::parse(widgets_.to_json()).at(id);
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(rect["x"].get<float>() + rect["width"].get<float>() / 2,
                            rect["y"].get<float>() + rect["height"].get<float>() / 2);
        bool opened = frame(document, state);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        opened |= frame(document, state);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        opened |= frame(document, state);
        return opened;
    }

    // Ctrl + `key`, as the GLFW backend sends it: the modifier first.
    void chord(ImGuiKey key, BookDocument& document, FileState& state) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        frame(document, state);
        io.AddKeyEvent(key, true);
        frame(document, state);
        io.AddKeyEvent(key, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        frame(document, state);
    }

private:
    test::HeadlessImGui imgui_{{1000.0f, 700.0f}};
    ui::Fonts fonts_{imgui_.font(), imgui_.font(), imgui_.font()};
    ui::WidgetRects widgets_;
};

void edit(BookDocument& document) {
    auto book = document.book();
    *book.deals.at(0).exit->notice_days += 1.0;
    REQUIRE(document.apply(book) == "");
}

// The Anthropic preset, as the app opens it.
BookDocument preset_document() {
    return BookDocument(io::load_book(read_bytes(preset_path)).value().file, "anthropic-spacex");
}

// A few frames: a new popup measures itself before it is placed.
void settle(Screen& screen, BookDocument& document, FileState& state) {
    for (int i = 0; i < 3; ++i) screen.frame(document, state);
}

}  // namespace

TEST_CASE("closing with unsaved changes asks first") {
    TempFolder folder;
    Screen screen;
    BookDocument document = preset_document();
    FileState state;
    const std::string path = folder / "mine.json";
    edit(document);
    state.close_requested = true;
    settle(screen, document, state);
    REQUIRE(screen.shows("file.close.save"));

    SUBCASE("Don't save: the window may close, nothing is written") {
        screen.click("file.close.discard", document, state);
        CHECK(state.close_confirmed);
        CHECK(folder.entries().empty());
    }
    SUBCASE("Cancel: back to editing, the prompt is gone") {
        screen.click("file.close.cancel", document, state);
        CHECK_FALSE(state.close_requested);
        CHECK_FALSE(state.close_confirmed);
        screen.frame(document, state);
        CHECK_FALSE(screen.shows("file.close.save"));
    }
    SUBCASE("Save without a file: the prompt asks for a path, then saves there and closes") {
        screen.click("file.close.save", document, state);
        CHECK_FALSE(state.close_confirmed);
        CHECK(state.message == "Nowhere to save: type the path of a file in the field");
        CHECK(screen.shows("file.close.path"));
        state.path_text = path;
        screen.click("file.close.save", document, state);
        CHECK(state.close_confirmed);
        CHECK_FALSE(document.modified());
        CHECK(read_bytes(path) == io::save_book(document.file()));
    }
}

TEST_CASE("closing a document opened from a file saves back to that file") {
    TempFolder folder;
    Screen screen;
    BookDocument document = preset_document();
    FileState state;
    const std::string path = folder / "mine.json";
    write_bytes(path, read_bytes(preset_path));
    REQUIRE(open_book_file(document, state, path) == "");
    edit(document);
    state.path_text = folder / "elsewhere.json";
    state.close_requested = true;
    settle(screen, document, state);

    CHECK_FALSE(screen.shows("file.close.path"));
    screen.click("file.close.save", document, state);
    CHECK(state.close_confirmed);
    CHECK(read_bytes(path) == io::save_book(document.file()));
    CHECK(folder.entries() == std::vector<std::string>{"mine.json"});
}

TEST_CASE("Ctrl+S saves to the document's own file, or to the field once a preset replaced it") {
    TempFolder folder;
    Screen screen;
    BookDocument document = preset_document();
    FileState state;
    const std::string mine = folder / "mine.json";
    const std::string original = read_bytes(preset_path);
    write_bytes(mine, original);
    REQUIRE(open_book_file(document, state, mine) == "");
    edit(document);

    SUBCASE("the document's own file") {
        screen.chord(ImGuiKey_S, document, state);
        CHECK(state.message == "Saved " + mine);
        CHECK(read_bytes(mine) == io::save_book(document.file()));
    }
    SUBCASE("a preset chosen in the header is not saved over the file opened before") {
        REQUIRE(document.open(preset_document().file(), "nvidia-openai") == "");
        const std::string other = folder / "other.json";
        state.path_text = other;
        screen.chord(ImGuiKey_S, document, state);
        CHECK(state.message == "Saved " + other);
        CHECK(read_bytes(mine) == original);
    }
}

TEST_CASE("Ctrl+O puts the cursor in the path field") {
    Screen screen;
    BookDocument document = preset_document();
    FileState state;
    screen.frame(document, state);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    screen.chord(ImGuiKey_O, document, state);
    screen.frame(document, state);  // io.WantTextInput tells about the frame before
    CHECK(ImGui::GetIO().WantTextInput);
}

TEST_CASE("clicking a recent file opens it") {
    Screen screen;
    BookDocument document = preset_document();
    FileState state;
    state.recent = {preset_path};
    screen.frame(document, state);
    CHECK(screen.click("file.recent.0", document, state));
    CHECK(document.origin_name() == "anthropic-spacex-v1.json");
    CHECK(state.current_path == preset_path);
}

TEST_CASE("with the system's dialogs, Open… and Save as… ask the host, and its answer is acted on") {
    using Kind = ui::HostRequest::Kind;
    using Outcome = ui::FileDialogAnswer::Outcome;
    TempFolder folder;
    Screen screen;
    BookDocument document = preset_document();  // a preset: no file of its own
    FileState state;
    state.dialogs = true;
    screen.frame(document, state);
    // The folder the app was started in, as the dialog is told it: with a separator at the end
    // ('/', or '\\' on Windows).
    const std::string working_folder = io::absolute_path(".");
    REQUIRE(working_folder.back() == static_cast<char>(std::filesystem::path::preferred_separator));

    SUBCASE("Open…: asked once, in the working folder; the chosen file opens") {
        screen.click("file.open", document, state);
        REQUIRE(state.requests.size() == 1);
        CHECK(state.requests[0].kind == Kind::choose_file_to_open);
        CHECK(state.requests[0].start_path == working_folder);
        screen.click("file.open", document, state);  // disabled while the dialog is open
        CHECK(state.requests.size() == 1);
        CHECK(ui::answer_file_dialog(document, state, {.outcome = Outcome::chosen, .path = preset_path}));
        CHECK(document.origin_name() == "anthropic-spacex-v1.json");
        CHECK(state.current_path == preset_path);
        CHECK(state.message == "Opened " + preset_path);
        CHECK_FALSE(state.dialog_asked);
    }
    SUBCASE("Save without a file of its own: the dialog proposes one named after the book") {
        edit(document);
        screen.chord(ImGuiKey_S, document, state);
        REQUIRE(state.requests.size() == 1);
        CHECK(state.requests[0].kind == Kind::choose_file_to_save);
        CHECK(state.requests[0].start_path == working_folder + "anthropic-spacex.json");
        const std::string path = folder / "mine.json";
        CHECK_FALSE(ui::answer_file_dialog(document, state, {.outcome = Outcome::chosen, .path = path}));
        CHECK(state.message == "Saved " + path);
        CHECK(read_bytes(path) == io::save_book(document.file()));
        CHECK_FALSE(document.modified());

        // Now it has one: Ctrl+S saves there without asking.
        edit(document);
        screen.chord(ImGuiKey_S, document, state);
        CHECK(state.requests.size() == 1);
        CHECK(read_bytes(path) == io::save_book(document.file()));
    }
    SUBCASE("Save as…: the dialog starts at the book's own file") {
        const std::string mine = folder / "mine.json";
        write_bytes(mine, read_bytes(preset_path));
        REQUIRE(open_book_file(document, state, mine) == "");
        screen.click("file.save_as", document, state);
        REQUIRE(state.requests.size() == 1);
        CHECK(state.requests[0].kind == Kind::choose_file_to_save);
        CHECK(state.requests[0].start_path == mine);
    }
    SUBCASE("Cancel changes nothing, and the buttons work again") {
        screen.click("file.open", document, state);
        CHECK_FALSE(ui::answer_file_dialog(document, state, {.outcome = Outcome::cancelled}));
        CHECK(document.origin_name() == "anthropic-spacex");
        CHECK(state.message.empty());
        CHECK(state.dialogs);
        screen.click("file.open", document, state);
        CHECK(state.requests.size() == 2);
    }
    SUBCASE("a dialog that fails says why, and from then on the buttons use the path field") {
        screen.click("file.open", document, state);
        CHECK_FALSE(ui::answer_file_dialog(
            document, state, {.outcome = Outcome::failed, .problem = "zenity ended with exit status 255"}));
        CHECK(state.message ==
              "The system's file dialog failed: zenity ended with exit status 255. "
              "Type the file's path in the field instead");
        CHECK(state.message_is_error);
        CHECK_FALSE(state.dialogs);
        state.path_text = preset_path;
        CHECK(screen.click("file.open", document, state));
        CHECK(document.origin_name() == "anthropic-spacex-v1.json");
        CHECK(state.requests.size() == 1);
    }
}
