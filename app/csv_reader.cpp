#include "app/csv_reader.hpp"

namespace sg::app {

bool CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  unterminated_ = false;
  int c = in_.get();
  if (c == std::char_traits<char>::eof()) return false;
  record_line_ = next_line_;
  std::string field;
  bool quoted = false;
  while (true) {
    if (c == std::char_traits<char>::eof()) {
      unterminated_ = quoted;
      fields.push_back(std::move(field));
      return true;
    }
    const char ch = static_cast<char>(c);
    if (quoted) {
      if (ch == '"') {
        if (in_.peek() == '"') {
          field += '"';
          in_.get();
        } else {
          quoted = false;
        }
      } else {
        if (ch == '\n') ++next_line_;
        field += ch;
      }
    } else if (ch == '"' && field.empty()) {
      quoted = true;
    } else if (ch == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && in_.peek() == '\n') in_.get();
      ++next_line_;
      fields.push_back(std::move(field));
      return true;
    } else {
      field += ch;
    }
    c = in_.get();
  }
}

}  // namespace sg::app
