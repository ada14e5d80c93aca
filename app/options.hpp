// Options: every setting of a stancegraph run, with its default, in one place.
//
// The command line (cli.cpp) fills it; `--dump-config` prints it; the
// pipeline (pipeline.cpp) only reads it.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace sg::app {

enum class Command { kBuild, kExtract, kMerge, kExplain, kEval, kRulesCheck, kRulesUnknown };

enum class Strictness {
  kLenient,  // bad input is warned about and skipped; exit 0
  kStrict,   // any warning makes the exit code 2 (the output is still written)
};

struct Options {
  Command command = Command::kBuild;
  std::vector<std::string> inputs;   // files, folders, or "-" for stdin
  std::vector<std::string> outputs;  // -o: format by extension
  std::string events_path;           // --events: the events JSONL of a build

  // Rules.
  std::string default_rules_dir;        // the rules shipped with stancegraph
  std::vector<std::string> rules_dirs;  // --rules: added on top of the defaults
  bool no_default_rules = false;        // --no-default-rules: only --rules
  std::string iso_codes = "/usr/share/iso-codes/json/iso_3166-1.json";

  // Extraction.
  std::string date;   // --date: the date of plain-text inputs that state none
  unsigned jobs = 0;  // -j: 0 = all cores
  std::size_t max_document_bytes = 16u << 20;  // longer documents are skipped with a warning
  // Columns of CSV inputs.
  std::string csv_text = "text", csv_date = "date", csv_title = "title", csv_id;

  // Graph.
  bool multi = false;                    // --multi: one edge per event
  std::size_t max_evidence = 5;          // --evidence: sentences kept per edge
  long dot_min_count = 1;                // --dot-min-count
  long dot_top = 0;                      // --dot-top: the N strongest edges; 0 = all
  std::string dot_cluster = "none";      // --dot-cluster: none, country or type
  std::string json_style = "node-link";  // --json-style: node-link or cytoscape

  // Filters of build and merge (every graph format; never the --events file).
  std::string since, until;          // --since/--until yyyy-mm-dd: event dates, inclusive
  std::vector<std::string> actors;   // --actors RUS,USA: edges touching one of them
  std::vector<std::string> stances;  // --stance cooperate,demand: PLOVER types
  long min_count = 1;                // --min-count: edges with fewer events are dropped
  std::string collapse = "none";     // --collapse: none or country

  // explain
  std::string sentence;  // the text to explain

  // eval
  std::string gold;     // --gold FILE
  int max_errors = 10;  // --errors N

  // rules unknown
  std::size_t top = 40;  // --top N: names listed

  Strictness strictness = Strictness::kLenient;
  bool quiet = false;  // --quiet: no summary line
};

// Writes the options as "name = value" lines (--dump-config).
void DumpOptions(const Options& options, std::ostream& os);

}  // namespace sg::app
