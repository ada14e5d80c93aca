// GraphML for Gephi, yEd, networkx and igraph.
//
//   std::ostringstream os;
//   sg::out::WriteGraphml(graph, os);   // the app writes to a temp file and renames it
//
// The file is XML 1.0, UTF-8, directed, with every attribute declared once as
// a typed <key> (ids v_* for nodes, e_* for edges; never Gephi's "d3"-style
// ids, which it reads as labels), for="node" or for="edge" only:
//
//   node (id n0, n1, ... in vertex order)     edge (id e0, e1, ... in edge order)
//   v_label    label    string  name, or code  e_label      label      string  the stance
//   v_code     code     string                 e_weight     weight     double  = count (Gephi's
//   v_name     name     string                                                  edge weight)
//   v_country  country  string                 e_goldstein  goldstein  double  mean Goldstein
//   v_type     type     string                                                  weight, -10..10
//   v_mentions mentions long                   e_stance     stance     string
//                                              e_polarity   polarity   int     -1, 0, +1
//                                              e_quad_class quad_class int     1..4, 0 unknown
//                                              e_cameo_root cameo_root string  "01".."20" or ""
//                                              e_count      count      long
//                                              e_sources    sources    long    distinct docs
//                                              e_first_date first_date string  yyyy-mm-dd or ""
//                                              e_last_date  last_date  string
//                                              e_evidence   evidence   string  "[doc#idx date]
//                                                                       sentence" lines,
//                                                                       '\n'-joined
//
// Why `weight` is the count: Gephi, networkx and igraph all take an edge's
// "weight" as its strength for layouts and metrics, and the number of reports
// is that strength; the Goldstein mean is signed and would push nodes apart.
// Numeric keys but goldstein have <default>0</default>; string keys have none
// (networkx 2.8 turns an empty <default></default> into the text "None").
// goldstein has no default: an edge whose mean is NaN or infinite carries no
// goldstein value at all, which clients read as missing (a default of 0 would
// read as "neutral"). Every other value is written on every element, so
// readers that ignore <default> still see it; networkx reads an empty string
// value (e.g. country "" for the EU) as an absent attribute, igraph as "".
//
// GraphML has no time and no edge kind: Gephi's import merges parallel edges
// (summing weights) unless told otherwise. Use GEXF for the timeline.
#pragma once

#include <ostream>

#include "graph/stance_graph.hpp"

namespace sg::out {

// Writes `graph` to `os` as GraphML, deterministically (same graph, same
// bytes). Text is escaped with EscapeXml. Does not take ownership of or
// close `os`. Throws sg::Error(kOutput) if `os` fails while writing.
void WriteGraphml(const graph::StanceGraph& graph, std::ostream& os);

}  // namespace sg::out
