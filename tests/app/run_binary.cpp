#include "tests/app/run_binary.hpp"

#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace sg::test {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("sg-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path);
}

void WriteGzip(const std::string& path, const std::string& text, bool append) {
  gzFile out = gzopen(path.c_str(), append ? "ab" : "wb");
  if (out == nullptr) throw std::runtime_error("cannot write " + path);
  const bool written = gzwrite(out, text.data(), static_cast<unsigned>(text.size())) ==
                       static_cast<int>(text.size());
  if (gzclose(out) != Z_OK || !written) throw std::runtime_error("cannot write " + path);
}

std::string SourcePath(const std::string& relative) {
  return std::string(SG_SOURCE_DIR) + "/" + relative;
}

std::string SharedPath(const std::string& relative) {
  const std::string path = std::string(SG_SHARED_DIR) + "/" + relative;
  return std::filesystem::exists(path) ? path : "";
}

RunResult RunStancegraph(const std::string& args, const std::string& stdin_text) {
  TempDir io;
  const std::string in = io.File("stdin"), out = io.File("stdout"), err = io.File("stderr");
  WriteFile(in, stdin_text);
  const std::string command = "cd " + Quote(SG_SOURCE_DIR) + " && " + Quote(SG_BINARY) + " " +
                              args + " <" + Quote(in) + " >" + Quote(out) + " 2>" + Quote(err);
  const int status = std::system(command.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace sg::test
