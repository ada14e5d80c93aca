#include "export/csv_writer.hpp"

#include <initializer_list>
#include <string>
#include <string_view>

#include <boost/range/iterator_range.hpp>

#include "export/stream_check.hpp"
#include "export/utf8.hpp"
#include "export/value_format.hpp"

namespace sg::out {
namespace {

void WriteRecord(std::ostream& os, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (const std::string_view field : fields) {
    if (!first) os << ',';
    first = false;
    os << QuoteCsv(field);
  }
  os << "\r\n";
}

}  // namespace

std::string QuoteCsv(std::string_view field) {
  const std::string text = ToValidUtf8(field);
  // Leading or trailing spaces are quoted because several readers (Excel,
  // Gephi's importer with trimming on) strip them from bare fields.
  const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string::npos ||
                            (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!needs_quotes) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void WriteCsvNodes(const graph::StanceGraph& stance_graph, std::ostream& os) {
  const graph::BoostGraph& g = stance_graph.graph;
  WriteRecord(os, {"Id", "Label", "code", "name", "country", "type", "mentions"});
  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::ActorNode& node = g[v];
    WriteRecord(os, {node.code, node.name.empty() ? node.code : node.name, node.code, node.name,
                     node.country, node.type, std::to_string(node.mentions)});
  }
  ThrowIfFailed(os, "CSV nodes");
}

void WriteCsvEdges(const graph::StanceGraph& stance_graph, std::ostream& os) {
  const graph::BoostGraph& g = stance_graph.graph;
  WriteRecord(
      os, {"Id", "Source", "Target", "Type", "Weight", "Label", "stance", "polarity", "quad_class",
           "cameo_root", "count", "sources", "goldstein", "first_date", "last_date", "evidence"});
  long edge_index = 0;
  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    const graph::StanceEdge& edge = g[e];
    const std::string count = std::to_string(edge.count);
    WriteRecord(os, {EdgeId(edge_index++), g[boost::source(e, g)].code, g[boost::target(e, g)].code,
                     "Directed", count, edge.stance, edge.stance, std::to_string(edge.polarity),
                     std::to_string(edge.quad_class), edge.cameo_root, count,
                     std::to_string(edge.sources), FormatDouble(edge.weight).value_or(""),
                     edge.first_date, edge.last_date, EvidenceText(edge.evidence)});
  }
  ThrowIfFailed(os, "CSV edges");
}

}  // namespace sg::out
