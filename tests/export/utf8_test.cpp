#include "export/utf8.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace sg::out {
namespace {

struct Row {
  std::string input;
  std::string expected;
};

TEST_CASE("ToValidUtf8 keeps well-formed text and replaces each bad byte", "[export][utf8]") {
  const std::string r(kReplacementUtf8);
  const std::vector<Row> rows = {
      {"", ""},
      {"plain ASCII", "plain ASCII"},
      {"caf\xC3\xA9 \xD7\xA9 \xE2\x80\x8F \xF0\x9F\x98\x80",
       "caf\xC3\xA9 \xD7\xA9 \xE2\x80\x8F \xF0\x9F\x98\x80"},
      {std::string("nul\0byte", 8), std::string("nul\0byte", 8)},
      {"\xEF\xBF\xBD already", "\xEF\xBF\xBD already"},
      {"stray \x80 continuation", "stray " + r + " continuation"},
      {"truncated \xC3", "truncated " + r},
      {"truncated \xE2\x80", "truncated " + r + r},
      {"overlong \xC0\xAF slash", "overlong " + r + r + " slash"},
      {"overlong \xE0\x80\xAF", "overlong " + r + r + r},
      {"surrogate \xED\xA0\x80", "surrogate " + r + r + r},
      {"beyond \xF4\x90\x80\x80", "beyond " + r + r + r + r},
      {"\xFF\xFE", r + r},
      {"lead then ASCII \xE2"
       "A",
       "lead then ASCII " + r + "A"},
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(ToValidUtf8(row.input) == row.expected);
  }
}

TEST_CASE("DecodeUtf8 returns code points and their lengths", "[export][utf8]") {
  struct DecodeRow {
    std::string input;
    char32_t code_point;
    std::size_t length;
  };
  const std::vector<DecodeRow> rows = {
      {"A", U'A', 1},
      {"\xC3\xA9", U'\u00E9', 2},
      {"\xE2\x80\x8F", U'\u200F', 3},
      {"\xF0\x9F\x98\x80", U'\U0001F600', 4},
      {"\xC3", U'\uFFFD', 1},
      {"\xC1\x81", U'\uFFFD', 1},
  };
  for (const DecodeRow& row : rows) {
    INFO("input: " << row.input);
    std::size_t length = 0;
    CHECK(DecodeUtf8(row.input, 0, length) == row.code_point);
    CHECK(length == row.length);
  }
}

}  // namespace
}  // namespace sg::out
