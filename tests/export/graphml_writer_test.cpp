#include "export/graphml_writer.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/golden_file.hpp"

namespace sg::out {
namespace {

std::string Graphml(const graph::StanceGraph& graph) {
  std::ostringstream os;
  WriteGraphml(graph, os);
  return os.str();
}

TEST_CASE("GraphML of the fixture matches the golden file", "[export][graphml]") {
  testing::CheckGolden("fixture.graphml", Graphml(testing::FixtureGraph()));
}

TEST_CASE("GraphML holds what clients need and nothing they reject", "[export][graphml]") {
  const std::string text = Graphml(testing::FixtureGraph());
  struct Row {
    std::string needle;
    bool present;
  };
  const std::vector<Row> rows = {
      {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", true},
      {R"(<key id="e_weight" for="edge" attr.name="weight" attr.type="double">)", true},
      {R"(<key id="e_goldstein" for="edge" attr.name="goldstein" attr.type="double"/>)", true},
      {R"(<edge id="e4" source="n2" target="n3">)", true},
      {"<data key=\"e_goldstein\">-4.4</data>", true},
      {"&#10;line2&#9;tab ", true},  // the hostile name, control characters dropped
      {"for=\"graph\"", false},
      {"for=\"all\"", false},
      {"nan", false},
      {"inf", false},
      {"\x01", false},
      {"\xFF", false},
      {"key=\"d", false},
  };
  for (const Row& row : rows) {
    INFO("needle: " << row.needle);
    CHECK((text.find(row.needle) != std::string::npos) == row.present);
  }
}

TEST_CASE("GraphML of an empty graph is still a document", "[export][graphml]") {
  const std::string text = Graphml(graph::StanceGraph{});
  CHECK(text.find("<graph id=\"G\" edgedefault=\"directed\">\n  </graph>") != std::string::npos);
}

TEST_CASE("GraphML reports a failed stream", "[export][graphml]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  CHECK_THROWS_AS(WriteGraphml(testing::FixtureGraph(), os), Error);
}

}  // namespace
}  // namespace sg::out
