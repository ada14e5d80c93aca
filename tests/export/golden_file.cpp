#include "tests/export/golden_file.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

namespace sg::out::testing {
namespace {

std::string GoldenPath(const std::string& name) {
  return std::string(SG_SOURCE_DIR) + "/tests/export/golden/" + name;
}

// The first line where two texts differ, so a failure points at the change
// instead of dumping two whole files.
std::string FirstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream want(expected);
  std::istringstream got(actual);
  std::string want_line;
  std::string got_line;
  for (int line = 1;; ++line) {
    const bool more_want = static_cast<bool>(std::getline(want, want_line));
    const bool more_got = static_cast<bool>(std::getline(got, got_line));
    if (!more_want && !more_got) return "texts differ only in line endings";
    if (!more_want || !more_got || want_line != got_line) {
      return "line " + std::to_string(line) +
             ":\n  expected: " + (more_want ? want_line : "<end of file>") +
             "\n  actual:   " + (more_got ? got_line : "<end of file>");
    }
  }
}

}  // namespace

void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = GoldenPath(name);
  const char* regenerate = std::getenv("SG_REGENERATE_GOLDEN");
  if (regenerate != nullptr && std::string_view(regenerate) == "1") {
    std::ofstream out(path, std::ios::binary);
    out << actual;
    REQUIRE(out.good());
    WARN("regenerated " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  INFO("golden file " << path << " (SG_REGENERATE_GOLDEN=1 rewrites it)");
  REQUIRE(in.good());
  const std::string expected{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (expected != actual) FAIL(FirstDifference(expected, actual));
}

}  // namespace sg::out::testing
