// A click whose move, press and release arrive between two frames acts like any other click
// (ui/pointer_pacing.hpp), on every kind of widget: tabs, which Dear ImGui lets take a press
// only after a hovered frame, buttons and selectables.
#include <doctest/doctest.h>
#include <imgui.h>

#include "ui/pointer_pacing.hpp"

#include <string>

using boomerang::ui::PointerPacing;

namespace {

// A window with two tabs, a button and a selectable; each frame reports what it drew.
class Page {
public:
    Page() : previous_(ImGui::GetCurrentContext()), context_(ImGui::CreateContext()) {
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = {600.0f, 400.0f};
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        io.Fonts->AddFontDefault();
        io.Fonts->Build();
    }
    ~Page() {
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous_);
    }
    Page(const Page&) = delete;
    Page& operator=(const Page&) = delete;

    void frame(PointerPacing* pacing) {
        if (pacing) pacing->before_new_frame();
        ImGui::NewFrame();
        if (pacing) pacing->after_new_frame();
        ImGui::SetNextWindowPos({0.0f, 0.0f});
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
        if (ImGui::BeginTabBar("tabs")) {
            if (ImGui::BeginTabItem("First")) {
                shown = "first";
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Second")) {
                shown = "second";
                ImGui::EndTabItem();
            }
            second_tab = rect_of_last_item();
            ImGui::EndTabBar();
        }
        if (ImGui::Button("Press me")) ++button_presses;
        button = rect_of_last_item();
        if (ImGui::Selectable("Pick me", picked)) picked = !picked;
        selectable = rect_of_last_item();
        ImGui::End();
        ImGui::Render();
    }

    // Moves to the middle of `rect`, presses and releases, all before the next frame.
    void quick_click(ImVec4 rect) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(rect.x + rect.z / 2, rect.y + rect.w / 2);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
    }

    std::string shown;
    int button_presses = 0;
    bool picked = false;
    ImVec4 second_tab, button, selectable;  // x, y, width, height

private:
    static ImVec4 rect_of_last_item() {
        const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
        return {min.x, min.y, size.x, size.y};
    }
    ImGuiContext* previous_;
    ImGuiContext* context_;
};

}  // namespace

TEST_CASE("a quick click on a tab opens it") {
    SUBCASE("paced: the tab is hovered a frame before the press reaches it") {
        Page page;
        PointerPacing pacing;
        page.frame(&pacing);
        page.frame(&pacing);
        REQUIRE(page.shown == "first");
        page.quick_click(page.second_tab);
        for (int i = 0; i < 4; ++i) page.frame(&pacing);
        CHECK(page.shown == "second");
    }
    SUBCASE("unpaced, Dear ImGui ignores it: the reason for the pacing") {
        Page page;
        page.frame(nullptr);
        page.frame(nullptr);
        page.quick_click(page.second_tab);
        for (int i = 0; i < 4; ++i) page.frame(nullptr);
        CHECK(page.shown == "first");
    }
}

TEST_CASE("a quick click on a button or a selectable counts once") {
    Page page;
    PointerPacing pacing;
    page.frame(&pacing);
    page.quick_click(page.button);
    for (int i = 0; i < 4; ++i) page.frame(&pacing);
    CHECK(page.button_presses == 1);
    page.quick_click(page.selectable);
    for (int i = 0; i < 4; ++i) page.frame(&pacing);
    CHECK(page.picked);
}

TEST_CASE("two quick clicks in one frame both arrive, in order") {
    Page page;
    PointerPacing pacing;
    page.frame(&pacing);
    page.quick_click(page.button);
    page.quick_click(page.selectable);
    for (int i = 0; i < 8; ++i) page.frame(&pacing);
    CHECK(page.button_presses == 1);
    CHECK(page.picked);
    CHECK_FALSE(pacing.holding());
}
