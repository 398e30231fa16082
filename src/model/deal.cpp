#include "model/deal.hpp"
#include "model/assumptions.hpp"
#include "model/book.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace boomerang::model {

Assumptions resolve(const Assumptions& book, const Assumptions& deal_overrides) {
    Assumptions resolved = book;
    for (const AssumptionField& field : assumption_fields) {
        if (deal_overrides.*field.member) resolved.*field.member = deal_overrides.*field.member;
    }
    return resolved;
}

std::string deal_label(const Deal& deal) {
    return deal.title.empty() ? "\"" + deal.id + "\"" : "\"" + deal.title + "\" (" + deal.id + ")";
}

std::string_view status_label(DealStatus status) {
    switch (status) {
        case DealStatus::reported: return "reported";
        case DealStatus::letter_of_intent: return "letter of intent";
        case DealStatus::definitive: return "definitive agreement";
        case DealStatus::amended: return "amended";
        case DealStatus::superseded: return "superseded";
        case DealStatus::cancelled: return "cancelled";
    }
    return "";
}

bool binds_nothing(DealStatus status) {
    return status == DealStatus::letter_of_intent || status == DealStatus::superseded ||
           status == DealStatus::cancelled;
}

bool is_withdrawn(DealStatus status) { return status == DealStatus::superseded || status == DealStatus::cancelled; }

const Deal* find_deal(const Book& book, const std::string& id) {
    for (const Deal& deal : book.deals) {
        if (deal.id == id) return &deal;
    }
    return nullptr;
}

Deal* find_deal(Book& book, const std::string& id) {
    for (Deal& deal : book.deals) {
        if (deal.id == id) return &deal;
    }
    return nullptr;
}

std::vector<std::string> company_names(const Book& book) {
    std::vector<std::string> names;
    std::unordered_set<std::string_view> seen;  // views of the book's own strings
    const auto add = [&](const std::string& name) {
        if (!name.empty() && seen.insert(name).second) names.push_back(name);
    };
    for (const Deal& deal : book.deals) {
        add(deal.buyer);
        add(deal.seller);
        add(deal.investor);
    }
    for (const CompanyInfo& company : book.companies) add(company.name);
    for (const VendorSupply& supply : book.supply) add(supply.vendor);
    return names;
}

}  // namespace boomerang::model
