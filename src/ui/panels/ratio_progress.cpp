#include "ui/panels/ratio_progress.hpp"

#include "io/format.hpp"

#include <imgui.h>

#include <string>

namespace boomerang::ui {

bool draw_ratio_progress(const BookDocument& document, ViewContext& view) {
    const std::optional<double> progress = document.ratio_progress();
    if (!progress) return false;
    const std::string text = "Working out the fungible boomerang ratios of " +
                             std::to_string(document.results().companies.size()) +
                             " companies: " + io::format_percent(*progress);
    ImGui::ProgressBar(static_cast<float>(*progress), {-1.0f, 0.0f}, text.c_str());
    view.widgets.record_last_item("book.ratio_progress");
    return true;
}

}  // namespace boomerang::ui
