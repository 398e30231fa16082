// Fuzzes io::decode_permalink, which reads the URL fragment of any link a user opens.
// Built without exceptions, like the web build that decodes links.
//
// Invariants beyond "no crash, no sanitizer report":
//   - a refusal says why, in valid UTF-8;
//   - a decoded link has finite results;
//   - re-encoding a decoded scenario gives a link that decodes to the same inputs, title and
//     description, and encoding that again gives the same link (links are deterministic).
//
// Random bytes rarely survive base64url, so the custom mutator mostly mutates the JSON
// inside an "s1." link and encodes it again; one time in four it mutates the link's own
// characters, to exercise the prefix and the base64url decoder.
#include "fuzz_check.hpp"

#include "io/permalink.hpp"
#include "io/scenario_paths.hpp"
#include "io/scenario_sources.hpp"
#include "model/fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

using namespace boomerang;
using fuzz::require;

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const std::string_view prefix = io::permalink_prefix;
    if (seed % 4 != 0 && max_size > prefix.size() && fragment.substr(0, prefix.size()) == prefix) {
        if (auto json = io::base64url_decode(fragment.substr(prefix.size())); json.ok()) {
            std::string bytes = std::move(json.value());
            const std::size_t json_size = bytes.size();
            const std::size_t json_max = std::max((max_size - prefix.size()) * 3 / 4, json_size);
            bytes.resize(json_max);
            bytes.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(bytes.data()), json_size, json_max));
            const std::string link = std::string(prefix) + io::base64url_encode(bytes);
            if (link.size() <= max_size) {
                std::memcpy(data, link.data(), link.size());
                return link.size();
            }
        }
    }
    return LLVMFuzzerMutate(data, size, max_size);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const auto decoded = io::decode_permalink(fragment);
    if (!decoded) {
        fuzz::require_showable(decoded.error().message);
        return 0;
    }
    for (const model::OutputField& field : model::output_fields()) {
        const double value = field.get(decoded->results);
        require(std::isfinite(value), "a decoded link has finite results",
                io::field_path(field.section, field.key) + " = " + model::number_text(value));
    }

    const io::ScenarioFile& file = decoded->file;
    const std::string link = io::encode_permalink(file);
    const auto again = io::decode_permalink(link);
    require(again.ok(), "a re-encoded link decodes", again.ok() ? "" : again.error().message);
    require(io::same_inputs(again->file.scenario, file.scenario), "a re-encoded link keeps every input", link);
    require(again->file.title == file.title && again->file.description == file.description,
            "a re-encoded link keeps the title and description", link);
    require(again->file.sources.empty(), "links carry no citations", link);
    require(io::encode_permalink(again->file) == link, "encoding is deterministic", link);
    return 0;
}
