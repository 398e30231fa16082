#include "parse/mentions.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace boomerang::parse {

namespace {

struct Alias {
    std::string_view written;  // as it stands in text, capitals included
    std::string_view name;     // canonical
};

// Longer aliases first where one starts another ("Amazon Web Services" before "Amazon").
constexpr std::array<Alias, 47> kAliases = {{
    {"Advanced Micro Devices", "AMD"},
    {"AMD", "AMD"},
    {"OpenAI", "OpenAI"},
    {"NVIDIA", "Nvidia"},
    {"Nvidia", "Nvidia"},
    {"Microsoft Azure", "Microsoft"},
    {"Microsoft", "Microsoft"},
    {"Azure", "Microsoft"},
    {"Oracle", "Oracle"},
    {"Broadcom", "Broadcom"},
    {"CoreWeave", "CoreWeave"},
    {"SpaceX", "SpaceX"},
    {"xAI", "xAI"},
    {"XAI", "xAI"},
    {"Anthropic", "Anthropic"},
    {"Meta Platforms", "Meta"},
    {"Meta", "Meta"},
    {"Amazon Web Services", "Amazon"},
    {"Amazon", "Amazon"},
    {"AWS", "Amazon"},
    {"Google Cloud", "Google"},
    {"Google", "Google"},
    {"Alphabet", "Google"},
    {"BlackRock", "BlackRock"},
    {"MGX", "MGX"},
    {"SoftBank", "SoftBank"},
    {"Softbank", "SoftBank"},
    {"TSMC", "TSMC"},
    {"Taiwan Semiconductor", "TSMC"},
    {"Nebius Group", "Nebius"},
    {"Nebius", "Nebius"},
    {"Nscale", "Nscale"},
    {"IREN", "IREN"},
    {"Iris Energy", "IREN"},
    {"Cerebras Systems", "Cerebras"},
    {"Cerebras", "Cerebras"},
    {"Intel", "Intel"},
    {"Dell Technologies", "Dell Technologies"},
    {"Dell", "Dell Technologies"},
    {"Stargate", "Stargate"},
    {"Crusoe", "Crusoe"},
    {"Lambda", "Lambda"},
    {"Samsung", "Samsung"},
    {"SK Hynix", "SK Hynix"},
    {"Qualcomm", "Qualcomm"},
    {"Arm", "Arm"},
    {"Apple", "Apple"},
}};

// Names a sentence gives a company instead of its own, matched whatever their capitals.
constexpr std::array<Alias, 10> kEpithets = {{
    {"the company behind chatgpt", "OpenAI"},
    {"the startup behind chatgpt", "OpenAI"},
    {"the chatgpt maker", "OpenAI"},
    {"the chatgpt developer", "OpenAI"},
    {"the claude maker", "Anthropic"},
    {"the claude developer", "Anthropic"},
    {"facebook and instagram's parent company", "Meta"},
    {"facebook and instagram\u2019s parent company", "Meta"},
    {"facebook owner", "Meta"},
    {"the grok maker", "xAI"},
}};

bool word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// `written` at `at` in `text`, standing as a whole word (a possessive "'s" may follow).
bool stands_at(std::string_view text, std::size_t at, std::string_view written) {
    if (text.compare(at, written.size(), written) != 0) return false;
    if (at > 0 && word_character(text[at - 1])) return false;
    const std::size_t end = at + written.size();
    return end >= text.size() || !word_character(text[end]);
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

struct StatusWords {
    std::string_view words;  // lowercase, matched as whole words
    model::DealStatus status;
};

// In order of precedence: a letter of intent, then a report, then a signature.
constexpr std::array<StatusWords, 32> kStatusWords = {{
    {"letter of intent", model::DealStatus::letter_of_intent},
    {"letters of intent", model::DealStatus::letter_of_intent},
    {"non-binding", model::DealStatus::letter_of_intent},
    {"nonbinding", model::DealStatus::letter_of_intent},
    {"memorandum of understanding", model::DealStatus::letter_of_intent},
    {"mou", model::DealStatus::letter_of_intent},
    {"intends to", model::DealStatus::letter_of_intent},
    {"intent", model::DealStatus::letter_of_intent},
    {"reportedly", model::DealStatus::reported},
    {"reported", model::DealStatus::reported},
    {"reports", model::DealStatus::reported},
    {"a report", model::DealStatus::reported},
    {"report", model::DealStatus::reported},
    {"source told", model::DealStatus::reported},
    {"sources told", model::DealStatus::reported},
    {"people with knowledge", model::DealStatus::reported},
    {"asked not to be named", model::DealStatus::reported},
    {"people familiar", model::DealStatus::reported},
    {"people close to", model::DealStatus::reported},
    {"sources said", model::DealStatus::reported},
    {"the sources", model::DealStatus::reported},
    {"citing", model::DealStatus::reported},
    {"is said to", model::DealStatus::reported},
    {"are said to", model::DealStatus::reported},
    {"in talks", model::DealStatus::reported},
    {"negotiating", model::DealStatus::reported},
    {"according to reuters", model::DealStatus::reported},
    {"according to bloomberg", model::DealStatus::reported},
    {"according to the wall street journal", model::DealStatus::reported},
    {"definitive agreement", model::DealStatus::definitive},
    {"signed", model::DealStatus::definitive},
    {"has agreed to", model::DealStatus::definitive},
}};

}  // namespace

bool is_listed_company(std::string_view name) {
    return std::any_of(kAliases.begin(), kAliases.end(), [&](const Alias& a) { return a.name == name; });
}

std::vector<CompanyMention> find_companies(std::string_view text) {
    std::vector<CompanyMention> found;
    const std::string lowered = lower(text);
    for (std::size_t at = 0; at < text.size();) {
        const Alias* match = nullptr;
        for (const Alias& epithet : kEpithets) {
            if (stands_at(lowered, at, epithet.written)) {
                match = &epithet;
                break;
            }
        }
        for (const Alias& alias : kAliases) {
            if (stands_at(text, at, alias.written)) {
                match = &alias;
                break;
            }
        }
        if (!match) {
            ++at;
            continue;
        }
        found.push_back({std::string(match->name), {at, at + match->written.size()}});
        at += match->written.size();
    }
    return found;
}

std::optional<StatusMention> find_status(std::string_view text) {
    const std::string lowered = lower(text);
    for (const StatusWords& s : kStatusWords) {
        // "According to Reuters", "according to TheRegister.com": a publication, after the
        // letters of intent and before signatures; not "according to the agreement".
        if (s.status == model::DealStatus::definitive) {
            for (std::size_t at = lowered.find("according to "); at != std::string::npos;
                 at = lowered.find("according to ", at + 1)) {
                const std::size_t name = at + 13;
                if (name < text.size() && std::isupper(static_cast<unsigned char>(text[name])) &&
                    stands_at(lowered, at, "according to")) {
                    return StatusMention{model::DealStatus::reported, {at, name}};
                }
            }
        }
        for (std::size_t at = lowered.find(s.words); at != std::string::npos; at = lowered.find(s.words, at + 1)) {
            if (stands_at(lowered, at, s.words)) return StatusMention{s.status, {at, at + s.words.size()}};
        }
    }
    return std::nullopt;
}

}  // namespace boomerang::parse
