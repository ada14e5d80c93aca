// InputStream: a file (or standard input) read as a std::istream, gunzipped
// on the fly when it is gzip-compressed.
//
//   InputStream in("news.jsonl.gz");  // or "-" for standard input
//   if (!in.is_open()) report(in.error());
//   while (std::getline(in, line)) use(line);
//   if (!in.error().empty()) report(in.error());  // a read or gzip error
//
// zlib's gz* functions do the work: they read gzip (also several members
// concatenated, as `cat a.gz b.gz` makes) and pass any other file through
// unchanged, so one code path serves plain and compressed input. Only the
// std::streambuf adapter is ours; the C++ standard library has none for zlib.
#pragma once

#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

#include <zlib.h>

namespace sg::app {

class GzipStreamBuf : public std::streambuf {
 public:
  explicit GzipStreamBuf(gzFile file);

  // "" while reading went well; what went wrong otherwise.
  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override;

 private:
  struct Close {
    void operator()(gzFile f) const { gzclose(f); }
  };
  std::unique_ptr<gzFile_s, Close> file_;
  std::vector<char> buffer_;
  std::string error_;
};

class InputStream : public std::istream {
 public:
  // Opens `path` ("-" is standard input); is_open() says whether that
  // worked, error() why not.
  explicit InputStream(const std::string& path);

  bool is_open() const { return buf_ != nullptr; }
  // "" unless opening or reading failed (bad data in a .gz file, an I/O
  // error); reading stops at the first error.
  const std::string& error() const { return buf_ ? buf_->error() : open_error_; }

 private:
  void Attach(int fd);

  std::unique_ptr<GzipStreamBuf> buf_;
  std::string open_error_;
};

}  // namespace sg::app
