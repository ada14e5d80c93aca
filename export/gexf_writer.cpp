#include "export/gexf_writer.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "export/stream_check.hpp"
#include "export/value_format.hpp"
#include "export/xml_escape.hpp"

namespace sg::out {
namespace {

// Node colours by actor type, so governments, organisations and people are
// told apart before any styling in Gephi.
Rgb TypeColor(std::string_view type) {
  if (type == "government") return {0x15, 0x65, 0xc0};
  if (type == "org") return {0x6a, 0x1b, 0x9a};
  if (type == "person") return {0xef, 0x6c, 0x00};
  return {0x61, 0x61, 0x61};
}

// Logarithmic, so one actor in every story does not dwarf the rest.
std::string NodeSize(long mentions) {
  const double size = 10.0 + 5.0 * std::log1p(static_cast<double>(std::max(0L, mentions)));
  return *FormatDouble(std::round(size * 10.0) / 10.0);
}

void WriteColor(std::ostream& os, std::string_view indent, Rgb color) {
  os << indent << "<viz:color r=\"" << color.r << "\" g=\"" << color.g << "\" b=\"" << color.b
     << "\"/>\n";
}

void WriteValue(std::ostream& os, std::string_view id, std::string_view escaped_value) {
  os << "          <attvalue for=\"" << id << "\" value=\"" << escaped_value << "\"/>\n";
}

std::string Timestamps(const std::vector<std::string>& dates) {
  std::string list;
  for (const std::string& date : dates) {
    if (!IsIsoDate(date)) continue;
    list += list.empty() ? "<[" : ", ";
    list += date;
  }
  return list.empty() ? list : list + "]>";
}

}  // namespace

void WriteGexf(const graph::StanceGraph& stance_graph, std::ostream& os) {
  const graph::BoostGraph& g = stance_graph.graph;
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "version=\"1.3\">\n"
        "  <meta>\n"
        "    <creator>stancegraph</creator>\n"
        "    <description>Actors and the stances they take toward each other</description>\n"
        "  </meta>\n"
        "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
        "timerepresentation=\"timestamp\">\n"
        "    <attributes class=\"node\" mode=\"static\">\n"
        "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
        "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
        "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
        "    </attributes>\n"
        "    <attributes class=\"edge\" mode=\"static\">\n"
        "      <attribute id=\"stance\" title=\"stance\" type=\"string\"/>\n"
        "      <attribute id=\"polarity\" title=\"polarity\" type=\"integer\"/>\n"
        "      <attribute id=\"quad_class\" title=\"quad_class\" type=\"integer\"/>\n"
        "      <attribute id=\"cameo_root\" title=\"cameo_root\" type=\"string\"/>\n"
        "      <attribute id=\"count\" title=\"count\" type=\"long\"/>\n"
        "      <attribute id=\"sources\" title=\"sources\" type=\"long\"/>\n"
        "      <attribute id=\"goldstein\" title=\"goldstein\" type=\"double\"/>\n"
        "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
        "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
        "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
        "    </attributes>\n";

  os << "    <nodes count=\"" << boost::num_vertices(g) << "\">\n";
  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::ActorNode& node = g[v];
    os << "      <node id=\"" << EscapeXml(node.code) << "\" label=\""
       << EscapeXml(node.name.empty() ? node.code : node.name) << "\">\n"
       << "        <attvalues>\n";
    WriteValue(os, "country", EscapeXml(node.country));
    WriteValue(os, "type", EscapeXml(node.type));
    WriteValue(os, "mentions", std::to_string(node.mentions));
    os << "        </attvalues>\n"
       << "        <viz:size value=\"" << NodeSize(node.mentions) << "\"/>\n";
    WriteColor(os, "        ", TypeColor(node.type));
    os << "      </node>\n";
  }
  os << "    </nodes>\n";

  os << "    <edges count=\"" << boost::num_edges(g) << "\">\n";
  long edge_index = 0;
  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    const graph::StanceEdge& edge = g[e];
    os << "      <edge id=\"" << EdgeId(edge_index++) << "\" source=\""
       << EscapeXml(g[boost::source(e, g)].code) << "\" target=\""
       << EscapeXml(g[boost::target(e, g)].code) << "\" kind=\"" << EscapeXml(edge.stance)
       << "\" label=\"" << EscapeXml(edge.stance) << "\" weight=\"" << edge.count << "\"";
    if (const std::string timestamps = Timestamps(edge.dates); !timestamps.empty()) {
      os << " timestamps=\"" << EscapeXml(timestamps) << "\"";
    }
    os << ">\n"
       << "        <attvalues>\n";
    WriteValue(os, "stance", EscapeXml(edge.stance));
    WriteValue(os, "polarity", std::to_string(edge.polarity));
    WriteValue(os, "quad_class", std::to_string(edge.quad_class));
    WriteValue(os, "cameo_root", EscapeXml(edge.cameo_root));
    WriteValue(os, "count", std::to_string(edge.count));
    WriteValue(os, "sources", std::to_string(edge.sources));
    if (const auto goldstein = FormatDouble(edge.weight)) WriteValue(os, "goldstein", *goldstein);
    WriteValue(os, "first_date", EscapeXml(edge.first_date));
    WriteValue(os, "last_date", EscapeXml(edge.last_date));
    WriteValue(os, "evidence", EscapeXml(EvidenceText(edge.evidence)));
    os << "        </attvalues>\n";
    WriteColor(os, "        ", PolarityColor(edge.polarity));
    os << "      </edge>\n";
  }
  os << "    </edges>\n"
        "  </graph>\n"
        "</gexf>\n";
  ThrowIfFailed(os, "GEXF");
}

}  // namespace sg::out
