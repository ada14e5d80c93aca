#include "export/stream_check.hpp"

#include <sstream>

#include <catch2/catch.hpp>

#include "common/error.hpp"

namespace sg::out {
namespace {

TEST_CASE("ThrowIfFailed reports a failed stream as an output error", "[export]") {
  std::ostringstream good;
  good << "fine";
  CHECK_NOTHROW(ThrowIfFailed(good, "GraphML"));

  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  try {
    ThrowIfFailed(bad, "GraphML");
    FAIL("no exception");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kOutput);
    CHECK(std::string(error.what()) == "could not write the GraphML output");
  }
}

}  // namespace
}  // namespace sg::out
