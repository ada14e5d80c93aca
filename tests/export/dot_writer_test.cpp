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

// Fixture edges by count: threaten 12 (n1->n2), cooperate 3 (n1->n0),
// disapprove 2 (n0->n1), consult 1 (n1->n0), reject 1 (n2->n3).
TEST_CASE("DOT top-N keeps the edges seen most often, ties in canonical order", "[export][dot]") {
  struct Row {
    std::size_t top;
    std::vector<std::string> edges;  // "label" of each edge drawn, in order
    std::size_t nodes;
  };
  const std::vector<Row> rows = {
      {1, {"threaten (12)"}, 2},
      {2, {"cooperate (3)", "threaten (12)"}, 3},
      {3, {"disapprove (2)", "cooperate (3)", "threaten (12)"}, 3},
      // consult and reject both count 1: consult comes first in canonical order.
      {4, {"disapprove (2)", "consult", "cooperate (3)", "threaten (12)"}, 3},
      {5, {"disapprove (2)", "consult", "cooperate (3)", "threaten (12)", "reject"}, 4},
      {0, {"disapprove (2)", "consult", "cooperate (3)", "threaten (12)", "reject"}, 4},
  };
  for (const Row& row : rows) {
    INFO("top " << row.top);
    std::ostringstream os;
    const DotSummary summary =
        WriteDot(testing::FixtureGraph(), os, {.legend = false, .top = row.top});
    std::vector<std::string> labels;
    std::istringstream lines(os.str());
    for (std::string line; std::getline(lines, line);) {
      if (line.find(" -> ") == std::string::npos) continue;
      const std::size_t begin = line.find("[label=\"") + 8;
      labels.push_back(line.substr(begin, line.find('"', begin) - begin));
    }
    CHECK(labels == row.edges);
    CHECK(summary.edges == row.edges.size());
    CHECK(summary.nodes == row.nodes);
    CHECK(summary.engine == DotEngine::kDot);
  }
}

TEST_CASE("DOT top-N applies after min_count", "[export][dot]") {
  const std::string text =
      Dot(testing::FixtureGraph(), {.min_count = 3, .legend = false, .top = 5});
  CHECK(text.find("threaten (12)") != std::string::npos);
  CHECK(text.find("cooperate (3)") != std::string::npos);
  CHECK(text.find("disapprove (2)") == std::string::npos);
}

TEST_CASE("DOT clusters group nodes by country or type", "[export][dot]") {
  struct Row {
    DotCluster cluster;
    std::string needle;
    bool present;
  };
  // Fixture nodes: n0 EU (country "", org), n1 RUS (RUS, government),
  // n2 USA (USA, government), n3 node ("", person).
  const std::vector<Row> rows = {
      {DotCluster::kNone, "subgraph \"cluster_c", false},
      {DotCluster::kCountry,
       "  subgraph \"cluster_c0\" {\n    label=\"Russia (RUS)\";\n    style=\"rounded\";\n"
       "    color=\"#bdbdbd\";\n    \"n1\" [label=",
       true},
      {DotCluster::kCountry, "  subgraph \"cluster_c1\" {\n    label=\"United States (USA)\";",
       true},
      {DotCluster::kCountry, "subgraph \"cluster_c2\"", false},
      {DotCluster::kCountry, "\n  \"n0\" [label=", true},  // EU: no country, outside
      {DotCluster::kType,
       "label=\"government\";\n    style=\"rounded\";\n    color=\"#bdbdbd\";\n"
       "    \"n1\" [label=\"Russia\\nRUS\"",
       true},
      {DotCluster::kType, "label=\"org\";", true},
      {DotCluster::kType, "label=\"person\";", true},
  };
  for (const Row& row : rows) {
    INFO("needle: " << row.needle);
    const std::string text =
        Dot(testing::FixtureGraph(), {.legend = false, .cluster = row.cluster});
    CHECK((text.find(row.needle) != std::string::npos) == row.present);
  }
}

TEST_CASE("DOT of a big graph is written for sfdp", "[export][dot]") {
  std::ostringstream os;
  // Four nodes count as big when the threshold is three.
  const DotSummary summary =
      WriteDot(testing::FixtureGraph(), os, {.cluster = DotCluster::kCountry, .large_graph = 3});
  const std::string text = os.str();
  CHECK(summary.engine == DotEngine::kSfdp);
  CHECK(summary.nodes == 4);
  CHECK(summary.edges == 5);
  struct Row {
    std::string needle;
    bool present;
  };
  const std::vector<Row> rows = {
      {"// 4 nodes, 5 edges: lay this graph out with sfdp, not dot", true},
      {"overlap=\"prism\"", true},
      {"size=\"40,40\"", true},
      {"rankdir", false},
      {"[label=\"threaten", false},  // no edge labels
      {"\"n1\" -> \"n2\" [color=\"#c62828\", penwidth=\"6.4\", tooltip=\"threaten (12)\"];", true},
      {"\"n1\" [label=\"Russia\\nRUS\"", true},  // node labels stay
      {"cluster_legend", false},
      {"cluster_c", false},  // sfdp draws no clusters
  };
  for (const Row& row : rows) {
    INFO("needle: " << row.needle);
    CHECK((text.find(row.needle) != std::string::npos) == row.present);
  }
  // The threshold counts drawn nodes: cutting edges brings the graph back to dot.
  std::ostringstream small;
  CHECK(WriteDot(testing::FixtureGraph(), small, {.top = 1, .large_graph = 3}).engine ==
        DotEngine::kDot);
  CHECK(DotEngineName(DotEngine::kDot) == "dot");
  CHECK(DotEngineName(DotEngine::kSfdp) == "sfdp");
}

TEST_CASE("DOT reports a failed stream", "[export][dot]") {
  std::ostringstream os;
  os.setstate(std::ios::badbit);
  CHECK_THROWS_AS(WriteDot(testing::FixtureGraph(), os), Error);
}

}  // namespace
}  // namespace sg::out
