// JsonSource: a parsed JSON file that remembers where each value stood, so
// that errors found after parsing (an unknown stance type, a bad date) still
// point at file:line:column.
//
//   JsonSource json(source_name, text);          // throws sg::Error on syntax errors
//   const rapidjson::Value& root = json.root();
//   throw sg::Error(sg::ErrorKind::kInput, json.Where(root["type"]), "unknown stance type");
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rapidjson/document.h>

#include "common/error.hpp"

namespace sg::extract {

class JsonSource {
 public:
  // Rule files nest five levels deep; anything far deeper is not a rule file.
  static constexpr int kMaxDepth = 64;

  // Parses `text`. Throws sg::Error{kInput} at the line and column of a
  // syntax error (ill-formed UTF-8 in a string and a NUL byte included) or of
  // the array or object that nests deeper than kMaxDepth, naming `name` as
  // the file. Recursion is bounded by kMaxDepth whatever the input.
  JsonSource(std::string name, std::string_view text);

  JsonSource(const JsonSource&) = delete;  // values point into doc_
  JsonSource& operator=(const JsonSource&) = delete;

  const rapidjson::Value& root() const { return doc_; }
  const std::string& name() const { return name_; }

  // Where `value` (any value inside root()) begins.
  Location Where(const rapidjson::Value& value, std::string rule = {}) const;
  // Location of a byte offset in the text.
  Location AtOffset(std::size_t offset) const;

 private:
  void IndexValues(const rapidjson::Value& value, const std::vector<std::size_t>& starts,
                   std::size_t& next);

  std::string name_;
  std::vector<std::size_t> line_starts_;
  rapidjson::Document doc_;
  std::unordered_map<const rapidjson::Value*, std::size_t> offsets_;
};

}  // namespace sg::extract
