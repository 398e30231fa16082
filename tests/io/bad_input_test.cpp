// Bad input: what a user is told when a field, a scenario file, a book file or a
// link holds something Boomerang cannot use. One table per reader; each row is an input and
// the message the UI shows verbatim. A refusal carries no value, so nothing half-read can
// reach the document (tests/ui/bad_input_document_test.cpp checks the document keeps its
// state).
//
// Rows stated elsewhere are not repeated here:
//   units_test.cpp         "NaN", "inf", "-Infinity" and "$inf" in a dollar field; "-3 GW";
//                          "" and "   "; "1e300" in a GW field; "1e400"; four broken UTF-8
//                          sequences; a 101-character paste echoed shortened
//   scenario_json_test.cpp "NaN" as a string; -3; 1e300; 1e400; a choice, a list item and a
//                          section of the wrong type; schema "boomerang/scenario@2"; a file
//                          that is not JSON or not an object; broken UTF-8 in the title; a 10 MB
//                          file (refused for its size: "The file is 10000053 bytes long; a
//                          scenario file may be at most 1048576 bytes (1 MiB)")
//   permalink_test.cpp     "#" alone; a foreign fragment; format "s2"; a '*' in the link; cut
//                          in half; pue made negative; a link over 256 KiB
//   book_json_test.cpp     every missing required key; values of the wrong type; bounds of
//                          each kind (whole months, notice days, assumptions, supply, window
//                          years); dates "1989-12", "2026-05-00" and 202605; no schema; a
//                          scenario@1 file given to load_book; 1e400; an empty file; bytes
//                          that are not UTF-8; JSON that is not an object. The book table
//                          below repeats a few of its rows (a bad date, status "signed", 1e300,
//                          ids) so that it reads as one list of what the user is told.
#include "io/book_json.hpp"
#include "io/permalink.hpp"
#include "io/scenario_conversion.hpp"
#include "io/scenario_json.hpp"
#include "io/units.hpp"
#include "model/fields.hpp"
#include "parse/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace boomerang;

namespace {

struct Row {
    std::string what;     // the kind of bad input
    std::string input;    // the text typed, the file or the link
    std::string field;    // Error::field: the path the UI highlights ("" for the whole input)
    std::string message;  // exactly what the user reads; see matches() for "<any>"
};

// `expected` with "<any>" standing for text that moves with the model's defaults (a column
// in a link's JSON): the message must start with what comes before and end with what follows.
bool matches(const std::string& message, const std::string& expected) {
    const auto any = expected.find("<any>");
    if (any == std::string::npos) return message == expected;
    const std::string before = expected.substr(0, any);
    const std::string after = expected.substr(any + 5);
    return message.size() >= before.size() + after.size() && message.rfind(before, 0) == 0 &&
           message.compare(message.size() - after.size(), after.size(), after) == 0;
}

const model::InputField& input_field(model::Section section, std::string_view key) {
    const auto* found = model::find_input_field(section, key);
    REQUIRE(found != nullptr);
    return *found;
}

const std::string schema_line = R"({"schema": "boomerang/scenario@1", )";

// A scenario file whose capacity.capacity_gw is `value` written as is, e.g. "NaN".
std::string capacity_gw_file(const std::string& value) {
    return schema_line + R"("capacity": {"capacity_gw": )" + value + "}}";
}

// A two-company network whose one flow carries `amount` as is.
std::string flow_amount_file(const std::string& amount) {
    return schema_line + R"("network": {"companies": [{"name": "A"}, {"name": "B"}], )" +
           R"("flows": [{"from": "A", "to": "B", "amount_usd": )" + amount + "}]}}";
}

std::string link_to(const std::string& json) { return std::string(io::permalink_prefix) + io::base64url_encode(json); }

// Broken UTF-8 would show as boxes in the UI and breaks the web page's bridge to JavaScript.
bool is_utf8(const std::string& text) { return parse::valid_utf8_length(text) == text.size(); }

}  // namespace

TEST_CASE("bad text typed into a field is refused, naming the field, and the field keeps its value") {
    // capacity.capacity_gw: a power in GW, > 0. The UI keeps the last good value on a refusal
    // (quantity_input.cpp), so the message is all that changes.
    const auto& capacity_gw = input_field(model::Section::capacity, "capacity_gw");
    const std::string try_gw = " Try 6 GW, 6000 MW or 1.5.";
    const std::string ten_mb_of_digits(10'000'000, '1');
    const std::vector<Row> rows = {
        {"NaN with a unit", "NaN GW", "capacity.capacity_gw",
         "“NaN GW” is not a power in GW: it must be a finite number." + try_gw},
        {"+infinity", "+infinity", "capacity.capacity_gw",
         "“+infinity” is not a power in GW: it must be a finite number." + try_gw},
        {"-infinity", "-Infinity GW", "capacity.capacity_gw",
         "“-Infinity GW” is not a power in GW: it must be a finite number." + try_gw},
        {"negative, with the Unicode minus sign", "\u22126 GW", "capacity.capacity_gw",
         "capacity.capacity_gw must be a finite number > 0 (got -6)"},
        {"zero", "0 MW", "capacity.capacity_gw", "capacity.capacity_gw must be a finite number > 0 (got 0)"},
        {"1e300 (in MW: 1e297 GW)", "1e300 MW", "capacity.capacity_gw",
         "capacity.capacity_gw must be a finite number of at most 1e+15 in size; larger values "
         "are typing slips, not deals (got 1e+297)"},
        {"empty: a no-break space only", "\u00A0", "capacity.capacity_gw",
         "Enter a power in GW, such as 6 GW, 6000 MW or 1.5."},
        {"wrong type: dollars", "$6B", "capacity.capacity_gw",
         "“$6B” is not a power in GW: “$” is a currency." + try_gw},
        {"wrong type: a duration", "6 days", "capacity.capacity_gw",
         "“6 days” is not a power in GW: “days” is a unit of time." + try_gw},
        {"wrong type: energy for power", "6 GWh", "capacity.capacity_gw",
         "“6 GWh” is not a power in GW: “GWh” is a unit of energy." + try_gw},
        {"invalid UTF-8 after a good value", "6 GW\xFF", "capacity.capacity_gw",
         "The text contains bytes that are not UTF-8 characters; type the value again as a power "
         "in GW, such as 6 GW, 6000 MW or 1.5."},
        {"10 MB of digits, echoed as its first 40", ten_mb_of_digits, "capacity.capacity_gw",
         "“" + std::string(40, '1') + "…” is not a power in GW: the number is too large." + try_gw},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto parsed = io::parse_input(row.input, capacity_gw);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().field == row.field);
        CHECK_MESSAGE(matches(parsed.error().message, row.message), parsed.error().message);
    }
}

TEST_CASE("zero is a value, not bad input, where the field allows it") {
    // A notice period of 0 days: the deal can be left at once (commitment model).
    const auto parsed = io::parse_input("0 days", input_field(model::Section::commitment, "notice_days"));
    REQUIRE(parsed.ok());
    CHECK(*parsed == 0.0);
}

TEST_CASE("a scenario file with bad input is refused, naming the path of the value at fault") {
    const std::string not_json = "The file is not valid JSON (in capacity.capacity_gw): line 1, column ";
    const std::vector<Row> rows = {
        {"NaN (not a JSON number)", capacity_gw_file("NaN"), "capacity.capacity_gw",
         not_json + "64: syntax error while parsing value - invalid literal; last read: "
                    "'\"capacity_gw\": N'"},
        {"+Infinity", capacity_gw_file("Infinity"), "capacity.capacity_gw",
         not_json + "64: syntax error while parsing value - invalid literal; last read: "
                    "'\"capacity_gw\": I'"},
        {"-Infinity", capacity_gw_file("-Infinity"), "capacity.capacity_gw",
         not_json + "65: syntax error while parsing value - invalid number; expected digit "
                    "after '-'; last read: '-I'"},
        // The model names a list item by its number and endpoints, and the field without
        // the item's index (the field path is the list's, shared by every item).
        {"negative, in a list item", flow_amount_file("-1"), "network.amount_usd",
         "amount_usd of flow 1 (A -> B) must be a finite number \u2265 0 (got -1)"},
        {"zero", capacity_gw_file("0"), "capacity.capacity_gw",
         "capacity.capacity_gw must be a finite number > 0 (got 0)"},
        {"1e300, in a list item", flow_amount_file("1e300"), "network.flows[0].amount_usd",
         "network.flows[0].amount_usd must be a finite number of at most 1e+15 in size; larger "
         "values are typing slips, not deals (got 1e+300)"},
        {"empty", "", "",
         "The file is empty: a scenario file is a JSON object { \"schema\": "
         "\"boomerang/scenario@1\", … }"},
        {"only white space", " \r\n\t", "",
         "The file is empty: a scenario file is a JSON object { \"schema\": "
         "\"boomerang/scenario@1\", … }"},
        {"wrong type: null for a number", capacity_gw_file("null"), "capacity.capacity_gw",
         "capacity.capacity_gw must be a number, not null"},
        {"wrong type: a list for a number", capacity_gw_file("[6]"), "capacity.capacity_gw",
         "capacity.capacity_gw must be a number, not an array"},
        {"wrong type: the whole file is a string", R"("6 GW")", "The scenario file",
         R"(The scenario file must be a JSON object { … } (got "6 GW"))"},
        {"wrong type: the schema is a number", R"({"schema": 1})", "schema",
         "schema must be a string, not a number (1)"},
        {"unknown schema version: older than any", R"({"schema": "boomerang/scenario@0"})", "schema",
         "schema \"boomerang/scenario@0\" is a version of the scenario format this Boomerang does "
         "not read; it reads \"boomerang/scenario@1\""},
        {"truncated", schema_line + R"("capacity": {"capacity_gw": 6)", "capacity",
         "The file is not valid JSON (in capacity): line 1, column 64: syntax error while parsing "
         "object - unexpected end of input; expected '}'"},
        {"invalid UTF-8 in a key", schema_line + "\"\xFF\": 1}", "",
         "The file is not UTF-8 text: byte 37 (line 1) is not part of a UTF-8 character"},
        // Found by scenario_json_fuzzer: nlohmann-json quoted the first byte of "é" alone.
        {"a character where JSON expects a key", schema_line + "\u00E9}", "",
         "The file is not valid JSON: line 1, column 36: syntax error while parsing object key - "
         "invalid literal; last read: '\"boomerang/scenario@1\", \uFFFD'; expected string literal"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto loaded = io::load_scenario(row.input);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().field == row.field);
        CHECK_MESSAGE(matches(loaded.error().message, row.message), loaded.error().message);
        CHECK(is_utf8(loaded.error().message));
    }
}

TEST_CASE("a JSON error deep in a long key names its path without cutting a character in half") {
    // A JSON error's path is shortened to 120 bytes, and "é" takes two: the cut must fall
    // between characters, in the message and in Error::field.
    std::string key;
    for (int i = 0; i < 60; ++i) key += "\u00E9";
    const auto loaded = io::load_scenario(schema_line + R"("capacity": {")" + key + R"(": 1e400}})");
    REQUIRE_FALSE(loaded.ok());
    // "capacity." is 9 bytes, so 120 bytes end inside the 56th "é": the path keeps 55.
    std::string kept;
    for (int i = 0; i < 55; ++i) kept += "\u00E9";
    CHECK(loaded.error().field == "capacity." + kept + "…");
    CHECK(is_utf8(loaded.error().field));
    CHECK(is_utf8(loaded.error().message));
    CHECK(loaded.error().message.find("number overflow parsing '1e400'") != std::string::npos);
}

TEST_CASE("a link with bad input is refused, saying the link is damaged and why") {
    io::ScenarioFile file;
    file.title = "t";
    const std::string good = io::encode_permalink(file);
    // base64url turns 3 bytes into 4 characters: a link cut to 4k+1 characters cannot be whole.
    const std::size_t body = good.size() - io::permalink_prefix.size();
    const std::string cut_to_impossible_length = good.substr(0, good.size() - (body - 1) % 4);
    // Four characters fewer are three bytes fewer: the JSON stops after "sources":
    const std::string cut_by_three_bytes = good.substr(0, good.size() - 4);
    std::string corrupt = good;  // the 21st character of a link lies inside "schema"'s value
    corrupt[20] = corrupt[20] == 'A' ? 'B' : 'A';

    const std::string damaged = "The link is damaged or was edited by hand: ";
    const std::vector<Row> rows = {
        {"NaN", link_to(capacity_gw_file("NaN")), "capacity.capacity_gw",
         damaged + "its scenario is not valid JSON (in capacity.capacity_gw): line 1, column 64: "
                   "syntax error while parsing value - invalid literal; last read: '\"capacity_gw\": N'"},
        {"-Infinity", link_to(capacity_gw_file("-Infinity")), "capacity.capacity_gw",
         damaged + "its scenario is not valid JSON (in capacity.capacity_gw): line 1, column 65: "
                   "syntax error while parsing value - invalid number; expected digit after '-'; "
                   "last read: '-I'"},
        {"zero", link_to(capacity_gw_file("0")), "capacity.capacity_gw",
         damaged + "capacity.capacity_gw must be a finite number > 0 (got 0)"},
        {"1e300", link_to(capacity_gw_file("1e300")), "capacity.capacity_gw",
         damaged + "capacity.capacity_gw must be a finite number of at most 1e+15 in size; larger "
                   "values are typing slips, not deals (got 1e+300)"},
        {"empty after the format", "#s1.", "",
         damaged + "its scenario is empty: a scenario file is a JSON object { \"schema\": "
                   "\"boomerang/scenario@1\", … }"},
        {"wrong type", link_to(capacity_gw_file("\"6\"")), "capacity.capacity_gw",
         damaged + "capacity.capacity_gw must be a number (got \"6\")"},
        {"unknown schema version inside", link_to(R"({"schema": "boomerang/scenario@2"})"), "schema",
         damaged + "schema \"boomerang/scenario@2\" is a version of the scenario format this "
                   "Boomerang does not read; it reads \"boomerang/scenario@1\""},
        {"truncated to an impossible length", cut_to_impossible_length, "",
         "The link is damaged: it is cut short (its length is impossible)"},
        {"truncated by four characters", cut_by_three_bytes, "sources",
         damaged + "its scenario is not valid JSON (in sources): line 1, column <any>: syntax "
                   "error while parsing value - unexpected end of input; expected '[', '{', or a "
                   "literal"},
        {"corrupt: one character changed", corrupt, "schema",
         damaged + "its scenario is not valid JSON (in schema): line 1, column 14: syntax error "
                   "while parsing value - invalid string: control character U+000F (SI) must be "
                   "escaped to \\u000F; last read: '\"bl<U+000F>'"},
        {"characters base64url does not use", "#s1.r\u00E9sum\u00E9", "",
         "The link is damaged: character 2 is not a letter, a digit, '-' or '_'"},
        {"invalid UTF-8 in what it holds", link_to(schema_line + "\"title\": \"\xFF\"}"), "",
         "The link is damaged: what it holds is not text (was it cut short or changed?)"},
        {"10 MB", "#s1." + std::string(10'000'000, 'A'), "",
         "The link is 10000003 characters long; a Boomerang link holds at most 262144"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto decoded = io::decode_permalink(row.input);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().field == row.field);
        CHECK_MESSAGE(matches(decoded.error().message, row.message), decoded.error().message);
        CHECK(is_utf8(decoded.error().message));
    }
}

namespace {

const std::string book_line = R"({"schema": "boomerang/book@1", "window": {"first_year": 2026, "last_year": 2029}, )";

// A 2026–2029 book of `deals` (the items of its array, written as is) and `more` members.
std::string book_file(const std::string& deals, const std::string& more = "") {
    return book_line + (more.empty() ? "" : more + ", ") + R"("deals": [)" + deals + "]}";
}

// A book of a window alone (no deals), written as is.
std::string window_file(const std::string& window) {
    return R"({"schema": "boomerang/book@1", "window": )" + window + R"(, "deals": []})";
}

// A deal titled "D" with its id, status and `members` only.
std::string bare_deal(const std::string& members, const std::string& status = "definitive",
                      const std::string& id = "d") {
    return R"({"id": ")" + id + R"(", "title": "D", "status": ")" + status + "\"" +
           (members.empty() ? "" : ", " + members) + "}";
}

// Deal "d": OpenAI buys from AMD from January 2026, with `members` (its term blocks).
std::string deal(const std::string& members) {
    return bare_deal(R"("buyer": "OpenAI", "seller": "AMD", "start": "2026-01")" +
                     (members.empty() ? "" : ", " + members));
}

// The column nlohmann-json reports for an invalid literal: just past its first byte.
std::string column_of(const std::string& text, const std::string& token) {
    return std::to_string(text.find(token) + 1);
}

}  // namespace

TEST_CASE("a book file with bad input is refused as a whole, naming the path of the value at fault") {
    // Both loaders give the same refusal: load_book_or_scenario reads anything but a
    // scenario@1 file with load_book. Inside a deal whose id has been read, the message names
    // the deal as "Deal \"D\" (d): " and Error::field keeps the whole path.
    const std::string in_d = "Deal \"D\" (d): ";
    const std::string not_a_date = " must be a date \"YYYY-MM\" or \"YYYY-MM-DD\" from 1990 to 2100 (got ";
    const std::string rental_12 = R"("rental": {"monthly_rate_usd": 1e9, "term_months": 12)";
    const std::string one_tranche = R"("financing": {"tranches": [{"at_gw": 0, "amount_usd": 1e9}]})";
    std::string tranches;
    for (int i = 0; i < 1001; ++i) {
        tranches += std::string(i ? ", " : "") + R"({"at_gw": 0, "amount_usd": 1})";
    }
    const std::string nan_file = book_file(deal(R"("rental": {"monthly_rate_usd": NaN, "term_months": 12})"));
    const std::string five_mb = book_file("", "\"description\": \"" + std::string(5'000'000, 'x') + "\"");

    std::string many_keys = book_file("").substr(0, book_file("").rfind('}'));
    for (int i = 0; i < 20'001; ++i) many_keys += ", \"k" + std::to_string(i) + "\": 1";
    many_keys += "}";

    const std::vector<Row> rows = {
        // Dates: "YYYY-MM" or "YYYY-MM-DD", a real day, 1990–2100.
        {"a month that is not a month", book_file(bare_deal(R"("buyer": "OpenAI", "start": "2026-13")")),
         "deals[0].start", in_d + "start" + not_a_date + "\"2026-13\")"},
        {"a date in words", book_file(bare_deal(R"("buyer": "OpenAI", "announced": "May 2026")")), "deals[0].announced",
         in_d + "announced" + not_a_date + "\"May 2026\")"},
        {"a year alone", book_file(bare_deal(R"("buyer": "OpenAI", "status_as_of": "2026")")), "deals[0].status_as_of",
         in_d + "status_as_of" + not_a_date + "\"2026\")"},
        {"a day that does not exist",
         book_file(deal(R"("rental": {"monthly_rate_usd": 1e9, "term_given": "end_date", )"
                        R"("end": "2026-02-30"})")),
         "deals[0].rental.end", in_d + "rental.end" + not_a_date + "\"2026-02-30\")"},
        // The window.
        {"a window that ends before it starts", window_file(R"({"first_year": 2029, "last_year": 2026})"),
         "window.last_year", "window.last_year must be a year from window.first_year (2029) to 2100 (got 2026)"},
        {"a window of 60 years", window_file(R"({"first_year": 2000, "last_year": 2059})"), "window.last_year",
         "the window spans 60 years; a book is read over at most 50 years"},
        // Status and superseded_by.
        {"an unknown status", book_file(bare_deal(R"("buyer": "OpenAI")", "signed")), "deals[0].status",
         in_d + R"(status must be "reported", "letter_of_intent", "definitive", "amended", )"
                R"("superseded" or "cancelled" (got "signed"))"},
        {"superseded without superseded_by", book_file(bare_deal(R"("buyer": "OpenAI")", "superseded")),
         "deals[0].superseded_by",
         in_d + "superseded_by is needed when the status is superseded: the deal that replaced it"},
        {"superseded by itself", book_file(bare_deal(R"("buyer": "OpenAI", "superseded_by": "d")", "superseded")),
         "deals[0].superseded_by", "Deal \"D\" (d) names itself in superseded_by; name the deal that replaced it"},
        {"superseded by a deal not in the book",
         book_file(bare_deal(R"("buyer": "OpenAI", "superseded_by": "nvidia-openai")", "superseded")),
         "deals[0].superseded_by",
         "Deal \"D\" (d) is superseded by \"nvidia-openai\", which is not a deal in this book"},
        // Parties.
        {"no buyer", book_file(bare_deal("")), "deals[0].buyer", in_d + "buyer is missing"},
        {"an empty buyer", book_file(bare_deal(R"("buyer": "")")), "deals[0].buyer",
         in_d + "buyer is needed for every deal: who pays or receives"},
        {"a rental without a seller",
         book_file(bare_deal(R"("buyer": "OpenAI", "start": "2026-01", )" + rental_12 + "}")), "deals[0].seller",
         in_d + "seller is needed when a deal buys capacity, rents compute, has payments or grants "
                "warrants: who is paid"},
        {"the seller is the buyer", book_file(bare_deal(R"("buyer": "OpenAI", "seller": "OpenAI")")), "deals[0].seller",
         in_d + "seller and buyer are both \"OpenAI\": a deal is between two companies"},
        {"financing without an investor", book_file(deal(one_tranche)), "deals[0].investor",
         in_d + "investor is needed when a deal has vendor financing: who puts the money in"},
        {"the investor is the buyer", book_file(deal(R"("investor": "OpenAI", )" + one_tranche)), "deals[0].investor",
         in_d + "investor and buyer are both \"OpenAI\": a company cannot invest in itself"},
        // Ids.
        {"two deals with one id",
         book_file(bare_deal(R"("buyer": "OpenAI")") + ", " + bare_deal(R"("buyer": "Oracle")")), "deals[1].id",
         "id \"d\" is used by deals[0] and deals[1]; each deal needs its own id"},
        {"an id with capitals", book_file(bare_deal(R"("buyer": "OpenAI")", "definitive", "AMD-OpenAI")), "deals[0].id",
         "deals[0].id \"AMD-OpenAI\" must be 1 to 64 lowercase letters, digits or '-'"},
        {"an id with a space", book_file(bare_deal(R"("buyer": "OpenAI")", "definitive", "amd openai")), "deals[0].id",
         "deals[0].id \"amd openai\" must be 1 to 64 lowercase letters, digits or '-'"},
        // Terms.
        {"a block without a start",
         book_file(bare_deal(R"("buyer": "OpenAI", "seller": "AMD", "capacity": {"capacity_gw": 6})")),
         "deals[0].start",
         in_d + "start is needed when a deal has capacity, rental, payments, financing or warrants: the "
                "month its money starts to move"},
        {"a rental that ends before it starts",
         book_file(deal(R"("rental": {"monthly_rate_usd": 1e9, "term_given": "end_date", )"
                        R"("end": "2025-12"})")),
         "deals[0].rental.end", in_d + "rental.end (2025-12) is before the deal starts (2026-01)"},
        {"discounted months without their rate", book_file(deal(rental_12 + R"(, "discounted_months": 2})")),
         "deals[0].rental.discounted_rate_fraction",
         in_d + "rental.discounted_rate_fraction is needed when there are discounted months: the share "
                "of the full rate they pay"},
        {"a ramp and discounted months",
         book_file(deal(rental_12 + R"(, "discounted_months": 2, "discounted_rate_fraction": 0.5, )"
                                    R"("ramp_months": 3})")),
         "deals[0].rental.ramp_months",
         in_d + "rental.ramp_months and rental.discounted_months cannot both be set: the first months are "
                "either ramped or discounted"},
        // Numbers in a block.
        {"NaN (not a JSON number)", nan_file, "deals[0].rental.monthly_rate_usd",
         "The file is not valid JSON (in deals[0].rental.monthly_rate_usd): line 1, column " +
             column_of(nan_file, "NaN") +
             ": syntax error while parsing value - invalid literal; last read: '\"monthly_rate_usd\": N'"},
        {"\"NaN\" as a string", book_file(deal(R"("rental": {"monthly_rate_usd": "NaN", "term_months": 12})")),
         "deals[0].rental.monthly_rate_usd", in_d + "rental.monthly_rate_usd must be a number (got \"NaN\")"},
        {"1e300", book_file(deal(R"("rental": {"monthly_rate_usd": 1e300, "term_months": 12})")),
         "deals[0].rental.monthly_rate_usd",
         in_d + "rental.monthly_rate_usd must be a finite number of at most 1e+15 in size; larger values "
                "are typing slips, not deals (got 1e+300)"},
        {"negative", book_file(deal(R"("rental": {"monthly_rate_usd": -1, "term_months": 12})")),
         "deals[0].rental.monthly_rate_usd", in_d + "rental.monthly_rate_usd must be a finite number > 0 (got -1)"},
        {"negative, in a tranche",
         book_file(deal(R"("investor": "AMD", )"
                        R"("financing": {"tranches": [{"at_gw": 0, "amount_usd": -1}]})")),
         "deals[0].financing.tranches[0].amount_usd",
         in_d + "financing.tranches[0].amount_usd must be a finite number \u2265 0 (got -1)"},
        {"1,001 tranches", book_file(deal(R"("investor": "AMD", "financing": {"tranches": [)" + tranches + "]}")),
         "deals[0].financing.tranches", in_d + "financing.tranches has 1001 entries; at most 1000"},
        // Headlines.
        {"a capacity headline without a capacity block", book_file(deal(R"("exit": {"headline_basis": "capacity"})")),
         "deals[0].capacity", in_d + "capacity is needed when the headline is the capacity's price"},
        {"a capacity headline at an undisclosed price",
         book_file(deal(R"("capacity": {"capacity_gw": 1, "pays_for": "undisclosed"}, )"
                        R"("exit": {"headline_basis": "capacity"})")),
         "deals[0].exit.headline_basis",
         in_d + "exit.headline_basis is capacity, but the capacity's price is undisclosed: state the "
                "headline instead"},
        {"a capacity headline with no cost per GW",
         book_file(deal(R"("capacity": {"capacity_gw": 1}, "exit": {"headline_basis": "capacity"})")),
         "deals[0].exit.headline_basis",
         in_d + "exit.headline_basis is capacity, but the capacity has no price: it needs "
                "hardware_usd_per_gw and the PUE (the gigawatts are facility power) in the book's or "
                "the deal's assumptions"},
        {"a prepayment above the headline",
         book_file(deal(R"("exit": {"headline_value_usd": 1e9, "prepayment_usd": 2e9})")),
         "deals[0].exit.prepayment_usd",
         in_d + "exit.prepayment_usd must not exceed the headline value (got 2000000000 > 1000000000)"},
        // Companies.
        {"a company listed twice", book_file("", R"("companies": [{"name": "OpenAI"}, {"name": "OpenAI"}])"),
         "companies[1].name", "company \"OpenAI\" is listed twice in companies"},
        // The file as a whole.
        {"5 MB", five_mb, "",
         "The file is " + std::to_string(five_mb.size()) +
             " bytes long; a book file may be at most 4194304 bytes (4 MiB)"},
        {"not JSON: a CSV table", "id,buyer,seller\nd,OpenAI,AMD\n", "",
         "The file is not valid JSON: line 1, column 1: syntax error while parsing value - invalid "
         "literal; last read: 'i'"},
        {"truncated", book_file(deal("")).substr(0, 60), "window",
         "The file is not valid JSON (in window): line 1, column 60: syntax error while parsing object - "
         "unexpected end of input; expected '}'"},
        {"a later version of the book schema", R"({"schema": "boomerang/book@2", "deals": []})", "schema",
         "schema \"boomerang/book@2\" is a version of the book format this Boomerang does not read; it "
         "reads \"boomerang/book@1\""},
        {"a misspelt schema", R"({"schema": "boomerang/books@1", "deals": []})", "schema",
         "schema \"boomerang/books@1\" is not a Boomerang book; expected \"boomerang/book@1\""},
        // load_book_or_scenario reads scenario@1 too, yet names only the book schema here.
        {"an object of 20,001 keys, which would take minutes to read in order", many_keys, "",
         "The file has an object with 20004 keys; a book file has at most 20000 in one object"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto loaded = io::load_book(row.input);
        REQUIRE_FALSE(loaded.ok());  // a refusal holds no book, so nothing half-read can be shown
        CHECK(loaded.error().field == row.field);
        CHECK_MESSAGE(matches(loaded.error().message, row.message), loaded.error().message);
        CHECK(is_utf8(loaded.error().message));
        const auto opened = io::load_book_or_scenario(row.input);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().field == loaded.error().field);
        CHECK(opened.error().message == loaded.error().message);
    }
}

TEST_CASE(
    "a scenario file of too many keys is refused by the loader that reads both, as the scenario reader refuses it") {
    // Looking for a book's sections in a scenario file must not read it into a tree first: an
    // object of 300,000 keys takes minutes to read in order.
    std::string text = R"({"schema": "boomerang/scenario@1")";
    for (int i = 0; i < 80'000; ++i) text += ",\"k" + std::to_string(i) + "\":1";
    text += "}";
    const auto opened = io::load_book_or_scenario(text);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message ==
          "The file has an object with 80001 keys; a scenario file has at most 20000 in one object");
}

TEST_CASE("a later scenario version is named as such, by either loader") {
    const std::string text = R"({"schema": "boomerang/scenario@2"})";
    CHECK(io::load_book(text).error().message ==
          "schema \"boomerang/scenario@2\" is not a Boomerang book; expected \"boomerang/book@1\"");
    // The loader that also reads scenario files says what it is: a later scenario version.
    CHECK(io::load_book_or_scenario(text).error().message ==
          "schema \"boomerang/scenario@2\" is a version of the scenario format this Boomerang does not read; it "
          "reads \"boomerang/scenario@1\"");
}

TEST_CASE("a refused book leaves nothing behind: the next good file loads as it would have alone") {
    // Loading keeps no state between files, so the last good book is neither needed nor changed.
    const std::string good = book_file(deal(R"("rental": {"monthly_rate_usd": 1e9, "term_months": 12})"));
    const auto first = io::load_book(good);
    REQUIRE(first.ok());
    const std::string bad = book_file(deal(R"("rental": {"monthly_rate_usd": -1, "term_months": 12})"));
    REQUIRE_FALSE(io::load_book(bad).ok());
    REQUIRE_FALSE(io::load_book_or_scenario(book_file(bare_deal(R"("buyer": "B")", "signed"))).ok());
    const auto again = io::load_book(good);
    REQUIRE(again.ok());
    CHECK(again->file == first->file);
    CHECK(again->warnings == first->warnings);
}

// A book mislabelled as a scenario would otherwise be read as a scenario with two unknown keys,
// and open without a single deal.
TEST_CASE("a book whose schema says scenario@1 is refused, not opened as an empty book") {
    const std::string text =
        R"({"schema": "boomerang/scenario@1", )" + book_file(deal("")).substr(book_line.find("\"window\""));
    const auto opened = io::load_book_or_scenario(text);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message ==
          "schema says boomerang/scenario@1, but the file holds a book's deals and window: "
          "a book's schema is \"boomerang/book@1\"");
}
