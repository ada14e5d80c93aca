#include "app/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "common/error.hpp"

namespace sg::app {
namespace {

Error OutputError(const std::string& path, const std::string& what) {
  return Error(ErrorKind::kOutput, Location{path, 0, 0, ""}, what);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    to_stdout_ = true;
    return;
  }
  const std::filesystem::path target(path_);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw OutputError(path_, "cannot write: folder '" + dir.string() + "' does not exist");
  }
  // Appended piece by piece: g++ 12 -O3 warns falsely (-Wrestrict) on
  // "." + std::string here.
  std::string temp_name = ".";
  temp_name += target.filename().string();
  temp_name += ".tmp-";
  temp_name += std::to_string(::getpid());
  temp_path_ = (dir / temp_name).string();
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    throw OutputError(path_, std::string("cannot write: ") + std::strerror(errno));
  }
}

AtomicFile::~AtomicFile() {
  if (!to_stdout_ && !committed_) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& AtomicFile::stream() { return to_stdout_ ? std::cout : file_; }

void AtomicFile::Commit() {
  if (to_stdout_) {
    std::cout.flush();
    if (!std::cout) throw OutputError(path_, "writing to standard output failed");
    committed_ = true;
    return;
  }
  file_.flush();
  const bool written = static_cast<bool>(file_);
  file_.close();
  if (!written || file_.fail()) {
    throw OutputError(path_, "write failed (disk full?); nothing was written");
  }
  // fsync before rename: after a crash the name shows either the old file or
  // the whole new one, never an empty one.
  const int fd = ::open(temp_path_.c_str(), O_RDONLY);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::string why = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw OutputError(path_, "cannot sync to disk: " + why);
  }
  ::close(fd);
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw OutputError(path_, std::string("cannot rename into place: ") + std::strerror(errno));
  }
  committed_ = true;
}

}  // namespace sg::app
