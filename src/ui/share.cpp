#include "ui/share.hpp"

#include "io/permalink.hpp"

namespace boomerang::ui {

namespace {

// The page's address without any query or fragment: links add their own.
std::string_view page_base(std::string_view page_url) { return page_url.substr(0, page_url.find_first_of("?#")); }

// Sized for the stacked layout at a typical article width; the embed then posts its real
// height for hosts that adjust it (docs/WEB.md, "Embedding").
constexpr int kEmbedHeightCssPx = 640;

}  // namespace

std::string permalink_url(std::string_view page_url, std::string_view fragment) {
    return std::string(page_base(page_url)) + "#" + std::string(fragment);
}

std::string embed_url(std::string_view page_url, std::string_view fragment, EmbedView view, std::string_view deal) {
    std::string url = std::string(page_base(page_url)) + "?embed=1";
    if (view != EmbedView::all) url += "&view=" + std::string(embed_view_name(view));
    if (!deal.empty()) url += "&deal=" + std::string(deal);
    return url + "&theme=auto#" + std::string(fragment);
}

std::string embed_code(std::string_view page_url, const SharedBook& book, EmbedView view) {
    const std::string title = book.title.empty() ? "Boomerang: compute-deal calculator" : "Boomerang: " + book.title;
    return "<iframe src=\"" + escape_html(embed_url(page_url, book.fragment, view, book.deal)) + "\" title=\"" +
           escape_html(title) + "\" width=\"100%\" height=\"" + std::to_string(kEmbedHeightCssPx) +
           "\" loading=\"lazy\" style=\"border:0;max-width:100%\" "
           "sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads\" "
           "allow=\"clipboard-write\"></iframe>";
}

std::string image_link_code(std::string_view page_url, const SharedBook& book, std::string_view image_file_name) {
    const std::string title = book.title.empty() ? "A compute deal in Boomerang" : book.title;
    return "<a href=\"" + escape_html(permalink_url(page_url, book.fragment)) + "\"><img src=\"" +
           escape_html(image_file_name) + "\" alt=\"" + escape_html(title + " (open the live calculator)") +
           "\" style=\"max-width:100%\"></a>";
}

std::string query_value(std::string_view page_url, std::string_view key) {
    const auto hash = page_url.find('#');
    std::string_view query = page_url.substr(0, hash);
    const auto question = query.find('?');
    if (question == std::string_view::npos) return {};
    query.remove_prefix(question + 1);
    while (!query.empty()) {
        const auto end = query.find('&');
        const std::string_view pair = query.substr(0, end);
        if (pair.size() > key.size() && pair.substr(0, key.size()) == key && pair[key.size()] == '=') {
            return std::string(pair.substr(key.size() + 1));
        }
        if (end == std::string_view::npos) break;
        query.remove_prefix(end + 1);
    }
    return {};
}

std::string file_slug(std::string_view title) {
    std::string slug;
    bool dash = false;
    for (char c : title) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (alnum || upper) {
            if (dash && !slug.empty()) slug += '-';
            slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
            dash = false;
        } else {
            dash = true;
        }
        if (slug.size() >= 48) break;
    }
    return slug.empty() ? "book" : slug;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string_view embed_view_name(EmbedView view) {
    switch (view) {
        case EmbedView::inputs: return "inputs";
        case EmbedView::results: return "results";
        case EmbedView::charts: return "charts";
        case EmbedView::all: break;
    }
    return "all";
}

}  // namespace boomerang::ui
