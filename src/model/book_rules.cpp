// Index: helpers | companies | deals | templates | blocks | derived inputs
#include "model/book_rules.hpp"

#include "model/book_evaluation.hpp"
#include "model/deal_fields.hpp"

#include <algorithm>
#include <array>

namespace boomerang::model {

namespace {

// ---- Helpers -------------------------------------------------------------------------------

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

Error no_deal(const std::string& id) { return Error{"deals", "there is no deal " + quoted(id) + " in this book"}; }

// The book with the edit applied to the deal `id`, or why not.
template <typename Edit>
Result<Book> edit_deal(const Book& book, const std::string& id, Edit edit) {
    Book out = book;
    Deal* deal = find_deal(out, id);
    if (!deal) return no_deal(id);
    if (std::optional<Error> error = edit(*deal)) return *error;
    return out;
}

std::string deal_list(const std::vector<std::string>& ids) {
    std::string text;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + quoted(ids[i]);
    }
    return text;
}

}  // namespace

// ---- Companies -----------------------------------------------------------------------------

Result<Book> rename_company(const Book& book, const std::string& from, const std::string& to) {
    if (to.empty()) return Error{"name", "a company needs a name"};
    if (to == from) return book;
    const std::vector<std::string> names = company_names(book);
    if (std::find(names.begin(), names.end(), from) == names.end()) {
        return Error{"name", "there is no company " + quoted(from) + " in this book"};
    }
    if (std::find(names.begin(), names.end(), to) != names.end()) {
        return Error{"name", "the book already has a company " + quoted(to) + "; renaming " + quoted(from) +
                                 " to it would merge the two"};
    }
    Book out = book;
    for (Deal& deal : out.deals) {
        for (std::string* party : {&deal.buyer, &deal.seller, &deal.investor}) {
            if (*party == from) *party = to;
        }
    }
    for (CompanyInfo& company : out.companies) {
        if (company.name == from) company.name = to;
    }
    for (VendorSupply& supply : out.supply) {
        if (supply.vendor == from) supply.vendor = to;
    }
    return out;
}

Result<Book> remove_company(const Book& book, const std::string& name) {
    std::vector<std::string> deals;
    for (const Deal& deal : book.deals) {
        if (deal.buyer == name || deal.seller == name || deal.investor == name) deals.push_back(deal.id);
    }
    if (!deals.empty()) {
        return Error{"name", quoted(name) + " is a party to " + (deals.size() == 1 ? "deal " : "deals ") +
                                 deal_list(deals) + "; remove or change " + (deals.size() == 1 ? "it" : "them") +
                                 " first"};
    }
    Book out = book;
    std::erase_if(out.companies, [&](const CompanyInfo& c) { return c.name == name; });
    std::erase_if(out.supply, [&](const VendorSupply& s) { return s.vendor == name; });
    return out;
}

// ---- Deals ---------------------------------------------------------------------------------

std::string unique_deal_id(const Book& book, const std::string& base) {
    std::string id;
    for (char c : base) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (allowed) {
            id += c;
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    if (id.empty()) id = "deal";
    id = id.substr(0, 56);
    if (!find_deal(book, id)) return id;
    for (int n = 2;; ++n) {
        const std::string candidate = id + "-" + std::to_string(n);
        if (!find_deal(book, candidate)) return candidate;
    }
}

Result<Book> rename_deal_id(const Book& book, const std::string& from, const std::string& to) {
    if (!find_deal(book, from)) return no_deal(from);
    if (to == from) return book;
    if (unique_deal_id(book, to) != to) {
        return Error{"id", "id " + quoted(to) +
                               (find_deal(book, to) ? " is taken by another deal"
                                                    : " must be 1 to 64 lowercase letters, digits or '-'")};
    }
    Book out = book;
    for (Deal& deal : out.deals) {
        if (deal.id == from) deal.id = to;
        if (deal.superseded_by == from) deal.superseded_by = to;
    }
    return out;
}

Result<Book> remove_deal(const Book& book, const std::string& id) {
    if (!find_deal(book, id)) return no_deal(id);
    std::vector<std::string> superseded;
    for (const Deal& deal : book.deals) {
        if (deal.superseded_by == id) superseded.push_back(deal.id);
    }
    if (!superseded.empty()) {
        return Error{"superseded_by", "deal " + deal_list(superseded) + (superseded.size() == 1 ? " is" : " are") +
                                          " superseded by " + quoted(id) + "; change " +
                                          (superseded.size() == 1 ? "its" : "their") + " status first"};
    }
    Book out = book;
    std::erase_if(out.deals, [&](const Deal& d) { return d.id == id; });
    return out;
}

Result<Book> move_deal(const Book& book, const std::string& id, std::size_t to) {
    Book out = book;
    const auto it = std::find_if(out.deals.begin(), out.deals.end(), [&](const Deal& d) { return d.id == id; });
    if (it == out.deals.end()) return no_deal(id);
    Deal moved = std::move(*it);
    out.deals.erase(it);
    out.deals.insert(out.deals.begin() + static_cast<std::ptrdiff_t>(std::min(to, out.deals.size())), std::move(moved));
    return out;
}

Result<Book> duplicate_deal(const Book& book, const std::string& id) {
    Book out = book;
    const auto it = std::find_if(out.deals.begin(), out.deals.end(), [&](const Deal& d) { return d.id == id; });
    if (it == out.deals.end()) return no_deal(id);
    Deal copy = *it;
    copy.id = unique_deal_id(book, id + "-copy");
    copy.title = (copy.title.empty() ? id : copy.title) + " (copy)";
    out.deals.insert(it + 1, std::move(copy));
    return out;
}

// ---- Templates -----------------------------------------------------------------------------

namespace {

constexpr std::string_view example_note =
    "An example value of the template, not any deal's: replace it with the deal's own figure.";

const auto templates = std::to_array<Template>({
    {DealTemplate::chip_purchase, "Chip purchase", example_note},
    {DealTemplate::vendor_financed_purchase, "Vendor-financed purchase", example_note},
    {DealTemplate::compute_rental, "Compute rental", example_note},
    {DealTemplate::warrants_deal, "Chips for warrants", example_note},
});

}  // namespace

std::span<const Template> deal_templates() { return templates; }

Result<Book> add_deal_from_template(const Book& book, DealTemplate kind, const std::string& buyer,
                                    const std::string& seller, Date start) {
    Deal deal;
    const auto it = std::find_if(templates.begin(), templates.end(), [&](const Template& t) { return t.kind == kind; });
    deal.title = std::string(it->label) + ": " + buyer + " and " + seller;
    deal.id = unique_deal_id(book, buyer + "-" + seller);
    deal.buyer = buyer;
    deal.seller = seller;
    deal.status = DealStatus::reported;
    deal.start = start;
    const auto capacity = [] {
        CapacityBlock c;
        c.capacity_gw = 1.0;
        c.power_basis = PowerBasis::facility_power;
        return c;
    };
    switch (kind) {
        case DealTemplate::chip_purchase: {
            deal.capacity = capacity();
            ExitBlock exit;
            exit.headline_basis = HeadlineBasis::stated;
            exit.headline_value_usd = 10e9;
            deal.exit = exit;
            break;
        }
        case DealTemplate::vendor_financed_purchase:
            deal.capacity = capacity();
            deal.investor = seller;
            deal.financing = FinancingBlock{{{1.0, 1e9}}, std::nullopt, std::nullopt};
            break;
        case DealTemplate::compute_rental: {
            RentalBlock rental;
            rental.monthly_rate_usd = 100e6;
            rental.term_months = 12;
            deal.rental = rental;
            ExitBlock exit;
            exit.headline_basis = HeadlineBasis::rental;
            deal.exit = exit;
            break;
        }
        case DealTemplate::warrants_deal:
            deal.capacity = capacity();
            deal.warrants = WarrantsBlock{{{1e6, 1.0, 0.0}}, 0.01, std::nullopt, std::nullopt};
            break;
    }
    Book out = book;
    out.deals.push_back(std::move(deal));
    return out;
}

// ---- Blocks --------------------------------------------------------------------------------

Result<Book> add_block(const Book& book, const std::string& id, Block block, std::optional<double> main_value) {
    return edit_deal(book, id, [&](Deal& deal) -> std::optional<Error> {
        if (has_block(deal, block) && block != Block::deal) {
            return Error{std::string(block_name(block)), "the deal already has " + std::string(block_title(block))};
        }
        // Set once the block exists, through the field the editor asks for (block_start_field).
        bool starts_with_value = false;
        const auto needs = [&](const char* what) -> std::optional<Error> {
            starts_with_value = true;
            if (main_value) return std::nullopt;
            // Worded so that it reads right for every title, "Capacity bought" as "Payments and exit terms".
            return Error{std::string(block_name(block)),
                         "to add " + std::string(block_title(block)) + ", give " + what + " to start with"};
        };
        switch (block) {
            case Block::deal: return Error{"deal", "a deal is not a block to add"};
            case Block::capacity:
                if (auto e = needs("the gigawatts")) return e;
                deal.capacity = CapacityBlock{};
                break;
            case Block::rental:
                if (auto e = needs("the monthly rate")) return e;
                deal.rental = RentalBlock{};
                deal.rental->term_months = 12;
                break;
            case Block::exit: {
                ExitBlock exit;
                const Result<DealResults> now = evaluate_deal(deal, book);
                if (deal.rental) {
                    exit.headline_basis = HeadlineBasis::rental;
                } else if (deal.capacity && now && now->capacity->purchase_value_usd) {
                    exit.headline_basis = HeadlineBasis::capacity;
                } else if (auto e = needs("the headline value")) {
                    return e;
                }
                deal.exit = exit;
                break;
            }
            case Block::financing:
                if (deal.investor.empty()) deal.investor = deal.seller;
                deal.financing = FinancingBlock{};
                break;
            case Block::project_finance:
                if (auto e = needs("the equity raised")) return e;
                deal.project_finance = ProjectFinanceBlock{};
                break;
            case Block::warrants: deal.warrants = WarrantsBlock{}; break;
        }
        if (starts_with_value) block_start_field(block)->set(deal, main_value);
        if (!deal.start) deal.start = Date{book.window.first_year, 1, 0};
        return std::nullopt;
    });
}

Result<Book> remove_block(const Book& book, const std::string& id, Block block) {
    return edit_deal(book, id, [&](Deal& deal) -> std::optional<Error> {
        const auto in_use = [&](const char* by) {
            return Error{std::string(block_name(block)),
                         std::string(block_title(block)) + " cannot go while " + by + "; change that first"};
        };
        switch (block) {
            case Block::deal: return Error{"deal", "remove the deal itself instead"};
            case Block::capacity: {
                const bool financed =
                    deal.financing && std::any_of(deal.financing->tranches.begin(), deal.financing->tranches.end(),
                                                  [](const FinancingTranche& t) { return t.at_gw > 0; });
                const bool vesting =
                    deal.warrants && std::any_of(deal.warrants->tranches.begin(), deal.warrants->tranches.end(),
                                                 [](const VestingTranche& t) { return t.vest_at_gw > 0; });
                if (financed) return in_use("financing tranches are released at deployed gigawatts");
                if (vesting) return in_use("warrants vest at deployed gigawatts");
                if (deal.exit && deal.exit->headline_basis == HeadlineBasis::capacity)
                    return in_use("the headline is the capacity's price");
                if (deal.exit && deal.exit->binding_gw) return in_use("the exit terms bind the first gigawatts");
                deal.capacity.reset();
                break;
            }
            case Block::rental:
                if (deal.exit && deal.exit->headline_basis == HeadlineBasis::rental)
                    return in_use("the headline is the rental's payments");
                deal.rental.reset();
                break;
            case Block::exit: deal.exit.reset(); break;
            case Block::financing: deal.financing.reset(); break;
            case Block::project_finance: deal.project_finance.reset(); break;
            case Block::warrants: deal.warrants.reset(); break;
        }
        return std::nullopt;
    });
}

// ---- Derived inputs ------------------------------------------------------------------------

Result<Book> set_capacity_derived(const Book& book, const std::string& id, CapacityDerived derived) {
    return edit_deal(book, id, [&](Deal& deal) -> std::optional<Error> {
        if (!deal.capacity) return Error{"capacity", "the deal buys no capacity"};
        const Result<DealResults> now = evaluate_deal(deal, book);
        if (!now) return now.error();
        const CapacityBlockResults& c = *now->capacity;
        CapacityBlock& block = *deal.capacity;
        // Every figure at its current value, so whichever is now computed agrees.
        if (c.capacity_gw) block.capacity_gw = c.capacity_gw;
        if (c.gpus) block.gpus = c.gpus;
        if (c.gpus_per_gw) block.gpus_per_gw = c.gpus_per_gw;
        const auto need = [&](const std::optional<double>& value, const char* key) -> std::optional<Error> {
            if (value) return std::nullopt;
            return Error{std::string("capacity.") + key, std::string("capacity.") + key + " is needed first"};
        };
        switch (derived) {
            case CapacityDerived::gpus: break;
            case CapacityDerived::capacity_gw:
                if (auto e = need(block.gpus, "gpus")) return e;
                if (auto e = need(block.gpus_per_gw, "gpus_per_gw")) return e;
                break;
            case CapacityDerived::gpus_per_gw:
                if (auto e = need(block.gpus, "gpus")) return e;
                break;
        }
        block.derived = derived;
        return std::nullopt;
    });
}

Result<Book> set_rental_term_given(const Book& book, const std::string& id, TermGiven given) {
    return edit_deal(book, id, [&](Deal& deal) -> std::optional<Error> {
        if (!deal.rental) return Error{"rental", "the deal rents no compute"};
        const Result<DealResults> now = evaluate_deal(deal, book);
        if (!now) return now.error();
        deal.rental->term_months = now->rental->term_months;
        deal.rental->end = now->rental->end;
        deal.rental->term_given = given;
        return std::nullopt;
    });
}

}  // namespace boomerang::model
