// What the sharing buttons hand out: links, embed code, picture + link code, file names.
#include <doctest/doctest.h>

#include "ui/share.hpp"

using namespace boomerang;
using ui::EmbedView;

namespace {

// A book's link as the app makes it; its contents do not matter here.
const std::string fragment = "p1.amd-openai.1";

}  // namespace

TEST_CASE("a permalink is the page's address with the book's link as its fragment") {
    CHECK(ui::permalink_url("https://example.org/boomerang/", fragment) ==
          "https://example.org/boomerang/#" + fragment);
    SUBCASE("an old fragment or query on the page's address is dropped") {
        CHECK(ui::permalink_url("https://example.org/b/?embed=1#s1.old", fragment) ==
              "https://example.org/b/#" + fragment);
    }
}

TEST_CASE("embed addresses ask for embed mode, the chosen panel and the reader's theme") {
    CHECK(ui::embed_url("https://e.org/", fragment, EmbedView::all) == "https://e.org/?embed=1&theme=auto#" + fragment);
    CHECK(ui::embed_url("https://e.org/", fragment, EmbedView::charts) ==
          "https://e.org/?embed=1&view=charts&theme=auto#" + fragment);
}

TEST_CASE("embed code is a lazy, titled, sandboxed iframe with the title escaped") {
    const std::string code =
        ui::embed_code("https://e.org/", {fragment, "A \"deal\" <b>&</b>", ""}, EmbedView::results);
    CHECK(code.rfind("<iframe src=\"https://e.org/?embed=1&amp;view=results&amp;theme=auto#p1.amd-openai.1\"", 0) == 0);
    CHECK(code.find("title=\"Boomerang: A &quot;deal&quot; &lt;b&gt;&amp;&lt;/b&gt;\"") != std::string::npos);
    CHECK(code.find("loading=\"lazy\"") != std::string::npos);
    CHECK(code.find("sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads\"") !=
          std::string::npos);
    // Without allow-same-origin the embed cannot reach its host's cookies or storage.
    CHECK(code.find("allow-same-origin") == std::string::npos);
    CHECK(code.find("<b>") == std::string::npos);
}

TEST_CASE("picture + link code links the picture to the live book") {
    const std::string code = ui::image_link_code("https://e.org/", {fragment, "Deal <1>", ""}, "deal-1.png");
    CHECK(code == "<a href=\"https://e.org/#" + fragment +
                      "\"><img src=\"deal-1.png\" alt=\"Deal &lt;1&gt; (open the live calculator)\" "
                      "style=\"max-width:100%\"></a>");
}

TEST_CASE("file names come from the title, lower case, one dash between words") {
    CHECK(ui::file_slug("AMD ↔ OpenAI: 6 GW of orders") == "amd-openai-6-gw-of-orders");
    CHECK(ui::file_slug("  --  ") == "book");
    CHECK(ui::file_slug("") == "book");
    CHECK(ui::file_slug(std::string(100, 'a')).size() == 48);
}

TEST_CASE("an embed of one deal names it in the address, and the app reads it back") {
    CHECK(ui::embed_url("https://e.org/", fragment, EmbedView::results, "amd-openai") ==
          "https://e.org/?embed=1&view=results&deal=amd-openai&theme=auto#" + fragment);
    CHECK(ui::query_value("https://e.org/?embed=1&view=results&deal=amd-openai&theme=auto#p1.x", "deal") ==
          "amd-openai");
    CHECK(ui::query_value("https://e.org/?embed=1", "deal") == "");
    CHECK(ui::query_value("https://e.org/#p1.x?deal=no", "deal") == "");
    CHECK(ui::query_value("https://e.org/?undeal=x&deal=y", "deal") == "y");
}
