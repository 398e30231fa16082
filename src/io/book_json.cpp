// Index: bounds and choices | the file's keys | reading | writing | comparing | paths |
//        the document
//
// Each struct of a book is described once, as the list of its keys in file order (`fields`
// below); reading, writing, comparing and source paths are four visitors walking those lists,
// so a key added to a list is read, written, compared and citable at once.
#include "io/book_json.hpp"

#include "io/json_format.hpp"
#include "model/bounds.hpp"
#include "model/calendar.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <map>
#include <optional>
#include <type_traits>
#include <unordered_set>
#include <utility>

namespace boomerang::io {

namespace {

using json::Json;
using model::Bounds;
using model::Error;

// ---- Bounds and choices -----------------------------------------------------------------
// The years of a window and of a vendor's first year of supply: the years a deal's dates may
// fall in.
constexpr Bounds calendar_year_bounds{model::earliest_year, model::latest_year, false, true};

// How each choice is spelled in files; the first spelling of a list is not a default.
template <typename E>
struct Spelling {
    std::string_view name;
    E value;
};

constexpr auto spellings(model::DealStatus) {
    using S = Spelling<model::DealStatus>;
    return std::array{
        S{"reported", model::DealStatus::reported},     S{"letter_of_intent", model::DealStatus::letter_of_intent},
        S{"definitive", model::DealStatus::definitive}, S{"amended", model::DealStatus::amended},
        S{"superseded", model::DealStatus::superseded}, S{"cancelled", model::DealStatus::cancelled}};
}
constexpr auto spellings(model::PowerBasis) {
    using S = Spelling<model::PowerBasis>;
    return std::array{S{"it_power", model::PowerBasis::it_power},
                      S{"facility_power", model::PowerBasis::facility_power}};
}
constexpr auto spellings(model::CapacityDerived) {
    using S = Spelling<model::CapacityDerived>;
    return std::array{S{"gpus", model::CapacityDerived::gpus}, S{"capacity_gw", model::CapacityDerived::capacity_gw},
                      S{"gpus_per_gw", model::CapacityDerived::gpus_per_gw}};
}
constexpr auto spellings(model::PaysFor) {
    using S = Spelling<model::PaysFor>;
    return std::array{S{"hardware", model::PaysFor::hardware},
                      S{"hardware_and_facility", model::PaysFor::hardware_and_facility},
                      S{"undisclosed", model::PaysFor::undisclosed}};
}
constexpr auto spellings(model::TermGiven) {
    using S = Spelling<model::TermGiven>;
    return std::array{S{"term_months", model::TermGiven::term_months}, S{"end_date", model::TermGiven::end_date}};
}
constexpr auto spellings(model::HeadlineBasis) {
    using S = Spelling<model::HeadlineBasis>;
    return std::array{S{"stated", model::HeadlineBasis::stated}, S{"rental", model::HeadlineBasis::rental},
                      S{"capacity", model::HeadlineBasis::capacity}};
}
constexpr auto spellings(model::NoticeBy) {
    using S = Spelling<model::NoticeBy>;
    return std::array{S{"buyer", model::NoticeBy::buyer}, S{"seller", model::NoticeBy::seller},
                      S{"either", model::NoticeBy::either}};
}

template <typename E>
std::string_view name_of(E value) {
    for (const auto& s : spellings(E{})) {
        if (s.value == value) return s.name;
    }
    return {};
}

template <typename E>
std::optional<E> value_named(const std::string& name) {
    for (const auto& s : spellings(E{})) {
        if (s.name == name) return s.value;
    }
    return std::nullopt;
}

// "\"buyer\", \"seller\" or \"either\"".
template <typename E>
std::string options_text() {
    constexpr auto all = spellings(E{});
    std::string text;
    for (std::size_t i = 0; i < all.size(); ++i) {
        text += i == 0 ? "\"" : i + 1 == all.size() ? " or \"" : ", \"";
        text += std::string(all[i].name) + "\"";
    }
    return text;
}

// ---- The file's keys --------------------------------------------------------------------
// Each struct's keys in file order (docs/BOOK.md) with their bounds. A visitor `v` offers:
//   number(key, bounds, x...)   double or int (required), std::optional<double> (optional)
//   choice(key, need, e...)     an enum, spelled by spellings(); the model's default if absent
//   date(key, d...)             std::optional<model::Date>
//   text(key, need, s...)       a string; an optional one is absent when empty
//   name(key, s...)             the string that names a list item in source paths (required)
//   flag(key, b...)             a bool, absent when false
//   object(key, need, o...)     a nested struct; an optional one is absent when empty
//   block(key, b...)            a std::optional nested struct
//   list(key, need, items...)   a std::vector of structs
// `s...` is one struct (reading, writing, paths) or two (comparing).
enum class Need { optional, required };

template <typename T, typename U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

template <typename V, Is<model::Window>... S>
void fields(V& v, S&... s) {
    v.number("first_year", calendar_year_bounds, s.first_year...);
    v.number("last_year", calendar_year_bounds, s.last_year...);
}

template <typename V, Is<model::Assumptions>... S>
void fields(V& v, S&... s) {
    for (const model::AssumptionField& f : model::assumption_fields) {
        v.number(f.key, f.bounds, (s.*f.member)...);
    }
}

template <typename V, Is<model::CompanyInfo>... S>
void fields(V& v, S&... s) {
    v.name("name", s.name...);
    v.number("revenue_usd_per_year", model::non_negative, s.revenue_usd_per_year...);
    v.number("other_funding_usd_per_year", model::non_negative, s.other_funding_usd_per_year...);
}

template <typename V, Is<model::VendorSupply>... S>
void fields(V& v, S&... s) {
    v.name("vendor", s.vendor...);
    v.number("first_year", calendar_year_bounds, s.first_year...);
    v.number("gw_per_year", model::non_negative, s.gw_per_year...);
    v.number("growth_per_year", model::supply_growth_bounds, s.growth_per_year...);
}

template <typename V, Is<model::CapacityBlock>... S>
void fields(V& v, S&... s) {
    v.number("capacity_gw", model::positive, s.capacity_gw...);
    v.choice("power_basis", Need::optional, s.power_basis...);
    v.number("gpus", model::positive, s.gpus...);
    v.number("gpus_per_gw", model::positive, s.gpus_per_gw...);
    v.choice("derived", Need::optional, s.derived...);
    v.choice("pays_for", Need::optional, s.pays_for...);
    v.date("deploy_start", s.deploy_start...);
    v.date("deploy_end", s.deploy_end...);
}

template <typename V, Is<model::RentalBlock>... S>
void fields(V& v, S&... s) {
    v.number("monthly_rate_usd", model::positive, s.monthly_rate_usd...);
    v.choice("term_given", Need::optional, s.term_given...);
    v.number("term_months", model::term_months_bounds, s.term_months...);
    v.date("end", s.end...);
    v.number("discounted_months", model::whole_months_bounds, s.discounted_months...);
    v.number("discounted_rate_fraction", model::fraction, s.discounted_rate_fraction...);
    v.number("ramp_months", model::ramp_months_bounds, s.ramp_months...);
    v.number("gpus", model::positive, s.gpus...);
    v.number("power_mw", model::positive, s.power_mw...);
}

template <typename V, Is<model::ExitBlock>... S>
void fields(V& v, S&... s) {
    v.choice("headline_basis", Need::optional, s.headline_basis...);
    v.number("headline_value_usd", model::positive, s.headline_value_usd...);
    v.number("term_months", model::term_months_bounds, s.term_months...);
    v.number("binding_gw", model::non_negative, s.binding_gw...);
    v.number("notice_days", model::notice_days_bounds, s.notice_days...);
    v.choice("notice_by", Need::optional, s.notice_by...);
    v.number("minimum_term_months", model::whole_months_bounds, s.minimum_term_months...);
    v.number("termination_fee_usd", model::non_negative, s.termination_fee_usd...);
    v.number("prepayment_usd", model::non_negative, s.prepayment_usd...);
    v.number("exit_probability_per_year", model::fraction, s.exit_probability_per_year...);
}

template <typename V, Is<model::FinancingTranche>... S>
void fields(V& v, S&... s) {
    v.number("at_gw", model::non_negative, s.at_gw...);
    v.number("amount_usd", model::non_negative, s.amount_usd...);
}

template <typename V, Is<model::FinancingBlock>... S>
void fields(V& v, S&... s) {
    v.list("tranches", Need::optional, s.tranches...);
    v.number("stake_value_usd", model::non_negative, s.stake_value_usd...);
    v.number("investor_gross_margin_fraction", model::fraction, s.investor_gross_margin_fraction...);
}

template <typename V, Is<model::ProjectFinanceBlock>... S>
void fields(V& v, S&... s) {
    v.number("equity_usd", model::non_negative, s.equity_usd...);
    v.number("debt_usd", model::non_negative, s.debt_usd...);
    v.number("cost_of_equity_per_year", model::fraction, s.cost_of_equity_per_year...);
    v.number("cost_of_debt_per_year", model::fraction, s.cost_of_debt_per_year...);
    v.number("debt_term_years", model::positive, s.debt_term_years...);
}

template <typename V, Is<model::VestingTranche>... S>
void fields(V& v, S&... s) {
    v.number("shares", model::non_negative, s.shares...);
    v.number("vest_at_gw", model::non_negative, s.vest_at_gw...);
    v.number("vest_at_share_price_usd", model::non_negative, s.vest_at_share_price_usd...);
}

template <typename V, Is<model::WarrantsBlock>... S>
void fields(V& v, S&... s) {
    v.list("tranches", Need::optional, s.tranches...);
    v.number("strike_usd_per_share", model::non_negative, s.strike_usd_per_share...);
    v.number("share_price_usd", model::non_negative, s.share_price_usd...);
    v.number("shares_outstanding", model::positive, s.shares_outstanding...);
}

template <typename V, Is<model::Deal>... S>
void fields(V& v, S&... s) {
    v.name("id", s.id...);
    v.text("title", Need::required, s.title...);
    v.text("buyer", Need::required, s.buyer...);
    v.text("seller", Need::optional, s.seller...);
    v.text("investor", Need::optional, s.investor...);
    v.choice("status", Need::required, s.status...);
    v.date("status_as_of", s.status_as_of...);
    v.text("superseded_by", Need::optional, s.superseded_by...);
    v.date("announced", s.announced...);
    v.date("start", s.start...);
    v.number("market_cap_change_usd", model::any_finite, s.market_cap_change_usd...);
    v.flag("excluded_from_network", s.excluded_from_network...);
    v.object("assumptions", Need::optional, s.overrides...);
    v.block("capacity", s.capacity...);
    v.block("rental", s.rental...);
    v.block("exit", s.exit...);
    v.block("financing", s.financing...);
    v.block("project_finance", s.project_finance...);
    v.block("warrants", s.warrants...);
}

template <typename V, Is<model::Book>... S>
void fields(V& v, S&... s) {
    v.object("window", Need::required, s.window...);
    v.object("assumptions", Need::optional, s.assumptions...);
    v.list("companies", Need::optional, s.companies...);
    v.list("supply", Need::optional, s.supply...);
    v.list("deals", Need::required, s.deals...);
}

// The name a list item goes by in source paths ("companies.SpaceX", "deals.amd-openai");
// items of other lists go by their index ("tranches[0]").
const std::string& path_name(const model::CompanyInfo& company) { return company.name; }
const std::string& path_name(const model::VendorSupply& supply) { return supply.vendor; }
const std::string& path_name(const model::Deal& deal) { return deal.id; }

template <typename T>
concept NamedInPaths = requires(const T& item) {
    path_name(item);
};

template <typename T>
constexpr bool is_optional_number = std::is_same_v<std::remove_const_t<T>, std::optional<double>>;

// ---- Reading ----------------------------------------------------------------------------
// A message about a value inside a deal names the deal the way model::evaluate_book does, so
// the user reads one form whichever of the two found the fault:
//   Deal "AMD → OpenAI" (amd-openai): capacity.capacity_gw must be a finite number > 0 (got -3)
// Error::field keeps the whole path, "deals[2].capacity.capacity_gw". Before the id is read
// there is no name to give, and the message keeps the whole path.
void name_deal(Error& error, const std::string& deal_path, const model::Deal& deal) {
    const std::string prefix = deal_path + ".";
    if (deal.id.empty() || error.message.rfind(prefix, 0) != 0) return;
    error.message = "Deal " + model::deal_label(deal) + ": " + error.message.substr(prefix.size());
}

// Reads the members of one JSON object at `path` into one struct. The first error stops the
// reading (every later call does nothing); finish() warns about the keys nobody asked for.
class ObjectReader {
public:
    std::optional<Error> error;

    ObjectReader(json::Reader& reader, const Json& object, std::string path)
        : reader_(reader), object_(object), path_(std::move(path)) {}

    std::string path_of(std::string_view key) const {
        return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
    }

    // The value of `key`, or nullptr when it is absent (an error if it is required) or an
    // error has already stopped the reading.
    const Json* find(std::string_view key, Need need) {
        known_.push_back(key);
        if (error) return nullptr;
        const auto it = object_.find(std::string(key));
        if (it != object_.end()) return &*it;
        if (need == Need::required) error = Error{path_of(key), path_of(key) + " is missing"};
        return nullptr;
    }

    template <typename T>
    void number(std::string_view key, const Bounds& bounds, T& out) {
        const Json* value = find(key, is_optional_number<T> ? Need::optional : Need::required);
        if (!value) return;
        double number = 0.0;
        if ((error = reader_.read_number(*value, path_of(key), bounds, number))) return;
        if constexpr (std::is_same_v<T, int>) {
            out = static_cast<int>(number);  // a whole calendar year, by its bounds
        } else {
            out = number;
        }
    }

    template <typename E>
    void choice(std::string_view key, Need need, E& out) {
        const Json* value = find(key, need);
        if (!value) return;
        if (value->is_string()) {
            if (const auto found = value_named<E>(value->get<std::string>())) {
                out = *found;
                return;
            }
        }
        error = json::wrong_type(path_of(key), options_text<E>(), *value);
    }

    void date(std::string_view key, std::optional<model::Date>& out) {
        const Json* value = find(key, Need::optional);
        if (!value) return;
        if (value->is_string()) {
            if (const auto found = model::parse_date(value->get<std::string>())) {
                out = *found;
                return;
            }
        }
        error = json::wrong_type(path_of(key),
                                 "a date \"YYYY-MM\" or \"YYYY-MM-DD\" from " + std::to_string(model::earliest_year) +
                                     " to " + std::to_string(model::latest_year),
                                 *value);
    }

    void text(std::string_view key, Need need, std::string& out) {
        if (const Json* value = find(key, need)) {
            error = reader_.read_text(*value, path_of(key), out);
        }
    }

    void name(std::string_view key, std::string& out) { text(key, Need::required, out); }

    void flag(std::string_view key, bool& out) {
        if (const Json* value = find(key, Need::optional)) {
            error = reader_.read_flag(*value, path_of(key), out);
        }
    }

    template <typename T>
    void object(std::string_view key, Need need, T& out) {
        if (const Json* value = find(key, need)) error = read_object(*value, path_of(key), out);
    }

    template <typename T>
    void block(std::string_view key, std::optional<T>& out) {
        const Json* value = find(key, Need::optional);
        if (!value) return;
        T block{};
        if ((error = read_object(*value, path_of(key), block))) return;
        out = std::move(block);
    }

    template <typename T>
    void list(std::string_view key, Need need, std::vector<T>& out) {
        const Json* value = find(key, need);
        if (!value) return;
        const std::string path = path_of(key);
        if (!value->is_array()) {
            error = json::wrong_type(path, "an array", *value);
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < value->size(); ++i) {
            T item{};
            const std::string item_path = path + "[" + std::to_string(i) + "]";
            if ((error = read_object((*value)[i], item_path, item))) return;
            out.push_back(std::move(item));
        }
    }

    // Warns about every key of the object no call asked for, unless reading stopped.
    void finish() {
        if (error) return;
        for (const auto& [key, value] : object_.items()) {
            if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
                reader_.unknown_key(path_, key, known_);
            }
        }
    }

private:
    json::Reader& reader_;
    const Json& object_;
    std::string path_;
    std::vector<std::string_view> known_;

    template <typename T>
    std::optional<Error> read_object(const Json& value, const std::string& path, T& out) {
        if (!value.is_object()) return json::wrong_type(path, "an object", value);
        ObjectReader inner(reader_, value, path);
        fields(inner, out);
        inner.finish();
        if constexpr (std::is_same_v<T, model::Deal>) {
            if (inner.error) name_deal(*inner.error, path, out);
        }
        return inner.error;
    }
};

// ---- Writing ----------------------------------------------------------------------------
// Whole numbers are written as integers ("gpus": 220000, "first_year": 2026); others with the
// shortest digits that read back as the same double (nlohmann-json's dump).
Json number_json(double value) {
    constexpr double exact_integers = 9007199254740992.0;  // 2^53
    if (value == std::floor(value) && std::abs(value) < exact_integers) {
        return static_cast<std::int64_t>(value);
    }
    return value;
}

// Builds the JSON object of one struct; absent values leave their key out.
class ObjectWriter {
public:
    Json written = Json::object();

    template <typename T>
    void number(std::string_view key, const Bounds&, const T& value) {
        if constexpr (is_optional_number<T>) {
            if (value) put(key, number_json(*value));
        } else {
            put(key, number_json(value));
        }
    }
    template <typename E>
    void choice(std::string_view key, Need, const E& value) {
        put(key, std::string(name_of(value)));
    }
    void date(std::string_view key, const std::optional<model::Date>& value) {
        if (value) put(key, model::date_text(*value));
    }
    void text(std::string_view key, Need need, const std::string& value) {
        if (need == Need::required || !value.empty()) put(key, value);
    }
    void name(std::string_view key, const std::string& value) { put(key, value); }
    void flag(std::string_view key, bool value) {
        if (value) put(key, true);
    }
    template <typename T>
    void object(std::string_view key, Need need, const T& value) {
        Json inner = object_json(value);
        if (need == Need::required || !inner.empty()) put(key, std::move(inner));
    }
    template <typename T>
    void block(std::string_view key, const std::optional<T>& value) {
        if (value) put(key, object_json(*value));
    }
    template <typename T>
    void list(std::string_view key, Need, const std::vector<T>& items) {
        Json array = Json::array();
        for (const T& item : items) array.push_back(object_json(item));
        put(key, std::move(array));
    }

    template <typename T>
    static Json object_json(const T& value) {
        ObjectWriter inner;
        fields(inner, value);
        return std::move(inner.written);
    }

private:
    void put(std::string_view key, Json value) { written[std::string(key)] = std::move(value); }
};

// ---- Comparing --------------------------------------------------------------------------
struct Comparer {
    bool same = true;

    template <typename T>
    void number(std::string_view, const Bounds&, const T& a, const T& b) {
        same = same && a == b;
    }
    template <typename E>
    void choice(std::string_view, Need, const E& a, const E& b) {
        same = same && a == b;
    }
    void date(std::string_view, const std::optional<model::Date>& a, const std::optional<model::Date>& b) {
        same = same && a == b;
    }
    void text(std::string_view, Need, const std::string& a, const std::string& b) { same = same && a == b; }
    void name(std::string_view, const std::string& a, const std::string& b) { same = same && a == b; }
    void flag(std::string_view, bool a, bool b) { same = same && a == b; }
    template <typename T>
    void object(std::string_view, Need, const T& a, const T& b) {
        fields(*this, a, b);
    }
    template <typename T>
    void block(std::string_view, const std::optional<T>& a, const std::optional<T>& b) {
        if (a.has_value() != b.has_value()) {
            same = false;
        } else if (a) {
            fields(*this, *a, *b);
        }
    }
    template <typename T>
    void list(std::string_view, Need, const std::vector<T>& a, const std::vector<T>& b) {
        if (a.size() != b.size()) {
            same = false;
            return;
        }
        for (std::size_t i = 0; i < a.size() && same; ++i) fields(*this, a[i], b[i]);
    }
};

// ---- Paths ------------------------------------------------------------------------------
// Collects the source path of every value and group save_book writes: "window",
// "window.first_year", "deals", "deals.amd-openai", "deals.amd-openai.capacity",
// "deals.amd-openai.capacity.capacity_gw", "deals.x.financing.tranches[0]" … List items go
// by name where they have one (path_name), else by index; the naming key itself ("id",
// "name", "vendor") is not a path of its own, and neither are the members of indexed items.
class PathCollector {
public:
    PathCollector(std::vector<std::string>& paths, std::string prefix) : paths_(paths), prefix_(std::move(prefix)) {}

    template <typename T>
    void number(std::string_view key, const Bounds&, const T& value) {
        if constexpr (is_optional_number<T>) {
            if (!value) return;
        }
        add(key);
    }
    template <typename E>
    void choice(std::string_view key, Need, const E&) {
        add(key);
    }
    void date(std::string_view key, const std::optional<model::Date>& value) {
        if (value) add(key);
    }
    void text(std::string_view key, Need need, const std::string& value) {
        if (need == Need::required || !value.empty()) add(key);
    }
    void name(std::string_view, const std::string&) {}
    void flag(std::string_view key, bool value) {
        if (value) add(key);
    }
    template <typename T>
    void object(std::string_view key, Need need, const T& value) {
        if (need == Need::optional && ObjectWriter::object_json(value).empty()) return;
        add(key);
        inner(key, value);
    }
    template <typename T>
    void block(std::string_view key, const std::optional<T>& value) {
        if (!value) return;
        add(key);
        inner(key, *value);
    }
    template <typename T>
    void list(std::string_view key, Need, const std::vector<T>& items) {
        add(key);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if constexpr (NamedInPaths<T>) {
                const std::string item = std::string(key) + "." + path_name(items[i]);
                add(item);
                inner(item, items[i]);
            } else {
                add(std::string(key) + "[" + std::to_string(i) + "]");
            }
        }
    }

private:
    std::vector<std::string>& paths_;
    std::string prefix_;

    std::string path_of(std::string_view key) const {
        return prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key);
    }
    void add(std::string_view key) { paths_.push_back(path_of(key)); }
    template <typename T>
    void inner(std::string_view key, const T& value) {
        PathCollector collector(paths_, path_of(key));
        fields(collector, value);
    }
};

std::vector<std::string> book_paths(const model::Book& book) {
    std::vector<std::string> paths;
    PathCollector collector(paths, "");
    fields(collector, book);
    return paths;
}

// ---- The document -----------------------------------------------------------------------
// Character pairs the "did you mean" of unknown source paths may compare in one file: a few
// dozen suggestions in a book of a hundred deals, a fraction of a second at worst.
constexpr std::size_t suggestion_budget = 50'000'000;

// Every source names a value the book holds, or is warned about.
void check_source_paths(const BookFile& file, std::vector<std::string>& warnings) {
    // A large book without citations (a generated one, a link) would list every value's path
    // for nothing: a sixth of the time to open a 4 MiB book.
    if (file.sources.empty()) return;
    const std::vector<std::string> paths = book_paths(file.book);
    const std::unordered_set<std::string_view> existing(paths.begin(), paths.end());
    const std::vector<std::string_view> candidates(paths.begin(), paths.end());
    std::size_t budget = suggestion_budget;
    for (const auto& [path, citation] : file.sources) {
        if (existing.count(path)) continue;
        warnings.push_back("sources name a value the book does not hold: " + path +
                           json::did_you_mean(path, candidates, &budget));
    }
}

Json book_root(const BookFile& file, bool with_sources) {
    ObjectWriter writer;
    writer.written["schema"] = std::string(book_schema);
    writer.written["title"] = file.title;
    writer.written["description"] = file.description;
    fields(writer, file.book);
    if (with_sources) {
        Json sources = Json::object();
        for (const auto& [path, citation] : file.sources) {
            sources[path] = json::citation_json(citation);
        }
        writer.written["sources"] = std::move(sources);
    }
    return std::move(writer.written);
}

}  // namespace

bool same_book(const model::Book& a, const model::Book& b) {
    Comparer comparer;
    fields(comparer, a, b);
    return comparer.same;
}

bool operator==(const BookFile& a, const BookFile& b) {
    return a.title == b.title && a.description == b.description && a.sources == b.sources && same_book(a.book, b.book);
}

bool is_book_path(const model::Book& book, std::string_view path) {
    const std::vector<std::string> paths = book_paths(book);
    return std::find(paths.begin(), paths.end(), path) != paths.end();
}

namespace {
constexpr json::FileFormat book_format{"book", book_schema, max_book_bytes};
}  // namespace

model::Error book_too_large(std::size_t bytes) { return json::too_large(bytes, book_format); }

model::Result<LoadedBook> load_book(std::string_view text, double ratio_work) {
    auto root = json::parse_file(text, book_format);
    if (!root) return root.error();

    BookFile file;
    json::Reader reader;
    ObjectReader top(reader, *root, "");
    top.find("schema", Need::required);  // checked by parse_file
    top.text("title", Need::optional, file.title);
    top.text("description", Need::optional, file.description);
    fields(top, file.book);
    if (const Json* sources = top.find("sources", Need::optional)) {
        top.error = reader.read_sources(*sources, file.sources);
    }
    top.finish();
    if (top.error) return *top.error;
    check_source_paths(file, reader.warnings);
    return checked_book(std::move(file), std::move(reader.warnings), ratio_work);
}

model::Result<LoadedBook> checked_book(BookFile file, std::vector<std::string> warnings, double ratio_work) {
    auto evaluated = model::start_book_evaluation(file.book, ratio_work);
    if (!evaluated) return evaluated.error();
    if (!evaluated->results.ratios_error.empty()) return model::Error{"deals", evaluated->results.ratios_error};
    LoadedBook loaded;
    loaded.file = std::move(file);
    loaded.results = std::move(evaluated->results);
    loaded.pending_ratios = std::move(evaluated->pending);
    loaded.warnings = std::move(warnings);
    return loaded;
}

// Replacing rather than refusing a broken character: dump() must not throw.
std::string save_book(const BookFile& file) {
    return book_root(file, true).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string save_book_compact(const BookFile& file) {
    return book_root(file, false).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string save_deal(const model::Deal& deal) {
    return ObjectWriter::object_json(deal).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string_view status_name(model::DealStatus status) { return name_of(status); }

void rename_sources(std::map<std::string, Citation>& sources, std::string_view from, std::string_view to) {
    std::map<std::string, Citation> moved;
    for (auto it = sources.begin(); it != sources.end();) {
        const std::string& path = it->first;
        const bool under = path.starts_with(from) &&
                           (path.size() == from.size() || path[from.size()] == '.' || path[from.size()] == '[');
        if (!under) {
            ++it;
            continue;
        }
        moved.emplace(std::string(to) + path.substr(from.size()), std::move(it->second));
        it = sources.erase(it);
    }
    sources.merge(moved);
}

}  // namespace boomerang::io
