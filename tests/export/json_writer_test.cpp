#include "export/json_writer.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/golden_file.hpp"

namespace sg::out {
namespace {

std::string Json(const graph::StanceGraph& graph, JsonStyle style) {
  std::ostringstream os;
  WriteJson(graph, os, style);
  return os.str();
}

TEST_CASE("JSON of the fixture matches the golden files", "[export][json]") {
  const graph::StanceGraph graph = testing::FixtureGraph();
  testing::CheckGolden("fixture.json", Json(graph, JsonStyle::kNodeLink));
  testing::CheckGolden("fixture.cyjs.json", Json(graph, JsonStyle::kCytoscape));
}

TEST_CASE("Node-link JSON parses back with every value", "[export][json]") {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(
      Json(testing::FixtureGraph(), JsonStyle::kNodeLink).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  REQUIRE(doc["nodes"].Size() == 4);
  CHECK(std::string(doc["nodes"][3]["id"].GetString()) == "node");
  // Control characters survive (JSON escapes them), bad bytes become U+FFFD.
  CHECK(std::string(doc["nodes"][3]["name"].GetString()) == testing::kHostileName);
  REQUIRE(doc["edges"].Size() == 5);
  CHECK(doc["edges"] == doc["links"]);
  struct Row {
    int edge;
    std::string key;
    std::string stance;
    long count;
  };
  const std::vector<Row> rows = {{0, "e0", "disapprove", 2},
                                 {1, "e1", "consult", 1},
                                 {2, "e2", "cooperate", 3},
                                 {3, "e3", "threaten", 12},
                                 {4, "e4", "reject", 1}};
  for (const Row& row : rows) {
    const auto& edge = doc["edges"][row.edge];
    CHECK(std::string(edge["key"].GetString()) == row.key);
    CHECK(std::string(edge["stance"].GetString()) == row.stance);
    CHECK(edge["count"].GetInt64() == row.count);
    CHECK(edge["weight"].GetInt64() == row.count);
  }
  CHECK(doc["edges"][3]["goldstein"].GetDouble() == -4.4);
  CHECK_FALSE(doc["edges"][4].HasMember("goldstein"));
  CHECK(std::string(doc["edges"][4]["evidence"][0]["sentence"].GetString()) ==
        "Washington said \"no\" to <node> & \\N graph; ]]>\xEF\xBF\xBD\x07 end");
}

TEST_CASE("Cytoscape JSON has elements with data", "[export][json]") {
  rapidjson::Document doc;
  doc.Parse(Json(testing::FixtureGraph(), JsonStyle::kCytoscape).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc["elements"]["nodes"].Size() == 4);
  REQUIRE(doc["elements"]["edges"].Size() == 5);
  const auto& edge = doc["elements"]["edges"][2]["data"];
  CHECK(std::string(edge["id"].GetString()) == "e2");
  CHECK(std::string(edge["source"].GetString()) == "RUS");
  CHECK(std::string(edge["target"].GetString()) == "EU");
  CHECK(std::string(doc["elements"]["nodes"][1]["data"]["id"].GetString()) == "RUS");
}

TEST_CASE("JSON of an empty graph is valid in both styles", "[export][json]") {
  struct Row {
    JsonStyle style;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {JsonStyle::kNodeLink,
       "{\"directed\":true,\"multigraph\":true,\"graph\":{},\"nodes\":[\n],\"edges\":[\n],"
       "\"links\":[\n]}\n"},
      {JsonStyle::kCytoscape, "{\"data\":{},\"elements\":{\"nodes\":[\n],\"edges\":[\n]}}\n"},
  };
  for (const Row& row : rows) {
    const std::string text = Json(graph::StanceGraph{}, row.style);
    CHECK(text == row.expected);
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    CHECK_FALSE(doc.HasParseError());
  }
}

TEST_CASE("JSON reports a failed stream", "[export][json]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  CHECK_THROWS_AS(WriteJson(testing::FixtureGraph(), os), Error);
}

}  // namespace
}  // namespace sg::out
