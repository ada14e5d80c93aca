// Boilerplate removal: drops the lines of a scraped page that are not the
// story ("Read Also: ...", "Please enter your comment!", bylines, related-story
// lists, footers), keeping a record of each dropped line for `explain`.
//
//   std::vector<sg::extract::BoilerplateRule> rules = ...;  // from the rule loader
//   sg::extract::CleanText clean = sg::extract::RemoveBoilerplate(normalized, rules);
//   for (const auto& d : clean.dropped) std::cout << d.line << ' ' << d.rule_id << '\n';
//   auto sentences = sg::extract::SplitSentences(clean.text);
//
// A dropped line becomes an empty line, so clean.text has the same number of
// lines as the input, line N of the output is line N of the page, and a
// dropped line between two paragraphs still separates them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

namespace sg::extract {

enum class BoilerplateScope {
  kLine,  // drop the matching line only
  kRest,  // drop the matching line and every line after it (comment forms, footers)
};

// One boilerplate pattern. The rule loader compiles `pattern` (case-insensitive)
// and guarantees it is non-null and ok(); rules are shared, read-only, between
// threads.
struct BoilerplateRule {
  std::string id;
  std::shared_ptr<const re2::RE2> pattern;
  BoilerplateScope scope = BoilerplateScope::kLine;
};

struct DroppedLine {
  int line = 0;         // 1-based line number in the input
  std::string rule_id;  // the rule that matched (for kRest: on this or an earlier line)
  std::string text;     // the line as it was, trimmed of surrounding spaces
};

struct CleanText {
  std::string text;                  // input with dropped lines emptied
  std::vector<DroppedLine> dropped;  // in line order
};

// Matches each rule, in order, against each line of `normalized` (the line
// trimmed of spaces and tabs) with RE2::PartialMatch; the first rule that
// matches drops the line. Blank lines are never matched. Lines are separated
// by '\n' (run NormalizeText first so CR is gone). Never throws except
// std::bad_alloc; rules with a null pattern are skipped.
CleanText RemoveBoilerplate(std::string_view normalized, const std::vector<BoilerplateRule>& rules);

// The same, with `any_rule`: an RE2::Set of all the rules' patterns (same
// order, same options), tried once per line so that most lines, which no
// rule matches, cost one scan instead of one per rule. May be null.
CleanText RemoveBoilerplate(std::string_view normalized, const std::vector<BoilerplateRule>& rules,
                            const re2::RE2::Set* any_rule);

}  // namespace sg::extract
