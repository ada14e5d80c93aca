#include "extract/text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace sg::extract {
namespace {

using namespace std::string_literals;

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

struct Row {
  const char* name;
  std::string input;
  std::string expected;
  std::size_t replaced;
};

TEST_CASE("RepairUtf8 keeps valid UTF-8 and replaces each ill-formed subpart once", "[utf8]") {
  const std::string r(kFffd);
  const Row rows[] = {
      {"empty", "", "", 0},
      {"ascii", "Peskov said.", "Peskov said.", 0},
      {"two-byte letters", "Lavrov \xD0\x9B\xD0\xB0\xD0\xB2", "Lavrov \xD0\x9B\xD0\xB0\xD0\xB2", 0},
      {"three-byte quote", "\xE2\x80\x9Cno\xE2\x80\x9D", "\xE2\x80\x9Cno\xE2\x80\x9D", 0},
      {"four-byte emoji", "ok \xF0\x9F\x91\x8D", "ok \xF0\x9F\x91\x8D", 0},
      {"largest code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", 0},
      {"NUL dropped", "a\0b"s, "ab", 0},
      {"lone continuation byte", "a\x80z", "a" + r + "z", 1},
      {"two continuation bytes", "a\x80\xBFz", "a" + r + r + "z", 2},
      {"latin-1 e-acute", "caf\xE9 au lait", "caf" + r + " au lait", 1},
      {"overlong slash C0", "\xC0\xAF", r + r, 2},
      {"overlong three-byte", "\xE0\x80\xAF", r + r + r, 3},
      {"overlong four-byte", "\xF0\x80\x80\xAF", r + r + r + r, 4},
      {"surrogate D800", "\xED\xA0\x80", r + r + r, 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", r + r + r + r, 4},
      {"F5 never valid", "\xF5", r, 1},
      {"truncated three-byte at end", "ties \xE2\x80", "ties " + r, 1},
      {"truncated four-byte before ascii", "\xF0\x9F\x91z", r + "z", 1},
      {"truncated then valid", "\xE2\x80\xE2\x80\x9D", r + "\xE2\x80\x9D", 1},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    std::size_t replaced = 99;
    CHECK(RepairUtf8(row.input, &replaced) == row.expected);
    CHECK(replaced == row.replaced);
  }
}

TEST_CASE("RepairUtf8 accepts a null counter", "[utf8]") {
  std::string expected = "a";  // (not "a" + ...: g++ 12 -O3 warns falsely, -Wrestrict)
  expected += kFffd;
  CHECK(RepairUtf8("a\xFF") == expected);
}

TEST_CASE("RepairUtf8 output is always valid: repairing twice changes nothing", "[utf8]") {
  std::string all_bytes;
  for (int b = 0; b < 256; ++b) {
    all_bytes.push_back(static_cast<char>(b));
    all_bytes.push_back(static_cast<char>(255 - b));
  }
  const std::string once = RepairUtf8(all_bytes);
  std::size_t replaced = 99;
  CHECK(RepairUtf8(once, &replaced) == once);
  CHECK(replaced == 0);
  CHECK(once.find('\0') == std::string::npos);
}

}  // namespace
}  // namespace sg::extract
