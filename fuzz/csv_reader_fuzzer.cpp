// app::CsvReader on arbitrary bytes, and the CSV round trip: fields quoted
// by export's QuoteCsv and joined as a CSV table read back unchanged.
// The input is read twice: once as a CSV file, once as a table whose rows are
// separated by 0x1E and fields by 0x1F.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "app/csv_reader.hpp"
#include "export/csv_writer.hpp"
#include "export/utf8.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

void ReadAll(std::string_view bytes) {
  std::istringstream in{std::string(bytes)};
  sg::app::CsvReader csv(in);
  std::vector<std::string> fields;
  long last_line = 0;
  std::size_t records = 0;
  std::size_t field_bytes = 0;
  while (csv.Next(fields)) {
    SG_FUZZ_CHECK(!fields.empty(), "a record without fields");
    SG_FUZZ_CHECK(csv.line() > last_line, "record lines do not increase");
    last_line = csv.line();
    for (const std::string& f : fields) field_bytes += f.size();
    SG_FUZZ_CHECK(++records <= bytes.size(), "more records than bytes");
  }
  SG_FUZZ_CHECK(field_bytes <= bytes.size(), "fields hold more bytes than the input");
}

void RoundTrip(std::string_view bytes) {
  std::vector<std::vector<std::string>> table;
  std::string csv_text;
  for (const std::string_view row : sg::fuzz::Split(bytes, '\x1e')) {
    table.emplace_back();
    bool first = true;
    for (const std::string_view field : sg::fuzz::Split(row, '\x1f')) {
      table.back().push_back(sg::out::ToValidUtf8(field));
      if (!first) csv_text += ',';
      first = false;
      csv_text += sg::out::QuoteCsv(field);
    }
    csv_text += "\r\n";
  }
  std::istringstream in(csv_text);
  sg::app::CsvReader csv(in);
  std::vector<std::string> fields;
  for (const std::vector<std::string>& row : table) {
    SG_FUZZ_CHECK(csv.Next(fields), "a quoted row was not read back");
    SG_FUZZ_CHECK(!csv.unterminated(), "a quoted row reads as unterminated");
    SG_FUZZ_CHECK(fields == row, "a quoted row reads back different");
  }
  SG_FUZZ_CHECK(!csv.Next(fields), "more rows read back than written");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = sg::fuzz::AsText(data, size);
  ReadAll(bytes);
  RoundTrip(bytes);
  return 0;
}
