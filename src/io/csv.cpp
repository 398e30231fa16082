#include "io/csv.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace boomerang::io {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

// nlohmann's number writer: shortest round-trip digits, never the C locale's decimal point.
std::string csv_number(double value) {
    return std::isfinite(value) ? nlohmann::ordered_json(value).dump() : std::string();
}

std::string schedule_csv(const model::CommitmentResults& commitment) {
    constexpr const char* line_end = "\r\n";
    std::string text = "month";
    for (const ScheduleColumn& column : schedule_columns) text += "," + csv_field(column.key);
    text += line_end;
    for (const model::CommitmentMonth& month : commitment.schedule) {
        text += std::to_string(month.month);
        for (const ScheduleColumn& column : schedule_columns) {
            text += "," + csv_number(month.*column.value);
        }
        text += line_end;
    }
    return text;
}

}  // namespace boomerang::io
