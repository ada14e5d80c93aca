#include "export/xml_escape.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace sg::out {
namespace {

struct Row {
  std::string input;
  std::string expected;
};

TEST_CASE("EscapeXml escapes markup and drops what XML 1.0 forbids", "[export][xml]") {
  const std::vector<Row> rows = {
      {"", ""},
      {"Russia", "Russia"},
      {"AT&T", "AT&amp;T"},
      {"already &amp; escaped", "already &amp;amp; escaped"},
      {"<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"},
      {"say \"hi\" 'there'", "say &quot;hi&quot; &apos;there&apos;"},
      {"end ]]> of cdata", "end ]]&gt; of cdata"},
      {"two\nlines", "two&#10;lines"},
      {"tab\there", "tab&#9;here"},
      {"cr\r\nlf", "cr&#13;&#10;lf"},
      {std::string("nul\0byte", 8), "nulbyte"},
      {"bell\x07 vt\x0B ff\x0C esc\x1B us\x1F", "bell vt ff esc us"},
      {"DEL \x7F kept", "DEL \x7F kept"},
      {"noncharacters \xEF\xBF\xBE\xEF\xBF\xBF gone", "noncharacters  gone"},
      {"back\\slash \\N", "back\\slash \\N"},
      {"emoji \xF0\x9F\x98\x80", "emoji \xF0\x9F\x98\x80"},
      {"rtl \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\x8E",
       "rtl \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\x8E"},
      {"node graph digraph", "node graph digraph"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"cut \xE2\x80", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(EscapeXml(row.input) == row.expected);
  }
}

}  // namespace
}  // namespace sg::out
