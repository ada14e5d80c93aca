#include "extract/unknown_names.hpp"

#include <catch2/catch.hpp>

#include "extract/rule_loader.hpp"

namespace sg::extract {
namespace {

RuleSet SmallRules() {
  return LoadRules({RuleLayer{{{"rules.json", R"json({
    "actors": [{"code": "RUS", "name": "Russia", "aliases": ["Russia", "Moscow"], "adjectives": ["Russian"]},
               {"code": "DEU", "name": "Germany", "aliases": ["Germany"], "adjectives": ["German"]}],
    "people": [{"id": "lavrov", "name": "Sergei Lavrov", "aliases": ["Lavrov"],
                "roles": [{"actor": "RUS", "title": "foreign minister", "from": "2004-03-09"}]}],
    "stances": [{"id": "disapprove/accuse", "type": "disapprove", "patterns": ["accus(?:e|es|ed|ing)"]}]
  })json"}}}},
                   "", "");
}

TEST_CASE("UnknownNames lists capitalised names near stances that no rule knows", "[unit]") {
  const RuleSet rules = SmallRules();
  UnknownNames unknown(rules);
  unknown.Add({"a", "", "", "",
               "German Foreign Minister Zorblax Quint accused Russia on Monday.\n"
               "Lavrov accused the Quintar Alliance of lying.\n"
               "Zorblax Quint travelled to Moscow.\n"
               "The weather in Berlin was fine."});
  unknown.Add({"b", "", "", "", "Lavrov accused the Quintar Alliance again."});
  const std::vector<UnknownName> top = unknown.Top(10);
  REQUIRE(top.size() == 2);
  // After a role word first, then by count.
  CHECK(top[0].name == "Zorblax Quint");
  CHECK(top[0].after_role == 1);
  CHECK(top[0].count == 1);  // the third sentence has no stance trigger
  CHECK(top[0].doc == "a");
  CHECK(top[1].name == "Quintar Alliance");
  CHECK(top[1].count == 2);
  CHECK(top[1].example == "Lavrov accused the Quintar Alliance of lying.");
  // Known names (Russia, Lavrov, German), weekdays and "The" never appear.
  for (const UnknownName& u : top) {
    CHECK(u.name.find("Lavrov") == std::string::npos);
    CHECK(u.name.find("Monday") == std::string::npos);
  }
}

}  // namespace
}  // namespace sg::extract
