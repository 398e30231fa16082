// Result<T>: the value a model or parser computed, or why it could not.
//
// The model layer never lets an exception escape its public API (see STYLE.md); a function
// that can fail returns a Result. The UI shows Error::message verbatim, so messages are
// written for users: they name the field and say what is wrong and what is allowed.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace boomerang::model {

struct Error {
    std::string field;    // the input's name as in scenario files, e.g. "capacity_gw"
    std::string message;  // full sentence for the user, naming the field
};

template <typename T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    const T& value() const { return std::get<T>(state_); }
    T& value() { return std::get<T>(state_); }
    const Error& error() const { return std::get<Error>(state_); }

    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }

private:
    std::variant<T, Error> state_;
};

}  // namespace boomerang::model
