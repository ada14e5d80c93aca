// Issue 7's inputs, run through the binary: each must end with a clear
// message, the right exit code, and no partial output.
#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/wait.h>

#include <cstdlib>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/app/run_binary.hpp"

namespace sg::test {
namespace {

namespace fs = std::filesystem;

TEST_CASE("empty files and empty folders give an empty graph, not an error", "[e2e]") {
  TempDir dir;
  WriteFile(dir.File("empty.txt"), "");
  fs::create_directory(dir.File("nothing"));
  const RunResult r = RunStancegraph("build " + dir.File("empty.txt") + " " + dir.File("nothing") +
                                     " -o " + dir.File("g.graphml"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("1 documents, 0 sentences, 0 events"));
  CHECK_THAT(ReadFile(dir.File("g.graphml")), Catch::Contains("<graph"));
}

TEST_CASE("a symbolic link loop in a folder is not followed", "[e2e]") {
  TempDir dir;
  fs::create_directory(dir.File("news"));
  WriteFile(dir.File("news/a.txt"), "France condemned Russia.\n");
  fs::create_directory_symlink(".", dir.File("news/loop"));
  const RunResult r = RunStancegraph("extract -q " + dir.File("news") + " --date 2022-03-01");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\"doc\":\"a.txt\""));
}

TEST_CASE("an unreadable file is a warning naming it; --strict makes it exit 2", "[e2e]") {
  // /proc/self/mem opens but every read fails, even for root.
  const RunResult r = RunStancegraph("extract -q /proc/self/mem samples/01_restore_ties.txt");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("/proc/self/mem: skipped: read error"));
  CHECK_THAT(r.out, Catch::Contains("01_restore_ties.txt"));
  CHECK(
      RunStancegraph("extract -q --strict /proc/self/mem samples/01_restore_ties.txt").exit_code ==
      2);
}

TEST_CASE("a 100 MB document with no newline is skipped with a warning", "[e2e]") {
  TempDir dir;
  {
    std::ofstream big(dir.File("big.txt"), std::ios::binary);
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) big << chunk;
  }
  WriteFile(dir.File("small.txt"), "France condemned Russia.\n");
  const RunResult r =
      RunStancegraph("extract -q " + dir.File("big.txt") + " " + dir.File("small.txt"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("big.txt: skipped: longer than the document limit"));
  CHECK_THAT(r.out, Catch::Contains("\"actor\":\"FRA\""));
}

TEST_CASE("a folder of 100,000 files is read in full", "[e2e]") {
  TempDir dir;
  fs::create_directory(dir.File("many"));
  for (int i = 0; i < 100000; ++i) {
    std::ofstream(dir.File("many/" + std::to_string(i) + ".txt")) << "France condemned Russia.\n";
  }
  const RunResult r = RunStancegraph("build " + dir.File("many") + " -o " + dir.File("g.dot"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("100000 documents, 100000 sentences, 100000 events"));
  CHECK_THAT(ReadFile(dir.File("g.dot")), Catch::Contains("disapprove"));
}

TEST_CASE("an output in a folder that cannot be written is exit 3, with no file", "[e2e]") {
  const RunResult r = RunStancegraph("build samples -o /proc/g.graphml");
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("/proc/g.graphml: cannot write"));
  CHECK_FALSE(fs::exists("/proc/g.graphml"));
}

TEST_CASE("a full disk is exit 3 and leaves no file behind", "[e2e]") {
  // Standard output on /dev/full.
  TempDir io;
  const std::string command = "cd " + std::string(SG_SOURCE_DIR) + " && " + SG_BINARY +
                              " extract -q samples -o - >/dev/full 2>" + io.File("err");
  const int status = std::system(command.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 3);
  CHECK_THAT(ReadFile(io.File("err")), Catch::Contains("standard output"));

  // A file system with 64 KiB: the samples' events and graphs do not fit.
  TempDir dir;
  const std::string small = dir.File("small");
  fs::create_directory(small);
  if (::mount("tmpfs", small.c_str(), "tmpfs", 0, "size=64k") != 0) {
    WARN("cannot mount a small tmpfs here (needs root): full-disk file test skipped");
    return;
  }
  const RunResult r = RunStancegraph("build samples ../shared/corpus/seeds -o " + small +
                                     "/g.graphml -o " + small + "/g.gexf -o " + small +
                                     "/g.json --events " + small + "/e.jsonl --evidence 50");
  const bool empty = fs::is_empty(small);
  ::umount(small.c_str());
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("could not write"));
  CHECK(empty);  // neither the outputs nor their temporary files
}

}  // namespace
}  // namespace sg::test
