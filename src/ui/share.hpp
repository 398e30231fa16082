// The text the sharing features hand out: page addresses, embed code, file names. Plain
// functions of the scenario and the page's address, so tests can read them.
#pragma once

#include <string>
#include <string_view>

#include "io/scenario_json.hpp"
#include "ui/host.hpp"

namespace boomerang::ui {

// "https://example.org/boomerang/" → the same with "#s1.…" for `file`.
std::string permalink_url(std::string_view page_url, const io::ScenarioFile& file);

// The same scenario as an embed: "?embed=1&view=…&theme=auto#s1.…".
std::string embed_url(std::string_view page_url, const io::ScenarioFile& file, EmbedView view);

// An <iframe> that loads lazily, has a title, runs in a sandbox and may open the full app in
// a new tab. Every text from the scenario is escaped for an HTML attribute.
std::string embed_code(std::string_view page_url, const io::ScenarioFile& file, EmbedView view);

// For newsletters that cannot run scripts: the exported picture, linking to the live app.
std::string image_link_code(std::string_view page_url, const io::ScenarioFile& file, std::string_view image_file_name);

// "AMD ↔ OpenAI: 6 GW…" → "amd-openai-6-gw"; "scenario" when nothing is left.
std::string file_slug(std::string_view title);

// & < > " ' as character references.
std::string escape_html(std::string_view text);

std::string_view embed_view_name(EmbedView view);  // "all", "inputs", "results", "charts"

}  // namespace boomerang::ui
