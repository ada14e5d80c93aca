#include "extract/text/boilerplate_filter.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace sg::extract {
namespace {

// Compiled the way the rule loader compiles boilerplate patterns.
BoilerplateRule Rule(std::string id, const std::string& pattern, BoilerplateScope scope) {
  re2::RE2::Options options;
  options.set_case_sensitive(false);
  auto compiled = std::make_shared<const re2::RE2>(pattern, options);
  REQUIRE(compiled->ok());
  return {std::move(id), std::move(compiled), scope};
}

std::vector<BoilerplateRule> PageRules() {
  return {
      Rule("read-also", R"(^(read also|also read)\b)", BoilerplateScope::kLine),
      Rule("byline-bio", R"(\bis the founder\b)", BoilerplateScope::kLine),
      Rule("comment-form", R"(^please enter your comment)", BoilerplateScope::kRest),
      Rule("related", R"(^related articles$)", BoilerplateScope::kRest),
  };
}

struct Row {
  const char* name;
  std::string input;
  std::string expected_text;
  std::vector<int> dropped_lines;
  std::vector<std::string> dropped_rules;
};

TEST_CASE("RemoveBoilerplate empties matching lines and keeps line numbers", "[boilerplate]") {
  const Row rows[] = {
      {"no rule matches", "Peskov said.\n\nLavrov said.", "Peskov said.\n\nLavrov said.", {}, {}},
      {"line rule, case-insensitive, on trimmed line",
       "Peskov said.\n    READ ALSO: Kamala's arrow\nLavrov said.",
       "Peskov said.\n\nLavrov said.",
       {2},
       {"read-also"}},
      {"pattern anchored at trimmed start only",
       "He said to read also this.\n",
       "He said to read also this.\n",
       {},
       {}},
      {"rest rule drops this and every later line",
       "Story.\nPlease enter your comment!\nPlease enter your name here\n\nSubscribe",
       "Story.\n\n\n\n",
       {2, 3, 5},
       {"comment-form", "comment-form", "comment-form"}},
      {"first matching rule wins, blank lines never dropped",
       "A.\nRelated Articles\n\nAlso Read-China arrests",
       "A.\n\n\n",
       {2, 4},
       {"related", "related"}},
      {"trailing newline kept", "x\nread also y\n", "x\n\n", {2}, {"read-also"}},
      {"empty input", "", "", {}, {}},
  };
  const std::vector<BoilerplateRule> rules = PageRules();
  for (const Row& row : rows) {
    INFO(row.name);
    const CleanText clean = RemoveBoilerplate(row.input, rules);
    CHECK(clean.text == row.expected_text);
    std::vector<int> lines;
    std::vector<std::string> rule_ids;
    for (const DroppedLine& d : clean.dropped) {
      lines.push_back(d.line);
      rule_ids.push_back(d.rule_id);
    }
    CHECK(lines == row.dropped_lines);
    CHECK(rule_ids == row.dropped_rules);
  }
}

TEST_CASE("RemoveBoilerplate records the trimmed text of each dropped line", "[boilerplate]") {
  const CleanText clean =
      RemoveBoilerplate("Story.\n    Bazezew Zerihun is the Founder, CEO  \nMore.", PageRules());
  REQUIRE(clean.dropped.size() == 1);
  CHECK(clean.dropped[0].line == 2);
  CHECK(clean.dropped[0].rule_id == "byline-bio");
  CHECK(clean.dropped[0].text == "Bazezew Zerihun is the Founder, CEO");
}

TEST_CASE("RemoveBoilerplate skips rules without a pattern", "[boilerplate]") {
  const std::vector<BoilerplateRule> rules = {{"empty", nullptr, BoilerplateScope::kRest}};
  CHECK(RemoveBoilerplate("a\nb", rules).text == "a\nb");
}

}  // namespace
}  // namespace sg::extract
