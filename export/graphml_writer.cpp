#include "export/graphml_writer.hpp"

#include <array>
#include <string>
#include <string_view>

#include <boost/range/iterator_range.hpp>

#include "export/stream_check.hpp"
#include "export/value_format.hpp"
#include "export/xml_escape.hpp"

namespace sg::out {
namespace {

struct KeySpec {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view name;
  std::string_view type;
  // nullptr: no <default>. Strings get none because networkx 2.8 reads an empty
  // <default></default> as the text "None"; goldstein none so that a missing
  // mean stays missing.
  const char* default_value;
};

constexpr std::array<KeySpec, 18> kKeys{{
    {"v_label", "node", "label", "string", nullptr},
    {"v_code", "node", "code", "string", nullptr},
    {"v_name", "node", "name", "string", nullptr},
    {"v_country", "node", "country", "string", nullptr},
    {"v_type", "node", "type", "string", nullptr},
    {"v_mentions", "node", "mentions", "long", "0"},
    {"e_label", "edge", "label", "string", nullptr},
    {"e_weight", "edge", "weight", "double", "0"},
    {"e_goldstein", "edge", "goldstein", "double", nullptr},
    {"e_stance", "edge", "stance", "string", nullptr},
    {"e_polarity", "edge", "polarity", "int", "0"},
    {"e_quad_class", "edge", "quad_class", "int", "0"},
    {"e_cameo_root", "edge", "cameo_root", "string", nullptr},
    {"e_count", "edge", "count", "long", "0"},
    {"e_sources", "edge", "sources", "long", "0"},
    {"e_first_date", "edge", "first_date", "string", nullptr},
    {"e_last_date", "edge", "last_date", "string", nullptr},
    {"e_evidence", "edge", "evidence", "string", nullptr},
}};

void WriteData(std::ostream& os, std::string_view key, std::string_view escaped_value) {
  os << "      <data key=\"" << key << "\">" << escaped_value << "</data>\n";
}

void WriteKeys(std::ostream& os) {
  for (const KeySpec& key : kKeys) {
    os << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
       << "\" attr.type=\"" << key.type << "\"";
    if (key.default_value == nullptr) {
      os << "/>\n";
    } else {
      os << ">\n    <default>" << key.default_value << "</default>\n  </key>\n";
    }
  }
}

}  // namespace

void WriteGraphml(const graph::StanceGraph& stance_graph, std::ostream& os) {
  const graph::BoostGraph& g = stance_graph.graph;
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  WriteKeys(os);
  os << "  <graph id=\"G\" edgedefault=\"directed\">\n";

  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::ActorNode& node = g[v];
    os << "    <node id=\"" << NodeId(v) << "\">\n";
    WriteData(os, "v_label", EscapeXml(node.name.empty() ? node.code : node.name));
    WriteData(os, "v_code", EscapeXml(node.code));
    WriteData(os, "v_name", EscapeXml(node.name));
    WriteData(os, "v_country", EscapeXml(node.country));
    WriteData(os, "v_type", EscapeXml(node.type));
    WriteData(os, "v_mentions", std::to_string(node.mentions));
    os << "    </node>\n";
  }

  long edge_index = 0;
  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    const graph::StanceEdge& edge = g[e];
    os << "    <edge id=\"" << EdgeId(edge_index++) << "\" source=\"" << NodeId(boost::source(e, g))
       << "\" target=\"" << NodeId(boost::target(e, g)) << "\">\n";
    WriteData(os, "e_label", EscapeXml(edge.stance));
    WriteData(os, "e_weight", std::to_string(edge.count));
    if (const auto goldstein = FormatDouble(edge.weight)) WriteData(os, "e_goldstein", *goldstein);
    WriteData(os, "e_stance", EscapeXml(edge.stance));
    WriteData(os, "e_polarity", std::to_string(edge.polarity));
    WriteData(os, "e_quad_class", std::to_string(edge.quad_class));
    WriteData(os, "e_cameo_root", EscapeXml(edge.cameo_root));
    WriteData(os, "e_count", std::to_string(edge.count));
    WriteData(os, "e_sources", std::to_string(edge.sources));
    WriteData(os, "e_first_date", EscapeXml(edge.first_date));
    WriteData(os, "e_last_date", EscapeXml(edge.last_date));
    WriteData(os, "e_evidence", EscapeXml(EvidenceText(edge.evidence)));
    os << "    </edge>\n";
  }

  os << "  </graph>\n</graphml>\n";
  ThrowIfFailed(os, "GraphML");
}

}  // namespace sg::out
