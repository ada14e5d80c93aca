// The events JSONL format: one Event per line, the audit trail of a run and
// the shard format `stancegraph merge` reads back.
//
//   std::string line = sg::graph::EventToJson(event);          // {"doc":"001.txt",...}
//   sg::graph::Event back = sg::graph::EventFromJson(line, {"shard1.jsonl", 17});
//
// Field names and order are those of DESIGN.md ("Events JSONL"); the writer
// always emits every field so that files diff cleanly.
#pragma once

#include <string>
#include <string_view>

#include "common/error.hpp"
#include "graph/event.hpp"

namespace sg::graph {

// One line of JSON, without the trailing newline. Strings must be valid UTF-8.
// A goldstein that is NaN or infinite is written as null (read back as 0).
std::string EventToJson(const Event& event);

// Parses one line written by EventToJson (extra fields are ignored, missing
// optional ones default). `where` names the file and line for errors: throws
// sg::Error{kInput} with the column of a JSON syntax error (ill-formed UTF-8
// included), or naming a missing or mistyped required field (doc, actor,
// stance, target), or when the line is valid JSON but not an object. Any
// nesting depth is safe (the parser does not recurse).
Event EventFromJson(std::string_view line, const Location& where);

}  // namespace sg::graph
