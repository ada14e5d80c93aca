#include "tests/export/fixture_graph.hpp"

#include <limits>
#include <string>
#include <utility>

namespace sg::out::testing {

const char* const kHostileName =
    "Evil \"Corp\" <b>&amp; ]]> 'q' \\N \\n node graph\nline2\ttab\x01\x1f "
    "\xF0\x9F\x98\x80 \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\x8E end";

namespace {

graph::Vertex AddActor(graph::BoostGraph& g, std::string code, std::string name,
                       std::string country, std::string type, long mentions) {
  return boost::add_vertex(graph::ActorNode{std::move(code), std::move(name), std::move(country),
                                            std::move(type), mentions},
                           g);
}

}  // namespace

graph::StanceGraph FixtureGraph() {
  graph::StanceGraph stance_graph;
  graph::BoostGraph& g = stance_graph.graph;
  const auto eu = AddActor(g, "EU", "European Union", "", "org", 6);
  const auto rus = AddActor(g, "RUS", "Russia", "RUS", "government", 18);
  const auto usa = AddActor(g, "USA", "United States", "USA", "government", 13);
  const auto hostile = AddActor(g, "node", kHostileName, "", "person", 1);

  graph::StanceEdge disapprove;
  disapprove.stance = "disapprove";
  disapprove.polarity = -1;
  disapprove.quad_class = 3;
  disapprove.cameo_root = "11";
  disapprove.count = 2;
  disapprove.sources = 2;
  disapprove.first_date = "2021-02-05";
  disapprove.last_date = "2021-02-09";
  disapprove.weight = -2.0;
  disapprove.dates = {"2021-02-05", "2021-02-09"};
  disapprove.evidence = {
      {"004.txt", 2, "2021-02-05", "The EU criticised Moscow over the expulsions."},
      {"005.txt", 7, "2021-02-09", "Brussels condemned the verdict."}};
  boost::add_edge(eu, rus, disapprove, g);

  graph::StanceEdge consult;
  consult.stance = "consult";
  consult.polarity = 0;
  consult.quad_class = 1;
  consult.cameo_root = "04";
  consult.count = 1;
  consult.sources = 1;
  consult.first_date = "2021-02-08";
  consult.last_date = "2021-02-08";
  consult.weight = 1.0;
  consult.dates = {"2021-02-08"};
  consult.evidence = {{"001.txt", 4, "2021-02-08", "Lavrov met Borrell in Moscow."}};
  boost::add_edge(rus, eu, consult, g);

  graph::StanceEdge cooperate;
  cooperate.stance = "cooperate";
  cooperate.polarity = 1;
  cooperate.quad_class = 1;
  cooperate.cameo_root = "03";
  cooperate.count = 3;
  cooperate.sources = 2;
  cooperate.first_date = "2021-02-08";
  cooperate.last_date = "2021-02-09";
  cooperate.weight = 4.0;
  cooperate.dates = {"2021-02-08", "2021-02-09"};
  cooperate.evidence = {
      {"001.txt", 3, "2021-02-08",
       "Kremlin spokesman Dmitry Peskov said on Monday Russia wants to restore ties with the EU."},
      {"002.txt", 1, "2021-02-09", "Moscow is ready to work with Brussels."}};
  boost::add_edge(rus, eu, cooperate, g);

  graph::StanceEdge threaten;
  threaten.stance = "threaten";
  threaten.polarity = -1;
  threaten.quad_class = 3;
  threaten.cameo_root = "13";
  threaten.count = 12;
  threaten.sources = 5;
  threaten.first_date = "2021-01-20";
  threaten.last_date = "2021-02-10";
  threaten.weight = -4.4;
  threaten.dates = {"2021-01-20", "2021-02-01", "2021-02-10"};
  threaten.evidence = {{"003.txt", 0, "2021-01-20", "Russia warned Washington of a response."}};
  boost::add_edge(rus, usa, threaten, g);

  graph::StanceEdge reject;
  reject.stance = "reject";
  reject.polarity = -1;
  reject.quad_class = 3;
  reject.cameo_root = "12";
  reject.count = 1;
  reject.sources = 1;
  reject.weight = std::numeric_limits<double>::quiet_NaN();
  reject.evidence = {
      {"006 \"odd\".txt", 9, "", "Washington said \"no\" to <node> & \\N graph; ]]>\xFF\x07 end"}};
  boost::add_edge(usa, hostile, reject, g);

  return stance_graph;
}

}  // namespace sg::out::testing
