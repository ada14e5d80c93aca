#include "extract/rule_checks.hpp"

#include <catch2/catch.hpp>

#include "extract/rule_loader.hpp"

namespace sg::extract {
namespace {

RuleSet Rules(const std::string& json) {
  return LoadRules({RuleLayer{{{"r.json", json}}}}, "", "");
}

TEST_CASE("CheckRules reports overlapping roles, ambiguous shared names and too-wide patterns",
          "[unit]") {
  const RuleSet rules = Rules(R"json({
    "actors": [{"code": "USA", "name": "United States", "aliases": ["Washington"]}],
    "people": [
      {"id": "a", "name": "Ann Smith", "aliases": ["Smith"],
       "roles": [{"actor": "USA", "title": "president", "from": "2001-01-20", "until": "2009-01-20"},
                 {"actor": "USA", "title": "president", "from": "2008-01-01", "until": "2010-01-01"}]},
      {"id": "b", "name": "Bob Smith", "aliases": ["Smith"],
       "roles": [{"actor": "USA", "title": "foreign minister", "from": "2005-01-01", "until": "2006-01-01"}]},
      {"id": "c", "name": "Cal Jones", "aliases": ["Jones"],
       "roles": [{"actor": "USA", "title": "president", "from": "1990-01-01", "until": "1991-01-01"}]},
      {"id": "d", "name": "Dee Jones", "aliases": ["Jones"],
       "roles": [{"actor": "USA", "title": "president", "from": "1991-01-01", "until": "1992-01-01"}]}],
    "stances": [{"id": "demand/said", "type": "demand", "patterns": ["sa(?:id|ys)"]},
                {"id": "demand/urge", "type": "demand", "patterns": ["urged"]}]
  })json");
  const std::vector<std::string> doubts = CheckRules(rules);
  REQUIRE(doubts.size() == 3);
  CHECK(doubts[0] ==
        "person a: two 'president' roles for USA overlap (2001-01-20..2009-01-20 and "
        "2008-01-01..2010-01-01)");
  CHECK(doubts[1] ==
        "name 'Smith' is shared by a and b, both in office 2001-01-20..2009-01-20 / "
        "2005-01-01..2006-01-01: the document date cannot tell them apart");
  CHECK_THAT(doubts[2],
             Catch::Contains("rule demand/said: stance pattern matches the bare word 'said'"));
  // Jones: two people, one after the other: no doubt.
  for (const std::string& d : doubts) CHECK(d.find("Jones") == std::string::npos);
}

}  // namespace
}  // namespace sg::extract
