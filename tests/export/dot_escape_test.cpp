#include "export/dot_escape.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace sg::out {
namespace {

struct Row {
  std::string input;
  std::string expected;
};

TEST_CASE("QuoteDot always quotes and keeps labels literal", "[export][dot]") {
  const std::vector<Row> rows = {
      {"", R"("")"},
      {"Russia", R"("Russia")"},
      {"node", R"("node")"},
      {"graph", R"("graph")"},
      {"subgraph strict digraph edge", R"("subgraph strict digraph edge")"},
      {"-> ; { } [ ] = ,", R"("-> ; { } [ ] = ,")"},
      {"say \"hi\"", R"("say \"hi\"")"},
      {"C:\\N", R"("C:\\N")"},
      {"\\G \\n \\l \\E", R"("\\G \\n \\l \\E")"},
      {"ends with \\", R"("ends with \\")"},
      {"\\\"", R"("\\\"")"},
      {"AT&T &lt;b&gt;", R"("AT&amp;T &amp;lt;b&amp;gt;")"},
      {"<b>html</b>", R"("<b>html</b>")"},
      {"two\nlines", R"("two\nlines")"},
      {"tab\there", R"("tab here")"},
      {"cr\r\x01\x1f\x7f gone", R"("cr gone")"},
      {"emoji \xF0\x9F\x98\x80", "\"emoji \xF0\x9F\x98\x80\""},
      {"rtl \xE2\x80\x8F\xD7\xA9", "\"rtl \xE2\x80\x8F\xD7\xA9\""},
      {"bad \xFF", "\"bad \xEF\xBF\xBD\""},
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(QuoteDot(row.input) == row.expected);
  }
}

TEST_CASE("EscapeDot is QuoteDot without the quotes", "[export][dot]") {
  CHECK(EscapeDot("a\"b\\c") == R"(a\"b\\c)");
  CHECK('"' + EscapeDot("x\ny") + '"' == QuoteDot("x\ny"));
}

}  // namespace
}  // namespace sg::out
