#include "export/value_format.hpp"

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace sg::out {
namespace {

TEST_CASE("FormatDouble is shortest round-trip and refuses non-finite", "[export][format]") {
  struct Row {
    double input;
    std::optional<std::string> expected;
  };
  const std::vector<Row> rows = {
      {0.0, "0"},
      {-0.0, "0"},
      {4.0, "4"},
      {-4.4, "-4.4"},
      {0.1, "0.1"},
      {2.5e-7, "2.5e-07"},
      {1e21, "1e+21"},
      {std::numeric_limits<double>::quiet_NaN(), std::nullopt},
      {std::numeric_limits<double>::infinity(), std::nullopt},
      {-std::numeric_limits<double>::infinity(), std::nullopt},
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(FormatDouble(row.input) == row.expected);
  }
}

TEST_CASE("Evidence lines carry doc, index and date", "[export][format]") {
  struct Row {
    graph::Evidence input;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {{"001.txt", 3, "2021-02-08", "Russia wants ties."},
       "[001.txt#3 2021-02-08] Russia wants ties."},
      {{"002.txt", 0, "", "Undated."}, "[002.txt#0] Undated."},
      {{"", 1, "", ""}, "[#1] "},
  };
  for (const Row& row : rows) CHECK(EvidenceLine(row.input) == row.expected);

  CHECK(EvidenceText({}).empty());
  CHECK(EvidenceText({rows[0].input, rows[1].input}) ==
        "[001.txt#3 2021-02-08] Russia wants ties.\n[002.txt#0] Undated.");
}

TEST_CASE("Polarity colours", "[export][format]") {
  struct Row {
    int polarity;
    std::string expected;
  };
  const std::vector<Row> rows = {{1, "#2e7d32"}, {5, "#2e7d32"}, {-1, "#c62828"}, {0, "#757575"}};
  for (const Row& row : rows) CHECK(HexColor(PolarityColor(row.polarity)) == row.expected);
}

TEST_CASE("IsIsoDate accepts yyyy-mm-dd only", "[export][format]") {
  struct Row {
    std::string input;
    bool expected;
  };
  const std::vector<Row> rows = {
      {"2021-02-08", true},  {"", false},          {"2021-2-8", false},
      {"2021/02/08", false}, {"20210208", false},  {"2021-02-08T10", false},
      {"abcd-ef-gh", false}, {"0000-00-00", true},
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(IsIsoDate(row.input) == row.expected);
  }
}

}  // namespace
}  // namespace sg::out
