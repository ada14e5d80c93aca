// Graphviz DOT, for `dot -Tsvg` / `dot -Tpng` on small graphs.
//
//   sg::out::WriteDot(graph, os);                        // everything, with a legend
//   sg::out::WriteDot(graph, os, {.min_count = 3, .legend = false});
//   sg::out::DotSummary s = sg::out::WriteDot(graph, os, {.top = 500,
//                                             .cluster = sg::out::DotCluster::kCountry});
//   // s.engine: DotEngine::kSfdp past DotOptions::large_graph nodes
//   // then: dot -Tsvg out.dot > out.svg
//
// What the file shows:
//   - nodes: synthetic ids "n0", "n1", ... (vertex order; never a name, so no
//     name can collide with a DOT keyword or another id); label = name, a
//     line break, code ("Russia\nRUS"); tooltip = code, name, country, type,
//     mentions.
//   - edges: label = stance, plus " (N)" when count N > 1; colour by polarity
//     (green #2e7d32 cooperative, red #c62828 conflictual, grey #757575
//     neutral); penwidth = 1 + 1.5 * log2(count), capped at 8; tooltip = the
//     first evidence line ("[doc#idx date] sentence"), which SVG viewers show
//     on hover.
//   - a legend cluster explaining the colours and widths (DotOptions::legend).
//   - with DotOptions::cluster, a "cluster_cN" subgraph per country or per
//     type, labelled with it (a country cluster with the country's name when
//     the country is a node); nodes without one stay outside any cluster.
//
// Big graphs (more than DotOptions::large_graph nodes drawn) are written for
// sfdp instead of dot: a leading comment says which layout to use,
// overlap="prism", straight edges drawn first, size="40,40" (pictures at
// most 40 inches wide), no edge labels, no legend and no clusters (sfdp
// draws none). WriteDot returns the engine to use, which is
// what `-o graph.svg` runs.
// Every id and value is a quoted string made by QuoteDot (dot_escape.hpp), so
// names render literally, including backslashes, quotes and "&lt;".
//
// Layout cost grows fast (dot: ~1 s at 1k nodes, minutes past 3k; sfdp:
// seconds at 5k, see bench/dot_sfdp.sh): for big graphs keep the strongest
// edges (min_count, top), let sfdp lay them out, or use Gephi.
#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>

#include "graph/stance_graph.hpp"

namespace sg::out {

enum class DotCluster {
  kNone,
  kCountry,  // by ActorNode::country (people and ministries with their country)
  kType,     // by ActorNode::type (government, igo, person, ...)
};

struct DotOptions {
  // Edges with count < min_count are left out, and so are the nodes that are
  // then left without any edge (when min_count > 1). 1 keeps everything.
  long min_count = 1;
  // Draw a small "Legend" cluster (colours and widths). Never drawn in the
  // sfdp style of big graphs.
  bool legend = true;
  // Keep only the `top` edges with the largest count (after min_count); ties
  // go to the edge first in canonical order. Nodes left without an edge are
  // not drawn. 0 keeps every edge.
  std::size_t top = 0;
  // Group nodes into clusters by their country or type attribute.
  DotCluster cluster = DotCluster::kNone;
  // Past this many drawn nodes, write for sfdp (see above).
  std::size_t large_graph = 1000;
};

enum class DotEngine { kDot, kSfdp };

// What WriteDot drew, and the Graphviz program that lays it out in good time.
struct DotSummary {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  DotEngine engine = DotEngine::kDot;
};

// "dot" or "sfdp": the program's name. The view points to static storage.
std::string_view DotEngineName(DotEngine engine);

// Writes `graph` to `os` as a DOT digraph, deterministically. Does not take
// ownership of or close `os`. Throws sg::Error(kOutput) if `os` fails.
DotSummary WriteDot(const graph::StanceGraph& graph, std::ostream& os,
                    const DotOptions& options = {});

}  // namespace sg::out
