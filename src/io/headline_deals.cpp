// Index: reading a draft's fields | the deal's blocks | accept_draft | the book | JSON
#include "io/headline_deals.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "model/book_evaluation.hpp"
#include "model/book_rules.hpp"
#include "parse/fields.hpp"

namespace boomerang::io {

namespace {

using parse::Draft;
using parse::DraftField;

// ---- Reading a draft's fields ----------------------------------------------------------------

std::optional<double> number(const Draft& d, std::string_view key) {
    const DraftField* f = d.find(key);
    if (!f || f->is_text()) return std::nullopt;
    return f->number;
}

std::string text_of(const Draft& d, std::string_view key) {
    const DraftField* f = d.find(key);
    return f && f->is_text() ? f->text : std::string();
}

std::optional<model::Date> date_of(const Draft& d, std::string_view key) {
    const std::string text = text_of(d, key);
    return text.empty() ? std::nullopt : model::parse_date(text);
}

model::DealStatus status_of(const Draft& d) {
    const std::string name = text_of(d, "status");
    for (const auto s :
         {model::DealStatus::reported, model::DealStatus::letter_of_intent, model::DealStatus::definitive}) {
        if (status_name(s) == name) return s;
    }
    return model::DealStatus::reported;
}

// "openai-nvidia" from the parties: a readable id, made unique in the book.
std::string id_base(const model::Deal& deal) {
    std::string base = deal.buyer;
    for (const std::string* other : {&deal.seller, &deal.investor}) {
        if (!other->empty() && *other != deal.buyer) {
            base += "-" + *other;
            break;
        }
    }
    return base.empty() ? "headline" : base;
}

std::string title_of(const model::Deal& deal) {
    if (!deal.seller.empty()) return deal.seller + " → " + deal.buyer + ", from a headline";
    if (!deal.investor.empty()) return deal.investor + " invests in " + deal.buyer + ", from a headline";
    return deal.buyer + ", from a headline";
}

// ---- The deal's blocks -----------------------------------------------------------------------

// Blocks need their defining inputs (docs/BOOK.md); what a draft has without them is listed.
void add_blocks(const Draft& d, model::Deal& deal, std::vector<std::string>& left_out) {
    const auto gw = number(d, "capacity.capacity_gw"), gpus = number(d, "capacity.gpus");
    const auto rate = number(d, "rental.monthly_rate_usd");
    const auto rental_end = date_of(d, "rental.end");
    const auto rental_term = number(d, "rental.term_months");
    if (rate && (rental_end || rental_term)) {
        model::RentalBlock r;
        r.monthly_rate_usd = rate;
        r.term_given = rental_end ? model::TermGiven::end_date : model::TermGiven::term_months;
        r.end = rental_end;
        r.term_months = rental_end ? std::nullopt : rental_term;
        if (gpus && !gw) r.gpus = gpus;
        deal.rental = r;
    } else if (rate) {
        left_out.push_back("the monthly rate: a rental also needs how long it runs (a term or its last month)");
    } else if (rental_end || rental_term) {
        left_out.push_back("how long the rental runs: a rental also needs its monthly rate");
    }
    if (gw) {
        model::CapacityBlock c;
        c.capacity_gw = gw;
        c.gpus = gpus;
        c.derived = gpus ? model::CapacityDerived::gpus_per_gw : model::CapacityDerived::gpus;
        deal.capacity = c;
    } else if (gpus && !deal.rental) {
        left_out.push_back("the GPU count: capacity also needs its gigawatts or GPUs per GW");
    }
    const auto headline = number(d, "exit.headline_value_usd");
    const auto notice = number(d, "exit.notice_days");
    if (headline || (deal.rental && notice)) {
        model::ExitBlock x;
        x.headline_basis = headline ? model::HeadlineBasis::stated : model::HeadlineBasis::rental;
        x.headline_value_usd = headline;
        x.term_months = headline ? number(d, "exit.term_months") : std::nullopt;
        x.notice_days = notice;
        const std::string by = text_of(d, "exit.notice_by");
        x.notice_by = by == "buyer"    ? model::NoticeBy::buyer
                      : by == "seller" ? model::NoticeBy::seller
                                       : model::NoticeBy::either;
        deal.exit = x;
    } else if (notice || number(d, "exit.term_months")) {
        left_out.push_back("the exit terms: they also need the deal's value or a rental");
    }
    if (const auto amount = number(d, "financing.amount_usd")) {
        if (deal.investor.empty()) {
            left_out.push_back("the investment: the text names no investor");
        } else {
            deal.financing = model::FinancingBlock{{{0.0, *amount}}, std::nullopt, std::nullopt};
        }
    }
    if (const auto shares = number(d, "warrants.shares")) {
        model::WarrantsBlock w;
        w.tranches = {{*shares, 0.0, 0.0}};
        w.strike_usd_per_share = number(d, "warrants.strike_usd_per_share");
        deal.warrants = w;
    } else if (number(d, "warrants.strike_usd_per_share")) {
        left_out.push_back("the warrant's strike: warrants also need their number of shares");
    }
}

// Takes out of `deal` the block (or date) the model's `error` is about, saying so in
// `left_out`; false when the error is about something else.
bool drop_refused(model::Deal& deal, const model::Error& error, std::vector<std::string>& left_out) {
    // "deals[3].financing.tranches[0].amount_usd" → "financing.tranches[0].amount_usd".
    const std::size_t in_deal = error.field.rfind("deals[", 0) == 0 ? error.field.find("].") : std::string::npos;
    const std::string path = in_deal == std::string::npos ? error.field : error.field.substr(in_deal + 2);
    const auto starts = [&](std::string_view block) { return path.rfind(block, 0) == 0; };
    const std::size_t said = error.message.find("): ");
    const std::string why = said == std::string::npos ? error.message : error.message.substr(said + 3);
    const auto drop = [](auto& block) {
        if (!block) return false;
        block.reset();
        return true;
    };
    bool dropped = false;
    if (starts("capacity"))
        dropped = drop(deal.capacity);
    else if (starts("rental"))
        dropped = drop(deal.rental);
    else if (starts("exit"))
        dropped = drop(deal.exit);
    else if (starts("financing"))
        dropped = drop(deal.financing);
    else if (starts("warrants"))
        dropped = drop(deal.warrants);
    else if (path == "announced")
        dropped = drop(deal.announced);
    // "rental is needed when the headline is the rental's payments": the block that needed
    // the one already taken out goes too.
    if (!dropped && (path == "rental" || path == "capacity")) dropped = drop(deal.exit);
    if (!dropped) return false;
    left_out.push_back("what the model refuses: " + why);
    return true;
}

// The book path a draft key is cited under, once the deal holds it ("" when it does not).
std::string path_of(const model::Deal& deal, const std::string& key) {
    const std::string deal_path = "deals." + deal.id + ".";
    if (key == "financing.amount_usd") return deal.financing ? deal_path + "financing.tranches[0]" : "";
    if (key == "warrants.shares") return deal.warrants ? deal_path + "warrants.tranches[0]" : "";
    return deal_path + key;
}

}  // namespace

// ---- accept_draft ----------------------------------------------------------------------------

model::Result<AcceptedDraft> accept_draft(const Draft& draft, std::string_view text, const model::Book& book,
                                          const HeadlineSource& source) {
    AcceptedDraft out;
    model::Deal& deal = out.deal;
    deal.buyer = text_of(draft, "buyer");
    deal.seller = text_of(draft, "seller");
    deal.investor = text_of(draft, "investor");
    if (deal.buyer.empty()) {
        return model::Error{"buyer",
                            "The text names no buyer (who pays, or who receives the investment): "
                            "type one before adding this deal."};
    }
    if (deal.seller == deal.buyer) deal.seller.clear();
    if (deal.investor == deal.buyer) deal.investor.clear();
    deal.status = status_of(draft);
    deal.announced = date_of(draft, "announced");
    deal.start = date_of(draft, "start");
    add_blocks(draft, deal, out.left_out);
    const bool needs_seller = deal.capacity || deal.rental || deal.exit || deal.warrants;
    if (needs_seller && deal.seller.empty()) {
        return model::Error{"seller",
                            "The text names no seller (who provides the compute or grants the "
                            "warrants): type one before adding this deal."};
    }
    deal.id = model::unique_deal_id(book, id_base(deal));
    deal.title = title_of(deal);
    // Payments and deployment need a first month; without one in the text, the day it was
    // written, or else the book's first year, stands in, and the citation says so.
    if (!deal.start) {
        if (deal.announced)
            deal.start = model::Date{deal.announced->year, deal.announced->month, 0};
        else if (source.written_on)
            deal.start = model::Date{source.written_on->year, source.written_on->month, 0};
        else
            deal.start = model::Date{book.window.first_year, 1, 0};
        out.sources["deals." + deal.id + ".start"] =
            Citation{Citation::Kind::assumption,
                     "The text gives no start; the month of " +
                         (deal.announced      ? std::string("its announcement")
                          : source.written_on ? source.written_on_is
                                              : std::string("the book's first year")) +
                         " stands in.",
                     "", ""};
    }
    if (!draft.find("status")) {
        out.sources["deals." + deal.id + ".status"] = Citation{
            Citation::Kind::assumption, "The text does not say whether the deal is signed: read as reported.", "", ""};
    }
    model::Book trial = book;
    trial.deals.push_back(deal);
    if (trial.window.first_year == 0 || deal.start->year < trial.window.first_year ||
        deal.start->year > trial.window.last_year) {
        trial.window.first_year =
            std::min(deal.start->year, trial.window.first_year ? trial.window.first_year : deal.start->year);
        trial.window.last_year = std::max(trial.window.last_year, deal.start->year + 4);
    }
    // A value the model refuses ("a 0 GW data center", a date past 2100) takes its block out
    // of the deal, and the reader is told why; the rest is still added.
    // Each pass takes a block or a date out, so this ends.
    for (auto evaluated = model::evaluate_book(trial); !evaluated; evaluated = model::evaluate_book(trial)) {
        if (!drop_refused(trial.deals.back(), evaluated.error(), out.left_out)) return evaluated.error();
    }
    deal = trial.deals.back();
    for (const DraftField& f : draft.fields) {
        const std::string path = path_of(deal, f.key);
        // A party the reader typed has no phrase to quote.
        if (f.span.begin == f.span.end || path.empty() || out.sources.count(path) || !is_book_path(trial, path))
            continue;
        Citation c{Citation::Kind::source, source.label,
                   std::string(text.substr(f.span.begin, f.span.end - f.span.begin)), ""};
        if (f.confidence == parse::Confidence::likely) c.note = "A guess by the headline reader: check it.";
        out.sources[path] = std::move(c);
    }
    return out;
}

// ---- The book --------------------------------------------------------------------------------

namespace {

// The year a book of drafts starts from when the text's date is not known.
constexpr int kYearWithoutDate = 2026;

// Every draft of `reading` accepted in turn into one book, and what each gave: the book
// `headline_book` returns and the deals `headline_json` reports are the same ones.
struct AcceptedReading {
    BookFile file;
    std::vector<model::Result<AcceptedDraft>> drafts;
};

AcceptedReading accept_all(const parse::HeadlineReading& reading, std::string_view text, const HeadlineSource& source) {
    AcceptedReading out;
    out.file.title = "Deals read from a headline";
    const int year = source.written_on ? source.written_on->year : kYearWithoutDate;
    out.file.book.window = {year, year + 4};
    for (const Draft& d : reading.drafts) {
        auto accepted = accept_draft(d, text, out.file.book, source);
        if (accepted) {
            const model::Date start = *accepted->deal.start;
            out.file.book.window.first_year = std::min(out.file.book.window.first_year, start.year);
            out.file.book.window.last_year = std::max(out.file.book.window.last_year, start.year + 4);
            out.file.book.deals.push_back(accepted->deal);
            out.file.sources.insert(accepted->sources.begin(), accepted->sources.end());
        }
        out.drafts.push_back(std::move(accepted));
    }
    std::erase_if(out.file.sources, [&](const auto& s) { return !is_book_path(out.file.book, s.first); });
    return out;
}

}  // namespace

BookFile headline_book(const parse::HeadlineReading& reading, std::string_view text, const HeadlineSource& source) {
    return accept_all(reading, text, source).file;
}

// ---- JSON ------------------------------------------------------------------------------------

std::string headline_json(const parse::HeadlineReading& reading, std::string_view text, const HeadlineSource& source) {
    using json = nlohmann::ordered_json;  // the one JSON type: io::json::Json
    const auto quote = [&](parse::Span s) { return std::string(text.substr(s.begin, s.end - s.begin)); };
    const AcceptedReading accepted = accept_all(reading, text, source);
    json drafts = json::array();
    for (std::size_t i = 0; i < reading.drafts.size(); ++i) {
        json fields = json::array();
        for (const DraftField& f : reading.drafts[i].fields) {
            json field = {{"key", f.key},
                          {"quote", quote(f.span)},
                          {"span", {f.span.begin, f.span.end}},
                          {"confidence", f.confidence == parse::Confidence::sure ? "sure" : "likely"}};
            field["value"] = f.is_text() ? json(f.text) : json(f.number);
            if (f.bound != parse::Bound::exact) field["bound"] = std::string(parse::qualifier_name(f.bound));
            if (f.high) field["high"] = *f.high;
            fields.push_back(std::move(field));
        }
        json draft = {{"fields", std::move(fields)}};
        if (const auto& deal = accepted.drafts[i]) {
            draft["deal_id"] = deal->deal.id;
            draft["left_out"] = deal->left_out;
        } else {
            draft["cannot_add"] = deal.error().message;
        }
        drafts.push_back(std::move(draft));
    }
    json unread = json::array();
    for (const parse::Span s : reading.unread) unread.push_back({{"quote", quote(s)}, {"span", {s.begin, s.end}}});
    json out = {{"schema", headline_schema},   {"text", std::string(text)},
                {"drafts", std::move(drafts)}, {"unread", std::move(unread)},
                {"message", reading.message},  {"book", json::parse(save_book(accepted.file), nullptr, false)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace boomerang::io
