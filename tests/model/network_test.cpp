// Deal networks, as specified in docs/models/network.md. Expected ratios are computed by hand
// from the absorbing-chain equations there; the comments show the arithmetic.
#include "model/network.hpp"
#include "model/sensitivity.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using boomerang::model::Company;
using boomerang::model::evaluate_network;
using boomerang::model::Flow;
using boomerang::model::flow_type_from_name;
using boomerang::model::flow_type_name;
using boomerang::model::FlowType;
using boomerang::model::NetworkInputs;
using boomerang::model::NetworkResults;
using boomerang::model::Rng;

namespace {

constexpr FlowType equity = FlowType::equity_investment;
constexpr FlowType chips = FlowType::chip_purchase;

NetworkResults evaluate_ok(const NetworkInputs& in) {
    const auto r = evaluate_network(in);
    REQUIRE(r.ok());
    return *r;
}

double ratio_of(const NetworkResults& r, const std::string& name) {
    for (const auto& c : r.companies) {
        if (c.name == name) return c.boomerang_ratio;
    }
    FAIL("no company named " << name);
    return 0.0;
}

}  // namespace

TEST_CASE("a dollar A sends to B comes back in the share B passes on") {
    NetworkInputs in;
    in.flows = {{"A", "B", 100.0, equity}, {"B", "A", 100.0, chips}};
    SUBCASE("B passes on everything: A's ratio is 1.00") {
        in.companies = {{"A", 0.0}, {"B", 1.0}};
        CHECK(ratio_of(evaluate_ok(in), "A") == doctest::Approx(1.0));
    }
    SUBCASE("B passes on half: A's ratio is 0.50") {
        in.companies = {{"A", 0.0}, {"B", 0.5}};
        const NetworkResults r = evaluate_ok(in);
        CHECK(ratio_of(r, "A") == doctest::Approx(0.5));
        CHECK(ratio_of(r, "B") == 0.0);  // A keeps all it receives (pass_on 0)
    }
    SUBCASE("the origin's own pass_on_fraction does not shrink its first step") {
        in.companies = {{"A", 0.1}, {"B", 1.0}};
        CHECK(ratio_of(evaluate_ok(in), "A") == doctest::Approx(1.0));
    }
    SUBCASE("both pass on everything: the loop is one cycle holding all the flow") {
        in.companies = {{"A", 1.0}, {"B", 1.0}};
        const NetworkResults r = evaluate_ok(in);
        CHECK(ratio_of(r, "B") == doctest::Approx(1.0));
        REQUIRE(r.cycles.size() == 1);
        CHECK(r.cycles[0].company_indices == std::vector<std::size_t>{0, 1});
        CHECK(r.cycles[0].flow_indices == std::vector<std::size_t>{0, 1});
        CHECK(r.cycles[0].flow_usd == doctest::Approx(200.0));
        CHECK(r.circular_share_fraction == doctest::Approx(1.0));  // 200 / 200
    }
}

TEST_CASE("a chain without a cycle returns nothing") {
    NetworkInputs in;
    in.companies = {{"A", 1.0}, {"B", 1.0}, {"C", 1.0}};
    in.flows = {{"A", "B", 100.0, equity}, {"B", "C", 100.0, chips}};
    const NetworkResults r = evaluate_ok(in);
    CHECK(ratio_of(r, "A") == 0.0);  // no path leads back to A
    CHECK(ratio_of(r, "C") == 0.0);  // C sends nothing: 0 by definition
    CHECK(r.cycles.empty());
    CHECK(r.components.size() == 3);  // every company is its own component
    CHECK(r.circular_flow_usd == 0.0);
    CHECK(r.circular_share_fraction == 0.0);
    CHECK(r.total_flow_usd == doctest::Approx(200.0));
    CHECK_FALSE(r.companies[1].cycle_index.has_value());
    CHECK(r.companies[1].inflow_usd == doctest::Approx(100.0));
    CHECK(r.companies[1].outflow_usd == doctest::Approx(100.0));
}

TEST_CASE("around a three-company cycle the ratio is the product of the pass-ons") {
    NetworkInputs in;
    in.companies = {{"A", 0.0}, {"B", 0.8}, {"C", 0.5}, {"D", 1.0}};
    SUBCASE("A -> B -> C -> A: 0.8 x 0.5 = 0.40") {
        in.flows = {{"A", "B", 100.0, equity}, {"B", "C", 100.0, chips}, {"C", "A", 100.0, FlowType::compute_contract}};
        const NetworkResults r = evaluate_ok(in);
        CHECK(ratio_of(r, "A") == doctest::Approx(0.4));
        CHECK(ratio_of(r, "B") == 0.0);  // the dollar stops at A, which passes on nothing
        REQUIRE(r.cycles.size() == 1);
        CHECK(r.cycles[0].company_indices == std::vector<std::size_t>{0, 1, 2});
        CHECK(r.companies[2].cycle_index == std::optional<std::size_t>{0});
        CHECK_FALSE(r.companies[3].cycle_index.has_value());  // D has no flows
    }
    SUBCASE("B sends 40 of its 100 to D, which has no outflow: 0.8 x 0.6 x 0.5 = 0.24") {
        in.flows = {
            {"A", "B", 100.0, equity}, {"B", "C", 60.0, chips}, {"B", "D", 40.0, chips}, {"C", "A", 100.0, chips}};
        const NetworkResults r = evaluate_ok(in);
        CHECK(ratio_of(r, "A") == doctest::Approx(0.24));
        CHECK(ratio_of(r, "D") == 0.0);                                              // D sends nothing
        CHECK(r.cycles[0].flow_usd == doctest::Approx(260.0));                       // 100 + 60 + 100
        CHECK(r.circular_share_fraction == doctest::Approx(0.8667).epsilon(0.001));  // 260/300
    }
    SUBCASE("money looping between B and C needs the linear solve: 2/3") {
        // A -> B 100; B -> A 50, B -> C 50; C -> B 100; pass_on B 1, C 0.5.
        // h_B = 0.5 + 0.5 h_C, h_C = 0.5 h_B  =>  h_B = 0.5 + 0.25 h_B  =>  h_B = 2/3.
        in.companies[1].pass_on_fraction = 1.0;
        in.flows = {
            {"A", "B", 100.0, equity}, {"B", "A", 50.0, chips}, {"B", "C", 50.0, chips}, {"C", "B", 100.0, chips}};
        CHECK(ratio_of(evaluate_ok(in), "A") == doctest::Approx(2.0 / 3.0));
    }
}

TEST_CASE("money circling forever in a loop away from the origin never returns") {
    NetworkInputs in;
    in.companies = {{"A", 0.0}, {"B", 1.0}, {"C", 1.0}};
    in.flows = {{"A", "B", 100.0, equity}, {"B", "C", 100.0, chips}, {"C", "B", 100.0, chips}};
    SUBCASE("a closed loop with pass_on 1 (I - Q singular): ratio 0") {
        const NetworkResults r = evaluate_ok(in);
        CHECK(ratio_of(r, "A") == 0.0);
        CHECK(ratio_of(r, "B") == doctest::Approx(1.0));  // B -> C -> B, nothing lost
        REQUIRE(r.cycles.size() == 1);
        CHECK(r.cycles[0].company_indices == std::vector<std::size_t>{1, 2});
        CHECK(r.circular_share_fraction == doctest::Approx(2.0 / 3.0));  // 200 / 300
    }
    SUBCASE("with any exit back to A, all of it eventually returns") {
        in.flows.push_back({"C", "A", 1.0, chips});  // 1 of C's 101 leaves the loop each pass
        CHECK(ratio_of(evaluate_ok(in), "A") == doctest::Approx(1.0));
    }
    SUBCASE("an exit a trillion times smaller than the loop still brings all of it back") {
        // B and C pass on everything, so a dollar circles until the 1e-13 per pass toward A
        // takes it there: all of it returns. Every step of the solve adds non-negative
        // terms (docs/models/network.md), so nothing cancels even here.
        in.flows[1].amount_usd = in.flows[2].amount_usd = 1e4;
        in.flows.push_back({"C", "A", 1e-9, chips});  // 1e-9 / 1e4 = 1e-13 per pass
        const NetworkResults r = evaluate_ok(in);
        CHECK(ratio_of(r, "A") == doctest::Approx(1.0).epsilon(1e-12));
        // B's dollar comes back unless it reaches A first: 1 / (1 + 1e-13) per pass.
        CHECK(ratio_of(r, "B") == doctest::Approx(1.0 / (1.0 + 1e-13)).epsilon(1e-12));
    }
}

TEST_CASE("a company paying itself is a cycle and its dollar returns at once") {
    NetworkInputs in;
    in.companies = {{"A", 0.0}, {"B", 0.0}};
    in.flows = {{"A", "A", 30.0, chips}, {"A", "B", 70.0, equity}};
    const NetworkResults r = evaluate_ok(in);
    CHECK(ratio_of(r, "A") == doctest::Approx(0.3));  // 30 of its 100 goes to itself
    REQUIRE(r.cycles.size() == 1);
    CHECK(r.cycles[0].company_indices == std::vector<std::size_t>{0});
    CHECK(r.circular_share_fraction == doctest::Approx(0.3));  // 30 / 100
}

TEST_CASE("the article's network: Nvidia, OpenAI and AMD form one loop, CoreWeave hangs off it") {
    const NetworkResults r = evaluate_ok(NetworkInputs{});
    REQUIRE(r.cycles.size() == 1);
    CHECK(r.cycles[0].company_indices == std::vector<std::size_t>{0, 1, 2});
    // 100 + 200 + 120 + 37.67 of 461.63 ($B): only the CoreWeave stake is outside the loop
    CHECK(r.circular_share_fraction == doctest::Approx(0.99142).epsilon(0.0001));
    // Nvidia: 100/103.959 of its dollar reaches OpenAI; from OpenAI
    // h = 0.625 + 0.375 x 0.31396 h (via AMD) => h = 0.70840; 0.96192 x 0.70840 = 0.68143
    CHECK(ratio_of(r, "Nvidia") == doctest::Approx(0.68143).epsilon(0.0001));
    // OpenAI: 0.625 via Nvidia x 0.5 (Nvidia passes 0.5198 x 100/103.959 back)
    //       + 0.375 via AMD x 0.31396 = 0.43023
    CHECK(ratio_of(r, "OpenAI") == doctest::Approx(0.43023).epsilon(0.0001));
    // AMD: all to OpenAI; h = 0.375 + 0.625 x 0.5 h => h = 0.375 / 0.6875 = 6/11
    CHECK(ratio_of(r, "AMD") == doctest::Approx(6.0 / 11.0));
    CHECK(ratio_of(r, "CoreWeave") == 0.0);
}

TEST_CASE("flow types have one snake_case name each") {
    for (FlowType type :
         {FlowType::equity_investment, FlowType::chip_purchase, FlowType::compute_contract, FlowType::warrants}) {
        CHECK(flow_type_from_name(flow_type_name(type)) == type);
    }
    CHECK(flow_type_name(FlowType::compute_contract) == "compute_contract");
    CHECK_FALSE(flow_type_from_name("loan").has_value());
}

namespace {

void check_rejects(const NetworkInputs& in, const std::string& field, const std::string& message) {
    const auto r = evaluate_network(in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == field);
    CHECK(r.error().message == message);
}

}  // namespace

TEST_CASE("networks that cannot be evaluated are rejected, naming the field") {
    NetworkInputs in;
    in.companies = {{"A", 0.0}, {"B", 1.0}};
    in.flows = {{"A", "B", 100.0, equity}, {"B", "A", 100.0, chips}};
    SUBCASE("a flow to an unknown company") {
        in.flows[1].to = "Z";
        check_rejects(in, "to", "to of flow 2 (B -> Z) names \"Z\", which is not a company in the network");
    }
    SUBCASE("a flow from an unknown company") {
        in.flows[0].from = "Y";
        check_rejects(in, "from", "from of flow 1 (Y -> B) names \"Y\", which is not a company in the network");
    }
    SUBCASE("a negative amount") {
        in.flows[0].amount_usd = -5.0;
        check_rejects(in, "amount_usd", "amount_usd of flow 1 (A -> B) must be a finite number ≥ 0 (got -5)");
    }
    SUBCASE("an infinite amount") {
        in.flows[0].amount_usd = std::numeric_limits<double>::infinity();
        check_rejects(in, "amount_usd", "amount_usd of flow 1 (A -> B) must be a finite number ≥ 0 (got inf)");
    }
    SUBCASE("two companies with one name") {
        in.companies.push_back({"A", 0.5});
        check_rejects(in, "name", "name \"A\" is used by companies 1 and 3; each company needs its own name");
    }
    SUBCASE("an unnamed company") {
        in.companies.push_back({"", 0.5});
        check_rejects(in, "name", "name of company 3 must not be empty");
    }
    SUBCASE("passing on more than it receives") {
        in.companies[1].pass_on_fraction = 1.5;
        check_rejects(in, "pass_on_fraction",
                      "pass_on_fraction of \"B\" must be a finite number ≥ 0 and ≤ 1 (got 1.5)");
    }
    SUBCASE("a NaN pass-on") {
        in.companies[1].pass_on_fraction = std::numeric_limits<double>::quiet_NaN();
        const auto r = evaluate_network(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == "pass_on_fraction");
    }
    SUBCASE("a zero amount is allowed and forms no cycle") {
        in.flows[1].amount_usd = 0.0;
        const NetworkResults r = evaluate_ok(in);
        CHECK(r.cycles.empty());
        CHECK(ratio_of(r, "A") == 0.0);
    }
}

TEST_CASE("a network of more companies than the solver is sized for is refused, not attempted") {
    NetworkInputs in;
    in.flows.clear();
    in.companies.clear();
    for (std::size_t i = 0; i <= boomerang::model::max_network_companies; ++i)
        in.companies.push_back({"c" + std::to_string(i), 0.5});
    const auto r = evaluate_network(in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "companies");
    CHECK(r.error().message == "companies has 10001 entries; a network holds at most 10000 companies");
    in.companies.pop_back();
    CHECK(evaluate_network(in).ok());
}

TEST_CASE("the ratios of all companies at once equal following each dollar until it comes back") {
    // Random networks; each company passes on a random share. The reference walks the chain
    // step by step (the expected dollars at each company after t steps, absorbed on return)
    // until less than 1e-15 of the dollar is still moving.
    Rng rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        NetworkInputs in;
        in.companies.clear();
        in.flows.clear();
        const int n = 3 + trial;
        for (int i = 0; i < n; ++i) in.companies.push_back({"C" + std::to_string(i), 0.2 + 0.7 * rng.uniform()});
        for (int f = 0; f < 3 * n; ++f) {
            const int from = static_cast<int>(rng.uniform() * n), to = static_cast<int>(rng.uniform() * n);
            in.flows.push_back({"C" + std::to_string(from), "C" + std::to_string(to), 1e9 * (0.1 + rng.uniform()),
                                FlowType::chip_purchase});
        }
        const auto out = evaluate_network(in);
        REQUIRE(out.ok());
        for (int o = 0; o < n; ++o) {
            std::vector<double> amount_from(n, 0.0);
            double out_o = 0.0;
            std::vector<std::vector<double>> w(n, std::vector<double>(n, 0.0));
            std::vector<double> outflow(n, 0.0);
            for (const Flow& f : in.flows) {
                const int a = std::stoi(f.from.substr(1)), b = std::stoi(f.to.substr(1));
                w[a][b] += f.amount_usd;
                outflow[a] += f.amount_usd;
            }
            out_o = outflow[o];
            if (out_o == 0.0) {
                CHECK(out->companies[o].boomerang_ratio == 0.0);
                continue;
            }
            std::vector<double> at(n, 0.0);
            double returned = 0.0;
            for (int k = 0; k < n; ++k) at[k] = w[o][k] / out_o;
            returned += at[o];
            at[o] = 0.0;
            for (int step = 0; step < 100'000; ++step) {
                std::vector<double> next(n, 0.0);
                double moving = 0.0;
                for (int j = 0; j < n; ++j) {
                    if (at[j] == 0.0 || outflow[j] == 0.0) continue;
                    for (int k = 0; k < n; ++k)
                        next[k] += at[j] * in.companies[j].pass_on_fraction * w[j][k] / outflow[j];
                }
                returned += next[o];
                next[o] = 0.0;
                for (double x : next) moving += x;
                at = next;
                if (moving < 1e-15) break;
            }
            INFO("trial ", trial, ", company ", o);
            CHECK(out->companies[o].boomerang_ratio == doctest::Approx(returned).epsilon(1e-9));
        }
    }
}
