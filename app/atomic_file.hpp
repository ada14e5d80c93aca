// AtomicFile: an output file that appears whole or not at all.
//
//   AtomicFile out("out/g.graphml");   // writes to out/.g.graphml.tmp-1234
//   WriteGraphml(graph, out.stream());
//   out.Commit();                      // flush, fsync, rename over out/g.graphml
//
// If Commit is never reached (an error, an exception), the destructor removes
// the temporary file and the old output, if any, is left untouched. "-" means
// standard output, written directly.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace sg::app {

class AtomicFile {
 public:
  // Creates the temporary file next to `path`. Throws sg::Error{kOutput}
  // naming `path` when it cannot (missing or read-only folder).
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;  // owns a temporary file
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream();
  // Makes the file visible under its name. Throws sg::Error{kOutput} if any
  // write failed (disk full) or the rename fails; the temporary is removed.
  void Commit();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool to_stdout_ = false;
  bool committed_ = false;
};

}  // namespace sg::app
