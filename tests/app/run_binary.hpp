// Helpers for end-to-end tests: run the built stancegraph binary and read
// what it wrote.
//
//   RunResult r = RunStancegraph("build samples -o " + dir.File("g.graphml"));
//   REQUIRE(r.exit_code == 0);
#pragma once

#include <filesystem>
#include <string>

namespace sg::test {

struct RunResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `SG_BINARY args` through the shell from the source directory, with
// `stdin_text` on standard input.
RunResult RunStancegraph(const std::string& args, const std::string& stdin_text = "");

// A fresh temporary folder, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string File(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& text);
// Writes `text` gzip-compressed; `append` adds a second gzip member.
void WriteGzip(const std::string& path, const std::string& text, bool append = false);

// Path of a file in the source tree.
std::string SourcePath(const std::string& relative);
// Path under ../shared (the corpora), or "" when it is absent.
std::string SharedPath(const std::string& relative);

}  // namespace sg::test
