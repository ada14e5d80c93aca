// Every exporter on a graph built from arbitrary names and sentences.
//
// Input: lines, each an event whose fields are separated by '|':
//   actor|target|actor_name|target_name|stance|sentence|doc|date|mode|actor_country
// (missing fields are empty). GraphBuilder merges them; then each writer runs
// into a string stream. The contract: no writer throws on a healthy stream,
// every output is valid UTF-8, GraphML and GEXF hold no character (raw or as
// a reference) that XML 1.0 forbids, JSON parses back as strict UTF-8 JSON,
// and every CSV record has as many fields as its header.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include <rapidjson/document.h>

#include "app/csv_reader.hpp"
#include "export/csv_writer.hpp"
#include "export/dot_writer.hpp"
#include "export/gexf_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "fuzz/fuzz_support.hpp"
#include "graph/graph_builder.hpp"

namespace {

std::string Field(const std::vector<std::string_view>& fields, std::size_t i) {
  return i < fields.size() ? std::string(fields[i]) : std::string();
}

template <typename Write>
std::string Render(Write&& write) {
  std::ostringstream os;
  write(os);
  std::string out = os.str();
  SG_FUZZ_CHECK(sg::fuzz::IsValidUtf8(out), "exporter output is not UTF-8");
  return out;
}

void CheckJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
  SG_FUZZ_CHECK(!doc.HasParseError(), "JSON export does not parse");
  SG_FUZZ_CHECK(doc.IsObject(), "JSON export is not an object");
}

void CheckCsv(const std::string& text) {
  std::istringstream in(text);
  sg::app::CsvReader csv(in);
  std::vector<std::string> fields;
  SG_FUZZ_CHECK(csv.Next(fields), "CSV export without header");
  const std::size_t columns = fields.size();
  while (csv.Next(fields)) {
    SG_FUZZ_CHECK(!csv.unterminated(), "CSV export leaves a quote open");
    SG_FUZZ_CHECK(fields.size() == columns, "CSV record and header differ in width");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = sg::fuzz::AsText(data, size);
  // The first byte picks the builder's options, the rest are events.
  const unsigned char knobs = bytes.empty() ? 0 : static_cast<unsigned char>(bytes.front());
  sg::graph::GraphOptions options;
  options.max_evidence = knobs % 4;
  options.edge_mode = (knobs & 4) ? sg::graph::EdgeMode::kMulti : sg::graph::EdgeMode::kAggregate;
  sg::graph::GraphBuilder builder(options);
  int index = 0;
  for (const std::string_view line : sg::fuzz::Split(bytes.substr(bytes.empty() ? 0 : 1), '\n')) {
    const std::vector<std::string_view> f = sg::fuzz::Split(line, '|');
    sg::graph::Event e;
    e.actor = Field(f, 0);
    e.target = Field(f, 1);
    e.actor_name = Field(f, 2);
    e.target_name = Field(f, 3);
    e.stance = Field(f, 4);
    e.sentence = Field(f, 5);
    e.doc = Field(f, 6);
    e.date = Field(f, 7);
    e.mode = Field(f, 8);
    e.actor_country = Field(f, 9);
    e.target_country = e.actor_country;
    e.actor_type = e.target_type = "government";
    e.sentence_index = index++;
    e.polarity = static_cast<int>(line.size() % 3) - 1;
    e.quad_class = static_cast<int>(line.size() % 5);
    e.goldstein = static_cast<double>(static_cast<int>(line.size() % 201) - 100) / 10.0;
    e.cameo_root = e.stance.size() > 2 ? e.stance.substr(0, 2) : e.stance;
    builder.Add(e);
  }
  const sg::graph::StanceGraph graph = builder.Build();

  const std::string graphml = Render([&](std::ostream& os) { sg::out::WriteGraphml(graph, os); });
  SG_FUZZ_CHECK(sg::fuzz::IsXmlSafe(graphml), "GraphML holds a character XML forbids");
  const std::string gexf = Render([&](std::ostream& os) { sg::out::WriteGexf(graph, os); });
  SG_FUZZ_CHECK(sg::fuzz::IsXmlSafe(gexf), "GEXF holds a character XML forbids");
  Render([&](std::ostream& os) { sg::out::WriteDot(graph, os); });
  Render(
      [&](std::ostream& os) { sg::out::WriteDot(graph, os, {.min_count = 2, .legend = false}); });
  CheckJson(Render([&](std::ostream& os) { sg::out::WriteJson(graph, os); }));
  CheckJson(Render(
      [&](std::ostream& os) { sg::out::WriteJson(graph, os, sg::out::JsonStyle::kCytoscape); }));
  CheckCsv(Render([&](std::ostream& os) { sg::out::WriteCsvNodes(graph, os); }));
  CheckCsv(Render([&](std::ostream& os) { sg::out::WriteCsvEdges(graph, os); }));
  return 0;
}
