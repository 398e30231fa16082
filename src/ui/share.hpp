// The text the sharing features hand out: page addresses, embed code, file names. Plain
// functions of the book and the page's address, so tests can read them.
#pragma once

#include <string>
#include <string_view>

#include "io/scenario_json.hpp"
#include "ui/host.hpp"

namespace boomerang::ui {

// What a shared book is to these texts: its link fragment (without '#') and its title.
struct SharedBook {
    std::string fragment;  // "p1.amd-openai.1", "b1.…"
    std::string title;
    std::string deal;  // the one deal an embed shows ("" for the whole book)
};

// "https://example.org/boomerang/" → the same with "#<fragment>".
std::string permalink_url(std::string_view page_url, std::string_view fragment);

// The same book as an embed: "?embed=1&view=…[&deal=<id>]&theme=auto#<fragment>".
std::string embed_url(std::string_view page_url, std::string_view fragment, EmbedView view, std::string_view deal = {});

// The value of `key` in the page address's query ("…?embed=1&deal=amd-openai#…" → "amd-openai"
// for "deal"); "" when absent. Values are taken as they are: deal ids need no escaping.
std::string query_value(std::string_view page_url, std::string_view key);

// An <iframe> that loads lazily, has a title, runs in a sandbox and may open the full app in
// a new tab. Every text from the book is escaped for an HTML attribute.
std::string embed_code(std::string_view page_url, const SharedBook& book, EmbedView view);

// For newsletters that cannot run scripts: the exported picture, linking to the live app.
std::string image_link_code(std::string_view page_url, const SharedBook& book, std::string_view image_file_name);

// "AMD ↔ OpenAI: 6 GW…" → "amd-openai-6-gw"; "book" when nothing is left.
std::string file_slug(std::string_view title);

// & < > " ' as character references.
std::string escape_html(std::string_view text);

std::string_view embed_view_name(EmbedView view);  // "all", "inputs", "results", "charts"

}  // namespace boomerang::ui
