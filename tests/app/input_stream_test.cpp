// InputStream reads plain and gzip-compressed files alike and says what went
// wrong with a broken one.
#include "app/input_stream.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "tests/app/run_binary.hpp"

namespace sg::app {
namespace {

using sg::test::TempDir;
using sg::test::WriteFile;
using sg::test::WriteGzip;

std::string ReadAll(InputStream& in) {
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string RandomishText(std::size_t bytes) {
  std::string text;
  unsigned x = 12345;
  while (text.size() < bytes) {
    x = x * 1103515245u + 12345u;
    text += "word" + std::to_string(x % 977) + ((x >> 8) % 13 == 0 ? "\n" : " ");
  }
  return text;
}

TEST_CASE("a plain file is read as it is", "[unit]") {
  TempDir dir;
  const std::string text = RandomishText(300000);  // more than one buffer
  WriteFile(dir.File("a.txt"), text);
  InputStream in(dir.File("a.txt"));
  REQUIRE(in.is_open());
  CHECK(ReadAll(in) == text);
  CHECK(in.error().empty());
}

TEST_CASE("a gzip file is decompressed, also several members one after another", "[unit]") {
  TempDir dir;
  const std::string text = RandomishText(300000);
  WriteGzip(dir.File("a.gz"), text);
  InputStream one(dir.File("a.gz"));
  CHECK(ReadAll(one) == text);
  CHECK(one.error().empty());

  WriteGzip(dir.File("b.gz"), "first member\n");
  WriteGzip(dir.File("b.gz"), "second member\n", true);  // as `cat x.gz y.gz` makes
  InputStream two(dir.File("b.gz"));
  std::string line;
  REQUIRE(std::getline(two, line));
  CHECK(line == "first member");
  REQUIRE(std::getline(two, line));
  CHECK(line == "second member");
  CHECK_FALSE(std::getline(two, line));
  CHECK(two.error().empty());
}

TEST_CASE("a truncated or corrupt gzip file says so after what could be read", "[unit]") {
  TempDir dir;
  const std::string text = RandomishText(200000);
  WriteGzip(dir.File("a.gz"), text);
  std::string bytes;
  {
    std::ifstream in(dir.File("a.gz"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  WriteFile(dir.File("cut.gz"), bytes.substr(0, bytes.size() / 2));
  InputStream cut(dir.File("cut.gz"));
  const std::string got = ReadAll(cut);
  CHECK(got.size() < text.size());
  CHECK(text.compare(0, got.size(), got) == 0);  // what came out is right, as far as it goes
  CHECK_THAT(cut.error(), Catch::Contains("not valid gzip: unexpected end of file"));

  std::string corrupt = bytes;
  for (std::size_t k = 20; k < 60; ++k) corrupt[k] = static_cast<char>(corrupt[k] ^ 0x5a);
  WriteFile(dir.File("bad.gz"), corrupt);
  InputStream bad(dir.File("bad.gz"));
  ReadAll(bad);
  CHECK_THAT(bad.error(), Catch::StartsWith("not valid gzip: "));
  CHECK_THAT(bad.error(), !Catch::Contains("<fd:"));
}

TEST_CASE("a file that cannot be opened or read gives the system's reason", "[unit]") {
  TempDir dir;
  InputStream missing(dir.File("none.txt"));
  CHECK_FALSE(missing.is_open());
  CHECK(missing.error() == "cannot open: No such file or directory");

  // /proc/self/mem opens but every read at offset 0 fails.
  InputStream unreadable("/proc/self/mem");
  REQUIRE(unreadable.is_open());
  CHECK(ReadAll(unreadable).empty());
  CHECK(unreadable.error() == "read error: Input/output error");
}

}  // namespace
}  // namespace sg::app
