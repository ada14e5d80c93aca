#include "graph/graph_builder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <boost/range/iterator_range.hpp>

namespace sg::graph {
namespace {

// A readable event: the fields a test cares about, the rest default.
Event Ev(std::string doc, int index, std::string actor, std::string stance, std::string target,
         std::string date = "", double goldstein = 0.0, int polarity = 0,
         std::string cameo_root = "", int quad_class = 0) {
  Event e;
  e.doc = std::move(doc);
  e.sentence_index = index;
  e.sentence = "sentence " + std::to_string(index) + " of " + e.doc;
  e.actor = std::move(actor);
  e.stance = std::move(stance);
  e.target = std::move(target);
  e.date = std::move(date);
  e.goldstein = goldstein;
  e.polarity = polarity;
  e.cameo_root = std::move(cameo_root);
  e.quad_class = quad_class;
  e.rule = e.stance + "/rule";
  return e;
}

StanceGraph BuildFrom(const std::vector<Event>& events, GraphOptions options = {}) {
  GraphBuilder builder(options);
  for (const Event& e : events) builder.Add(e);
  return builder.Build();
}

std::vector<const ActorNode*> Nodes(const StanceGraph& g) {
  std::vector<const ActorNode*> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph))) out.push_back(&g.graph[v]);
  return out;
}

struct EdgeView {
  std::string source, target;
  const StanceEdge* edge;
};

std::vector<EdgeView> Edges(const StanceGraph& g) {
  std::vector<EdgeView> out;
  for (auto e : boost::make_iterator_range(boost::edges(g.graph))) {
    out.push_back({g.graph[boost::source(e, g.graph)].code, g.graph[boost::target(e, g.graph)].code,
                   &g.graph[e]});
  }
  return out;
}

// Two graphs are the same when every node and edge field is, in the same order.
void RequireSameGraph(const StanceGraph& a, const StanceGraph& b) {
  const auto nodes_a = Nodes(a), nodes_b = Nodes(b);
  REQUIRE(nodes_a.size() == nodes_b.size());
  for (std::size_t i = 0; i < nodes_a.size(); ++i) {
    INFO("node " << i << " " << nodes_a[i]->code);
    CHECK(nodes_a[i]->code == nodes_b[i]->code);
    CHECK(nodes_a[i]->name == nodes_b[i]->name);
    CHECK(nodes_a[i]->country == nodes_b[i]->country);
    CHECK(nodes_a[i]->type == nodes_b[i]->type);
    CHECK(nodes_a[i]->mentions == nodes_b[i]->mentions);
  }
  const auto edges_a = Edges(a), edges_b = Edges(b);
  REQUIRE(edges_a.size() == edges_b.size());
  for (std::size_t i = 0; i < edges_a.size(); ++i) {
    const StanceEdge& x = *edges_a[i].edge;
    const StanceEdge& y = *edges_b[i].edge;
    INFO("edge " << i << " " << edges_a[i].source << " -" << x.stance << "-> "
                 << edges_a[i].target);
    CHECK(edges_a[i].source == edges_b[i].source);
    CHECK(edges_a[i].target == edges_b[i].target);
    CHECK(x.stance == y.stance);
    CHECK(x.polarity == y.polarity);
    CHECK(x.quad_class == y.quad_class);
    CHECK(x.cameo_root == y.cameo_root);
    CHECK(x.count == y.count);
    CHECK(x.sources == y.sources);
    CHECK(x.first_date == y.first_date);
    CHECK(x.last_date == y.last_date);
    CHECK(x.weight == y.weight);  // exact: weights are summed in integer tenths
    CHECK(x.dates == y.dates);
    REQUIRE(x.evidence.size() == y.evidence.size());
    for (std::size_t k = 0; k < x.evidence.size(); ++k) {
      CHECK(x.evidence[k].doc == y.evidence[k].doc);
      CHECK(x.evidence[k].sentence_index == y.evidence[k].sentence_index);
      CHECK(x.evidence[k].date == y.evidence[k].date);
      CHECK(x.evidence[k].sentence == y.evidence[k].sentence);
    }
  }
}

using EvidenceKey = std::tuple<std::string, std::string, int>;  // (date, doc, index)

std::vector<EvidenceKey> EvidenceKeys(const StanceEdge& edge) {
  std::vector<EvidenceKey> out;
  for (const Evidence& ev : edge.evidence) out.emplace_back(ev.date, ev.doc, ev.sentence_index);
  return out;
}

// Four RUS -cooperate-> EU events: two documents share a date, one is undated,
// and the CAMEO roots and quad classes tie two against two.
std::vector<Event> CooperateEvents() {
  return {
      Ev("a.txt", 3, "RUS", "cooperate", "EU", "2021-02-08", 6.0, +1, "06", 2),
      Ev("b.txt", 1, "RUS", "cooperate", "EU", "2021-01-05", 4.0, +1, "03", 1),
      Ev("a.txt", 9, "RUS", "cooperate", "EU", "", -2.0, -1, "03", 1),
      Ev("c.txt", 0, "RUS", "cooperate", "EU", "2021-02-08", 6.0, +1, "06", 2),
  };
}

TEST_CASE("GraphBuilder aggregates one (actor, stance, target) into one edge", "[graph_builder]") {
  const StanceGraph g = BuildFrom(CooperateEvents(), {.max_evidence = 3});
  const auto edges = Edges(g);
  REQUIRE(edges.size() == 1);
  const StanceEdge& edge = *edges[0].edge;
  CHECK(edges[0].source == "RUS");
  CHECK(edges[0].target == "EU");
  CHECK(edge.stance == "cooperate");
  CHECK(edge.count == 4);
  CHECK(edge.sources == 3);  // a.txt counts once
  CHECK(edge.first_date == "2021-01-05");
  CHECK(edge.last_date == "2021-02-08");
  CHECK(edge.dates == std::vector<std::string>{"2021-01-05", "2021-02-08"});
  CHECK(edge.weight == 3.5);  // (6 + 4 - 2 + 6) / 4
  CHECK(edge.polarity == 1);
  CHECK(edge.cameo_root == "03");  // "03" and "06" tie: the smaller wins
  CHECK(edge.quad_class == 1);     // 1 and 2 tie: the smaller wins
  // Dated first, by (date, doc, index); the undated a.txt:9 falls off the cap.
  CHECK(EvidenceKeys(edge) == std::vector<EvidenceKey>{{"2021-01-05", "b.txt", 1},
                                                       {"2021-02-08", "a.txt", 3},
                                                       {"2021-02-08", "c.txt", 0}});
  CHECK(edge.evidence[0].sentence == "sentence 1 of b.txt");

  const auto nodes = Nodes(g);
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0]->code == "EU");
  CHECK(nodes[0]->mentions == 4);
  CHECK(nodes[1]->code == "RUS");
  CHECK(nodes[1]->mentions == 4);
}

TEST_CASE("GraphBuilder keeps at most max_evidence sentences, undated last", "[graph_builder]") {
  struct Row {
    std::size_t max_evidence;
    std::vector<EvidenceKey> expected;
  };
  const Row rows[] = {
      {0, {}},
      {1, {{"2021-01-05", "b.txt", 1}}},
      {4,
       {{"2021-01-05", "b.txt", 1},
        {"2021-02-08", "a.txt", 3},
        {"2021-02-08", "c.txt", 0},
        {"", "a.txt", 9}}},
      {10,
       {{"2021-01-05", "b.txt", 1},
        {"2021-02-08", "a.txt", 3},
        {"2021-02-08", "c.txt", 0},
        {"", "a.txt", 9}}},
  };
  for (const Row& row : rows) {
    INFO("max_evidence " << row.max_evidence);
    const StanceGraph g = BuildFrom(CooperateEvents(), {.max_evidence = row.max_evidence});
    REQUIRE(Edges(g).size() == 1);
    CHECK(EvidenceKeys(*Edges(g)[0].edge) == row.expected);
  }
}

TEST_CASE("GraphBuilder takes the sign of the summed polarities", "[graph_builder]") {
  struct Row {
    std::vector<int> polarities;
    int expected;
  };
  const Row rows[] = {
      {{+1}, +1}, {{-1}, -1}, {{0}, 0}, {{+1, -1}, 0}, {{-1, -1, +1}, -1}, {{+1, 0, 0}, +1},
  };
  for (const Row& row : rows) {
    std::vector<Event> events;
    for (std::size_t i = 0; i < row.polarities.size(); ++i) {
      events.push_back(
          Ev("d.txt", static_cast<int>(i), "USA", "consult", "CHN", "", 1.0, row.polarities[i]));
    }
    const StanceGraph g = BuildFrom(events);  // Edges() points into it
    const auto edges = Edges(g);
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].edge->polarity == row.expected);
  }
}

TEST_CASE("GraphBuilder picks the most frequent CAMEO root, ties to the smallest",
          "[graph_builder]") {
  struct Row {
    std::vector<std::string> roots;
    std::string expected;
  };
  const Row rows[] = {
      {{"06"}, "06"},
      {{"06", "03", "06"}, "06"},
      {{"06", "03"}, "03"},
      {{"19", "18", "19", "18", "10"}, "18"},
  };
  for (const Row& row : rows) {
    std::vector<Event> events;
    for (std::size_t i = 0; i < row.roots.size(); ++i) {
      events.push_back(
          Ev("d.txt", static_cast<int>(i), "USA", "fight", "CHN", "", -10.0, -1, row.roots[i], 4));
    }
    const StanceGraph g = BuildFrom(events);  // Edges() points into it
    const auto edges = Edges(g);
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].edge->cameo_root == row.expected);
  }
}

TEST_CASE("GraphBuilder counts conditional events but draws no edge", "[graph_builder]") {
  GraphBuilder builder;
  Event conditional = Ev("a.txt", 0, "RUS", "sanction", "EU");
  conditional.mode = "conditional";
  builder.Add(conditional);
  builder.Add(Ev("a.txt", 1, "RUS", "sanction", "EU"));
  CHECK(builder.events() == 2);
  CHECK(builder.conditional_events() == 1);
  const StanceGraph g = builder.Build();
  REQUIRE(Edges(g).size() == 1);
  CHECK(Edges(g)[0].edge->count == 1);
  CHECK(Nodes(g)[0]->mentions == 1);
}

TEST_CASE("GraphBuilder ignores self-loops and events missing an actor or target",
          "[graph_builder]") {
  GraphBuilder builder;
  builder.Add(Ev("a.txt", 0, "RUS", "reject", "RUS"));
  builder.Add(Ev("a.txt", 1, "", "reject", "EU"));
  builder.Add(Ev("a.txt", 2, "RUS", "reject", ""));
  CHECK(builder.events() == 3);
  CHECK(builder.conditional_events() == 0);
  const StanceGraph g = builder.Build();
  CHECK(boost::num_vertices(g.graph) == 0);
  CHECK(boost::num_edges(g.graph) == 0);
}

TEST_CASE("GraphBuilder with EdgeMode::kMulti draws one edge per event", "[graph_builder]") {
  std::vector<Event> events = CooperateEvents();
  events.push_back(events[0]);  // the same mention twice is one edge counted twice
  const StanceGraph g = BuildFrom(events, {.max_evidence = 5, .edge_mode = EdgeMode::kMulti});
  const auto edges = Edges(g);
  REQUIRE(edges.size() == 4);
  std::vector<std::tuple<std::string, int, long, double>> seen;  // (doc, index, count, weight)
  for (const EdgeView& e : edges) {
    CHECK(e.source == "RUS");
    CHECK(e.target == "EU");
    CHECK(e.edge->stance == "cooperate");
    REQUIRE(e.edge->evidence.size() == 1);
    seen.emplace_back(e.edge->evidence[0].doc, e.edge->evidence[0].sentence_index, e.edge->count,
                      e.edge->weight);
  }
  std::sort(seen.begin(), seen.end());
  CHECK(seen == std::vector<std::tuple<std::string, int, long, double>>{{"a.txt", 3, 2, 6.0},
                                                                        {"a.txt", 9, 1, -2.0},
                                                                        {"b.txt", 1, 1, 4.0},
                                                                        {"c.txt", 0, 1, 6.0}});
}

TEST_CASE("GraphBuilder orders multi edges of one triple by document and sentence",
          "[graph_builder]") {
  std::vector<Event> events;
  for (int index : {10, 9, 2, 100, -1}) events.push_back(Ev("a.txt", index, "RUS", "aid", "SYR"));
  const StanceGraph g = BuildFrom(events, {.edge_mode = EdgeMode::kMulti});
  std::vector<int> order;
  for (const EdgeView& e : Edges(g)) order.push_back(e.edge->evidence.at(0).sentence_index);
  CHECK(order == std::vector<int>{-1, 2, 9, 10, 100});
}

TEST_CASE("GraphBuilder builds in canonical order", "[graph_builder]") {
  const StanceGraph g = BuildFrom({
      Ev("a.txt", 0, "USA", "threaten", "RUS"),
      Ev("a.txt", 1, "RUS", "reject", "USA"),
      Ev("a.txt", 2, "EU", "sanction", "RUS"),
      Ev("a.txt", 3, "RUS", "agree", "USA"),
      Ev("a.txt", 4, "RUS", "aid", "CHN"),
      Ev("a.txt", 5, "CHN", "support", "RUS"),
  });
  std::vector<std::string> codes;
  for (const ActorNode* n : Nodes(g)) codes.push_back(n->code);
  CHECK(codes == std::vector<std::string>{"CHN", "EU", "RUS", "USA"});
  std::vector<std::string> edges;
  for (const EdgeView& e : Edges(g))
    edges.push_back(e.source + ">" + e.target + ":" + e.edge->stance);
  CHECK(edges == std::vector<std::string>{"CHN>RUS:support", "EU>RUS:sanction", "RUS>CHN:aid",
                                          "RUS>USA:agree", "RUS>USA:reject", "USA>RUS:threaten"});
}

TEST_CASE("GraphBuilder keeps the smallest non-empty node attributes", "[graph_builder]") {
  Event first = Ev("a.txt", 0, "RUS", "aid", "SYR");
  first.actor_name = "Russian Federation";
  first.actor_type = "government";
  Event second = Ev("a.txt", 1, "RUS", "aid", "SYR");
  second.actor_name = "Russia";
  second.actor_country = "RUS";
  const StanceGraph g = BuildFrom({first, second});  // Nodes() points into it
  const auto nodes = Nodes(g);
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0]->code == "RUS");
  CHECK(nodes[0]->name == "Russia");
  CHECK(nodes[0]->country == "RUS");
  CHECK(nodes[0]->type == "government");
  CHECK(nodes[1]->code == "SYR");
  CHECK(nodes[1]->name == "SYR");  // no name seen: the code stands in
  CHECK(nodes[1]->country.empty());
}

// Thirty events over a few triples, with repeated documents and dates, undated
// events, ties in CAMEO roots and weights that are not exact in binary.
std::vector<Event> VariedEvents() {
  const char* actors[] = {"RUS", "EU", "USA", "UKR"};
  const char* stances[] = {"cooperate", "reject", "threaten"};
  const char* roots[] = {"06", "03", "12", "13"};
  const char* dates[] = {"2021-02-08", "", "2020-12-31", "2021-02-08", "2019-05-01"};
  const double weights[] = {6.0, -7.2, 0.1, 3.5, -0.3, 4.0};
  std::vector<Event> out;
  for (int i = 0; i < 30; ++i) {
    Event e = Ev("doc" + std::to_string(i % 7) + ".txt", i % 5, actors[i % 4], stances[i % 3],
                 actors[(i / 4 + 1 + i % 4) % 4], dates[i % 5], weights[i % 6], i % 3 - 1,
                 roots[i % 4], 1 + i % 4);
    e.actor_name = std::string("name-") + actors[(i * 3) % 4];
    e.target_type = i % 2 ? "igo" : "government";
    if (i % 11 == 10) e.mode = "conditional";
    out.push_back(std::move(e));
  }
  return out;
}

TEST_CASE("GraphBuilder merges shards in any grouping and order to the same graph",
          "[graph_builder]") {
  const std::vector<Event> events = VariedEvents();
  for (EdgeMode mode : {EdgeMode::kAggregate, EdgeMode::kMulti}) {
    const GraphOptions options{.max_evidence = 3, .edge_mode = mode};
    const StanceGraph reference = BuildFrom(events, options);
    REQUIRE(boost::num_edges(reference.graph) > 5);

    struct Grouping {
      const char* name;
      std::vector<std::size_t> shard_sizes;
      unsigned seed;  // 0: keep the event order
      bool merge_from_right;
    };
    const Grouping groupings[] = {
        {"one shard", {30}, 0, false},
        {"halves", {15, 15}, 0, false},
        {"halves, merged right to left", {15, 15}, 0, true},
        {"uneven thirds, shuffled", {4, 19, 7}, 1, false},
        {"uneven thirds, shuffled, right to left", {4, 19, 7}, 2, true},
        {"singletons", std::vector<std::size_t>(30, 1), 3, false},
        {"empty shards between", {0, 10, 0, 20, 0}, 4, true},
    };
    for (const Grouping& grouping : groupings) {
      INFO((mode == EdgeMode::kMulti ? "multi: " : "aggregate: ") << grouping.name);
      std::vector<Event> shuffled = events;
      if (grouping.seed != 0) {
        std::mt19937 rng(grouping.seed);
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
      }
      std::vector<GraphBuilder> shards;
      std::size_t next = 0;
      for (std::size_t size : grouping.shard_sizes) {
        GraphBuilder& shard = shards.emplace_back(options);
        for (std::size_t k = 0; k < size; ++k) shard.Add(shuffled[next++]);
      }
      REQUIRE(next == events.size());

      GraphBuilder merged(options);
      if (grouping.merge_from_right) {
        // (s1 + (s2 + (... + sn))): a right-leaning tree, not a left fold.
        for (std::size_t k = shards.size() - 1; k > 0; --k) shards[k - 1].Merge(shards[k]);
        merged.Merge(shards[0]);
      } else {
        for (const GraphBuilder& shard : shards) merged.Merge(shard);
      }
      CHECK(merged.events() == 30);
      CHECK(merged.conditional_events() == 2);
      RequireSameGraph(merged.Build(), reference);
    }
  }
}

TEST_CASE("GraphBuilder counts a statement copied by several pages once and keeps its sources",
          "[unit]") {
  struct Row {
    std::vector<std::string> sentences;  // one event per sentence, each in its own document
    long count;
    long sources;
  };
  const std::vector<Row> rows = {
      {{"Russia condemned the EU."}, 1, 1},
      {{"Russia condemned the EU.", "Russia condemned the EU."}, 1, 2},
      {{"Russia condemned the EU.", "RUSSIA condemned the EU!", "Russia  condemned, the EU"}, 1, 3},
      {{"Russia condemned the EU.", "Russia condemned the EU again."}, 2, 2},
  };
  for (const Row& row : rows) {
    GraphBuilder builder;
    for (std::size_t i = 0; i < row.sentences.size(); ++i) {
      Event e = Ev("doc" + std::to_string(i), 0, "RUS", "disapprove", "EU");
      e.sentence = row.sentences[i];
      builder.Add(e);
    }
    const StanceGraph g = builder.Build();
    REQUIRE(boost::num_edges(g.graph) == 1);
    const StanceEdge& edge = g.graph[*boost::edges(g.graph).first];
    INFO(row.sentences.size() << " sentences");
    CHECK(edge.count == row.count);
    CHECK(edge.sources == row.sources);
  }
}

}  // namespace
}  // namespace sg::graph
