#include "export/dot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
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

// The edges to draw, in canonical order: count >= min_count, and of those
// the `top` with the largest count.
std::vector<graph::Edge> KeptEdges(const graph::BoostGraph& g, const DotOptions& options) {
  std::vector<graph::Edge> kept;
  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].count >= options.min_count) kept.push_back(e);
  }
  if (options.top == 0 || kept.size() <= options.top) return kept;
  // Positions in canonical order break ties, so the choice is deterministic.
  std::vector<std::size_t> order(kept.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return g[kept[a]].count > g[kept[b]].count;
  });
  order.resize(options.top);
  std::sort(order.begin(), order.end());
  std::vector<graph::Edge> top;
  top.reserve(order.size());
  for (const std::size_t i : order) top.push_back(kept[i]);
  return top;
}

std::string ClusterKey(const graph::ActorNode& node, DotCluster cluster) {
  switch (cluster) {
    case DotCluster::kNone:
      return "";
    case DotCluster::kCountry:
      return node.country;
    case DotCluster::kType:
      return node.type;
  }
  return "";
}

// A country cluster is named after the country's own node when there is one:
// "Russia (RUS)".
std::string ClusterLabel(const graph::BoostGraph& g, const std::string& key, DotCluster cluster) {
  if (cluster != DotCluster::kCountry) return key;
  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].code == key && !g[v].name.empty() && g[v].name != key)
      return g[v].name + " (" + key + ")";
  }
  return key;
}

}  // namespace

std::string_view DotEngineName(DotEngine engine) {
  return engine == DotEngine::kSfdp ? "sfdp" : "dot";
}

DotSummary WriteDot(const graph::StanceGraph& stance_graph, std::ostream& os,
                    const DotOptions& options) {
  const graph::BoostGraph& g = stance_graph.graph;
  const std::vector<graph::Edge> kept = KeptEdges(g, options);

  // With a threshold, nodes whose every edge was cut are noise in the picture.
  const bool cut = options.min_count > 1 || options.top > 0;
  std::vector<bool> drawn(boost::num_vertices(g), !cut);
  for (const graph::Edge e : kept) {
    drawn[boost::source(e, g)] = true;
    drawn[boost::target(e, g)] = true;
  }
  DotSummary summary;
  summary.nodes = static_cast<std::size_t>(std::count(drawn.begin(), drawn.end(), true));
  summary.edges = kept.size();
  const bool large = summary.nodes > options.large_graph;
  summary.engine = large ? DotEngine::kSfdp : DotEngine::kDot;

  if (large) {
    // dot's layout is cubic-ish: past ~1k nodes it takes minutes where sfdp
    // takes seconds (../shared/EXPORT-NOTES.md). Edge labels cost sfdp 5x.
    // size: at 5k nodes the natural PNG is ~80 MB and takes 3x longer to
    // draw; 40 inches (3,840 px) is enough for a picture of that many nodes.
    os << "// " << summary.nodes << " nodes, " << summary.edges
       << " edges: lay this graph out with sfdp, not dot, e.g.\n"
          "//   sfdp -Tsvg graph.dot -o graph.svg\n"
          "// (edge labels are left out; each edge's tooltip names its stance)\n"
          "digraph \"stancegraph\" {\n"
          "  graph [fontname=\"Helvetica\", fontsize=\"12\", overlap=\"prism\", "
          "splines=\"false\", outputorder=\"edgesfirst\", size=\"40,40\", pad=\"0.3\"];\n";
  } else {
    os << "digraph \"stancegraph\" {\n"
          "  graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"12\", overlap=\"false\", "
          "splines=\"true\", nodesep=\"0.4\", ranksep=\"1.2\", pad=\"0.3\"];\n";
  }
  os << "  node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"#f5f5f5\", "
        "color=\"#616161\", fontname=\"Helvetica\", fontsize=\"12\"];\n"
        "  edge [fontname=\"Helvetica\", fontsize=\"10\", arrowsize=\"0.7\"];\n";

  // sfdp ignores clusters, so a big graph is written without them.
  const DotCluster cluster = large ? DotCluster::kNone : options.cluster;
  const auto write_node = [&](graph::Vertex v, const char* indent) {
    os << indent << QuoteDot(NodeId(v)) << " [label=" << NodeLabel(g[v])
       << ", tooltip=" << NodeTooltip(g[v]) << "];\n";
  };
  std::map<std::string, std::vector<graph::Vertex>> clusters;
  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!drawn[v]) continue;
    const std::string key = ClusterKey(g[v], cluster);
    if (key.empty()) {
      write_node(v, "  ");
    } else {
      clusters[key].push_back(v);
    }
  }
  int index = 0;
  for (const auto& [key, members] : clusters) {
    os << "  subgraph " << QuoteDot("cluster_c" + std::to_string(index++)) << " {\n"
       << "    label=" << QuoteDot(ClusterLabel(g, key, cluster)) << ";\n"
       << "    style=\"rounded\";\n"
          "    color=\"#bdbdbd\";\n";
    for (const graph::Vertex v : members) write_node(v, "    ");
    os << "  }\n";
  }

  for (const graph::Edge e : kept) {
    const graph::StanceEdge& edge = g[e];
    const std::string color = QuoteDot(HexColor(PolarityColor(edge.polarity)));
    os << "  " << QuoteDot(NodeId(boost::source(e, g))) << " -> "
       << QuoteDot(NodeId(boost::target(e, g)));
    if (large) {
      os << " [color=" << color << ", penwidth=" << QuoteDot(Penwidth(edge.count))
         << ", tooltip=" << EdgeLabel(edge);
    } else {
      os << " [label=" << EdgeLabel(edge) << ", color=" << color << ", fontcolor=" << color
         << ", penwidth=" << QuoteDot(Penwidth(edge.count));
      if (!edge.evidence.empty())
        os << ", tooltip=" << QuoteDot(EvidenceLine(edge.evidence.front()));
    }
    os << "];\n";
  }

  if (options.legend && !large) WriteLegend(os);
  os << "}\n";
  ThrowIfFailed(os, "DOT");
  return summary;
}

}  // namespace sg::out
