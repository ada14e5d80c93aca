#include "export/gexf_writer.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/golden_file.hpp"

namespace sg::out {
namespace {

std::string Gexf(const graph::StanceGraph& graph) {
  std::ostringstream os;
  WriteGexf(graph, os);
  return os.str();
}

TEST_CASE("GEXF of the fixture matches the golden file", "[export][gexf]") {
  testing::CheckGolden("fixture.gexf", Gexf(testing::FixtureGraph()));
}

TEST_CASE("GEXF carries time, kinds and colours the way Gephi reads them", "[export][gexf]") {
  const std::string text = Gexf(testing::FixtureGraph());
  struct Row {
    std::string needle;
    bool present;
  };
  const std::vector<Row> rows = {
      {R"(mode="dynamic" timeformat="date" timerepresentation="timestamp")", true},
      {R"(kind="cooperate" label="cooperate" weight="3" timestamps="&lt;[2021-02-08, 2021-02-09]&gt;")",
       true},
      {R"(<edge id="e4" source="USA" target="node" kind="reject" label="reject" weight="1">)",
       true},
      {R"(<viz:color r="46" g="125" b="50"/>)", true},
      {"<attributes class=\"node\" mode=\"static\">", true},
      {"schemaLocation", false},
      {"hex=", false},
      {"intervals=", false},
      {"nan", false},
  };
  for (const Row& row : rows) {
    INFO("needle: " << row.needle);
    CHECK((text.find(row.needle) != std::string::npos) == row.present);
  }
}

TEST_CASE("GEXF leaves malformed dates out of the timeline", "[export][gexf]") {
  struct Row {
    std::vector<std::string> dates;
    std::string expected;  // the edge's opening tag ends with this
  };
  const std::vector<Row> rows = {
      {{}, R"(weight="1">)"},
      {{"2021-02-08"}, R"(weight="1" timestamps="&lt;[2021-02-08]&gt;">)"},
      {{"Feb 8", "2021-02-09"}, R"(weight="1" timestamps="&lt;[2021-02-09]&gt;">)"},
      {{"2021"}, R"(weight="1">)"},
  };
  for (const Row& row : rows) {
    graph::StanceGraph graph;
    const auto a = boost::add_vertex(graph::ActorNode{"A", "A", "", "", 1}, graph.graph);
    graph::StanceEdge edge;
    edge.stance = "consult";
    edge.count = 1;
    edge.dates = row.dates;
    boost::add_edge(a, a, edge, graph.graph);
    CHECK(Gexf(graph).find(row.expected) != std::string::npos);
  }
}

TEST_CASE("GEXF of an empty graph still has both sections", "[export][gexf]") {
  const std::string text = Gexf(graph::StanceGraph{});
  CHECK(text.find("<nodes count=\"0\">\n    </nodes>\n    <edges count=\"0\">\n    </edges>") !=
        std::string::npos);
}

TEST_CASE("GEXF reports a failed stream", "[export][gexf]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  CHECK_THROWS_AS(WriteGexf(testing::FixtureGraph(), os), Error);
}

}  // namespace
}  // namespace sg::out
