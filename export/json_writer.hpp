// JSON for networkx, D3 and Cytoscape.js.
//
//   sg::out::WriteJson(graph, os);                                  // node-link
//   sg::out::WriteJson(graph, os, sg::out::JsonStyle::kCytoscape);  // Cytoscape elements
//
//   # Python, any networkx from 2.8 to 3.6, no arguments needed:
//   G = networkx.node_link_graph(json.load(open("graph.json")))
//
// kNodeLink:
//   {"directed": true, "multigraph": true, "graph": {},
//    "nodes": [{"id": "RUS", "label": "Russia", "code", "name", "country",
//               "type", "mentions"}, ...],
//    "edges": [{"source": "RUS", "target": "EU", "key": "e0", EDGE...}, ...],
//    "links": (the same array as "edges")}
//   Node ids are actor codes. The edge list is written twice on purpose:
//   networkx < 3.4 (Debian 12 ships 2.8) and D3 read "links", networkx >= 3.4
//   reads "edges" (3.4-3.5 fall back to "links" with a warning); with both,
//   every version loads the file as is. It doubles the edge part of the file.
//   Keys "e0", "e1", ... are unique, so --multi edges with the same stance
//   between the same pair stay separate edges in networkx.
// kCytoscape (Cytoscape.js `elements`, also read by Cytoscape desktop):
//   {"data": {}, "elements": {"nodes": [{"data": {"id": "RUS", ...}}],
//                             "edges": [{"data": {"id": "e0", "source": "RUS",
//                                                 "target": "EU", EDGE...}}]}}
// EDGE is: label (the stance), weight (= count), goldstein (mean Goldstein
// weight; absent when not finite), stance, polarity, quad_class, cameo_root,
// count, sources, first_date, last_date ("" when unknown), dates (array of
// distinct known dates) and evidence (array of {doc, sentence_index, date,
// sentence}).
//
// Strings are written by RapidJSON (quotes, backslashes and control
// characters escaped; ill-formed UTF-8 bytes become U+FFFD first).
#pragma once

#include <ostream>

#include "graph/stance_graph.hpp"

namespace sg::out {

enum class JsonStyle { kNodeLink, kCytoscape };

// Writes `graph` to `os` as JSON in `style`, deterministically: compact, with
// each node and each edge on a line of its own (diffable, ~1.5x smaller than
// indented JSON).
// Does not take ownership of or close `os`. Throws sg::Error(kOutput) if `os`
// fails.
void WriteJson(const graph::StanceGraph& graph, std::ostream& os,
               JsonStyle style = JsonStyle::kNodeLink);

}  // namespace sg::out
