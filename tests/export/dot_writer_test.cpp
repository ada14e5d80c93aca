#include "export/dot_writer.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/error.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/golden_file.hpp"

namespace sg::out {
namespace {

std::string Dot(const graph::StanceGraph& graph, const DotOptions& options = {}) {
  std::ostringstream os;
  WriteDot(graph, os, options);
  return os.str();
}

TEST_CASE("DOT of the fixture matches the golden files", "[export][dot]") {
  const graph::StanceGraph graph = testing::FixtureGraph();
  testing::CheckGolden("fixture.dot", Dot(graph));
  testing::CheckGolden("fixture.min2.dot", Dot(graph, {.min_count = 2, .legend = false}));
}

TEST_CASE("DOT options filter edges, orphaned nodes and the legend", "[export][dot]") {
  const graph::StanceGraph graph = testing::FixtureGraph();
  struct Row {
    DotOptions options;
    std::string needle;
    bool present;
  };
  const std::vector<Row> rows = {
      {{}, R"x("n2" -> "n3")x", true},
      {{}, R"x(subgraph "cluster_legend")x", true},
      {{.min_count = 1, .legend = false}, R"x(subgraph "cluster_legend")x", false},
      {{.min_count = 2, .legend = true}, R"x("n2" -> "n3")x", false},
      {{.min_count = 2, .legend = true}, R"x("n3" [label=)x", false},  // left without edges
      {{.min_count = 2, .legend = true}, R"x("n1" -> "n0" [label="cooperate (3)")x", true},
      {{.min_count = 2, .legend = true}, R"x([label="consult")x", false},
      {{.min_count = 13, .legend = false}, "->", false},
  };
  for (const Row& row : rows) {
    INFO("min_count " << row.options.min_count << ", needle: " << row.needle);
    CHECK((Dot(graph, row.options).find(row.needle) != std::string::npos) == row.present);
  }
}

TEST_CASE("DOT styles edges by polarity and count", "[export][dot]") {
  const std::string text = Dot(testing::FixtureGraph(), {.min_count = 1, .legend = false});
  struct Row {
    std::string needle;
  };
  const std::vector<Row> rows = {
      {R"x("n0" -> "n1" [label="disapprove (2)", color="#c62828", fontcolor="#c62828", penwidth="2.5")x"},
      {R"x("n1" -> "n0" [label="consult", color="#757575", fontcolor="#757575", penwidth="1.0")x"},
      {R"x("n1" -> "n0" [label="cooperate (3)", color="#2e7d32", fontcolor="#2e7d32", penwidth="3.4")x"},
      {R"x("n1" -> "n2" [label="threaten (12)", color="#c62828", fontcolor="#c62828", penwidth="6.4")x"},
      {R"x(tooltip="[001.txt#3 2021-02-08] Kremlin spokesman)x"},
      {R"x("n1" [label="Russia\nRUS")x"},
      {R"x(Evil \"Corp\" <b>&amp;amp; ]]> 'q' \\N \\n node graph\nline2 tab )x"},
  };
  for (const Row& row : rows) {
    INFO("needle: " << row.needle);
    CHECK(text.find(row.needle) != std::string::npos);
  }
}

TEST_CASE("DOT of an empty graph is a valid empty digraph", "[export][dot]") {
  const std::string text = Dot(graph::StanceGraph{}, {.min_count = 1, .legend = false});
  CHECK(text.rfind("digraph \"stancegraph\" {\n", 0) == 0);
  CHECK(text.find("->") == std::string::npos);
  CHECK(text.substr(text.size() - 2) == "}\n");
}

TEST_CASE("DOT reports a failed stream", "[export][dot]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  CHECK_THROWS_AS(WriteDot(testing::FixtureGraph(), os), Error);
}

}  // namespace
}  // namespace sg::out
