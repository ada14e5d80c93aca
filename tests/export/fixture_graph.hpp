// The small StanceGraph every export golden test writes.
//
//   const sg::graph::StanceGraph graph = sg::out::testing::FixtureGraph();
//   sg::out::WriteDot(graph, os);
//
// Four actors in canonical order: EU, RUS, USA and a hostile one whose code is
// the DOT keyword "node" and whose name holds quotes, <, &, ]]>, a literal \N,
// a newline, a tab, control characters, an emoji and right-to-left text.
// Five edges: EU->RUS disapprove; RUS->EU consult and cooperate (parallel
// edges, different stances); RUS->USA threaten (count 12, for widths); and
// USA->node reject with no dates, a NaN weight and an ill-formed UTF-8 byte in
// its evidence. The Python client checks (check_*.py) assert these values,
// so change them together.
#pragma once

#include "graph/stance_graph.hpp"

namespace sg::out::testing {

// The name of the hostile actor, as stored in the graph (before escaping).
extern const char* const kHostileName;

graph::StanceGraph FixtureGraph();

}  // namespace sg::out::testing
