#include "export/format.hpp"

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace sg::out {
namespace {

TEST_CASE("FormatFromPath picks the format by extension", "[export][format]") {
  struct Row {
    std::string path;
    std::optional<Format> expected;
  };
  const std::vector<Row> rows = {
      {"graph.graphml", Format::kGraphml},
      {"out/Graph.GraphML", Format::kGraphml},
      {"graph.dot", Format::kDot},
      {"graph.GV", Format::kDot},
      {"graph.gexf", Format::kGexf},
      {"graph.csv", Format::kCsv},
      {"dir.v2/graph.json", Format::kJson},
      {"C:\\out\\graph.JSON", Format::kJson},
      {"graph.svg", Format::kSvg},
      {"out/Graph.PNG", Format::kPng},
      {"graph.pdf", std::nullopt},
      {"events.jsonl", std::nullopt},
      {"graph.xml", std::nullopt},
      {"graph", std::nullopt},
      {"dir.json/graph", std::nullopt},
      {".dot", std::nullopt},
      {"-", std::nullopt},
      {"", std::nullopt},
      {"graph.", std::nullopt},
  };
  for (const Row& row : rows) {
    INFO("path: " << row.path);
    CHECK(FormatFromPath(row.path) == row.expected);
  }
}

TEST_CASE("FormatName names every format", "[export][format]") {
  struct Row {
    Format format;
    std::string expected;
  };
  const std::vector<Row> rows = {{Format::kGraphml, "graphml"}, {Format::kDot, "dot"},
                                 {Format::kGexf, "gexf"},       {Format::kCsv, "csv"},
                                 {Format::kJson, "json"},       {Format::kSvg, "svg"},
                                 {Format::kPng, "png"}};
  for (const Row& row : rows) {
    CHECK(FormatName(row.format) == row.expected);
    // Names and extensions agree, so messages can suggest the extension.
    CHECK(FormatFromPath("x." + row.expected) == row.format);
  }
}

TEST_CASE("IsImage is true for the formats Graphviz draws", "[export][format]") {
  struct Row {
    Format format;
    bool image;
  };
  const std::vector<Row> rows = {{Format::kGraphml, false}, {Format::kDot, false},
                                 {Format::kGexf, false},    {Format::kCsv, false},
                                 {Format::kJson, false},    {Format::kSvg, true},
                                 {Format::kPng, true}};
  for (const Row& row : rows) {
    INFO(FormatName(row.format));
    CHECK(IsImage(row.format) == row.image);
  }
}

}  // namespace
}  // namespace sg::out
