// Sharing, for hosts that can (a browser page): "Copy link", "Embed…", "Export" (PNG image,
// CSV figures, JSON book) and "Import…" in the header; the embed dialog; the notice bar.
//
// Nothing here touches the clipboard or the disk: every button queues a HostRequest that the
// platform carries out after the frame (ui/host.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ui/host.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct ShareState {
    std::string page_url;  // the page's address, for links and embed code (set by the host)
    bool embed_dialog_requested = false;
    EmbedView embed_view = EmbedView::all;  // what the embed code shows
    bool embed_one_deal = false;            // the selected deal only, not the whole book
    std::vector<HostRequest> requests;      // taken by the host after each frame
    std::optional<Notice> notice;
};

// The header buttons. Call inside the header, after the buttons before them on the line.
// `fragment` is the book's link without '#', or "" while the page is still making it.
void draw_share_buttons(const BookDocument& document, const std::string& fragment, ShareState& state,
                        ViewContext& view);

// The "Embed" dialog, while open. Call every frame, outside any window.
// `deal_id` is the selected deal, which an embed of one deal shows.
void draw_embed_dialog(const BookDocument& document, const std::string& fragment, const std::string& deal_id,
                       ShareState& state, ViewContext& view);

// The notice across the top, with its actions and a close button, if there is one.
void draw_notice(ShareState& state, ViewContext& view);

// The picture's file name for this book: "amd-openai-6-gw.png".
std::string image_file_name(const BookDocument& document);

}  // namespace boomerang::ui
