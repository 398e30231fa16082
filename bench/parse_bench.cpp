// boomerang_bench_parse: how fast the headline parser reads (docs/PARSE.md), so the panel can
// read a paste as the reader types. Prints the median time per sentence over the corpus's
// sentences (tests/parse/corpus.json) and per 10 KB paragraph made of them.
#include "parse/headline.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int runs = 9;

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// Milliseconds per call of read_headline on each text, the median of `runs` passes over all.
double ms_per_text(const std::vector<std::string>& texts, std::size_t& drafts) {
    std::vector<double> per_text;
    for (int run = 0; run < runs; ++run) {
        drafts = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const std::string& text : texts) drafts += boomerang::parse::read_headline(text).drafts.size();
        const auto stop = std::chrono::steady_clock::now();
        per_text.push_back(std::chrono::duration<double, std::milli>(stop - start).count() /
                           static_cast<double>(texts.size()));
    }
    return median(per_text);
}

}  // namespace

int main() {
    std::ifstream in(BOOMERANG_SOURCE_DIR "/tests/parse/corpus.json");
    std::stringstream text;
    text << in.rdbuf();
    const auto corpus = nlohmann::json::parse(text.str(), nullptr, false);
    if (!corpus.is_object()) {
        std::fprintf(stderr, "boomerang_bench_parse: cannot read tests/parse/corpus.json\n");
        return 1;
    }
    std::vector<std::string> sentences;
    for (const auto& s : corpus.at("sentences")) sentences.push_back(s.at("text").get<std::string>());
    // Paragraphs of 10 KB: the sentences one after another, as an article's text would be.
    std::vector<std::string> paragraphs(1);
    for (std::size_t i = 0; paragraphs.size() < 8; ++i) {
        std::string& p = paragraphs.back();
        p += sentences[i % sentences.size()] + " ";
        if (p.size() >= 10 * 1024) paragraphs.emplace_back();
    }
    paragraphs.pop_back();
    std::size_t drafts = 0;
    const double sentence_ms = ms_per_text(sentences, drafts);
    std::printf("parse one sentence (median of %zu corpus sentences):  %.4f ms  (%zu drafts)\n", sentences.size(),
                sentence_ms, drafts);
    const double paragraph_ms = ms_per_text(paragraphs, drafts);
    std::printf("parse a 10 KB paragraph:                            %.3f ms  (%zu drafts)\n", paragraph_ms,
                drafts / paragraphs.size());
    return 0;
}
