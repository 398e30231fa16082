// Making and setting a draft's fields: shared by the parts of the headline parser's top layer
// (headline.cpp, rounds.cpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "parse/headline.hpp"

namespace boomerang::parse {

inline DraftField number_field(std::string_view key, double value, const Quantity& q, Confidence confidence) {
    DraftField f;
    f.key = std::string(key);
    f.number = value;
    f.bound = q.bound;
    f.high = q.high;
    f.span = q.span;
    f.confidence = confidence;
    return f;
}

inline DraftField text_field(std::string key, std::string text, Span span, Confidence confidence) {
    DraftField f;
    f.key = std::move(key);
    f.text = std::move(text);
    f.span = span;
    f.confidence = confidence;
    return f;
}

// Sets `field` unless the draft has it already; a sure value replaces a guess.
inline void set_field(Draft& draft, DraftField field) {
    for (DraftField& f : draft.fields) {
        if (f.key == field.key) {
            if (f.confidence == Confidence::likely && field.confidence == Confidence::sure) f = std::move(field);
            return;
        }
    }
    draft.fields.push_back(std::move(field));
}

}  // namespace boomerang::parse
