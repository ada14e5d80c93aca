// Graphviz DOT, for `dot -Tsvg` / `dot -Tpng` on small graphs.
//
//   sg::out::WriteDot(graph, os);                        // everything, with a legend
//   sg::out::WriteDot(graph, os, {.min_count = 3, .legend = false});
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
// Every id and value is a quoted string made by QuoteDot (dot_escape.hpp), so
// names render literally, including backslashes, quotes and "&lt;".
//
// Layout cost grows fast (dot: ~1 s at 1k nodes, minutes past 5k): for big
// graphs raise min_count, or render with `sfdp -Goverlap=prism`, or use Gephi.
#pragma once

#include <ostream>

#include "graph/stance_graph.hpp"

namespace sg::out {

struct DotOptions {
  // Edges with count < min_count are left out, and so are the nodes that are
  // then left without any edge (when min_count > 1). 1 keeps everything.
  long min_count = 1;
  // Draw a small "Legend" cluster (colours and widths).
  bool legend = true;
};

// Writes `graph` to `os` as a DOT digraph, deterministically. Does not take
// ownership of or close `os`. Throws sg::Error(kOutput) if `os` fails.
void WriteDot(const graph::StanceGraph& graph, std::ostream& os, const DotOptions& options = {});

}  // namespace sg::out
