// The one error vocabulary of stancegraph.
//
// Every error a user can see is an sg::Error: it says what kind of failure it
// is (which decides the exit code), where it happened (file, line, column,
// rule id) and what is wrong. Stages throw it; only app/main.cpp catches it,
// prints Message() and turns kind() into an exit code.
//
//   throw sg::Error(sg::ErrorKind::kRules, {"rules/stances.json", 12, 5, "cooperate/restore-ties"},
//                   "unknown stance type 'cooperation'");
//   // Message(): "rules/stances.json:12:5: rule cooperate/restore-ties: unknown stance type ..."
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace sg {

// What failed; decides the exit code (see README, "Exit codes").
enum class ErrorKind {
  kUsage,   // bad command line: exit 1
  kInput,   // unreadable or malformed input or rule file: exit 2
  kOutput,  // an output file could not be written: exit 3
};

// Where a problem is. Any field may be empty or 0 when unknown.
struct Location {
  std::string file;
  long line = 0;
  long column = 0;
  std::string rule;  // rule id, for rule-file errors
};

// "file:line:column: rule ID: " with the unknown parts left out.
inline std::string Describe(const Location& where) {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
  }
  if (!where.rule.empty()) out += "rule " + where.rule + ": ";
  return out;
}

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, Location where, const std::string& what)
      : std::runtime_error(Describe(where) + what),
        kind_(kind),
        where_(std::move(where)),
        message_(what) {}

  ErrorKind kind() const { return kind_; }
  const Location& where() const { return where_; }
  // What is wrong, without the location (what() has both).
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_;
  Location where_;
  std::string message_;
};

// A problem that does not stop the run (a malformed JSONL line, invalid UTF-8
// that was repaired). The pipeline prints it and counts it; --strict turns any
// warning into exit code 2 at the end of the run.
struct Warning {
  Location where;
  std::string what;

  std::string Message() const { return Describe(where) + what; }
};

}  // namespace sg
