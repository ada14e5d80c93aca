#include "export/json_writer.hpp"

#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <boost/range/iterator_range.hpp>

#include "export/stream_check.hpp"
#include "export/utf8.hpp"
#include "export/value_format.hpp"

namespace sg::out {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Key(JsonWriter& writer, std::string_view key) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

// RapidJSON copies bytes through unchecked, so text is made valid UTF-8 first:
// one bad byte would make the whole file unreadable to strict parsers.
void String(JsonWriter& writer, std::string_view key, std::string_view value) {
  Key(writer, key);
  const std::string valid = ToValidUtf8(value);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Int(JsonWriter& writer, std::string_view key, long value) {
  Key(writer, key);
  writer.Int64(value);
}

void NodeFields(JsonWriter& writer, const graph::ActorNode& node) {
  String(writer, "id", node.code);
  String(writer, "label", node.name.empty() ? node.code : node.name);
  String(writer, "code", node.code);
  String(writer, "name", node.name);
  String(writer, "country", node.country);
  String(writer, "type", node.type);
  Int(writer, "mentions", node.mentions);
}

// Everything about an edge but its endpoints and id, which the two styles
// name differently.
void EdgeFields(JsonWriter& writer, const graph::StanceEdge& edge) {
  String(writer, "label", edge.stance);
  Int(writer, "weight", edge.count);
  if (std::isfinite(edge.weight)) {
    Key(writer, "goldstein");
    writer.Double(edge.weight);
  }
  String(writer, "stance", edge.stance);
  Int(writer, "polarity", edge.polarity);
  Int(writer, "quad_class", edge.quad_class);
  String(writer, "cameo_root", edge.cameo_root);
  Int(writer, "count", edge.count);
  Int(writer, "sources", edge.sources);
  String(writer, "first_date", edge.first_date);
  String(writer, "last_date", edge.last_date);
  Key(writer, "dates");
  writer.StartArray();
  for (const std::string& date : edge.dates) {
    const std::string valid = ToValidUtf8(date);
    writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }
  writer.EndArray();
  Key(writer, "evidence");
  writer.StartArray();
  for (const graph::Evidence& item : edge.evidence) {
    writer.StartObject();
    String(writer, "doc", item.doc);
    Int(writer, "sentence_index", item.sentence_index);
    String(writer, "date", item.date);
    String(writer, "sentence", item.sentence);
    writer.EndObject();
  }
  writer.EndArray();
}

// One JSON value per line: compact like json.dump, yet a diff of two runs (or
// of a golden file) shows which node or edge changed.
class LineWriter {
 public:
  explicit LineWriter(std::ostream& os) : os_(os) {}

  // Writes one value built by `fill(writer)` at the start of a line, after a
  // comma unless it is the first of its array.
  template <typename Fill>
  void Element(bool first, Fill&& fill) {
    buffer_.Clear();
    writer_.Reset(buffer_);
    fill(writer_);
    os_ << (first ? "\n" : ",\n");
    os_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
  }

 private:
  std::ostream& os_;
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_{buffer_};
};

void WriteNodeLink(const graph::BoostGraph& g, std::ostream& os) {
  LineWriter line(os);
  os << R"({"directed":true,"multigraph":true,"graph":{},"nodes":[)";
  bool first = true;
  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    line.Element(std::exchange(first, false), [&](JsonWriter& writer) {
      writer.StartObject();
      NodeFields(writer, g[v]);
      writer.EndObject();
    });
  }
  for (const std::string_view list : {"edges", "links"}) {
    os << "\n],\"" << list << "\":[";
    first = true;
    long edge_index = 0;
    for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
      line.Element(std::exchange(first, false), [&](JsonWriter& writer) {
        writer.StartObject();
        String(writer, "source", g[boost::source(e, g)].code);
        String(writer, "target", g[boost::target(e, g)].code);
        String(writer, "key", EdgeId(edge_index++));
        EdgeFields(writer, g[e]);
        writer.EndObject();
      });
    }
  }
  os << "\n]}\n";
}

void WriteCytoscape(const graph::BoostGraph& g, std::ostream& os) {
  LineWriter line(os);
  os << R"({"data":{},"elements":{"nodes":[)";
  bool first = true;
  for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    line.Element(std::exchange(first, false), [&](JsonWriter& writer) {
      writer.StartObject();
      Key(writer, "data");
      writer.StartObject();
      NodeFields(writer, g[v]);
      writer.EndObject();
      writer.EndObject();
    });
  }
  os << "\n],\"edges\":[";
  first = true;
  long edge_index = 0;
  for (const graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    line.Element(std::exchange(first, false), [&](JsonWriter& writer) {
      writer.StartObject();
      Key(writer, "data");
      writer.StartObject();
      String(writer, "id", EdgeId(edge_index++));
      String(writer, "source", g[boost::source(e, g)].code);
      String(writer, "target", g[boost::target(e, g)].code);
      EdgeFields(writer, g[e]);
      writer.EndObject();
      writer.EndObject();
    });
  }
  os << "\n]}}\n";
}

}  // namespace

void WriteJson(const graph::StanceGraph& stance_graph, std::ostream& os, JsonStyle style) {
  if (style == JsonStyle::kCytoscape) {
    WriteCytoscape(stance_graph.graph, os);
  } else {
    WriteNodeLink(stance_graph.graph, os);
  }
  ThrowIfFailed(os, "JSON");
}

}  // namespace sg::out
