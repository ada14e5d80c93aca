#include "app/csv_reader.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

namespace sg::app {
namespace {

struct CsvCase {
  std::string input;
  std::vector<std::vector<std::string>> records;
  std::vector<long> lines;
};

TEST_CASE("CsvReader reads RFC 4180 records", "[unit]") {
  const std::vector<CsvCase> cases = {
      {"a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}, {1, 2}},
      {"a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}, {1, 2}},
      {"no newline at end", {{"no newline at end"}}, {1}},
      {"\"x, y\",z\n", {{"x, y", "z"}}, {1}},
      {"\"say \"\"hi\"\"\",2\n", {{"say \"hi\"", "2"}}, {1}},
      {"\"two\nlines\",b\nnext,row\n", {{"two\nlines", "b"}, {"next", "row"}}, {1, 3}},
      {",,\n", {{"", "", ""}}, {1}},
      {"a\n\nb\n", {{"a"}, {""}, {"b"}}, {1, 2, 3}},
  };
  for (const CsvCase& c : cases) {
    INFO(c.input);
    std::istringstream in(c.input);
    CsvReader csv(in);
    std::vector<std::string> fields;
    std::vector<std::vector<std::string>> got;
    std::vector<long> lines;
    while (csv.Next(fields)) {
      got.push_back(fields);
      lines.push_back(csv.line());
      CHECK_FALSE(csv.unterminated());
    }
    CHECK(got == c.records);
    CHECK(lines == c.lines);
  }
}

TEST_CASE("CsvReader reports a quote left open", "[unit]") {
  std::istringstream in("a,\"never closed\nb\n");
  CsvReader csv(in);
  std::vector<std::string> fields;
  REQUIRE(csv.Next(fields));
  CHECK(csv.unterminated());
  CHECK(fields == std::vector<std::string>{"a", "never closed\nb\n"});
  CHECK_FALSE(csv.Next(fields));
}

}  // namespace
}  // namespace sg::app
