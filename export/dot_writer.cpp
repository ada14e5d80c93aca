#include "export/dot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "export/dot_escape.hpp"
#include "export/stream_check.hpp"
#include "export/value_format.hpp"

namespace sg::out {
namespace {

constexpr double kMaxPenwidth = 8.0;

// Log scale: an edge seen 100 times must not be 100 times wider than one seen
// once, or it hides its neighbours.
std::string Penwidth(long count) {
  const double width =
      std::min(kMaxPenwidth, 1.0 + 1.5 * std::log2(static_cast<double>(std::max(1L, count))));
  // Integer tenths, not printf("%.1f"): the output must not depend on the locale.
  const long tenths = std::lround(width * 10.0);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::string NodeLabel(const graph::ActorNode& node) {
  if (node.name.empty() || node.name == node.code) return QuoteDot(node.code);
  return '"' + EscapeDot(node.name) + "\\n" + EscapeDot(node.code) + '"';
}

std::string NodeTooltip(const graph::ActorNode& node) {
  std::string text = node.code;
  if (!node.name.empty()) text += " — " + node.name;
  if (!node.country.empty()) text += "\ncountry: " + node.country;
  if (!node.type.empty()) text += "\ntype: " + node.type;
  text += "\nmentions: " + std::to_string(node.mentions);
  return QuoteDot(text);
}

std::string EdgeLabel(const graph::StanceEdge& edge) {
  std::string label = edge.stance;
  if (edge.count > 1) label += " (" + std::to_string(edge.count) + ")";
  return QuoteDot(label);
}

// Each legend row is an arrow from an invisible point to a plain-text node
// naming it, so the text never overlaps the (possibly wide) sample line.
void WriteLegend(std::ostream& os) {
  struct Row {
    const char* label;
    int polarity;
    long count;
  };
  constexpr Row kRows[] = {{"cooperative", 1, 1},
                           {"conflictual", -1, 1},
                           {"neutral", 0, 1},
                           {"width: number of reports", 0, 16}};
  os << "  subgraph \"cluster_legend\" {\n"
        "    label=\"Legend\";\n"
        "    style=\"rounded\";\n"
        "    color=\"#bdbdbd\";\n"
        "    fontsize=\"10\";\n"
        "    node [shape=\"plaintext\", style=\"\", fontsize=\"10\", height=\"0.2\", "
        "margin=\"0.06\"];\n";
  int index = 0;
  for (const Row& row : kRows) {
    const std::string from = QuoteDot("legend" + std::to_string(index++));
    const std::string to = QuoteDot("legend" + std::to_string(index++));
    const std::string color = QuoteDot(HexColor(PolarityColor(row.polarity)));
    os << "    " << from << " [label=\"\", shape=\"point\", style=\"invis\"];\n"
       << "    " << to << " [label=" << QuoteDot(row.label) << ", fontcolor=" << color << "];\n"
       << "    " << from << " -> " << to << " [color=" << color
       << ", penwidth=" << QuoteDot(Penwidth(row.count)) << "];\n";
  }
  os << "  }\n";
}

}  // namespace

void WriteDot(const graph::StanceGraph& stance_graph, std::ostream& os, const DotOptions& options) {
  const graph::BoostGraph& g = stance_graph.graph;
  const auto kept = [&](const graph::Edge& e) { return g[e].count >= options.min_count; };

  // With a threshold, nodes whose every edge was cut are noise in the picture.
  std::vector<bool> drawn(boost::num_vertices(g), options.min_count <= 1);
  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!kept(e)) continue;
    drawn[boost::source(e, g)] = true;
    drawn[boost::target(e, g)] = true;
  }

  os << "digraph \"stancegraph\" {\n"
        "  graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"12\", overlap=\"false\", "
        "splines=\"true\", nodesep=\"0.4\", ranksep=\"1.2\", pad=\"0.3\"];\n"
        "  node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"#f5f5f5\", "
        "color=\"#616161\", fontname=\"Helvetica\", fontsize=\"12\"];\n"
        "  edge [fontname=\"Helvetica\", fontsize=\"10\", arrowsize=\"0.7\"];\n";

  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!drawn[v]) continue;
    os << "  " << QuoteDot("n" + std::to_string(v)) << " [label=" << NodeLabel(g[v])
       << ", tooltip=" << NodeTooltip(g[v]) << "];\n";
  }

  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!kept(e)) continue;
    const graph::StanceEdge& edge = g[e];
    const std::string color = QuoteDot(HexColor(PolarityColor(edge.polarity)));
    os << "  " << QuoteDot("n" + std::to_string(boost::source(e, g))) << " -> "
       << QuoteDot("n" + std::to_string(boost::target(e, g))) << " [label=" << EdgeLabel(edge)
       << ", color=" << color << ", fontcolor=" << color
       << ", penwidth=" << QuoteDot(Penwidth(edge.count));
    if (!edge.evidence.empty()) os << ", tooltip=" << QuoteDot(EvidenceLine(edge.evidence.front()));
    os << "];\n";
  }

  if (options.legend) WriteLegend(os);
  os << "}\n";
  ThrowIfFailed(os, "DOT");
}

}  // namespace sg::out
