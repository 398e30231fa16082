// The presets in assets/scenarios: each loads cleanly, cites every value it sets, and
// reproduces the articles' arithmetic.
#include "io/presets.hpp"
#include "io/scenario_json.hpp"
#include "io/scenario_paths.hpp"
#include "io/scenario_sources.hpp"

#include "model/fields.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

using namespace boomerang;
namespace fs = std::filesystem;

namespace {

const fs::path folder = fs::path(BOOMERANG_SOURCE_DIR) / "assets" / "scenarios";

std::vector<std::string> preset_names() {
    const auto names = io::load_preset_index(testing::read_bytes(folder / "index.json"));
    REQUIRE_MESSAGE(names.ok(), names.error().message);
    return names.value();
}

io::LoadedScenario preset(const std::string& name) {
    auto loaded = io::load_scenario(testing::read_bytes(folder / name));
    INFO(name);
    REQUIRE_MESSAGE(loaded.ok(), loaded.error().message);
    return loaded.value();
}

// The four articles the presets may cite, as publication and title.
const std::set<std::string> articles{
    "Michael Parekh, AI: Reset to Zero (RTZ #854), “AI: Dazzling 'Boomerang' Deals to Scale AI”",
    "Su Yang, Tencent Technology, “Jensen Huang doesn't believe in bubbles; OpenAI needs a money "
    "printer”",
    "Gizmodo, “Microsoft, BlackRock and MGX partner with xAI on a $30B AI Infrastructure "
    "Partnership”",
    "“The Great AI Compute Race: Anthropic's Billion-Dollar Bet”",
};

}  // namespace

TEST_CASE("the preset index lists every scenario file in the folder, once") {
    std::set<std::string> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() == ".json" && entry.path().filename() != "index.json") {
            files.insert(entry.path().filename().string());
        }
    }
    const auto names = preset_names();
    CHECK(std::set<std::string>(names.begin(), names.end()) == files);
    CHECK(names.size() == files.size());
    CHECK(names.size() == 6);
}

TEST_CASE("the preset index refuses names that leave the folder") {
    const auto bad = io::load_preset_index(R"({"schema": "boomerang/presets@1", "presets": ["a.json", "../b.json"]})");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == "presets[1]");
    const auto twice = io::load_preset_index(R"({"schema": "boomerang/presets@1", "presets": ["a.json", "a.json"]})");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == "presets[1] lists \"a.json\" a second time");
}

TEST_CASE("every preset loads without error or warning and round-trips exactly") {
    for (const std::string& name : preset_names()) {
        INFO(name);
        const auto loaded = preset(name);
        CHECK(loaded.warnings.empty());
        CHECK_FALSE(loaded.file.title.empty());
        CHECK_FALSE(loaded.file.description.empty());
        const auto again = io::load_scenario(io::save_scenario(loaded.file));
        REQUIRE(again.ok());
        CHECK(again->file == loaded.file);
    }
}

TEST_CASE("every preset value that differs from the model's default has a source") {
    const model::Scenario defaults;
    for (const std::string& name : preset_names()) {
        const io::ScenarioFile file = preset(name).file;
        for (const model::InputField& f : model::input_fields()) {
            if (f.get(file.scenario) == f.get(defaults)) continue;
            const std::string path = io::field_path(f.section, f.key);
            INFO(name, ": ", path);
            CHECK(file.sources.count(path) == 1);
        }
        for (const model::ChoiceField& f : model::choice_fields()) {
            if (f.get(file.scenario) == f.get(defaults)) continue;
            const std::string path = io::field_path(f.section, f.key);
            INFO(name, ": ", path);
            CHECK(file.sources.count(path) == 1);
        }
        // A list that differs from the default is cited as a whole or item by item.
        const auto check_list = [&](const std::string& path, auto list) {
            model::Scenario only_this_list = defaults;
            (only_this_list.*list.first).*list.second = (file.scenario.*list.first).*list.second;
            if (io::same_inputs(only_this_list, defaults)) return;
            const std::size_t size = ((file.scenario.*list.first).*list.second).size();
            bool every_item = size > 0;
            for (std::size_t i = 0; i < size; ++i) {
                every_item = every_item && file.sources.count(path + "[" + std::to_string(i) + "]");
            }
            INFO(name, ": ", path);
            CHECK((file.sources.count(path) == 1 || every_item));
        };
        check_list("circularity.investment_tranches",
                   std::pair{&model::Scenario::circularity, &model::CircularityInputs::investment_tranches});
        check_list("circularity.warrant_tranches",
                   std::pair{&model::Scenario::circularity, &model::CircularityInputs::warrant_tranches});
        check_list("network.companies", std::pair{&model::Scenario::network, &model::NetworkInputs::companies});
        check_list("network.flows", std::pair{&model::Scenario::network, &model::NetworkInputs::flows});
    }
}

TEST_CASE("every citation names one of the four articles with a quote, or is an assumption") {
    for (const std::string& name : preset_names()) {
        const io::ScenarioFile file = preset(name).file;
        CHECK_FALSE(file.sources.empty());
        for (const auto& [path, citation] : file.sources) {
            INFO(name, ": ", path);
            CHECK(io::is_input_path(file.scenario, path));
            CHECK_FALSE(citation.text.empty());
            if (citation.kind == io::Citation::Kind::source) {
                CHECK(articles.count(citation.text) == 1);
                CHECK_FALSE(citation.quote.empty());
            }
        }
    }
}

TEST_CASE("AMD ↔ OpenAI: 6 GW is about 3M GPUs and at least $120B of hardware") {
    const auto r = preset("amd-openai.json").results;
    // "A total of 6GW corresponds to approximately 3 million GPUs, and the total hardware
    // investment is expected to exceed $120 billion" (Tencent Technology).
    CHECK(r.capacity.capacity_gw == 6.0);
    CHECK(r.capacity.gpus == 3e6);
    CHECK(r.capacity.hardware_capex_usd >= 120e9);
    // "up to nearly 10% of its shares": 160M of 1.62B.
    CHECK(r.circularity.warrant_stake_fraction == doctest::Approx(160e6 / 1.62e9));
    CHECK(r.circularity.warrant_stake_fraction < 0.10);
    CHECK(r.circularity.warrant_stake_fraction > 0.09);
    // The network's two flows form one loop.
    REQUIRE(r.network.cycles.size() == 1);
    CHECK(r.network.circular_share_fraction == 1.0);
}

TEST_CASE("OpenAI's $1T: 50 GW against Nvidia's 6.75M GPUs, 13.5 GW, a year") {
    const auto r = preset("openai-1t.json").results;
    // "OpenAI's computing power agreements exceed $1 trillion ... $20 billion [per GW] ...
    // a hardware demand for a 50GW data center" (Tencent Technology).
    CHECK(r.capacity.capacity_gw == 50.0);
    CHECK(r.supply.demand_gw == 50.0);
    // 900,000 wafers x half for Nvidia x 30 dies / 2 dies per GPU = "6.75 million GPUs".
    CHECK(r.supply.supply_gpus_per_year == 6.75e6);
    // 6.75M / 500,000 per GW = 13.5 GW, the article's "nearly 14GW".
    CHECK(r.supply.supply_gw_per_year == 13.5);
    CHECK(r.supply.years_to_deliver == doctest::Approx(50.0 / 13.5));
    // "a gigawatt of new AI infrastructure every week": 52 GW a year.
    CHECK(r.supply.target_gw_per_year == 52.0);
}

TEST_CASE("Anthropic → SpaceX: $3.75B of the $15B is firm on 90 days' notice") {
    const auto r = preset("anthropic-spacex.json").results;
    CHECK(r.commitment.headline_value_usd == 15e9);
    CHECK(r.commitment.notice_months == 3.0);
    CHECK(r.commitment.firm_value_usd == 3.75e9);  // three payments of $1.25B
    CHECK(r.commitment.firm_share_fraction == 0.25);
    CHECK(r.network.cycles.empty());  // a one-way contract
}

TEST_CASE("Nvidia → OpenAI: $100B in ten $10B tranches over 10 GW") {
    const auto loaded = preset("nvidia-openai.json");
    const auto& r = loaded.results;
    CHECK(loaded.file.scenario.circularity.investment_tranches.size() == 10);
    CHECK(r.circularity.investment_committed_usd == 100e9);
    CHECK(r.capacity.capacity_gw == 10.0);
    // "its market value increased by nearly $180 billion".
    CHECK(loaded.file.scenario.circularity.market_cap_change_usd == 180e9);
    REQUIRE(r.network.cycles.size() == 1);
}

TEST_CASE("xAI's partnership: $30B of data centers is 1 GW at $20B + $10B per GW") {
    const auto r = preset("xai-aip.json").results;
    CHECK(r.capacity.capacity_gw == 1.0);
    CHECK(r.capacity.gpus == 500e3);
    CHECK(r.capacity.total_capex_usd == 30e9);
}

TEST_CASE("the 2025 deal web: Nvidia, OpenAI, AMD and Oracle share one loop") {
    const auto loaded = preset("deal-web-2025.json");
    const auto& network = loaded.results.network;
    const auto cycle_of = [&](const std::string& name) {
        const auto it = std::find_if(network.companies.begin(), network.companies.end(),
                                     [&](const model::CompanyResult& c) { return c.name == name; });
        REQUIRE(it != network.companies.end());
        return it->cycle_index;
    };
    REQUIRE(cycle_of("Nvidia").has_value());
    CHECK(cycle_of("OpenAI") == cycle_of("Nvidia"));
    CHECK(cycle_of("AMD") == cycle_of("Nvidia"));
    CHECK(cycle_of("Oracle") == cycle_of("Nvidia"));
    CHECK(cycle_of("xAI") == cycle_of("Nvidia"));
    // Money only leaves these: no loop.
    CHECK_FALSE(cycle_of("Anthropic").has_value());
    CHECK_FALSE(cycle_of("SpaceX").has_value());
    CHECK_FALSE(cycle_of("CoreWeave").has_value());
}
