#include "extract/text/normalizer.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace sg::extract {
namespace {

using namespace std::string_literals;

struct Row {
  const char* name;
  std::string input;
  std::string expected;
};

TEST_CASE("NormalizeText maps the table and nothing else", "[normalizer]") {
  const Row rows[] = {
      {"plain ascii unchanged", "Russia wants to restore EU ties.",
       "Russia wants to restore EU ties."},
      {"curly double quotes", "\xE2\x80\x9Creciprocity\xE2\x80\x9D", "\"reciprocity\""},
      {"low and reversed double quotes", "\xE2\x80\x9EJa\xE2\x80\x9F", "\"Ja\""},
      {"curly apostrophe", "Russia\xE2\x80\x99s", "Russia's"},
      {"single quotes and prime", "\xE2\x80\x98green\xE2\x80\x99 5\xE2\x80\xB2", "'green' 5'"},
      {"double prime", "6\xE2\x80\xB3", "6\""},
      {"nbsp",
       "a\xC2\xA0"
       "b",
       "a b"},
      {"thin and narrow nbsp",
       "100\xE2\x80\x89"
       "000\xE2\x80\xAF"
       "km",
       "100 000 km"},
      {"ideographic space",
       "a\xE3\x80\x80"
       "b",
       "a b"},
      {"en and em dash",
       "4\xE2\x80\x93"
       "7 \xE2\x80\x94 ok",
       "4-7 - ok"},
      {"minus sign",
       "\xE2\x88\x92"
       "4 C",
       "-4 C"},
      {"ellipsis", "interests\xE2\x80\xA6 Let", "interests... Let"},
      {"zero width space and word joiner",
       "a\xE2\x80\x8B"
       "b\xE2\x81\xA0"
       "c",
       "abc"},
      {"BOM at start", "\xEF\xBB\xBFKremlin", "Kremlin"},
      {"soft hyphen", "nor\xC2\xADmalize", "normalize"},
      {"direction marks",
       "a\xE2\x80\x8E"
       "b\xE2\x80\x8F",
       "ab"},
      {"CRLF", "one\r\ntwo\r\n", "one\ntwo\n"},
      {"lone CR", "one\rtwo", "one\ntwo"},
      {"CR CR LF is two breaks", "a\r\r\nb", "a\n\nb"},
      {"line and paragraph separators",
       "a\xE2\x80\xA8"
       "b\xE2\x80\xA9"
       "c",
       "a\nb\nc"},
      {"tab to space", "a\tb", "a b"},
      {"C0 controls dropped",
       "a\x01\x02\x05"
       "b\x1F"
       "c",
       "abc"},
      {"NUL dropped", "a\0b"s, "ab"},
      {"DEL and C1 dropped",
       "a\x7F"
       "b\xC2\x85"
       "c\xC2\x9F"
       "d",
       "ab\ncd"},
      {"cyrillic untouched", "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C",
       "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C"},
      {"accents untouched", "Dissanay\xC3\xA9ke", "Dissanay\xC3\xA9ke"},
      {"guillemets untouched", "\xC2\xABnyet\xC2\xBB", "\xC2\xABnyet\xC2\xBB"},
      {"ZWNJ kept (Persian spelling)", "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB4\xD9\x88\xD8\xAF",
       "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB4\xD9\x88\xD8\xAF"},
      {"emoji untouched", "\xF0\x9F\x91\x8D", "\xF0\x9F\x91\x8D"},
      {"replacement char untouched", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
      {"invalid byte copied through",
       "a\xFF"
       "b",
       "a\xFF"
       "b"},
      {"truncated sequence at end copied", "a\xE2\x80", "a\xE2\x80"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(NormalizeText(row.input) == row.expected);
  }
}

TEST_CASE("NormalizeText is idempotent and never grows the text", "[normalizer]") {
  const std::string page =
      "\xEF\xBB\xBF\xE2\x80\x9CWe don\xE2\x80\x99t\xE2\x80\xA6\xE2\x80\x9D\r\n\t\xC2\xA0 "
      "Peskov \xE2\x80\x94 said.\r";
  const std::string once = NormalizeText(page);
  CHECK(once == "\"We don't...\"\n   Peskov - said.\n");
  CHECK(NormalizeText(once) == once);
  CHECK(once.size() <= page.size());
}

}  // namespace
}  // namespace sg::extract
