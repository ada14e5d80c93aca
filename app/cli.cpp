#include "app/cli.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "app/rule_files.hpp"

namespace sg::app {
namespace {

constexpr const char* kDescription =
    "stancegraph: who takes which stance toward whom, and when, in news text.\n"
    "Reads articles (text files, folders, JSONL, CSV, stdin; gzipped or not), extracts\n"
    "actor-stance-target events with rules, and writes a graph for Gephi and Graphviz with\n"
    "the evidence behind each edge.";

void AddRuleOptions(CLI::App* cmd, Options& o) {
  cmd->add_option("--rules", o.rules_dirs,
                  "A folder of rule files added on top of the defaults (repeatable)")
      ->check(CLI::ExistingDirectory)
      ->allow_extra_args(false);  // one folder each: "--rules DIR INPUT" reads INPUT
  cmd->add_flag("--no-default-rules", o.no_default_rules, "Use only the --rules folders");
  cmd->add_option("--iso-codes", o.iso_codes, "iso-codes' iso_3166-1.json (country names)")
      ->capture_default_str();
}

void AddInputOptions(CLI::App* cmd, Options& o) {
  cmd->add_option("--date", o.date, "Date (yyyy-mm-dd) of plain-text articles that state none");
  cmd->add_option("-j,--jobs", o.jobs, "Threads (default: all cores)");
  cmd->add_option("--max-document-bytes", o.max_document_bytes, "Skip longer documents")
      ->capture_default_str();
  cmd->add_option("--csv-text", o.csv_text, "CSV inputs: the column holding the text")
      ->capture_default_str();
  cmd->add_option("--csv-date", o.csv_date, "CSV inputs: the column holding the date")
      ->capture_default_str();
  cmd->add_option("--csv-title", o.csv_title, "CSV inputs: the column holding the title")
      ->capture_default_str();
  cmd->add_option("--csv-id", o.csv_id,
                  "CSV inputs: the column holding the id (default: FILE#ROW)");
  cmd->add_flag(
      "--strict", [&o](std::int64_t) { o.strictness = Strictness::kStrict; },
      "Exit 2 if any input was bad (outputs are still written)");
  cmd->add_flag("-q,--quiet", o.quiet, "No summary line");
}

void AddGraphOptions(CLI::App* cmd, Options& o) {
  cmd->add_option("-o,--output", o.outputs,
                  "Graph file; the format follows the extension: .graphml .dot .gexf .csv .json, "
                  "or a picture drawn by Graphviz: .svg .png (repeatable)");
  cmd->add_flag("--multi", o.multi,
                "One edge per event instead of one per (actor, stance, target)");
  cmd->add_option("--evidence", o.max_evidence, "Sentences kept per edge")->capture_default_str();
  cmd->add_option("--dot-min-count", o.dot_min_count, "DOT: leave out edges seen fewer times")
      ->capture_default_str();
  cmd->add_option("--dot-top", o.dot_top, "DOT: keep only the N edges seen most often (0: all)")
      ->check(CLI::Range(0L, 1000000000L))
      ->capture_default_str();
  cmd->add_option("--dot-cluster", o.dot_cluster, "DOT: group nodes by country or type")
      ->check(CLI::IsMember({"none", "country", "type"}))
      ->capture_default_str();
  cmd->add_option("--json-style", o.json_style, "JSON: node-link or cytoscape")
      ->capture_default_str();

  const char* filters = "Filters (every output but --events)";
  cmd->add_option("--since", o.since, "Keep events dated on or after DATE (yyyy-mm-dd)")
      ->group(filters);
  cmd->add_option("--until", o.until, "Keep events dated on or before DATE (yyyy-mm-dd)")
      ->group(filters);
  cmd->add_option("--actors", o.actors, "Keep edges whose source or target is listed: RUS,USA")
      ->delimiter(',')
      ->group(filters);
  cmd->add_option("--stance", o.stances, "Keep these stances: cooperate,demand")
      ->delimiter(',')
      ->group(filters);
  cmd->add_option("--min-count", o.min_count, "Drop edges with fewer events")
      ->check(CLI::Range(1L, 1000000000L))
      ->capture_default_str()
      ->group(filters);
  cmd->add_option("--collapse", o.collapse,
                  "country: fold people and ministries into their country's node")
      ->check(CLI::IsMember({"none", "country"}))
      ->capture_default_str()
      ->group(filters);
}

}  // namespace

ParsedCommandLine ParseCommandLine(int argc, char** argv) {
  ParsedCommandLine parsed;
  Options& o = parsed.options;
  o.default_rules_dir = FindDefaultRulesDir(argc > 0 ? argv[0] : "");

  CLI::App app(kDescription, "stancegraph");
  app.set_version_flag("--version", "stancegraph " SG_VERSION);
  app.require_subcommand(1);
  bool dump_config = false;
  app.add_flag("--dump-config", dump_config, "Print the settings a command would use, and exit");

  auto* build = app.add_subcommand("build", "Articles in, graph (and events) out");
  build->add_option("inputs", o.inputs, "Files, folders, or - for stdin")->required();
  AddGraphOptions(build, o);
  build->add_option("--events", o.events_path, "Also write the events JSONL (the audit trail)");
  AddInputOptions(build, o);
  AddRuleOptions(build, o);

  auto* extract = app.add_subcommand("extract", "Articles in, events JSONL out (the map step)");
  extract->add_option("inputs", o.inputs, "Files, folders, or - for stdin")->required();
  extract->add_option("-o,--output", o.outputs, "Events JSONL file (default: stdout)");
  AddInputOptions(extract, o);
  AddRuleOptions(extract, o);

  auto* merge = app.add_subcommand("merge", "Events JSONL files in, graph out (the reduce step)");
  merge->add_option("inputs", o.inputs, "Events JSONL files written by extract or --events, or -")
      ->required();
  AddGraphOptions(merge, o);
  merge->add_flag(
      "--strict", [&o](std::int64_t) { o.strictness = Strictness::kStrict; },
      "Exit 2 if any line was bad");
  merge->add_flag("-q,--quiet", o.quiet, "No summary line");

  auto* explain = app.add_subcommand("explain", "Show how one sentence or text is read");
  explain->add_option("text", o.sentence, "The sentence or text (- for stdin)")->required();
  explain->add_option("--date", o.date, "Document date (yyyy-mm-dd) for relative dates");
  AddRuleOptions(explain, o);

  auto* eval = app.add_subcommand("eval", "Precision, recall and F1 against gold annotations");
  eval->add_option("--gold", o.gold, "Gold JSONL, or PLOVER gold records (JSON list)")->required();
  eval->add_option("inputs", o.inputs, "The annotated articles (none: the gold's own sentences)");
  eval->add_option("--errors", o.max_errors, "Misses and false alarms to list")
      ->capture_default_str();
  AddInputOptions(eval, o);
  AddRuleOptions(eval, o);

  auto* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  auto* check = rules->add_subcommand(
      "check", "Load and validate the rules, print what they hold and what looks wrong");
  AddRuleOptions(check, o);
  // "rules check DIR": the folder a user is writing, checked on top of the
  // defaults so that shadowed aliases across files are found too.
  std::vector<std::string> check_dirs;
  check->add_option("dirs", check_dirs, "Rule folders to check (same as --rules DIR)")
      ->check(CLI::ExistingDirectory);
  check->add_flag(
      "--strict", [&o](std::int64_t) { o.strictness = Strictness::kStrict; },
      "Exit 2 if anything looks wrong");
  auto* unknown = rules->add_subcommand(
      "unknown", "The most frequent names near stances that no rule knows: a to-do list for rules");
  unknown->add_option("inputs", o.inputs, "Files, folders, or - for stdin")->required();
  unknown->add_option("--top", o.top, "Names listed")->capture_default_str();
  AddInputOptions(unknown, o);
  AddRuleOptions(unknown, o);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    parsed.exit_code = app.exit(e);
    return parsed;
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    parsed.exit_code = 1;
    return parsed;
  }

  if (build->parsed()) o.command = Command::kBuild;
  if (extract->parsed()) o.command = Command::kExtract;
  if (merge->parsed()) o.command = Command::kMerge;
  if (explain->parsed()) o.command = Command::kExplain;
  if (eval->parsed()) o.command = Command::kEval;
  if (check->parsed()) {
    o.command = Command::kRulesCheck;
    o.rules_dirs.insert(o.rules_dirs.end(), check_dirs.begin(), check_dirs.end());
  }
  if (unknown->parsed()) o.command = Command::kRulesUnknown;
  if (dump_config) {
    DumpOptions(o, std::cout);
    parsed.exit_code = 0;
  }
  return parsed;
}

}  // namespace sg::app
