// CsvReader: RFC 4180 records from a stream, one at a time.
//
//   CsvReader csv(in);
//   std::vector<std::string> fields;
//   while (csv.Next(fields)) use(fields, csv.line());
//
// Fields may be quoted; a quoted field may hold commas, doubled quotes ("")
// and line breaks. CRLF and LF both end a record.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace sg::app {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}

  // Reads the next record into `fields`; false at the end of the input.
  // A quote left open at the end of the input ends the last field there and
  // sets unterminated().
  bool Next(std::vector<std::string>& fields);

  // 1-based line on which the last record read started.
  long line() const { return record_line_; }
  bool unterminated() const { return unterminated_; }

 private:
  std::istream& in_;
  long next_line_ = 1;
  long record_line_ = 0;
  bool unterminated_ = false;
};

}  // namespace sg::app
