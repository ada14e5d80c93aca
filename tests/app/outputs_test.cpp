// End-to-end tests of what `build` and `merge` write: the filters (--since,
// --until, --actors, --stance, --min-count, --collapse), the DOT options for
// big graphs, pictures drawn by Graphviz (-o g.svg / g.png), and the real
// clients opening the files built from samples/.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "tests/app/run_binary.hpp"

namespace sg::test {
namespace {

struct JsonEdge {
  std::string source, stance, target;
  long count = 0;
  std::vector<std::string> dates;
};

struct JsonGraph {
  std::set<std::string> nodes;
  std::vector<JsonEdge> edges;

  // "SRC-stance->DST xN" for every edge, for readable failures.
  std::set<std::string> EdgeNames() const {
    std::set<std::string> out;
    for (const JsonEdge& e : edges)
      out.insert(e.source + "-" + e.stance + "->" + e.target + " x" + std::to_string(e.count));
    return out;
  }
};

// Reads the node-link JSON a build wrote.
JsonGraph ReadJsonGraph(const std::string& path) {
  rapidjson::Document doc;
  doc.Parse(ReadFile(path).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  JsonGraph g;
  for (const auto& node : doc["nodes"].GetArray()) g.nodes.insert(node["id"].GetString());
  for (const auto& edge : doc["edges"].GetArray()) {
    JsonEdge e{edge["source"].GetString(),
               edge["stance"].GetString(),
               edge["target"].GetString(),
               edge["count"].GetInt64(),
               {}};
    for (const auto& date : edge["dates"].GetArray()) e.dates.push_back(date.GetString());
    g.edges.push_back(std::move(e));
  }
  return g;
}

JsonGraph BuildSamples(const TempDir& dir, const std::string& extra) {
  const RunResult r = RunStancegraph("build samples -q -o " + dir.File("g.json") + " " + extra);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return ReadJsonGraph(dir.File("g.json"));
}

// Every edge's ends are nodes, and every node has an edge.
void CheckNoOrphans(const JsonGraph& g) {
  std::set<std::string> ends;
  for (const JsonEdge& e : g.edges) {
    ends.insert(e.source);
    ends.insert(e.target);
  }
  CHECK(ends == g.nodes);
}

TEST_CASE("filters on samples keep what they say", "[e2e]") {
  TempDir dir;
  const JsonGraph all = BuildSamples(dir, "");
  REQUIRE(all.edges.size() > 40);
  struct Row {
    std::string args;
    std::function<bool(const JsonEdge&)> keeps;  // which of all's edges should stay
    std::vector<std::string> present, absent;    // edges known from the samples
  };
  const auto dated_in = [](const JsonEdge& e, const std::string& since, const std::string& until) {
    for (const std::string& d : e.dates)
      if (d >= since && d <= until) return true;
    return false;
  };
  const std::vector<Row> rows = {
      {"--actors RUS",
       [](const JsonEdge& e) { return e.source == "RUS" || e.target == "RUS"; },
       {"RUS-cooperate->EU x2", "UKR-fight->RUS x1"},
       {"IRN-threaten->ISR x1", "USA-aid->UKR x1"}},
      {"--actors IRN,ISR",
       [](const JsonEdge& e) {
         return e.source == "IRN" || e.target == "IRN" || e.source == "ISR" || e.target == "ISR";
       },
       {"IRN-threaten->ISR x1", "KOR-demand->IRN x1"},
       {"RUS-cooperate->EU x2"}},
      {"--since 2022-03-01",
       [&](const JsonEdge& e) { return dated_in(e, "2022-03-01", "9999"); },
       {"RUS-consult->UKR x1", "USA-aid->UKR x1"},
       {"RUS-fight->UKR x1", "RUS-cooperate->EU x2", "IRN-reject->KOR x1"}},
      {"--until 2021-12-31",
       [&](const JsonEdge& e) { return dated_in(e, "", "2021-12-31"); },
       {"RUS-cooperate->EU x2", "IRN-threaten->ISR x1"},
       {"RUS-fight->UKR x1", "IRN-reject->KOR x1"}},
      {"--since 2022-02-24 --until 2022-02-24",
       [&](const JsonEdge& e) { return dated_in(e, "2022-02-24", "2022-02-24"); },
       {"RUS-fight->UKR x1", "USA-sanction->RUS x1"},
       {"UKR-fight->RUS x1"}},
      {"--stance cooperate,demand",
       [](const JsonEdge& e) { return e.stance == "cooperate" || e.stance == "demand"; },
       {"RUS-cooperate->EU x2", "RUS-demand->NATO x1"},
       {"RUS-fight->UKR x1"}},
      {"--min-count 2",
       [](const JsonEdge& e) { return e.count >= 2; },
       {"RUS-cooperate->EU x2", "RUS-support->CHN x2"},
       {"RUS-fight->UKR x1"}},
      {"--actors RUS --stance disapprove --since 2022-01-01",
       [&](const JsonEdge& e) {
         return (e.source == "RUS" || e.target == "RUS") && e.stance == "disapprove" &&
                dated_in(e, "2022-01-01", "9999");
       },
       {"RUS-disapprove->NATO x1", "FRA-disapprove->RUS x1"},
       {"EU-disapprove->RUS x1"}},
  };
  for (const Row& row : rows) {
    INFO(row.args);
    const JsonGraph g = BuildSamples(dir, row.args);
    std::set<std::string> expected;
    for (const JsonEdge& e : all.edges) {
      if (row.keeps(e)) expected.insert(e.source + "-" + e.stance + "->" + e.target);
    }
    std::set<std::string> kept;
    for (const JsonEdge& e : g.edges) kept.insert(e.source + "-" + e.stance + "->" + e.target);
    CHECK(kept == expected);
    CHECK(g.edges.size() < all.edges.size());
    CheckNoOrphans(g);
    const std::set<std::string> names = g.EdgeNames();
    for (const std::string& edge : row.present) CHECK(names.contains(edge));
    for (const std::string& edge : row.absent) CHECK_FALSE(names.contains(edge));
  }
}

TEST_CASE("since and until keep only an edge's events in range", "[e2e]") {
  TempDir dir;
  // RUS-support->CHN comes from two articles; keep one day of it.
  WriteFile(dir.File("a.txt"), "Russia backed China on Monday. Russia backed China on Friday.\n");
  const std::string args =
      "build " + dir.File("a.txt") + " --date 2022-02-09 -q -o " + dir.File("g.json");
  REQUIRE(RunStancegraph(args).exit_code == 0);
  const JsonGraph whole = ReadJsonGraph(dir.File("g.json"));
  REQUIRE(whole.EdgeNames() == std::set<std::string>{"RUS-support->CHN x2"});
  REQUIRE(whole.edges[0].dates == std::vector<std::string>{"2022-02-04", "2022-02-07"});
  REQUIRE(RunStancegraph(args + " --since 2022-02-05").exit_code == 0);
  const JsonGraph later = ReadJsonGraph(dir.File("g.json"));
  CHECK(later.EdgeNames() == std::set<std::string>{"RUS-support->CHN x1"});
  CHECK(later.edges[0].dates == std::vector<std::string>{"2022-02-07"});
}

TEST_CASE("collapse by country folds organisations into their country", "[e2e]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"),
            "Gazprom condemned Ukraine on Monday. Russia condemned Ukraine on Tuesday. "
            "NATO condemned Gazprom on Tuesday.\n");
  const std::string args =
      "build " + dir.File("a.txt") + " --date 2022-03-01 -q -o " + dir.File("g.json");
  REQUIRE(RunStancegraph(args).exit_code == 0);
  CHECK(ReadJsonGraph(dir.File("g.json")).EdgeNames() ==
        std::set<std::string>{"GAZPROM-disapprove->UKR x1", "NATO-disapprove->GAZPROM x1",
                              "RUS-disapprove->UKR x1"});
  REQUIRE(RunStancegraph(args + " --collapse country").exit_code == 0);
  const JsonGraph collapsed = ReadJsonGraph(dir.File("g.json"));
  // NATO has no country and stays; Gazprom becomes Russia.
  CHECK(collapsed.nodes == std::set<std::string>{"NATO", "RUS", "UKR"});
  CHECK(collapsed.EdgeNames() ==
        std::set<std::string>{"NATO-disapprove->RUS x1", "RUS-disapprove->UKR x2"});
  CHECK_THAT(ReadFile(dir.File("g.json")), Catch::Contains("\"label\":\"Russia\""));
  // --actors matches after collapsing: Gazprom's statements are Russia's.
  REQUIRE(RunStancegraph(args + " --collapse country --actors RUS --stance disapprove "
                                "--since 2022-02-28 --until 2022-02-28")
              .exit_code == 0);
  CHECK(ReadJsonGraph(dir.File("g.json")).EdgeNames() ==
        std::set<std::string>{"RUS-disapprove->UKR x1"});
}

TEST_CASE("filters apply to every format, to merge, and whatever -j", "[e2e]") {
  TempDir one, two, merged;
  const auto outputs = [](const TempDir& d) {
    return " -o " + d.File("g.graphml") + " -o " + d.File("g.gexf") + " -o " + d.File("g.dot") +
           " -o " + d.File("g.json") + " -o " + d.File("g.csv");
  };
  const std::string filters = " --actors RUS --min-count 1 --since 2021-01-01";
  REQUIRE(RunStancegraph("build samples -q -j 1" + outputs(one) + filters).exit_code == 0);
  REQUIRE(RunStancegraph("build samples -q -j 2" + outputs(two) + filters).exit_code == 0);
  REQUIRE(RunStancegraph("extract -q samples -o " + merged.File("events.jsonl")).exit_code == 0);
  REQUIRE(RunStancegraph("merge -q " + merged.File("events.jsonl") + outputs(merged) + filters)
              .exit_code == 0);
  for (const std::string name :
       {"g.graphml", "g.gexf", "g.dot", "g.json", "g.csv", "g.nodes.csv"}) {
    INFO(name);
    const std::string text = ReadFile(one.File(name));
    CHECK_THAT(text, Catch::Contains("Russia"));
    CHECK_THAT(text, !Catch::Contains("Iran"));  // Iran's edges do not touch Russia
    CHECK_THAT(text, !Catch::Contains("Israel"));
    CHECK(text == ReadFile(two.File(name)));
    CHECK(text == ReadFile(merged.File(name)));
  }
  // The events file is the audit trail: never filtered.
  REQUIRE(RunStancegraph("build samples -q -o " + one.File("g.json") + " --events " +
                         one.File("e.jsonl") + filters)
              .exit_code == 0);
  CHECK_THAT(ReadFile(one.File("e.jsonl")), Catch::Contains("\"actor\":\"IRN\""));
}

TEST_CASE("bad filter and DOT options are usage errors", "[e2e]") {
  TempDir dir;
  struct Bad {
    std::string args, message;
  };
  const std::vector<Bad> cases = {
      {"--since 2022-02-30", "--since 2022-02-30: not a date; write yyyy-mm-dd"},
      {"--until 22-01-01", "--until 22-01-01: not a date"},
      {"--since 2022-02-01 --until 2022-01-01", "--until 2022-01-01 is before --since 2022-02-01"},
      {"--stance cooperation", "--stance cooperation: not a PLOVER stance; use one of agree,"},
      {"--collapse region", "--collapse: region not in {none,country}"},
      {"--min-count 0", "--min-count: Value 0 not in range"},
      {"--dot-cluster x", "--dot-cluster: x not in {none,country,type}"},
      {"--dot-top -3", "--dot-top: Value -3 not in range"},
  };
  for (const Bad& c : cases) {
    INFO(c.args);
    const RunResult r = RunStancegraph("build samples -o " + dir.File("g.json") + " " + c.args);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains(c.message));
    CHECK_FALSE(std::filesystem::exists(dir.File("g.json")));
  }
}

TEST_CASE("DOT options: --dot-top and --dot-cluster", "[e2e]") {
  TempDir dir;
  REQUIRE(RunStancegraph("build samples -q -o " + dir.File("g.dot") +
                         " --dot-top 3 --dot-cluster country")
              .exit_code == 0);
  const std::string dot = ReadFile(dir.File("g.dot"));
  std::size_t edges = 0;
  for (std::size_t at = dot.find(" -> \"n"); at != std::string::npos;
       at = dot.find(" -> \"n", at + 1)) {
    ++edges;
  }
  CHECK(edges == 3);
  // The samples' edges seen twice: RUS-cooperate->EU and RUS-support->CHN,
  // then the first edge in canonical order among those seen once.
  CHECK_THAT(dot, Catch::Contains("[label=\"cooperate (2)\""));
  CHECK_THAT(dot, Catch::Contains("[label=\"support (2)\""));
  CHECK_THAT(dot, Catch::Contains("label=\"Russia (RUS)\";"));
  CHECK_THAT(dot, !Catch::Contains("Iran"));
}

// Runs a shell command; stdout and stderr end up in the result.
RunResult Shell(const std::string& command) {
  TempDir io;
  const int status =
      std::system((command + " >" + io.File("out") + " 2>" + io.File("err")).c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(io.File("out"));
  r.err = ReadFile(io.File("err"));
  return r;
}

bool HaveProgram(const std::string& program) {
  return Shell("command -v " + program).exit_code == 0;
}

TEST_CASE("pictures (-o g.svg, -o g.png) are drawn by Graphviz, atomically", "[e2e]") {
  if (!HaveProgram("dot") || !HaveProgram("sfdp")) {
    WARN("Graphviz (dot, sfdp) not found: picture test skipped");
    return;
  }
  TempDir dir;
  const RunResult r = RunStancegraph("build samples -q -o " + dir.File("g.svg") + " -o " +
                                     dir.File("g.PNG") + " --dot-cluster type");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());  // no Graphviz warning passed on
  const std::string svg = ReadFile(dir.File("g.svg"));
  CHECK_THAT(svg, Catch::StartsWith("<?xml"));
  CHECK_THAT(svg, Catch::Contains("<svg"));
  CHECK_THAT(svg, Catch::Contains("Russia"));
  CHECK_THAT(svg, Catch::Contains("cooperate (2)"));
  CHECK(ReadFile(dir.File("g.PNG")).rfind("\x89PNG\r\n", 0) == 0);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    INFO(entry.path());
    ++files;
  }
  CHECK(files == 2);  // no temporary left behind
}

TEST_CASE("a graph past 1,000 nodes is written for sfdp and drawn by it", "[e2e]") {
  if (!HaveProgram("sfdp")) {
    WARN("Graphviz's sfdp not found: big-graph picture test skipped");
    return;
  }
  TempDir dir;
  std::string events;
  for (int i = 0; i < 1100; ++i) {
    events += "{\"doc\":\"d\",\"sentence_index\":" + std::to_string(i) + ",\"actor\":\"A" +
              std::to_string(i) + "\",\"stance\":\"consult\",\"target\":\"A" +
              std::to_string((i + 1) % 1100) + "\"}\n";
  }
  WriteFile(dir.File("events.jsonl"), events);
  const RunResult r = RunStancegraph("merge -q " + dir.File("events.jsonl") + " -o " +
                                     dir.File("big.dot") + " -o " + dir.File("big.svg"));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string dot = ReadFile(dir.File("big.dot"));
  CHECK_THAT(dot, Catch::StartsWith("// 1100 nodes, 1100 edges: lay this graph out with sfdp"));
  CHECK_THAT(dot, Catch::Contains("overlap=\"prism\""));
  CHECK_THAT(dot, !Catch::Contains("[label=\"consult"));
  const std::string svg = ReadFile(dir.File("big.svg"));
  CHECK_THAT(svg, Catch::Contains("<svg"));
  CHECK_THAT(svg, Catch::Contains(">A1099<"));
  // --dot-top brings it back under the threshold, to dot and edge labels.
  REQUIRE(RunStancegraph("merge -q " + dir.File("events.jsonl") + " -o " + dir.File("top.dot") +
                         " --dot-top 100")
              .exit_code == 0);
  CHECK_THAT(ReadFile(dir.File("top.dot")), Catch::StartsWith("digraph"));
  CHECK_THAT(ReadFile(dir.File("top.dot")), Catch::Contains("[label=\"consult\""));
}

TEST_CASE("without Graphviz, a picture is refused before any work (exit 3)", "[e2e]") {
  TempDir dir, empty_path;
  const std::string out = dir.File("g.png");
  const RunResult r =
      Shell("cd '" + SourcePath("") + "' && PATH='" + empty_path.path().string() + "' '" +
            SG_BINARY + "' build samples -o " + dir.File("g.json") + " -o " + out);
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains(out + ": cannot draw the picture: Graphviz's 'dot' is not on "
                                          "PATH; install Graphviz"));
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK_FALSE(std::filesystem::exists(dir.File("g.json")));
}

// --- Real clients on the files built from samples/ ---------------------------

struct Client {
  std::string name;
  // Programs on PATH, absolute paths that must exist, or "python:MODULE" for
  // a module of Debian's /usr/bin/python3.
  std::vector<std::string> needs;
  std::string command;
  std::string expect_out;  // a fragment of stdout ("" = anything)
};

TEST_CASE("real clients open the files built from samples/", "[e2e][client]") {
  TempDir dir;
  REQUIRE(RunStancegraph("build samples -q -o " + dir.File("g.dot") + " -o " +
                         dir.File("g.graphml") + " -o " + dir.File("g.gexf"))
              .exit_code == 0);
  const std::string schemas = SharedPath("schemas");
  const std::string networkx_check =
      "import networkx as nx\n"
      "g = nx.read_graphml('" +
      dir.File("g.graphml") +
      "')\n"
      "assert isinstance(g, nx.MultiDiGraph), type(g)\n"
      "labels = {d['code']: d['label'] for _, d in g.nodes(data=True)}\n"
      "assert labels['RUS'] == 'Russia' and labels['EU'] == 'European Union', labels\n"
      "e = [d for u, v, d in g.edges(data=True) if g.nodes[u]['code'] == 'RUS' and\n"
      "     g.nodes[v]['code'] == 'EU' and d['stance'] == 'cooperate'][0]\n"
      "assert type(e['weight']) is float and e['weight'] == 2.0, e\n"
      "assert type(e['count']) is int and e['count'] == 2, e\n"
      "assert type(e['goldstein']) is float, e\n"
      "assert all(type(d['mentions']) is int for _, d in g.nodes(data=True))\n"
      "assert g.number_of_nodes() > 10 and g.number_of_edges() > 40\n"
      "print('ok: networkx', nx.__version__)\n";
  WriteFile(dir.File("check.py"), networkx_check);
  const std::vector<Client> clients = {
      {"dot -Tsvg", {"dot"}, "dot -Tsvg " + dir.File("g.dot"), "</svg>"},
      {"sfdp -Tpng",
       {"sfdp"},
       "sfdp -Tpng " + dir.File("g.dot") + " | head -c 4 | od -c",
       "P   N   G"},
      {"xmllint GraphML schema",
       {"xmllint", schemas + "/graphml/graphml.xsd"},
       "xmllint --noout --nonet --schema " + schemas + "/graphml/graphml.xsd " +
           dir.File("g.graphml") + " 2>&1 | grep -v ' validates$' >&2; true",
       ""},
      {"xmllint GEXF RelaxNG",
       {"xmllint", schemas + "/gexf-1.3/gexf.rng"},
       "xmllint --noout --nonet --relaxng " + schemas + "/gexf-1.3/gexf.rng " + dir.File("g.gexf") +
           " 2>&1 | grep -v ' validates$' >&2; true",
       ""},
      {"networkx (Debian) reads the GraphML",
       {"/usr/bin/python3", "python:networkx"},
       "/usr/bin/python3 " + dir.File("check.py"),
       "ok: networkx "},
  };
  for (const Client& c : clients) {
    INFO(c.name << ": " << c.command);
    std::string missing;
    for (const std::string& need : c.needs) {
      bool found = false;
      if (need.rfind("python:", 0) == 0) {
        found = Shell("/usr/bin/python3 -c 'import " + need.substr(7) + "'").exit_code == 0;
      } else if (need.rfind('/', 0) == 0) {
        found = std::filesystem::exists(need);  // a schema: ../shared may be absent
      } else {
        found = HaveProgram(need);
      }
      if (!found) missing += need + " ";
    }
    if (!missing.empty()) {
      WARN("skipped " << c.name << ": not found: " << missing);
      continue;
    }
    const RunResult r = Shell(c.command);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());  // no warning, no validation error
    CHECK_THAT(r.out, Catch::Contains(c.expect_out));
  }
}

}  // namespace
}  // namespace sg::test
