#include "app/pipeline.hpp"

#include <unistd.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "app/atomic_file.hpp"
#include "app/document_source.hpp"
#include "app/graphviz_render.hpp"
#include "app/parallel_extract.hpp"
#include "app/rule_files.hpp"
#include "eval/gold.hpp"
#include "eval/scorer.hpp"
#include "export/csv_writer.hpp"
#include "export/dot_writer.hpp"
#include "export/format.hpp"
#include "export/gexf_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "export/stream_check.hpp"
#include "extract/extractor.hpp"
#include "extract/plover.hpp"
#include "extract/rule_checks.hpp"
#include "extract/unknown_names.hpp"
#include "graph/event_json.hpp"
#include "graph/graph_builder.hpp"
#include "graph/graph_filter.hpp"

namespace sg::app {
namespace {

using Clock = std::chrono::steady_clock;

// An actor code in the scheme of PLOVER's gold records (see RunEval).
std::string PloverCode(const std::string& code, const std::string& country,
                       const std::string& type) {
  static const std::set<std::string> kKept = {"UN", "EU", "NATO", "OSCE", "IAEA"};
  if (!country.empty()) return country;
  if (kKept.count(code)) return code;
  if (code.rfind("UN", 0) == 0 || code == "OHCHR") return "UN";  // UNSC, UNHCR, ...
  // The GSR codes Amnesty and the Red Cross as IGO too, al-Qaeda as IMG.
  if (type == "igo" || type == "ngo") return "IGO";
  if (type == "armed group") return "IMG";
  return code;
}

// Counts of a run, for the summary line and --strict.
struct RunStats {
  Clock::time_point start = Clock::now();
  std::size_t documents = 0, sentences = 0, events = 0, warnings = 0, dropped_lines = 0;
  std::size_t two_actor_stance_sentences = 0, two_actor_stance_yield = 0;  // coverage
  Clock::time_point last_progress = Clock::now();
};

class Reporter {
 public:
  Reporter(const Options& options, std::ostream& log)
      : options_(options), log_(log), progress_(::isatty(2) && !options.quiet) {}

  void Warn(const Warning& w) {
    ClearProgress();
    log_ << "stancegraph: warning: " << w.Message() << '\n';
    ++stats.warnings;
  }

  void Progress() {
    if (!progress_) return;
    const auto now = Clock::now();
    if (now - stats.last_progress < std::chrono::milliseconds(250)) return;
    stats.last_progress = now;
    log_ << "\r" << stats.documents << " documents, " << stats.sentences << " sentences, "
         << stats.events << " events" << std::flush;
    shown_ = true;
  }

  void Summary(const std::string& tail) {
    ClearProgress();
    if (options_.quiet) return;
    const double seconds = std::chrono::duration<double>(Clock::now() - stats.start).count();
    log_ << "stancegraph: " << stats.documents << " documents, " << stats.sentences
         << " sentences, " << stats.events << " events" << tail << ", " << stats.warnings
         << " warnings in " << std::fixed << std::setprecision(2) << seconds << " s\n";
    if (stats.two_actor_stance_sentences > 0) {
      // What a rule writer watches: the share of sentences with two actors
      // and a stance word that the extractor turned into an event.
      log_ << "stancegraph: " << stats.two_actor_stance_yield << " of "
           << stats.two_actor_stance_sentences
           << " sentences naming two actors and matching a stance rule gave an event ("
           << std::setprecision(1)
           << 100.0 * static_cast<double>(stats.two_actor_stance_yield) /
                  static_cast<double>(stats.two_actor_stance_sentences)
           << "%)\n";
    }
  }

  int ExitCode() const {
    return options_.strictness == Strictness::kStrict && stats.warnings > 0 ? 2 : 0;
  }

  RunStats stats;

 private:
  void ClearProgress() {
    if (shown_) log_ << "\r\033[K" << std::flush;
    shown_ = false;
  }

  const Options& options_;
  std::ostream& log_;
  bool progress_;
  bool shown_ = false;
};

unsigned Jobs(const Options& o) {
  if (o.jobs > 0) return o.jobs;
  const unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? n : 1;
}

graph::GraphOptions GraphOptionsOf(const Options& o) {
  graph::GraphOptions g;
  g.max_evidence = o.max_evidence;
  g.edge_mode = o.multi ? graph::EdgeMode::kMulti : graph::EdgeMode::kAggregate;
  return g;
}

// True for a real calendar date written yyyy-mm-dd.
bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const std::chrono::year_month_day day{std::chrono::year(std::stoi(s.substr(0, 4))),
                                        std::chrono::month(std::stoul(s.substr(5, 2))),
                                        std::chrono::day(std::stoul(s.substr(8, 2)))};
  return day.ok();
}

void CheckFilters(const Options& o) {
  for (const auto& [name, date] : {std::pair{"--since", &o.since}, {"--until", &o.until}}) {
    if (!date->empty() && !IsIsoDate(*date)) {
      throw Error(ErrorKind::kUsage, {},
                  std::string(name) + " " + *date + ": not a date; write yyyy-mm-dd");
    }
  }
  if (!o.since.empty() && !o.until.empty() && o.until < o.since) {
    throw Error(ErrorKind::kUsage, {}, "--until " + o.until + " is before --since " + o.since);
  }
  for (const std::string& stance : o.stances) {
    if (extract::FindStanceType(stance) == nullptr) {
      std::string known;
      for (const extract::StanceType& t : extract::kStanceTypes)
        known += (known.empty() ? "" : ", ") + std::string(t.name);
      throw Error(ErrorKind::kUsage, {},
                  "--stance " + stance + ": not a PLOVER stance; use one of " + known);
    }
  }
}

graph::EventFilter EventFilterOf(const Options& o) {
  graph::EventFilter f;
  f.since = o.since;
  f.until = o.until;
  f.actors.insert(o.actors.begin(), o.actors.end());
  f.stances.insert(o.stances.begin(), o.stances.end());
  f.collapse = o.collapse == "country" ? graph::Collapse::kCountry : graph::Collapse::kNone;
  return f;
}

// Checks every -o and filter before any work, so a typo costs nothing.
void CheckOutputs(const Options& o) {
  for (const std::string& path : o.outputs) {
    if (!out::FormatFromPath(path)) {
      throw Error(ErrorKind::kUsage, {path, 0, 0, ""},
                  "unknown output format: use .graphml, .dot, .gexf, .csv, .json, or .svg/.png "
                  "(drawn by Graphviz) (events: --events FILE.jsonl)");
    }
  }
  if (o.json_style != "node-link" && o.json_style != "cytoscape") {
    throw Error(ErrorKind::kUsage, {}, "--json-style must be node-link or cytoscape");
  }
  CheckFilters(o);
  // A picture needs Graphviz: better to say so now than after an hour of input.
  for (const std::string& path : o.outputs) {
    if (out::IsImage(*out::FormatFromPath(path))) RequireGraphviz(path);
  }
}

// The graph files of a run, opened (as temporaries) before any work so that
// a missing folder fails at once, and committed together at the end so that a
// failure leaves none of them half-written.
class GraphOutputs {
 public:
  explicit GraphOutputs(const Options& o) : options_(o) {
    for (const std::string& path : o.outputs) {
      const out::Format format = *out::FormatFromPath(path);
      files_.push_back({format, std::make_unique<AtomicFile>(path), nullptr});
      if (format == out::Format::kCsv) {
        // Gephi's spreadsheet import takes nodes and edges as two tables.
        const std::string nodes =
            std::filesystem::path(path).replace_extension(".nodes.csv").string();
        files_.back().nodes = std::make_unique<AtomicFile>(nodes);
      }
    }
  }

  void Write(const graph::StanceGraph& g, const std::function<void(const Warning&)>& warn) {
    for (File& f : files_) {
      try {
        WriteOne(f, g, warn);
      } catch (const Error& e) {
        // The writers know the format, not the file: name it here.
        throw Error(ErrorKind::kOutput, {f.file->path(), 0, 0, ""}, e.message());
      }
    }
  }

  void Commit() {
    for (File& f : files_) {
      f.file->Commit();
      if (f.nodes) f.nodes->Commit();
    }
  }

 private:
  struct File {
    out::Format format;
    std::unique_ptr<AtomicFile> file;
    std::unique_ptr<AtomicFile> nodes;  // CSV only
  };

  out::DotOptions DotOptionsOf() const {
    out::DotOptions dot;
    dot.min_count = options_.dot_min_count;
    dot.top = static_cast<std::size_t>(options_.dot_top);
    if (options_.dot_cluster == "country") dot.cluster = out::DotCluster::kCountry;
    if (options_.dot_cluster == "type") dot.cluster = out::DotCluster::kType;
    return dot;
  }

  void WriteOne(File& f, const graph::StanceGraph& g,
                const std::function<void(const Warning&)>& warn) {
    std::ostream& os = f.file->stream();
    {
      switch (f.format) {
        case out::Format::kGraphml:
          out::WriteGraphml(g, os);
          break;
        case out::Format::kDot:
          out::WriteDot(g, os, DotOptionsOf());
          break;
        case out::Format::kSvg:
        case out::Format::kPng: {
          // The picture is the DOT file, drawn by the engine that suits its size.
          std::ostringstream dot;
          const out::DotSummary summary = out::WriteDot(g, dot, DotOptionsOf());
          RenderDot(dot.str(), summary.engine, f.format, f.file->path(), os, warn);
          break;
        }
        case out::Format::kGexf:
          out::WriteGexf(g, os);
          break;
        case out::Format::kJson:
          out::WriteJson(g, os,
                         options_.json_style == "cytoscape" ? out::JsonStyle::kCytoscape
                                                            : out::JsonStyle::kNodeLink);
          break;
        case out::Format::kCsv:
          out::WriteCsvEdges(g, os);
          out::WriteCsvNodes(g, f.nodes->stream());
          break;
      }
    }
  }

  const Options& options_;
  std::vector<File> files_;
};

SourceOptions SourceOptionsOf(const Options& o) {
  SourceOptions source;
  source.date = o.date;
  source.max_document_bytes = o.max_document_bytes;
  source.csv_text = o.csv_text;
  source.csv_date = o.csv_date;
  source.csv_title = o.csv_title;
  source.csv_id = o.csv_id;
  return source;
}

// Extracts every input document; each document's events go to `on_events`.
void ExtractInputs(const Options& o, Reporter& reporter,
                   const std::function<void(const std::vector<graph::Event>&)>& on_events) {
  // A rule set per thread (see ExtractAll), loaded in parallel too.
  const unsigned jobs = Jobs(o);
  std::vector<std::unique_ptr<extract::RuleSet>> rules(jobs);
  std::vector<std::unique_ptr<extract::Extractor>> extractors(jobs);
  {
    std::vector<std::exception_ptr> failures(jobs);
    std::vector<std::thread> loaders;
    for (unsigned t = 0; t < jobs; ++t) {
      loaders.emplace_back([&, t] {
        try {
          rules[t] = std::make_unique<extract::RuleSet>(LoadRuleFiles(o));
          extractors[t] = std::make_unique<extract::Extractor>(*rules[t]);
        } catch (...) {
          failures[t] = std::current_exception();
        }
      });
    }
    for (std::thread& t : loaders) t.join();
    for (const std::exception_ptr& f : failures) {
      if (f) std::rethrow_exception(f);
    }
  }
  std::vector<const extract::Extractor*> threads;
  for (const auto& e : extractors) threads.push_back(e.get());
  DocumentSource source(o.inputs, SourceOptionsOf(o), [&](const Warning& w) { reporter.Warn(w); });
  ExtractAll(source, threads, [&](const extract::Document& doc, extract::Extraction&& r) {
    ++reporter.stats.documents;
    reporter.stats.sentences += r.sentences;
    reporter.stats.events += r.events.size();
    reporter.stats.dropped_lines += r.dropped_lines;
    reporter.stats.two_actor_stance_sentences += r.two_actor_stance_sentences;
    reporter.stats.two_actor_stance_yield += r.two_actor_stance_yield;
    if (r.repaired_bytes > 0) {
      reporter.Warn(
          {{doc.id, 0, 0, ""},
           std::to_string(r.repaired_bytes) + " invalid UTF-8 sequence(s) replaced by U+FFFD"});
    }
    on_events(r.events);
    reporter.Progress();
  });
}

// The --since/--until/--actors/--stance/--collapse filters sit between the
// events and the graph; the events file (the audit trail) is never filtered.
void AddFiltered(graph::GraphBuilder& builder, const graph::EventFilter& filter,
                 const graph::Event& e) {
  if (filter.KeepsAll()) {
    builder.Add(e);
  } else if (std::optional<graph::Event> kept = graph::FilterEvent(filter, e)) {
    builder.Add(*kept);
  }
}

std::string GraphTail(const graph::GraphBuilder& builder, const graph::StanceGraph& g) {
  std::ostringstream tail;
  tail << " (" << builder.conditional_events() << " conditional), " << boost::num_vertices(g.graph)
       << " nodes, " << boost::num_edges(g.graph) << " edges";
  return tail.str();
}

int RunBuild(const Options& o, std::ostream& log) {
  CheckOutputs(o);
  if (o.outputs.empty() && o.events_path.empty()) {
    throw Error(ErrorKind::kUsage, {},
                "nothing to write: give -o FILE (.graphml, .dot, ...) or --events FILE");
  }
  Reporter reporter(o, log);
  GraphOutputs outputs(o);
  std::unique_ptr<AtomicFile> events;
  if (!o.events_path.empty()) events = std::make_unique<AtomicFile>(o.events_path);
  graph::GraphBuilder builder(GraphOptionsOf(o));
  const graph::EventFilter filter = EventFilterOf(o);
  ExtractInputs(o, reporter, [&](const std::vector<graph::Event>& batch) {
    for (const graph::Event& e : batch) {
      AddFiltered(builder, filter, e);
      if (events) events->stream() << graph::EventToJson(e) << '\n';
    }
  });
  const graph::StanceGraph g = graph::DropEdgesBelow(builder.Build(), o.min_count);
  outputs.Write(g, [&](const Warning& w) { reporter.Warn(w); });
  if (events) out::ThrowIfFailed(events->stream(), o.events_path);
  outputs.Commit();
  if (events) events->Commit();
  reporter.Summary(GraphTail(builder, g));
  return reporter.ExitCode();
}

int RunExtract(const Options& o, std::ostream& log) {
  if (o.outputs.size() > 1)
    throw Error(ErrorKind::kUsage, {}, "extract writes one events file: give one -o");
  const std::string path = o.outputs.empty() ? "-" : o.outputs.front();
  Reporter reporter(o, log);
  AtomicFile file(path);
  ExtractInputs(o, reporter, [&](const std::vector<graph::Event>& batch) {
    for (const graph::Event& e : batch) file.stream() << graph::EventToJson(e) << '\n';
  });
  out::ThrowIfFailed(file.stream(), path == "-" ? "standard output" : path);
  file.Commit();
  reporter.Summary("");
  return reporter.ExitCode();
}

// Reads events JSONL files (or stdin) into `on_event`; bad lines are warnings.
void ReadEvents(const std::vector<std::string>& inputs, Reporter& reporter,
                const std::function<void(const graph::Event&)>& on_event) {
  for (const std::string& input : inputs) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (input != "-") {
      file.open(input, std::ios::binary);
      if (!file) {
        reporter.Warn({{input, 0, 0, ""}, "skipped: cannot open"});
        continue;
      }
      in = &file;
    }
    std::string line;
    long number = 0;
    std::set<std::string> docs;
    while (std::getline(*in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        graph::Event e = graph::EventFromJson(line, {input, number, 0, ""});
        docs.insert(e.doc);
        ++reporter.stats.events;
        on_event(e);
      } catch (const Error& error) {
        reporter.Warn({error.where(), "skipped: " + error.message()});
      }
    }
    reporter.stats.documents += docs.size();
  }
}

int RunMerge(const Options& o, std::ostream& log) {
  CheckOutputs(o);
  if (o.outputs.empty())
    throw Error(ErrorKind::kUsage, {}, "merge needs -o FILE (.graphml, .dot, ...)");
  Reporter reporter(o, log);
  GraphOutputs outputs(o);
  graph::GraphBuilder builder(GraphOptionsOf(o));
  const graph::EventFilter filter = EventFilterOf(o);
  ReadEvents(o.inputs, reporter, [&](const graph::Event& e) { AddFiltered(builder, filter, e); });
  const graph::StanceGraph g = graph::DropEdgesBelow(builder.Build(), o.min_count);
  outputs.Write(g, [&](const Warning& w) { reporter.Warn(w); });
  outputs.Commit();
  reporter.Summary(GraphTail(builder, g));
  return reporter.ExitCode();
}

void PrintList(std::ostream& os, const char* title, const std::vector<std::string>& items) {
  os << title << (items.empty() ? " (none)\n" : "\n");
  for (const std::string& item : items) os << "    " << item << '\n';
}

int RunExplain(const Options& o, std::ostream& /*log*/) {
  const extract::RuleSet rules = LoadRuleFiles(o);
  const extract::Extractor extractor(rules);
  std::string text = o.sentence;
  if (text == "-")
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  extract::DocumentTrace trace;
  const extract::Extraction result = extractor.Extract({"explain", "", "", o.date, text}, &trace);
  std::ostream& os = std::cout;
  os << "document date: " << trace.document_date << '\n';
  if (!trace.dropped_lines.empty()) PrintList(os, "boilerplate dropped:", trace.dropped_lines);
  for (const extract::SentenceTrace& s : trace.sentences) {
    os << "\nsentence " << s.index << ": " << s.text << '\n';
    os << "  tokens:";
    for (const std::string& t : s.tokens) os << " [" << t << ']';
    os << '\n';
    PrintList(os, "  mentions:", s.mentions);
    os << "  speaker: " << (s.speaker.empty() ? "(none)" : s.speaker) << '\n';
    os << "  date: " << s.date << '\n';
    PrintList(os, "  stance rules:", s.matches);
  }
  os << "\nevents:" << (result.events.empty() ? " (none)" : "") << '\n';
  for (const graph::Event& e : result.events) os << graph::EventToJson(e) << '\n';
  return 0;
}

int RunEval(const Options& o, std::ostream& log) {
  if (o.gold.empty()) throw Error(ErrorKind::kUsage, {}, "eval needs --gold FILE");
  std::ifstream gold_file(o.gold, std::ios::binary);
  if (!gold_file) throw Error(ErrorKind::kInput, {o.gold, 0, 0, ""}, "cannot read gold file");
  // PLOVER's gold records are one JSON list; the team's gold is JSONL.
  char first = ' ';
  while (gold_file.get(first) && std::isspace(static_cast<unsigned char>(first))) {
  }
  gold_file.seekg(0);
  const bool plover = first == '[';
  std::vector<eval::GoldEvent> gold =
      plover ? eval::ReadPloverRecords(gold_file, o.gold) : eval::ReadGoldJsonl(gold_file, o.gold);
  if (plover) {
    // stancegraph codes events between two distinct actors; PLOVER also
    // codes events with no target ("?") and domestic ones (TUR -> TUR). Their
    // sentences stay in scope (anything predicted there is a false alarm),
    // their events are not expected.
    long not_dyadic = 0;
    for (eval::GoldEvent& g : gold) {
      if (!g.none && (g.target.empty() || g.target == g.actor)) {
        g.none = true;
        ++not_dyadic;
      }
    }
    std::cout << "PLOVER gold: " << not_dyadic
              << " events without a distinct target are not expected (stancegraph codes dyadic "
                 "events only)\n";
  }

  Reporter reporter(o, log);
  std::vector<graph::Event> predicted;
  if (!o.inputs.empty()) {
    ExtractInputs(o, reporter, [&](const std::vector<graph::Event>& batch) {
      predicted.insert(predicted.end(), batch.begin(), batch.end());
    });
  } else {
    // No inputs: the gold's own sentences are the text (PLOVER records carry
    // theirs), one document per record.
    const extract::RuleSet rules = LoadRuleFiles(o);
    const extract::Extractor extractor(rules);
    std::set<std::pair<std::string, std::string>> seen;
    for (const eval::GoldEvent& g : gold) {
      if (!seen.insert({g.doc, g.sentence}).second) continue;
      extract::Extraction r = extractor.Extract({g.doc, "", "", o.date, g.sentence});
      ++reporter.stats.documents;
      reporter.stats.sentences += r.sentences;
      reporter.stats.events += r.events.size();
      predicted.insert(predicted.end(), r.events.begin(), r.events.end());
    }
  }
  if (plover) {
    // PLOVER's AGREE is "agree to, offer, promise, or otherwise indicate
    // willingness to cooperate": what stancegraph writes as a cooperative or
    // neutral stance in mode intent ("will visit Albania"). Its THREATEN is
    // an announced hostile act: a material conflict stance (sanction,
    // coerce, assault, fight, mobilize, protest) in mode intent ("plans to
    // impose restrictions", "would boycott all contact").
    // And PLOVER codes actors as CAMEO does: a group or firm by its country
    // (Hamas is PSE), the UN's organs as UN, any other organisation as IGO
    // or NGO. Compared in that scheme, not in stancegraph's finer one.
    for (graph::Event& e : predicted) {
      if (e.mode == "intent" && e.polarity >= 0) {
        e.stance = "agree";
        e.polarity = +1;
      } else if (e.mode == "intent" && e.quad_class == 4) {  // 4: material conflict
        e.stance = "threaten";
      }
      e.actor = PloverCode(e.actor, e.actor_country, e.actor_type);
      e.target = PloverCode(e.target, e.target_country, e.target_type);
    }
    // Hamas toward the Palestinian Authority is PSE toward PSE there: not
    // dyadic, and not expected of the gold either (see above).
    const auto within =
        std::erase_if(predicted, [](const graph::Event& e) { return e.actor == e.target; });
    std::cout << "PLOVER scheme: " << within
              << " predicted events inside one PLOVER actor are not scored either\n";
  }
  const eval::EvalReport report = eval::Score(gold, predicted);
  eval::PrintReport(report, std::cout, o.max_errors);
  reporter.Summary("");
  return reporter.ExitCode();
}

int RunRulesCheck(const Options& o, std::ostream& /*log*/) {
  const extract::RuleSet rules = LoadRuleFiles(o);
  std::size_t roles = 0;
  for (const auto& p : rules.people) roles += p.roles.size();
  std::cout << "rules ok: " << rules.actors.size() << " actors, " << rules.people.size()
            << " people (" << roles << " roles), " << rules.names.size() << " names, "
            << rules.stances.size() << " stance rules, " << rules.boilerplate.size()
            << " boilerplate rules, " << rules.speech_verbs.size() << " speech verbs\n";
  const std::vector<std::string> doubts = extract::CheckRules(rules);
  for (const std::string& doubt : doubts) std::cout << "doubt: " << doubt << '\n';
  return !doubts.empty() && o.strictness == Strictness::kStrict ? 2 : 0;
}

int RunRulesUnknown(const Options& o, std::ostream& log) {
  const extract::RuleSet rules = LoadRuleFiles(o);
  extract::UnknownNames unknown(rules);
  Reporter reporter(o, log);
  DocumentSource source(o.inputs, SourceOptionsOf(o), [&](const Warning& w) { reporter.Warn(w); });
  extract::Document doc;
  while (source.Next(doc)) {
    unknown.Add(doc);
    ++reporter.stats.documents;
    reporter.Progress();
  }
  std::cout << "count  titled  name  (first seen in)\n";
  for (const extract::UnknownName& u : unknown.Top(o.top)) {
    std::cout << std::setw(5) << u.count << "  " << std::setw(6) << u.after_role << "  " << u.name
              << "  (" << u.doc << ": " << u.example.substr(0, 160)
              << (u.example.size() > 160 ? "..." : "") << ")\n";
  }
  reporter.Summary("");
  return reporter.ExitCode();
}

}  // namespace

int RunCommand(const Options& options, std::ostream& log) {
  switch (options.command) {
    case Command::kBuild:
      return RunBuild(options, log);
    case Command::kExtract:
      return RunExtract(options, log);
    case Command::kMerge:
      return RunMerge(options, log);
    case Command::kExplain:
      return RunExplain(options, log);
    case Command::kEval:
      return RunEval(options, log);
    case Command::kRulesUnknown:
      return RunRulesUnknown(options, log);
    case Command::kRulesCheck:
      return RunRulesCheck(options, log);
  }
  return 0;
}

}  // namespace sg::app
