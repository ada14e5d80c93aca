// Golden files: the samples' outputs in every format, compared byte for byte.
// After an intended change, regenerate with scripts/regenerate-golden.sh and
// review the diff like code.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

#include "tests/app/run_binary.hpp"

namespace sg::test {
namespace {

TEST_CASE("golden: the samples' graph and events, byte for byte", "[golden]") {
  TempDir dir;
  const std::vector<std::string> files = {"samples.graphml", "samples.dot", "samples.gexf",
                                          "samples.json",    "samples.csv", "samples.nodes.csv",
                                          "samples.jsonl"};
  const RunResult r = RunStancegraph(
      "build samples -q -j 2 -o " + dir.File("samples.graphml") + " -o " + dir.File("samples.dot") +
      " -o " + dir.File("samples.gexf") + " -o " + dir.File("samples.json") + " -o " +
      dir.File("samples.csv") + " --events " + dir.File("samples.jsonl"));
  REQUIRE(r.exit_code == 0);
  const bool regenerate = std::getenv("SG_REGENERATE_GOLDEN") != nullptr;
  for (const std::string& name : files) {
    INFO(name << " (regenerate: SG_REGENERATE_GOLDEN=1 or scripts/regenerate-golden.sh)");
    const std::string golden = SourcePath("tests/app/golden/" + name);
    const std::string actual = ReadFile(dir.File(name));
    if (regenerate) {
      WriteFile(golden, actual);
      continue;
    }
    CHECK(actual == ReadFile(golden));
  }
}

}  // namespace
}  // namespace sg::test
