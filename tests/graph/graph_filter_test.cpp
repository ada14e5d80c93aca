#include "graph/graph_filter.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "graph/graph_builder.hpp"

namespace sg::graph {
namespace {

// An event between two actors; `country` fields as the extractor fills them.
Event Ev(std::string actor, std::string stance, std::string target, std::string date = "",
         std::string actor_country = "", std::string target_country = "") {
  Event e;
  e.doc = "d.txt";
  e.actor = std::move(actor);
  e.actor_name = e.actor + " name";
  e.actor_type = "person";
  e.actor_country = std::move(actor_country);
  e.stance = std::move(stance);
  e.target = std::move(target);
  e.target_name = e.target + " name";
  e.target_type = "government";
  e.target_country = std::move(target_country);
  e.date = std::move(date);
  e.mode = "fact";
  return e;
}

// "ACTOR-stance->TARGET" for a kept event, "-" for a dropped one.
std::string Show(const std::optional<Event>& e) {
  return e ? e->actor + "-" + e->stance + "->" + e->target : "-";
}

struct Row {
  const char* name;
  EventFilter filter;
  Event event;
  std::string expected;
};

TEST_CASE("FilterEvent keeps, drops and collapses events", "[unit]") {
  const Event dated = Ev("RUS", "cooperate", "EU", "2022-02-24");
  const Event undated = Ev("RUS", "cooperate", "EU");
  const Event minister = Ev("RUS-MFA", "demand", "UKR", "2022-02-24", "RUS", "UKR");
  const std::vector<Row> rows = {
      {"empty filter keeps everything", {}, dated, "RUS-cooperate->EU"},
      {"empty filter keeps undated", {}, undated, "RUS-cooperate->EU"},
      {"since: same day kept", {.since = "2022-02-24"}, dated, "RUS-cooperate->EU"},
      {"since: earlier dropped", {.since = "2022-02-25"}, dated, "-"},
      {"until: same day kept", {.until = "2022-02-24"}, dated, "RUS-cooperate->EU"},
      {"until: later dropped", {.until = "2022-02-23"}, dated, "-"},
      {"range: inside kept",
       {.since = "2022-01-01", .until = "2022-12-31"},
       dated,
       "RUS-cooperate->EU"},
      {"range: undated dropped", {.since = "2000-01-01"}, undated, "-"},
      {"until only: undated dropped", {.until = "2099-01-01"}, undated, "-"},
      {"actors: source listed", {.actors = {"RUS"}}, dated, "RUS-cooperate->EU"},
      {"actors: target listed", {.actors = {"EU"}}, dated, "RUS-cooperate->EU"},
      {"actors: neither listed", {.actors = {"USA", "CHN"}}, dated, "-"},
      {"actors: codes are exact", {.actors = {"rus"}}, dated, "-"},
      {"stance: listed", {.stances = {"demand", "cooperate"}}, dated, "RUS-cooperate->EU"},
      {"stance: not listed", {.stances = {"demand"}}, dated, "-"},
      {"collapse: ministry into country",
       {.collapse = Collapse::kCountry},
       minister,
       "RUS-demand->UKR"},
      {"collapse: country stays",
       {.collapse = Collapse::kCountry},
       Ev("RUS", "demand", "UKR", "", "RUS", "UKR"),
       "RUS-demand->UKR"},
      {"collapse: organisation without country stays",
       {.collapse = Collapse::kCountry},
       Ev("NATO", "reject", "GAZPROM", "", "", "RUS"),
       "NATO-reject->RUS"},
      {"no collapse: ministry stays", {}, minister, "RUS-MFA-demand->UKR"},
      {"actors match after collapse",
       {.actors = {"RUS"}, .collapse = Collapse::kCountry},
       minister,
       "RUS-demand->UKR"},
      {"actors without collapse miss the ministry", {.actors = {"RUS"}}, minister, "-"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(Show(FilterEvent(row.filter, row.event)) == row.expected);
  }
}

TEST_CASE("FilterEvent: a collapsed actor leaves its name and type to the country", "[unit]") {
  const std::optional<Event> e = FilterEvent({.collapse = Collapse::kCountry},
                                             Ev("RUS-MFA", "demand", "UKR", "", "RUS", "UKR"));
  REQUIRE(e);
  CHECK(e->actor_name.empty());
  CHECK(e->actor_type.empty());
  CHECK(e->actor_country == "RUS");
  CHECK(e->target_name == "UKR name");  // the target was not collapsed
}

TEST_CASE("KeepsAll is true only for the empty filter", "[unit]") {
  CHECK(EventFilter{}.KeepsAll());
  CHECK_FALSE(EventFilter{.since = "2020-01-01"}.KeepsAll());
  CHECK_FALSE(EventFilter{.until = "2020-01-01"}.KeepsAll());
  CHECK_FALSE(EventFilter{.actors = {"RUS"}}.KeepsAll());
  CHECK_FALSE(EventFilter{.stances = {"aid"}}.KeepsAll());
  CHECK_FALSE(EventFilter{.collapse = Collapse::kCountry}.KeepsAll());
}

StanceGraph Build(const std::vector<Event>& events, const EventFilter& filter = {}) {
  GraphBuilder builder;
  for (const Event& e : events) {
    if (std::optional<Event> kept = FilterEvent(filter, e)) builder.Add(*kept);
  }
  return builder.Build();
}

std::vector<std::string> NodeCodes(const StanceGraph& g) {
  std::vector<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph)))
    out.push_back(g.graph[v].code);
  return out;
}

// "SRC-stance->DST xCOUNT" per edge, in iteration order.
std::vector<std::string> EdgeList(const StanceGraph& g) {
  std::vector<std::string> out;
  for (auto e : boost::make_iterator_range(boost::edges(g.graph))) {
    out.push_back(g.graph[boost::source(e, g.graph)].code + "-" + g.graph[e].stance + "->" +
                  g.graph[boost::target(e, g.graph)].code + " x" +
                  std::to_string(g.graph[e].count));
  }
  return out;
}

TEST_CASE("an edge keeps only its events in the date range", "[unit]") {
  const std::vector<Event> events = {
      Ev("RUS", "cooperate", "EU", "2021-02-08"), Ev("RUS", "cooperate", "EU", "2022-03-01"),
      Ev("RUS", "cooperate", "EU", "2022-04-01"), Ev("RUS", "cooperate", "EU"),
      Ev("USA", "aid", "UKR", "2021-05-05")};
  const StanceGraph g = Build(events, {.since = "2022-01-01"});
  CHECK(NodeCodes(g) == std::vector<std::string>{"EU", "RUS"});  // USA, UKR left without edges
  REQUIRE(EdgeList(g) == std::vector<std::string>{"RUS-cooperate->EU x2"});
  const StanceEdge& edge = g.graph[*boost::edges(g.graph).first];
  CHECK(edge.first_date == "2022-03-01");
  CHECK(edge.last_date == "2022-04-01");
  CHECK(edge.dates == std::vector<std::string>{"2022-03-01", "2022-04-01"});
}

TEST_CASE("collapse merges a ministry's edges into its country's", "[unit]") {
  Event country = Ev("RUS", "demand", "UKR", "2022-02-20", "RUS", "UKR");
  country.actor_name = "Russia";
  country.actor_type = "government";
  const std::vector<Event> events = {country,
                                     Ev("RUS-MFA", "demand", "UKR", "2022-02-21", "RUS", "UKR"),
                                     Ev("RUS-MFA", "reject", "RUS", "2022-02-21", "RUS", "RUS")};
  const StanceGraph g = Build(events, {.collapse = Collapse::kCountry});
  CHECK(NodeCodes(g) == std::vector<std::string>{"RUS", "UKR"});
  // The self-loop (a ministry toward its own country) is gone.
  CHECK(EdgeList(g) == std::vector<std::string>{"RUS-demand->UKR x2"});
  const ActorNode& rus = g.graph[0];
  CHECK(rus.name == "Russia");
  CHECK(rus.type == "government");
}

TEST_CASE("DropEdgesBelow drops weak edges and the nodes they leave alone", "[unit]") {
  const std::vector<Event> events = {Ev("RUS", "cooperate", "EU"), Ev("RUS", "cooperate", "EU"),
                                     Ev("RUS", "cooperate", "EU"), Ev("RUS", "demand", "EU"),
                                     Ev("USA", "aid", "UKR"),      Ev("USA", "aid", "UKR"),
                                     Ev("CHN", "support", "RUS")};
  const StanceGraph all = Build(events);
  struct Case {
    long min_count;
    std::vector<std::string> nodes, edges;
  };
  const std::vector<Case> cases = {
      {0, {"CHN", "EU", "RUS", "UKR", "USA"}, EdgeList(all)},
      {1, {"CHN", "EU", "RUS", "UKR", "USA"}, EdgeList(all)},
      {2, {"EU", "RUS", "UKR", "USA"}, {"RUS-cooperate->EU x3", "USA-aid->UKR x2"}},
      {3, {"EU", "RUS"}, {"RUS-cooperate->EU x3"}},
      {4, {}, {}},
  };
  REQUIRE(EdgeList(all).size() == 4);
  for (const Case& c : cases) {
    INFO("min_count " << c.min_count);
    const StanceGraph g = DropEdgesBelow(all, c.min_count);
    CHECK(NodeCodes(g) == c.nodes);
    CHECK(EdgeList(g) == c.edges);
  }
  // Node attributes travel with the node.
  const StanceGraph strong = DropEdgesBelow(all, 3);
  CHECK(strong.graph[1].code == "RUS");
  CHECK(strong.graph[1].mentions == 5);
}

}  // namespace
}  // namespace sg::graph
