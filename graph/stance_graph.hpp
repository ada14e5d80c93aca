// StanceGraph: actors as nodes, aggregated stances as edges, in a Boost graph.
//
// This is what export/ reads. It is built by GraphBuilder (graph_builder.hpp)
// in a canonical order: vertices sorted by actor code, edges sorted by
// (source code, target code, stance). Iterating boost::vertices() and
// boost::edges() therefore gives the same sequence on every run, whatever the
// thread count or shard order, which is what makes the exported files
// byte-identical.
//
//   const sg::graph::StanceGraph& g = builder.Build();
//   for (auto v : boost::make_iterator_range(boost::vertices(g.graph)))
//     std::cout << g.graph[v].code << '\n';
//   for (auto e : boost::make_iterator_range(boost::edges(g.graph)))
//     std::cout << g.graph[boost::source(e, g.graph)].code << " -" << g.graph[e].stance << "-> "
//               << g.graph[boost::target(e, g.graph)].code << '\n';
#pragma once

#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

namespace sg::graph {

// One sentence behind an edge, kept so a user can audit it.
struct Evidence {
  std::string doc;
  int sentence_index = 0;
  std::string date;  // "" when unknown
  std::string sentence;
};

struct ActorNode {
  std::string code;     // "RUS", "EU", ...; the node's identity
  std::string name;     // "Russia"
  std::string country;  // ISO alpha-3 it belongs to; "" for international organisations
  std::string type;     // "government", "org", ...
  long mentions = 0;    // events in which it is actor or target
};

// All events with one (actor, stance, target), or one event with --multi.
struct StanceEdge {
  std::string stance;              // PLOVER type, e.g. "cooperate"
  int polarity = 0;                // sign of the summed event polarities: +1, 0, -1
  int quad_class = 0;              // CAMEO quad class of the stance, 1..4
  std::string cameo_root;          // most frequent CAMEO root among the events; "" if none
  long count = 0;                  // distinct statements merged into this edge (a sentence
                                   // syndicated to several pages counts once)
  long sources = 0;                // distinct documents they came from
  std::string first_date;          // earliest known event date, "" if none known
  std::string last_date;           // latest known event date, "" if none known
  double weight = 0.0;             // mean Goldstein weight of the events
  std::vector<std::string> dates;  // distinct known event dates, ascending (GEXF timestamps)
  std::vector<Evidence>
      evidence;  // up to GraphOptions::max_evidence, ordered by (date, doc, index)
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode, StanceEdge>;
using Vertex = BoostGraph::vertex_descriptor;
using Edge = BoostGraph::edge_descriptor;

struct StanceGraph {
  BoostGraph graph;
};

}  // namespace sg::graph
