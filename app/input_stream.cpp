#include "app/input_stream.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sg::app {
namespace {

constexpr unsigned kBufferBytes = 1u << 17;

}  // namespace

GzipStreamBuf::GzipStreamBuf(gzFile file) : file_(file), buffer_(kBufferBytes) {
  gzbuffer(file, kBufferBytes);
  setg(buffer_.data(), buffer_.data(), buffer_.data());
}

GzipStreamBuf::int_type GzipStreamBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (!error_.empty()) return traits_type::eof();
  errno = 0;
  const int n = gzread(file_.get(), buffer_.data(), static_cast<unsigned>(buffer_.size()));
  int code = Z_OK;
  const char* message = gzerror(file_.get(), &code);
  if (n < 0 || (code != Z_OK && code != Z_STREAM_END)) {
    // A truncated .gz file reads to its end and then reports Z_BUF_ERROR.
    // zlib's message starts with "<fd:N>: ", which means nothing to a user.
    std::string detail = message;
    if (detail.rfind("<fd:", 0) == 0 && detail.find(": ") != std::string::npos) {
      detail.erase(0, detail.find(": ") + 2);
    }
    error_ = code == Z_ERRNO ? std::string("read error: ") + std::strerror(errno)
                             : "not valid gzip: " + detail;
  }
  if (n <= 0) return traits_type::eof();
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(*gptr());
}

InputStream::InputStream(const std::string& path) : std::istream(nullptr) {
  // Standard input is duplicated, so closing the gzFile leaves descriptor 0 open.
  const int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    open_error_ = std::string("cannot open: ") + std::strerror(errno);
    setstate(std::ios::badbit);
    return;
  }
  Attach(fd);
}

void InputStream::Attach(int fd) {
  gzFile file = gzdopen(fd, "rb");
  if (file == nullptr) {
    ::close(fd);
    open_error_ = "cannot open: out of memory";
    setstate(std::ios::badbit);
    return;
  }
  buf_ = std::make_unique<GzipStreamBuf>(file);
  rdbuf(buf_.get());
  clear();
}

}  // namespace sg::app
