#include "extract/text/boilerplate_filter.hpp"

namespace sg::extract {
namespace {

std::string_view Trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  const auto end = s.find_last_not_of(" \t");
  return s.substr(begin, end - begin + 1);
}

const BoilerplateRule* FirstMatch(std::string_view line,
                                  const std::vector<BoilerplateRule>& rules) {
  for (const BoilerplateRule& rule : rules) {
    if (rule.pattern == nullptr) continue;
    if (re2::RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *rule.pattern)) {
      return &rule;
    }
  }
  return nullptr;
}

}  // namespace

CleanText RemoveBoilerplate(std::string_view normalized,
                            const std::vector<BoilerplateRule>& rules) {
  return RemoveBoilerplate(normalized, rules, nullptr);
}

CleanText RemoveBoilerplate(std::string_view normalized, const std::vector<BoilerplateRule>& rules,
                            const re2::RE2::Set* any_rule) {
  CleanText clean;
  clean.text.reserve(normalized.size());
  const BoilerplateRule* rest_rule = nullptr;  // set once a kRest rule fired
  int line_number = 0;
  std::size_t start = 0;
  while (start <= normalized.size()) {
    const std::size_t newline = normalized.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? normalized.size() : newline;
    const std::string_view line = normalized.substr(start, end - start);
    const std::string_view trimmed = Trim(line);
    ++line_number;

    const BoilerplateRule* rule = nullptr;
    if (!trimmed.empty()) {
      const bool maybe = any_rule == nullptr ||
                         any_rule->Match(re2::StringPiece(trimmed.data(), trimmed.size()), nullptr);
      rule = rest_rule != nullptr ? rest_rule : (maybe ? FirstMatch(trimmed, rules) : nullptr);
      if (rule != nullptr && rule->scope == BoilerplateScope::kRest) rest_rule = rule;
    }
    if (rule != nullptr) {
      clean.dropped.push_back({line_number, rule->id, std::string(trimmed)});
    } else {
      clean.text.append(line);
    }
    if (newline == std::string_view::npos) break;
    clean.text.push_back('\n');
    start = newline + 1;
  }
  return clean;
}

}  // namespace sg::extract
