#include "extract/json_source.hpp"

#include <catch2/catch.hpp>

#include <string>

#include <rapidjson/pointer.h>

namespace sg::extract {
namespace {

using namespace std::string_literals;

TEST_CASE("JsonSource::Where gives the line and column where a value begins", "[json_source]") {
  struct Row {
    const char* name;
    std::string text;
    const char* pointer;  // RFC 6901 path to the value
    long line, column;
  };
  const std::string rules =
      "{\n"                                                                                     // 1
      "  \"actors\": [\n"                                                                       // 2
      "    {\"code\": \"RUS\", \"aliases\": [\"Kremlin\", \"Moscow\"]},\n"                      // 3
      "    {\"code\":\"EU\",\n"                                                                 // 4
      "\n"                                                                                      // 5
      "   \t  \"name\"  :\r\n"                                                                  // 6
      "        \"European \\\"Union\\\" \\u00e9\", \"n\": -1.5e3, \"b\": true, \"z\": null}\n"  // 7
      "  ],\n"                                                                                  // 8
      "  \"cues\": {\"negation\": [[], {}, [[\"not\"]]]}\n"                                     // 9
      "}\n";
  const Row rows[] = {
      {"the root", rules, "", 1, 1},
      {"a list after a key", rules, "/actors", 2, 13},
      {"the list's key is not the value", rules, "/cues/negation", 9, 24},
      {"an object in a list", rules, "/actors/0", 3, 5},
      {"a string member", rules, "/actors/0/code", 3, 14},
      {"a list member", rules, "/actors/0/aliases", 3, 32},
      {"first list element", rules, "/actors/0/aliases/0", 3, 33},
      {"second list element", rules, "/actors/0/aliases/1", 3, 44},
      {"member without spaces", rules, "/actors/1/code", 4, 13},
      {"after blank lines, tabs and CRLF", rules, "/actors/1/name", 7, 9},
      {"after a string with escapes", rules, "/actors/1/n", 7, 43},
      {"a bool", rules, "/actors/1/b", 7, 56},
      {"a null", rules, "/actors/1/z", 7, 67},
      {"an object", rules, "/cues", 9, 11},
      {"an empty list", rules, "/cues/negation/0", 9, 25},
      {"an empty object", rules, "/cues/negation/1", 9, 29},
      {"deep in nested lists", rules, "/cues/negation/2/0/0", 9, 35},
      {"a scalar root after white space", "\n\n   42", "", 3, 4},
      {"byte columns after non-ASCII", "[\"\xC3\xA9\xC3\xA9\", 1]", "/1", 1, 10},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    JsonSource json("rules.json", row.text);
    const rapidjson::Value* value = rapidjson::Pointer(row.pointer).Get(json.root());
    REQUIRE(value != nullptr);
    const Location where = json.Where(*value, "rule-id");
    CHECK(where.file == "rules.json");
    CHECK(where.line == row.line);
    CHECK(where.column == row.column);
    CHECK(where.rule == "rule-id");
  }
}

TEST_CASE("JsonSource::Where knows no position for a value from elsewhere", "[json_source]") {
  JsonSource json("a.json", "{\"x\": 1}");
  const rapidjson::Value other(1);
  const Location where = json.Where(other);
  CHECK(where.file == "a.json");
  CHECK(where.line == 0);
  CHECK(where.column == 0);
}

TEST_CASE("JsonSource::AtOffset maps byte offsets to lines and columns", "[json_source]") {
  JsonSource json("a.json", "[1,\n2,\n\n3]");
  struct Row {
    std::size_t offset;
    long line, column;
  };
  const Row rows[] = {{0, 1, 1}, {3, 1, 4}, {4, 2, 1}, {6, 2, 3}, {7, 3, 1}, {8, 4, 1}, {9, 4, 2}};
  for (const Row& row : rows) {
    INFO("offset " << row.offset);
    const Location where = json.AtOffset(row.offset);
    CHECK(where.line == row.line);
    CHECK(where.column == row.column);
  }
}

TEST_CASE("JsonSource refuses bad JSON at the line and column of the error", "[json_source]") {
  struct Row {
    const char* name;
    std::string text;
    std::string message;
  };
  const Row rows[] = {
      {"empty", "", "in.json:1:1: JSON syntax error: The document is empty."},
      {"missing comma", "{\n  \"a\": 1\n  \"b\": 2\n}",
       "in.json:3:3: JSON syntax error: Missing a comma or '}' after an object member."},
      {"trailing comma", "[1,\n 2,\n]", "in.json:3:1: JSON syntax error: Invalid value."},
      {"comment", "{\n  // no comments\n}",
       "in.json:2:3: JSON syntax error: Missing a name for object member."},
      {"unterminated string", "[\"abc",
       "in.json:1:6: JSON syntax error: Missing a closing quotation mark in string."},
      {"bad escape", "[\"a\\qb\"]",
       "in.json:1:4: JSON syntax error: Invalid escape character in string."},
      {"two roots", "{}\n{}",
       "in.json:2:1: JSON syntax error: The document root must not be followed by other values."},
      {"NUL after the root", "{}\0{\"hidden\": 1}"s,
       "in.json:1:3: JSON syntax error: NUL byte in the text."},
      // The fuzzer's find: a 4-byte lead at the very end, cut short.
      {"UTF-8 sequence cut at the end", "{\"verbs\": [\"sa\xF0}",
       "in.json:1:15: JSON syntax error: Invalid encoding in string."},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    try {
      JsonSource json("in.json", row.text);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::kInput);
      CHECK(std::string(e.what()) == row.message);
    }
  }
}

}  // namespace
}  // namespace sg::extract
