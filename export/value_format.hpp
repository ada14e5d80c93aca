// How graph values are spelled, the same way in every export format.
//
// Each writer escapes for its own syntax; this header decides the text being
// escaped, so a number, an evidence list or a colour reads identically in the
// GraphML, GEXF, DOT, CSV and JSON files of one run.
//
//   if (auto text = sg::out::FormatDouble(edge.weight)) os << *text;  // NaN: left out
//   os << sg::out::EvidenceText(edge.evidence);  // "[001.txt#3 2021-02-08] Russia ..."
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/stance_graph.hpp"

namespace sg::out {

// Shortest decimal text that reads back as exactly `value` ("4", "-2.5",
// "0.1"), independent of locale. Returns nullopt for NaN and infinities: no
// client reads "nan"/"inf" and several reject them, so writers leave such a
// value out and clients fall back to "missing".
std::optional<std::string> FormatDouble(double value);

// The id every format gives the `index`-th edge in graph order: "e0", "e1",
// so one edge has one name in the GraphML, GEXF, CSV and JSON of a run.
std::string EdgeId(long index);

// The id the GraphML and DOT give vertex `v`: "n0", "n1".
std::string NodeId(graph::Vertex v);

// One evidence item as "[doc#index date] sentence", or "[doc#index] sentence"
// when the date is unknown. The text is not escaped.
std::string EvidenceLine(const graph::Evidence& evidence);

// All items of `evidence` as EvidenceLine()s joined with '\n' (no trailing
// newline); "" when there is none.
std::string EvidenceText(const std::vector<graph::Evidence>& evidence);

// An RGB colour.
struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
};

// The edge colour for a polarity: green #2e7d32 for > 0 (cooperative), red
// #c62828 for < 0 (conflictual), grey #757575 for 0 (neutral).
Rgb PolarityColor(int polarity);

// "#rrggbb" in lower case.
std::string HexColor(Rgb color);

// True when `date` is spelled yyyy-mm-dd (digits and dashes; the calendar is
// not checked). Writers that feed a timeline (GEXF) only pass such dates on,
// because one malformed timestamp makes Gephi refuse the whole file.
bool IsIsoDate(std::string_view date);

}  // namespace sg::out
