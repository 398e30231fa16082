#include "ui/panels/about_panel.hpp"

#include <array>
#include <string_view>

#include <imgui.h>

#include "version/version.hpp"

namespace boomerang::ui {

namespace {

constexpr float kWidthEm = 34.0f;

struct Article {
    const char* citation;
    const char* about;
};

// The articles the presets cite (publication and title), as listed in docs/MODELS.md.
constexpr std::array kArticles = {
    Article{"Michael Parekh, “AI: Dazzling 'Boomerang' Deals to Scale AI”, AI: Reset to Zero, RTZ #854",
            "Nvidia's up-to-$100B investment in OpenAI; circular vendor/customer deals; \"a gigawatt of new AI "
            "infrastructure every week\"."},
    Article{"Su Yang, Tencent Technology: “Jensen Huang doesn't believe in bubbles; OpenAI needs a money printer”",
            "AMD–OpenAI 6 GW with warrants for ~10% of AMD at $0.01; 1 GW ≈ 500,000 GPUs and > $20B of hardware; "
            "OpenAI's > $1T of commitments ≈ 50 GW; CoWoS supply ≈ 6.75M GPUs in 2025."},
    Article{"Gizmodo: “Microsoft, BlackRock and MGX partner with xAI on a $30B AI Infrastructure Partnership”",
            "The $30B AI Infrastructure Partnership; Colossus with over one million GPUs."},
    Article{"“The Great AI Compute Race: Anthropic's Billion-Dollar Bet”",
            "Anthropic's $15B compute deal with SpaceX at $1.25B a month; either side may exit on 90 days' notice."},
};

}  // namespace

void draw_about_panel(bool& open) {
    if (!open) return;
    ImGui::SetNextWindowSize({ImGui::GetFontSize() * kWidthEm, 0.0f}, ImGuiCond_Always);
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, {0.5f, 0.5f});
    if (!ImGui::Begin("About Boomerang & sources", &open,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    ImGui::TextWrapped(
        "Boomerang turns an AI compute deal's headline (dollars, gigawatts) into what it means: GPUs, what it "
        "costs to own and run, how much is firm once exit clauses are counted, and how much of the money comes "
        "back to the investor. Hover over any input for its meaning and source, and over any result for its "
        "formula and the inputs it used.");
    ImGui::Spacing();
    // The line to quote in a bug report: which release, and which commit of it.
    const std::string_view label = version::label();
    ImGui::TextDisabled("Version %.*s", static_cast<int>(label.size()), label.data());
    ImGui::Spacing();
    ImGui::TextWrapped(
        "Every formula, with units and worked examples, is in docs/MODELS.md in the source "
        "repository; scenario files are described in docs/SCENARIO.md.");
    ImGui::SeparatorText("Sources");
    for (const Article& article : kArticles) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", article.citation);
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", article.about);
        ImGui::PopStyleColor();
        ImGui::Unindent();
    }
    ImGui::Spacing();
    ImGui::TextWrapped(
        "Reporters' figures are stated as published; values not in the articles are marked as "
        "assumptions in each preset.");
    ImGui::End();
}

}  // namespace boomerang::ui
