// Scenario files (io/scenario_json.hpp): what they hold, what loading warns about, and what it
// refuses, each refusal naming the path of the value at fault.
#include "io/scenario_json.hpp"
#include "io/scenario_paths.hpp"
#include "io/scenario_sources.hpp"

#include "model/fields.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace boomerang;
using io::load_scenario;
using io::save_scenario;

namespace {

const std::string header = R"("schema": "boomerang/scenario@1")";

// A file with the schema line and `body` (more members, or nothing).
std::string file_with(const std::string& body) { return "{" + header + (body.empty() ? "" : ", " + body) + "}"; }

io::LoadedScenario loaded(const std::string& text) {
    auto result = load_scenario(text);
    INFO(text);
    REQUIRE_MESSAGE(result.ok(), result.error().message);
    return result.value();
}

model::Error refused(const std::string& text) {
    const auto result = load_scenario(text);
    INFO(text);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

}  // namespace

TEST_CASE("a file with only the schema is the model's default scenario") {
    const auto file = loaded(file_with(""));
    CHECK(io::same_inputs(file.file.scenario, model::Scenario{}));
    CHECK(file.file.title.empty());
    CHECK(file.file.sources.empty());
    CHECK(file.warnings.empty());
}

TEST_CASE("missing keys keep the model's defaults") {
    const auto file = loaded(file_with(R"("capacity": {"capacity_gw": 8, "size_by": "capacity"})"));
    model::Scenario expected;
    expected.capacity.capacity_gw = 8;
    CHECK(io::same_inputs(file.file.scenario, expected));
}

TEST_CASE("title, description, lists and sources are read") {
    const auto file = loaded(file_with(R"(
        "title": "Two firms", "description": "A loop.",
        "network": {
          "companies": [{"name": "A", "pass_on_fraction": 0.5}, {"name": "B"}],
          "flows": [{"from": "A", "to": "B", "amount_usd": 2e9, "type": "chip_purchase"}]
        },
        "sources": {
          "network.flows[0]": {"source": "An article", "quote": "two billion", "note": "as is"},
          "network.companies": {"assumption": "a guess"}
        })"));
    const model::NetworkInputs& network = file.file.scenario.network;
    CHECK(file.file.title == "Two firms");
    CHECK(file.file.description == "A loop.");
    REQUIRE(network.companies.size() == 2);
    CHECK(network.companies[0].pass_on_fraction == 0.5);
    CHECK(network.companies[1].pass_on_fraction == model::Company{}.pass_on_fraction);
    REQUIRE(network.flows.size() == 1);
    CHECK(network.flows[0].amount_usd == 2e9);
    CHECK(network.flows[0].type == model::FlowType::chip_purchase);
    CHECK(file.file.sources.at("network.flows[0]") ==
          io::Citation{io::Citation::Kind::source, "An article", "two billion", "as is"});
    CHECK(file.file.sources.at("network.companies").kind == io::Citation::Kind::assumption);
    CHECK(file.warnings.empty());
}

TEST_CASE("save writes every input and reads back exactly") {
    io::ScenarioFile file;
    file.title = "Round trip";
    file.description = "Numbers that need all 17 digits.";
    file.scenario.capacity.capacity_gw = 0.1 + 0.2;  // 0.30000000000000004
    file.scenario.capacity.size_by = model::SizeBy::capacity;
    file.scenario.commitment.exit_probability_per_year = 1.0 / 3.0;
    file.scenario.network.flows[0].type = model::FlowType::warrants;
    file.sources["capacity.capacity_gw"] = {io::Citation::Kind::assumption, "why", "", ""};

    const std::string text = save_scenario(file);
    CHECK(loaded(text).file == file);
    CHECK(save_scenario(loaded(text).file) == text);

    SUBCASE("every registry field is written, sections in the model's order") {
        for (const model::InputField& f : model::input_fields()) {
            CHECK(text.find("\"" + std::string(f.key) + "\":") != std::string::npos);
        }
        const auto at = [&](const char* key) { return text.find(std::string("\"") + key + "\": {"); };
        CHECK(text.rfind("{\n  \"schema\": \"boomerang/scenario@1\",", 0) == 0);
        CHECK(at("capacity") < at("commitment"));
        CHECK(at("commitment") < at("circularity"));
        CHECK(at("circularity") < at("network"));
        CHECK(at("network") < at("supply"));
        CHECK(at("supply") < at("sources"));
        CHECK(text.back() == '\n');
    }
}

TEST_CASE("unknown keys are warned about with their path and the nearest known key") {
    SUBCASE("in a section") {
        const auto file = loaded(file_with(R"("capacity": {"capcity_gw": 3})"));
        CHECK(file.warnings == std::vector<std::string>{"unknown key capacity.capcity_gw (did you mean capacity_gw?)"});
        CHECK(file.file.scenario.capacity.capacity_gw == model::CapacityInputs{}.capacity_gw);
    }
    SUBCASE("at the top, and without a near match") {
        const auto file = loaded(file_with(R"("capcity": {}, "zzz": 1)"));
        CHECK(file.warnings ==
              std::vector<std::string>{"unknown key capcity (did you mean capacity?)", "unknown key zzz"});
    }
    SUBCASE("in a list item") {
        const auto file = loaded(file_with(R"("network": {"companies": [{"name": "A"}, {"name": "B"}],
            "flows": [{"from": "A", "to": "B", "amout_usd": 1}]})"));
        CHECK(file.warnings ==
              std::vector<std::string>{"unknown key network.flows[0].amout_usd (did you mean amount_usd?)"});
    }
    SUBCASE("a source for an input that does not exist") {
        const auto file = loaded(file_with(R"("sources": {"capacity.capcity_gw": {"assumption": "x"}})"));
        CHECK(file.warnings == std::vector<std::string>{"sources name an input that does not exist: "
                                                        "capacity.capcity_gw (did you mean capacity.capacity_gw?)"});
    }
}

TEST_CASE("input paths name fields, lists and existing list items") {
    const model::Scenario s;  // the default network has 4 companies and 5 flows
    CHECK(io::is_input_path(s, "capacity.capacity_gw"));
    CHECK(io::is_input_path(s, "capacity.size_by"));
    CHECK(io::is_input_path(s, "circularity.investment_tranches"));
    CHECK(io::is_input_path(s, "network.flows[0]"));
    CHECK(io::is_input_path(s, "network.flows[4]"));
    CHECK_FALSE(io::is_input_path(s, "network.flows[5]"));
    CHECK_FALSE(io::is_input_path(s, "network.flows[01]"));
    CHECK_FALSE(io::is_input_path(s, "network.flows[]"));
    CHECK_FALSE(io::is_input_path(s, "capacity.total_capex_usd"));  // an output
    CHECK_FALSE(io::is_input_path(s, "capacity"));
}

TEST_CASE("values the model cannot use are refused, naming the field") {
    SUBCASE("a string where a number belongs, such as \"NaN\"") {
        const auto e = refused(file_with(R"("capacity": {"capacity_gw": "NaN"})"));
        CHECK(e.field == "capacity.capacity_gw");
        CHECK(e.message == R"(capacity.capacity_gw must be a number (got "NaN"))");
    }
    SUBCASE("a value outside the field's bounds") {
        const auto e = refused(file_with(R"("capacity": {"capacity_gw": -3})"));
        CHECK(e.field == "capacity.capacity_gw");
        CHECK(e.message == "capacity.capacity_gw must be a finite number > 0 (got -3)");
    }
    SUBCASE("an absurdly large value") {
        const auto e = refused(file_with(R"("capacity": {"capacity_gw": 1e300})"));
        CHECK(e.field == "capacity.capacity_gw");
        CHECK(e.message ==
              "capacity.capacity_gw must be a finite number of at most 1e+15 in size; larger "
              "values are typing slips, not deals (got 1e+300)");
    }
    SUBCASE("a number too large for a double is a JSON error, located at its field") {
        const auto e = refused(file_with(R"("capacity": {"capacity_gw": 1e400})"));
        CHECK(e.field == "capacity.capacity_gw");
        CHECK(e.message.rfind("The file is not valid JSON (in capacity.capacity_gw): line 1, "
                              "column ",
                              0) == 0);
    }
    SUBCASE("a choice that is not one of its options") {
        const auto e = refused(file_with(R"("capacity": {"size_by": "gw"})"));
        CHECK(e.field == "capacity.size_by");
        CHECK(e.message == R"(capacity.size_by must be "deal_size", "capacity" or "gpus" (got "gw"))");
    }
    SUBCASE("a list item of the wrong type") {
        const auto e = refused(file_with(R"("network": {"flows": [{"amount_usd": true}]})"));
        CHECK(e.field == "network.flows[0].amount_usd");
        CHECK(e.message == "network.flows[0].amount_usd must be a number, not true");
    }
    SUBCASE("an unknown flow type") {
        const auto e = refused(file_with(R"("network": {"flows": [{"type": "loan"}]})"));
        CHECK(e.field == "network.flows[0].type");
        CHECK(e.message ==
              "network.flows[0].type must be \"equity_investment\", \"chip_purchase\", "
              "\"compute_contract\" or \"warrants\" (got \"loan\")");
    }
    SUBCASE("a section or list of the wrong shape") {
        CHECK(refused(file_with(R"("capacity": [])")).message ==
              "capacity must be an object of capacity inputs, not an array");
        CHECK(refused(file_with(R"("network": {"flows": {}})")).message ==
              "network.flows must be an array, not an object");
        CHECK(refused(file_with(R"("title": 3)")).message == "title must be a string, not a number (3)");
    }
    SUBCASE("a combination the model rejects: a ramp longer than the term") {
        const auto e = refused(file_with(R"("commitment": {"term_months": 12, "ramp_months": 13})"));
        CHECK(e.field == "commitment.ramp_months");
        CHECK(e.message.find("ramp_months") != std::string::npos);
    }
    SUBCASE("a flow between companies that are not in the network") {
        const auto e = refused(file_with(R"("network": {"flows": [{"from": "A", "to": "B"}]})"));
        CHECK(e.field == "network.from");
        CHECK(e.message.find("\"A\"") != std::string::npos);
    }
    SUBCASE("a source that is neither an article nor an assumption, or both") {
        const auto neither = refused(file_with(R"("sources": {"capacity.pue": {"quote": "x"}})"));
        CHECK(neither.field == "sources[capacity.pue]");
        CHECK(neither.message ==
              "sources[capacity.pue] needs either \"source\" (the publication and "
              "title) or \"assumption\" (why the value is reasonable), not neither");
        const auto both = refused(file_with(R"("sources": {"capacity.pue": {"source": "a", "assumption": "b"}})"));
        CHECK(both.message.find("not both") != std::string::npos);
    }
}

TEST_CASE("files that are not scenarios are refused before their values are read") {
    SUBCASE("no schema") {
        const auto e = refused(R"({"title": "x"})");
        CHECK(e.field == "schema");
        CHECK(e.message == R"(schema is missing: a scenario file starts with "schema": "boomerang/scenario@1")");
    }
    SUBCASE("a later version of the format") {
        const auto e = refused(R"({"schema": "boomerang/scenario@2"})");
        CHECK(e.field == "schema");
        CHECK(e.message ==
              "schema \"boomerang/scenario@2\" is a version of the scenario format "
              "this Boomerang does not read; it reads \"boomerang/scenario@1\"");
    }
    SUBCASE("another kind of file") {
        CHECK(refused(R"({"schema": "boomerang/presets@1"})").message ==
              "schema \"boomerang/presets@1\" is not a Boomerang scenario; expected "
              "\"boomerang/scenario@1\"");
    }
    SUBCASE("not JSON") {
        const auto e = refused("{\n  \"schema\": \"boomerang/scenario@1\",\n}");
        CHECK(e.message.rfind("The file is not valid JSON: line 3, column 1: syntax error", 0) == 0);
    }
    SUBCASE("JSON that is not an object") {
        CHECK(refused("[1, 2]").message == "The scenario file must be a JSON object { … }, not an array");
    }
    SUBCASE("bytes that are not UTF-8, located by byte and line") {
        const std::string text = file_with("\n\"title\": \"caf\xE9\"");
        const auto e = refused(text);
        CHECK(e.message == "The file is not UTF-8 text: byte " + std::to_string(text.find('\xE9') + 1) +
                               " (line 2) is not part of a UTF-8 character");
    }
    SUBCASE("a 10 MB file, over the 1 MiB limit") {
        const std::string text = file_with("\"description\": \"" + std::string(10'000'000, 'x') + "\"");
        CHECK(refused(text).message == "The file is " + std::to_string(text.size()) +
                                           " bytes long; a scenario file may be at most 1048576 "
                                           "bytes (1 MiB)");
    }
}

TEST_CASE("the documentation describes the format the code reads") {
    const std::string dir = std::string(BOOMERANG_SOURCE_DIR) + "/docs/";
    const std::string guide = testing::read_bytes(dir + "SCENARIO.md");
    // Not const: a missing key then reads as null and fails a CHECK instead of asserting.
    auto schema = nlohmann::json::parse(testing::read_bytes(dir + "scenario.schema.json"), nullptr, false);
    REQUIRE_FALSE(schema.is_discarded());

    SUBCASE("SCENARIO.md's example loads without error or warning") {
        const std::size_t start = guide.find("```json\n");
        REQUIRE(start != std::string::npos);
        const std::size_t end = guide.find("```\n", start + 8);
        const auto example = loaded(guide.substr(start + 8, end - start - 8));
        CHECK(example.warnings.empty());
        CHECK(example.results.commitment.firm_value_usd == 3.75e9);
    }
    SUBCASE("SCENARIO.md and the JSON Schema list every input, with its bounds") {
        for (const model::InputField& f : model::input_fields()) {
            const std::string section(model::section_name(f.section));
            INFO(section, ".", f.key);
            CHECK(guide.find("| `" + std::string(f.key) + "` |") != std::string::npos);
            const auto& property = schema["properties"][section]["properties"][std::string(f.key)];
            REQUIRE(property.is_object());
            if (f.bounds.max != model::unbounded) CHECK(property["maximum"] == f.bounds.max);
            if (f.bounds.min != -model::unbounded) {
                CHECK(property[f.bounds.min_exclusive ? "exclusiveMinimum" : "minimum"] == f.bounds.min);
            }
        }
        for (const model::ChoiceField& f : model::choice_fields()) {
            const auto& property =
                schema["properties"][std::string(model::section_name(f.section))]["properties"][std::string(f.key)];
            INFO(f.key);
            REQUIRE(property.is_object());
            REQUIRE(property["enum"].size() == f.options.size());
            for (std::size_t i = 0; i < f.options.size(); ++i) {
                CHECK(property["enum"][i] == std::string(f.options[i].key));
            }
        }
        CHECK(schema["properties"]["schema"]["const"] == std::string(io::scenario_schema));
    }
    SUBCASE("SCENARIO.md lists every output of the results file") {
        for (const model::OutputField& f : model::output_fields()) {
            CHECK(guide.find("| `" + std::string(model::section_name(f.section)) + "." + std::string(f.key) + "` |") !=
                  std::string::npos);
        }
    }
}
