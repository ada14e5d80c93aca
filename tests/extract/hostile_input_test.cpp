// Hostile inputs (issue 7) against the library code that reads them: every
// case ends in a concrete, sane result, never a crash or a hang: repaired
// text, a bounded run, or an sg::Error that says where.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "app/csv_reader.hpp"
#include "common/error.hpp"
#include "extract/extractor.hpp"
#include "extract/rule_loader.hpp"
#include "extract/text/utf8.hpp"
#include "graph/event_json.hpp"

namespace sg::extract {
namespace {

using namespace std::string_literals;  // "...\0..."s keeps embedded NULs

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The shipped rules, compiled once for the whole test binary.
const RuleSet& DefaultRules() {
  static const RuleSet rules = [] {
    RuleLayer layer;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(SG_SOURCE_DIR "/rules")) {
      if (entry.path().extension() == ".json") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) layer.files.push_back({path.string(), ReadFile(path)});
    // iso-codes is a build dependency; without it the countries lose their iso names.
    const std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
    return LoadRules({layer}, ReadFile(iso), iso);
  }();
  return rules;
}

// The error `fn` throws; fails the test when it throws none.
template <typename Fn>
Error ErrorOf(Fn&& fn) {
  try {
    fn();
  } catch (const Error& error) {
    return error;
  }
  FAIL("no sg::Error thrown");
  throw;  // unreachable
}

std::string Nested(int depth, char open, char close) {
  return std::string(static_cast<std::size_t>(depth), open) +
         std::string(static_cast<std::size_t>(depth), close);
}

const std::string kFffd = "\xEF\xBF\xBD";

TEST_CASE("RepairUtf8 replaces each ill-formed subsequence and drops NULs", "[hostile]") {
  struct Row {
    std::string bytes;
    std::string repaired;
    std::size_t replaced;
  };
  const std::vector<Row> rows = {
      {"caf\xC3\xA9", "caf\xC3\xA9", 0},                         // well-formed
      {"a\xC0\xAFz", "a" + kFffd + kFffd + "z", 2},              // overlong '/' (2 bytes)
      {"a\xE0\x80\xAFz", "a" + kFffd + kFffd + kFffd + "z", 3},  // overlong '/' (3 bytes)
      {"a\xF0\x80\x80\xAFz", "a" + kFffd + kFffd + kFffd + kFffd + "z", 4},  // (4 bytes)
      {"\xED\xA0\x80", kFffd + kFffd + kFffd, 3},                            // UTF-16 surrogate
      {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},                // above U+10FFFF
      {"\xE2\x82", kFffd, 1},                                                // cut short at the end
      {"\xE2\x82" + "A"s, kFffd + "A", 1},  // cut short by a letter
      {"\x80\xBF", kFffd + kFffd, 2},       // stray continuations
      {"\xFF\xFE", kFffd + kFffd, 2},       // never in UTF-8
      {"a\0b\0"s, "ab", 0},                 // NULs dropped, not counted
  };
  for (const Row& row : rows) {
    CAPTURE(row.bytes);
    std::size_t replaced = 99;
    CHECK(RepairUtf8(row.bytes, &replaced) == row.repaired);
    CHECK(replaced == row.replaced);
  }
}

TEST_CASE("Extract reads invalid UTF-8 and NULs as repaired text", "[hostile]") {
  const Extractor extractor(DefaultRules());
  Document doc;
  doc.id = "hostile.txt";
  doc.text = "France\0 praised Germany \xC0\xAF on Monday.\n\xFF\xFE\xED\xA0\x80\n"s;
  const Extraction result = extractor.Extract(doc);
  CHECK(result.repaired_bytes == 7);  // C0 AF: 2, FF FE: 2, ED A0 80: 3
  REQUIRE(result.events.size() == 1);
  CHECK(result.events[0].actor == "FRA");
  CHECK(result.events[0].stance == "support");
  CHECK(result.events[0].target == "DEU");
  CHECK(result.events[0].sentence.find('\0') == std::string::npos);
  CHECK(result.events[0].sentence.find(kFffd) != std::string::npos);
}

TEST_CASE("Extract handles a 50,000-character sentence in bounded time", "[hostile]") {
  const Extractor extractor(DefaultRules());
  struct Row {
    const char* what;
    std::string text;
  };
  std::string list = "Russia criticised ";
  while (list.size() < 50000) list += "Ukraine and ";
  list += "France.";
  const std::vector<Row> rows = {
      {"a list of actors", list},
      {"one 50,000-letter word", std::string(50000, 'a') + "."},
      {"50,000 spaces", "Russia" + std::string(50000, ' ') + "criticised France."},
      {"25,000 commas", "Russia, " + std::string(25000, ',') + " criticised France."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    Document doc;
    doc.id = "long.txt";
    doc.text = row.text;
    const auto start = std::chrono::steady_clock::now();
    const Extraction result = extractor.Extract(doc);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    // Measured well under a second in a sanitizer build; 20 s catches a
    // quadratic blow-up without flaking on a slow CI machine.
    CHECK(seconds.count() < 20.0);
    CHECK(result.sentences >= 1);
    CHECK(result.events.size() <= 10);
  }
}

TEST_CASE("LoadRules refuses deeply nested JSON at the level that is too deep", "[hostile]") {
  // '{' is level 1 and the first '[' (column 12) level 2: level 65 is at column 75.
  const std::string text = "{\"actors\": " + Nested(100000, '[', ']') + "}";
  const Error error = ErrorOf([&] { LoadRules({RuleLayer{{{"deep.json", text}}}}, "", ""); });
  CHECK(error.kind() == ErrorKind::kInput);
  CHECK(error.where().file == "deep.json");
  CHECK(error.where().line == 1);
  CHECK(error.where().column == 75);
  CHECK(error.message() == "JSON nested deeper than 64 levels");
}

TEST_CASE("LoadRules refuses rule files that are not UTF-8, or hold a NUL", "[hostile]") {
  struct Row {
    std::string text;
    long line, column;
    std::string message;
  };
  const std::vector<Row> rows = {
      {"{\"speech_verbs\": [\"said\",\n \"\xC0\xAF\"]}", 2, 3,
       "JSON syntax error: Invalid encoding in string."},
      {"{\"speech_verbs\": [\"sa\0id\"]}"s, 1, 22, "JSON syntax error: NUL byte in the text."},
      // RapidJSON alone would decode it into ill-formed UTF-8 (ED BF BF).
      {R"({"speech_verbs": ["sa\udfffid"]})", 1, 31,
       "JSON string with an unpaired \\u surrogate escape (not UTF-8 text)"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const Error error = ErrorOf([&] { LoadRules({RuleLayer{{{"bad.json", row.text}}}}, "", ""); });
    CHECK(error.where().file == "bad.json");
    CHECK(error.where().line == row.line);
    CHECK(error.where().column == row.column);
    CHECK(error.message() == row.message);
  }
}

TEST_CASE("EventFromJson survives any nesting depth", "[hostile]") {
  const Location where{"deep.jsonl", 3, 0, ""};
  const std::string fields = R"("doc":"a","actor":"RUS","stance":"criticize","target":"UKR")";
  // Extra fields are ignored however deep they nest.
  const graph::Event event =
      graph::EventFromJson("{" + fields + ",\"x\":" + Nested(1000000, '[', ']') + "}", where);
  CHECK(event.actor == "RUS");
  CHECK(event.target == "UKR");

  const Error not_object = ErrorOf([&] { graph::EventFromJson(Nested(1000000, '[', ']'), where); });
  CHECK(not_object.message() == "an event line must be a JSON object");

  const Error unclosed = ErrorOf([&] { graph::EventFromJson(std::string(1000000, '['), where); });
  CHECK(unclosed.where().line == 3);
  CHECK(unclosed.where().column == 1000001);
}

TEST_CASE("EventFromJson refuses lines that are not one UTF-8 JSON object", "[hostile]") {
  struct Row {
    std::string line;
    long column;  // 0: the error is about the whole line
    std::string message;
  };
  const std::string fields = R"("doc":"a","actor":"RUS","stance":"criticize","target":"UKR")";
  const std::vector<Row> rows = {
      {R"(["an array"])", 0, "an event line must be a JSON object"},
      {"42", 0, "an event line must be a JSON object"},
      {R"("a string")", 0, "an event line must be a JSON object"},
      {"null", 0, "an event line must be a JSON object"},
      {"", 1, "The document is empty."},
      {"{" + fields + "}{}", 62, "The document root must not be followed by other values."},
      {"{\"doc\":\"\xC0\xAF\"," + fields.substr(10) + "}", 9, "Invalid encoding in string."},
      {"{" + fields + "}\0 trailing bytes"s, 62, "NUL byte in the line"},
      {R"({"doc":"a","actor":"\udc00","stance":"s","target":"B"})", 0,
       "field 'actor' must be UTF-8 text (it has an unpaired \\u surrogate)"},
      {"{" + fields + R"(,"goldstein":-2e308})", 0, "field 'goldstein' must be a finite number"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    const Error error = ErrorOf([&] { graph::EventFromJson(row.line, {"e.jsonl", 9, 0, ""}); });
    CHECK(error.kind() == ErrorKind::kInput);
    CHECK(error.where().file == "e.jsonl");
    CHECK(error.where().line == 9);
    CHECK(error.where().column == row.column);
    CHECK(error.message() == row.message);
  }
}

TEST_CASE("CsvReader reads quoted newlines and quotes as field text", "[hostile]") {
  std::istringstream in(
      "id,text\r\n"
      "1,\"Russia said:\n\"\"We will not\"\",\r\nthen left.\"\r\n"
      "2,\"\"\"\"\n"
      "3,\"unterminated,\nto the end");
  app::CsvReader csv(in);
  std::vector<std::string> fields;
  struct Row {
    long line;
    std::vector<std::string> fields;
    bool unterminated;
  };
  const std::vector<Row> rows = {
      {1, {"id", "text"}, false},
      {2, {"1", "Russia said:\n\"We will not\",\r\nthen left."}, false},
      {5, {"2", "\""}, false},
      {6, {"3", "unterminated,\nto the end"}, true},
  };
  for (const Row& row : rows) {
    REQUIRE(csv.Next(fields));
    CHECK(csv.line() == row.line);
    CHECK(fields == row.fields);
    CHECK(csv.unterminated() == row.unterminated);
  }
  CHECK_FALSE(csv.Next(fields));
}

}  // namespace
}  // namespace sg::extract
