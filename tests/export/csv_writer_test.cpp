#include "export/csv_writer.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/golden_file.hpp"

namespace sg::out {
namespace {

TEST_CASE("QuoteCsv follows RFC 4180", "[export][csv]") {
  struct Row {
    std::string input;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"", ""},
      {"RUS", "RUS"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\r", "\"cr\r\""},
      {" padded", "\" padded\""},
      {"padded ", "\"padded \""},
      {"in side", "in side"},
      {"=SUM(A1)", "=SUM(A1)"},
      {"tab\tkept", "tab\tkept"},
      {"bad \xFF", "bad \xEF\xBF\xBD"},
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(QuoteCsv(row.input) == row.expected);
  }
}

TEST_CASE("CSV tables of the fixture match the golden files", "[export][csv]") {
  const graph::StanceGraph graph = testing::FixtureGraph();
  std::ostringstream nodes;
  WriteCsvNodes(graph, nodes);
  testing::CheckGolden("fixture.nodes.csv", nodes.str());
  std::ostringstream edges;
  WriteCsvEdges(graph, edges);
  testing::CheckGolden("fixture.csv", edges.str());
}

TEST_CASE("CSV headers use Gephi's column names", "[export][csv]") {
  const graph::StanceGraph graph = testing::FixtureGraph();
  std::ostringstream nodes;
  WriteCsvNodes(graph, nodes);
  CHECK(nodes.str().rfind("Id,Label,code,name,country,type,mentions\r\n", 0) == 0);
  std::ostringstream edges;
  WriteCsvEdges(graph, edges);
  CHECK(edges.str().rfind("Id,Source,Target,Type,Weight,Label,stance,", 0) == 0);
  CHECK(edges.str().find("\r\ne2,RUS,EU,Directed,3,cooperate,cooperate,1,1,03,3,2,4,") !=
        std::string::npos);
  // The NaN mean of the last edge is an empty field, not "nan".
  CHECK(edges.str().find("e4,USA,node,Directed,1,reject,reject,-1,3,12,1,1,,,,") !=
        std::string::npos);
}

TEST_CASE("CSV of an empty graph is the header rows only", "[export][csv]") {
  std::ostringstream nodes;
  WriteCsvNodes(graph::StanceGraph{}, nodes);
  CHECK(nodes.str() == "Id,Label,code,name,country,type,mentions\r\n");
  std::ostringstream edges;
  WriteCsvEdges(graph::StanceGraph{}, edges);
  const std::string text = edges.str();
  CHECK(std::count(text.begin(), text.end(), '\n') == 1);
}

TEST_CASE("CSV reports a failed stream", "[export][csv]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  CHECK_THROWS_AS(WriteCsvNodes(testing::FixtureGraph(), os), Error);
  CHECK_THROWS_AS(WriteCsvEdges(testing::FixtureGraph(), os), Error);
}

}  // namespace
}  // namespace sg::out
