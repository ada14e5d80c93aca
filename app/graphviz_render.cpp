#include "app/graphviz_render.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

extern char** environ;

namespace sg::app {
namespace {

Error RenderError(const std::string& path, const std::string& what) {
  return Error(ErrorKind::kOutput, Location{path, 0, 0, ""}, what);
}

// A file in the temporary folder, removed on destruction.
class TempFile {
 public:
  explicit TempFile(const std::string& suffix) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / ("stancegraph-XXXXXX" + suffix)).string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    const int fd = ::mkstemps(buffer.data(), static_cast<int>(suffix.size()));
    if (fd < 0) return;
    ::close(fd);
    path_ = buffer.data();
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;  // owns the file
  TempFile& operator=(const TempFile&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

constexpr const char* kInstallHint =
    "install Graphviz (Debian: apt-get install graphviz), or write a .dot file and render it "
    "where Graphviz is";

}  // namespace

std::string FindProgram(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  std::istringstream folders(path);
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    // An empty PATH entry means the current folder.
    const std::string candidate = (folder.empty() ? std::string(".") : folder) + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate))
      return candidate;
  }
  return "";
}

void RequireGraphviz(const std::string& output_path) {
  for (const char* program : {"dot", "sfdp"}) {
    if (FindProgram(program).empty()) {
      throw RenderError(output_path, std::string("cannot draw the picture: Graphviz's '") +
                                         program + "' is not on PATH; " + kInstallHint);
    }
  }
}

void RenderDot(const std::string& dot_text, out::DotEngine engine, out::Format format,
               const std::string& output_path, std::ostream& out,
               const std::function<void(const Warning&)>& warn) {
  const std::string program(out::DotEngineName(engine));
  const std::string executable = FindProgram(program);
  if (executable.empty()) {
    throw RenderError(output_path, "cannot draw the picture: Graphviz's '" + program +
                                       "' is not on PATH; " + kInstallHint);
  }
  TempFile dot(".dot"), image("." + std::string(out::FormatName(format))), errors(".err");
  if (!dot.ok() || !image.ok() || !errors.ok()) {
    throw RenderError(output_path,
                      std::string("cannot create a temporary file: ") + std::strerror(errno));
  }
  {
    std::ofstream file(dot.path(), std::ios::binary | std::ios::trunc);
    file << dot_text;
    file.close();
    if (!file) throw RenderError(output_path, "cannot write a temporary file (disk full?)");
  }

  // No shell: the paths go to Graphviz as they are.
  std::vector<std::string> args = {program, "-T" + std::string(out::FormatName(format)),
                                   "-o" + image.path(), dot.path()};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, errors.path().c_str(), O_WRONLY | O_TRUNC, 0);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawn(&pid, executable.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    throw RenderError(output_path,
                      "cannot run Graphviz's " + executable + ": " + std::strerror(spawned));
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw RenderError(output_path, "lost track of Graphviz's " + program);
  }

  std::istringstream stderr_lines(ReadAll(errors.path()));
  std::vector<std::string> lines;
  for (std::string line; std::getline(stderr_lines, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string why = WIFEXITED(status)
                          ? "exited " + std::to_string(WEXITSTATUS(status))
                          : "was killed by signal " + std::to_string(WTERMSIG(status));
    if (!lines.empty()) why += ": " + lines.front();
    throw RenderError(output_path, "Graphviz's " + program + " " + why);
  }
  for (const std::string& line : lines) warn({{output_path, 0, 0, ""}, program + ": " + line});
  out << ReadAll(image.path());
}

}  // namespace sg::app
