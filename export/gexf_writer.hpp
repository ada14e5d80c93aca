// GEXF 1.3 for Gephi (desktop and Lite), with time.
//
//   sg::out::WriteGexf(graph, os);
//   // Gephi: File > Open, then Window > Timeline to play the stances by date.
//
// The file is a dynamic graph (mode="dynamic", timeformat="date",
// timerepresentation="timestamp"): each edge carries
// timestamps="<[2021-02-08, 2021-02-09]>", its distinct known event dates
// (StanceEdge::dates). An edge with no known date has no timestamps and is
// shown at every time. Dates not spelled yyyy-mm-dd are left out of the
// timestamps (one bad value makes Gephi reject the file); they remain in the
// first_date/last_date attributes.
//
//   node: id = actor code, label = name (code if no name)
//         attributes country, type (string), mentions (long)
//         viz:size = 10 + 5 ln(1 + mentions); viz:color by type
//   edge: id e0, e1, ...; kind = stance (Gephi keeps parallel edges of
//         different kinds apart); label = stance; weight = count
//         attributes stance, cameo_root, first_date, last_date, evidence
//         (string), polarity, quad_class (integer), count, sources (long),
//         goldstein (double; left out when not finite)
//         viz:color by polarity (green/red/grey, r/g/b: networkx crashes on hex)
// One static <attributes> block per class (Gephi Lite keeps only the last one
// it sees) and no xsi:schemaLocation (the RelaxNG schema rejects it). Validate
// with: xmllint --noout --relaxng gexf-1.3/gexf.rng FILE
#pragma once

#include <ostream>

#include "graph/stance_graph.hpp"

namespace sg::out {

// Writes `graph` to `os` as GEXF 1.3, deterministically. Does not take
// ownership of or close `os`. Throws sg::Error(kOutput) if `os` fails.
void WriteGexf(const graph::StanceGraph& graph, std::ostream& os);

}  // namespace sg::out
