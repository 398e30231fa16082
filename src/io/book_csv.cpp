#include "io/book_csv.hpp"

#include "io/csv.hpp"
#include "model/deal_figures.hpp"

#include <nlohmann/json.hpp>

namespace boomerang::io {

namespace {

using Json = nlohmann::ordered_json;

std::string row(std::initializer_list<std::string> fields) {
    std::string line;
    bool first = true;
    for (const std::string& field : fields) {
        line += (first ? "" : ",") + csv_field(field);
        first = false;
    }
    return line + "\r\n";
}

std::string text_of(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_number()) return csv_number(value.get<double>());
    return "";
}

// The path one step up: "a.b[2]" → "a.b", "a.b" → "a"; "" at the top.
std::string parent(const std::string& path) {
    if (!path.empty() && path.back() == ']') return path.substr(0, path.rfind('['));
    const auto dot = path.rfind('.');
    return dot == std::string::npos ? "" : path.substr(0, dot);
}

struct DealColumns {
    std::string id, title, buyer, seller, status;
};

class CitedRows {
public:
    explicit CitedRows(const BookFile& file) : sources_(file.sources) {}

    // Every scalar under `value`, named from `path`.
    void walk(const Json& value, const std::string& path, const DealColumns& deal) {
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) walk(it.value(), path + "." + it.key(), deal);
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) walk(value[i], path + "[" + std::to_string(i) + "]", deal);
        } else {
            add(path, text_of(value), deal);
        }
    }

    void add(const std::string& path, const std::string& value, const DealColumns& deal) {
        std::string at = path;
        while (!at.empty() && !sources_.count(at)) at = parent(at);
        if (at.empty()) {
            text_ += row(
                {deal.id, deal.title, deal.buyer, deal.seller, deal.status, path, value, "uncited", "", "", "", ""});
            return;
        }
        const Citation& c = sources_.at(at);
        const bool assumption = c.kind == Citation::Kind::assumption;
        text_ += row({deal.id, deal.title, deal.buyer, deal.seller, deal.status, path, value,
                      assumption ? "assumption" : "source", c.text, c.quote, c.note, at});
    }

    const std::string& text() const { return text_; }

private:
    const std::map<std::string, Citation>& sources_;
    std::string text_;
};

}  // namespace

std::string book_figures_csv(const BookFile& file, const model::BookResults& results) {
    std::string text = row({"deal_id", "deal_title", "block", "figure", "value", "unit"});
    for (std::size_t i = 0; i < file.book.deals.size(); ++i) {
        const model::Deal& deal = file.book.deals[i];
        for (const model::DealFigure& figure : model::deal_figures()) {
            if (!model::has_block(deal, figure.block)) continue;
            const std::optional<double> value = figure.get(results.deals[i]);
            if (!value) continue;
            text += row({deal.id, deal.title, std::string(model::block_name(figure.block)), std::string(figure.key),
                         csv_number(*value), std::string(model::unit_name(figure.unit))});
        }
    }
    return text;
}

std::string cited_values_csv(const BookFile& file) {
    const Json book = Json::parse(save_book(file), nullptr, false);
    CitedRows rows(file);
    const DealColumns none;
    for (const char* section : {"window", "assumptions"}) {
        if (book.contains(section)) rows.walk(book[section], section, none);
    }
    for (const char* list : {"companies", "supply"}) {
        if (!book.contains(list)) continue;
        const char* name_key = std::string(list) == "companies" ? "name" : "vendor";
        for (const Json& item : book[list]) {
            const std::string path = std::string(list) + "." + item[name_key].get<std::string>();
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (it.key() != name_key) rows.walk(it.value(), path + "." + it.key(), none);
            }
        }
    }
    for (const Json& deal : book["deals"]) {
        const DealColumns columns{deal["id"].get<std::string>(), deal.value("title", ""), deal.value("buyer", ""),
                                  deal.value("seller", ""), deal.value("status", "")};
        const std::string path = "deals." + columns.id;
        for (auto it = deal.begin(); it != deal.end(); ++it) {
            if (it.key() == "id" || it.key() == "title") continue;
            rows.walk(it.value(), path + "." + it.key(), columns);
        }
    }
    return row({"deal_id", "deal_title", "buyer", "seller", "status", "path", "value", "kind", "source", "quote",
                "note", "cited_at"}) +
           rows.text();
}

}  // namespace boomerang::io
