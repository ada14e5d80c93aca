// DocumentSource: the command line's inputs as a stream of Documents.
//
//   DocumentSource source(options.inputs, {.date = options.date}, on_warning);
//   sg::extract::Document doc;
//   while (source.Next(doc)) extract(doc);
//
// Inputs are files, folders (walked recursively, in sorted order, so runs are
// deterministic; symbolic links to folders are not followed) and "-" for
// standard input; any of them may be gzip-compressed ("news.jsonl.gz" is read
// as JSONL, gunzipped as it is read). A file ending in .jsonl holds one article per line
// ({"id", "text", optional "title", "url", "date"}); a file ending in .csv holds
// one article per row, with a header row naming the columns (SourceOptions
// says which are text, date, title and id; without an id column a row's id
// is FILE#N, N counting data rows from 1); standard input is read as
// JSONL when its first non-blank byte is '{', else as one plain-text article.
// Any other file is one plain-text article whose id is its path relative to
// the folder argument it was found in (or the path as given).
//
// Bad input never stops the stream: an unreadable file, a malformed JSONL
// line, a missing "text" or an oversized document is reported through the
// warning callback (with file and line) and skipped.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "app/csv_reader.hpp"
#include "app/input_stream.hpp"
#include "common/error.hpp"
#include "extract/document.hpp"

namespace sg::app {

struct SourceOptions {
  std::string date;  // ISO date given to plain-text articles ("" = none)
  std::size_t max_document_bytes = 16u << 20;
  // Column names of CSV inputs (a header row names them).
  std::string csv_text = "text";
  std::string csv_date = "date";
  std::string csv_title = "title";
  std::string csv_id;  // "" = the id is FILE#ROW
};

class DocumentSource {
 public:
  using WarningSink = std::function<void(const Warning&)>;

  // Expands folders at once; throws sg::Error{kInput} only for an input that
  // does not exist at all (a typo on the command line).
  DocumentSource(const std::vector<std::string>& inputs, SourceOptions options, WarningSink warn);

  // The next document; false when all inputs are read.
  bool Next(extract::Document& doc);

  std::size_t files() const { return files_.size(); }

 private:
  enum class Kind { kText, kJsonl, kCsv, kStdin };
  struct InputFile {
    std::string path;  // to open
    std::string id;    // document id for plain text
    Kind kind;
  };

  static Kind KindOf(const std::string& path);
  void AddInput(const std::string& input);
  bool OpenNext();
  bool NextJsonl(extract::Document& doc);
  bool NextCsv(extract::Document& doc);
  // Reads the rest of `in` after `text` as one plain-text article.
  bool ReadText(const InputFile& file, InputStream& in, std::string text, extract::Document& doc);

  SourceOptions options_;
  WarningSink warn_;
  std::vector<InputFile> files_;
  std::size_t next_file_ = 0;
  // The JSONL stream being read, if any.
  std::unique_ptr<InputStream> jsonl_;
  std::string jsonl_name_;
  long jsonl_line_ = 0;
  // The CSV file being read, if any.
  std::unique_ptr<InputStream> csv_file_;
  std::unique_ptr<CsvReader> csv_;
  std::string csv_name_, csv_id_base_;
  long csv_row_ = 0;
  int csv_text_ = -1, csv_date_ = -1, csv_title_ = -1, csv_id_ = -1;  // column indices
  std::string pending_line_;  // stdin's first line, read to sniff its format
  bool has_pending_line_ = false;
};

}  // namespace sg::app
