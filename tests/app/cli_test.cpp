// End-to-end tests of the stancegraph binary: what a user runs, and what it
// says when the input is bad.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "tests/app/run_binary.hpp"

namespace sg::test {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kGraphFiles = {"g.graphml", "g.dot",       "g.gexf",      "g.json",
                                              "g.csv",     "g.nodes.csv", "events.jsonl"};

std::string BuildArgs(const TempDir& dir, const std::string& extra) {
  return "build samples -q -o " + dir.File("g.graphml") + " -o " + dir.File("g.dot") + " -o " +
         dir.File("g.gexf") + " -o " + dir.File("g.json") + " -o " + dir.File("g.csv") +
         " --events " + dir.File("events.jsonl") + " " + extra;
}

TEST_CASE("build writes every format, byte-identical whatever the thread count", "[e2e]") {
  TempDir one, two;
  REQUIRE(RunStancegraph(BuildArgs(one, "-j 1")).exit_code == 0);
  REQUIRE(RunStancegraph(BuildArgs(two, "-j 2")).exit_code == 0);
  for (const std::string& name : kGraphFiles) {
    INFO(name);
    const std::string a = ReadFile(one.File(name));
    CHECK(a.size() > 100);
    CHECK(a == ReadFile(two.File(name)));
  }
  // Nothing but the outputs: no temporary file is left behind.
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(one.path())) {
    (void)entry;
    ++files;
  }
  CHECK(files == kGraphFiles.size());
}

TEST_CASE("build prints a summary line", "[e2e]") {
  TempDir dir;
  const RunResult r = RunStancegraph("build samples -o " + dir.File("g.graphml"));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Matches("stancegraph: 10 documents, \\d+ sentences, \\d+ events \\(\\d+ "
                                   "conditional\\), \\d+ nodes, \\d+ edges, 0 warnings in .*\\n"
                                   "stancegraph: \\d+ of \\d+ sentences naming two actors and "
                                   "matching a stance rule gave an event \\(\\d+\\.\\d%\\)\\n"));
}

TEST_CASE("extract shards then merge gives the same graph as one build", "[e2e]") {
  TempDir dir;
  REQUIRE(RunStancegraph("build samples -q -o " + dir.File("whole.graphml") + " -o " +
                         dir.File("whole.dot"))
              .exit_code == 0);
  // Two shards, given to merge in the opposite order.
  REQUIRE(RunStancegraph("extract -q samples/01_restore_ties.txt samples/02_security_demands.txt "
                         "samples/03_enrichment.txt samples/articles.jsonl -o " +
                         dir.File("a.jsonl"))
              .exit_code == 0);
  REQUIRE(RunStancegraph("extract -q samples/04_invasion.txt samples/05_istanbul_talks.txt "
                         "samples/06_no_limits.txt samples/07_tanker_seizure.txt -o " +
                         dir.File("b.jsonl"))
              .exit_code == 0);
  REQUIRE(RunStancegraph("merge -q " + dir.File("b.jsonl") + " " + dir.File("a.jsonl") + " -o " +
                         dir.File("merged.graphml") + " -o " + dir.File("merged.dot"))
              .exit_code == 0);
  // Document ids differ (a folder gives relative paths, files their path as
  // given), so compare the graphs' structure, not the evidence lines.
  const auto strip_evidence = [](std::string s) {
    std::string out;
    std::size_t pos = 0;
    while (pos < s.size()) {
      const std::size_t line_end = s.find('\n', pos);
      const std::string line =
          s.substr(pos, line_end == std::string::npos ? std::string::npos : line_end - pos + 1);
      if (line.find("e_evidence") == std::string::npos &&
          line.find("tooltip") == std::string::npos) {
        out += line;
      }
      if (line_end == std::string::npos) break;
      pos = line_end + 1;
    }
    return out;
  };
  CHECK(strip_evidence(ReadFile(dir.File("merged.graphml"))) ==
        strip_evidence(ReadFile(dir.File("whole.graphml"))));
  CHECK(strip_evidence(ReadFile(dir.File("merged.dot"))) ==
        strip_evidence(ReadFile(dir.File("whole.dot"))));
}

TEST_CASE("explain shows how a sentence is read", "[e2e]") {
  const RunResult r = RunStancegraph(
      "explain \"Kremlin spokesman Dmitry Peskov said on Monday Russia wants to restore ties with "
      "the EU.\" --date 2021-02-09");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("'Dmitry Peskov' person -> RUS (Dmitry Peskov)"));
  CHECK_THAT(r.out, Catch::Contains("2021-02-08 (weekday relative to document date)"));
  CHECK_THAT(r.out, Catch::Contains("-> RUS cooperate EU (intent"));
  CHECK_THAT(r.out, Catch::Contains("\"actor\":\"RUS\""));
  CHECK_THAT(r.out, Catch::Contains("\"target\":\"EU\""));
}

TEST_CASE("user rules add to the defaults", "[e2e]") {
  const std::string sentence =
      "explain \"Russia frowned upon Atlantis on Monday.\" --date 2022-01-05";
  const RunResult plain = RunStancegraph(sentence);
  CHECK_THAT(plain.out, Catch::Contains("events: (none)"));
  const RunResult with_user = RunStancegraph(sentence + " --rules tests/data/user_rules");
  REQUIRE(with_user.exit_code == 0);
  CHECK_THAT(with_user.out, Catch::Contains("-> RUS disapprove ATLANTIS"));
  // One folder per --rules: the inputs may follow it, and options after them.
  TempDir dir;
  {
    std::ofstream text(dir.File("a.txt"));
    text << "Russia frowned upon Atlantis on Monday.\n";
  }
  const RunResult extract =
      RunStancegraph("extract -q --date 2022-01-05 --rules tests/data/user_rules " +
                     dir.File("a.txt") + " -o " + dir.File("a.jsonl"));
  REQUIRE(extract.exit_code == 0);
  CHECK_THAT(ReadFile(dir.File("a.jsonl")), Catch::Contains("\"target\":\"ATLANTIS\""));
}

TEST_CASE("stdin is read as text or, when it starts with '{', as JSONL", "[e2e]") {
  TempDir dir;
  const RunResult text =
      RunStancegraph("extract -q - --date 2022-03-01", "France condemned Russia on Monday.\n");
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("\"actor\":\"FRA\""));
  CHECK_THAT(text.out, Catch::Contains("\"date\":\"2022-02-28\""));
  const RunResult jsonl = RunStancegraph(
      "extract -q -",
      "{\"id\":\"x1\",\"text\":\"France condemned Russia.\",\"date\":\"2022-03-01\"}\n");
  REQUIRE(jsonl.exit_code == 0);
  CHECK_THAT(jsonl.out, Catch::Contains("\"doc\":\"x1\""));
}

struct BadRun {
  std::string args;
  int exit_code;
  std::string message;  // a fragment of stderr
};

TEST_CASE("bad usage and bad input get a clear message and exit code", "[e2e]") {
  TempDir dir;
  const std::string out = dir.File("g.graphml");
  const std::vector<BadRun> cases = {
      {"", 1, "A subcommand is required"},
      {"build samples -o " + dir.File("g.pdf"), 1, "unknown output format"},
      {"build samples", 1, "nothing to write"},
      {"build no/such/folder -o " + out, 2, "no/such/folder: no such file or folder"},
      {"build samples -o /no/such/dir/g.graphml", 3,
       "/no/such/dir/g.graphml: cannot write: folder '/no/such/dir' does not exist"},
      {"build samples -o " + out + " --no-default-rules --rules tests/data/bad_rules_dir", 2,
       "tests/data/bad_rules_dir/stances.json:3:38: rule cooperate/ties: unknown stance type "
       "'cooperation'"},
      {"build samples -o " + out + " --iso-codes /no/such/iso.json", 2, "/no/such/iso.json"},
      {"rules check --no-default-rules tests/data/bad_rules_dir", 2,
       "tests/data/bad_rules_dir/stances.json:3:38: rule cooperate/ties: unknown stance type "
       "'cooperation'"},
      {"rules check no/such/rules", 1, "no/such/rules"},
      {"eval samples", 1, "--gold is required"},
  };
  for (const BadRun& c : cases) {
    INFO(c.args);
    const RunResult r = RunStancegraph(c.args);
    CHECK(r.exit_code == c.exit_code);
    CHECK_THAT(r.err, Catch::Contains(c.message));
    CHECK_FALSE(std::filesystem::exists(out));  // nothing written on a failed run
  }
}

TEST_CASE("malformed JSONL lines are warnings; --strict makes them an error", "[e2e]") {
  TempDir dir;
  const std::string args = "build tests/data/bad_lines.jsonl -o " + dir.File("g.graphml");
  const RunResult lenient = RunStancegraph(args);
  CHECK(lenient.exit_code == 0);
  CHECK_THAT(lenient.err,
             Catch::Contains("tests/data/bad_lines.jsonl:2:1: skipped: not valid JSON"));
  CHECK_THAT(lenient.err, Catch::Contains("tests/data/bad_lines.jsonl:3: skipped: a JSONL article "
                                          "must be a JSON object"));
  CHECK_THAT(lenient.err, Catch::Contains("tests/data/bad_lines.jsonl:4: skipped: no \"text\""));
  CHECK_THAT(lenient.err, Catch::Contains("2 documents"));
  CHECK(std::filesystem::exists(dir.File("g.graphml")));

  const RunResult strict = RunStancegraph(args + " --strict");
  CHECK(strict.exit_code == 2);
  CHECK_THAT(strict.err, Catch::Contains("3 warnings"));
}

TEST_CASE("invalid UTF-8 is repaired and reported with the document", "[e2e]") {
  TempDir dir;
  WriteFile(dir.File("bad.txt"), "France condemned Russia \xC3\x28 on Monday.\n\xFF\xFE\n");
  const RunResult r = RunStancegraph("build " + dir.File("bad.txt") + " --date 2022-03-01 -o " +
                                     dir.File("g.graphml") + " --events " + dir.File("e.jsonl"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("bad.txt: 3 invalid UTF-8 sequence(s) replaced by U+FFFD"));
  CHECK_THAT(ReadFile(dir.File("e.jsonl")), Catch::Contains("\"actor\":\"FRA\""));
}

TEST_CASE("merge warns about bad event lines and keeps the good ones", "[e2e]") {
  TempDir dir;
  WriteFile(dir.File("shard.jsonl"),
            "{\"doc\":\"d\",\"actor\":\"FRA\",\"stance\":\"disapprove\",\"target\":\"RUS\","
            "\"polarity\":-1}\n"
            "{\"doc\":\"d\",\"stance\":\"disapprove\",\"target\":\"RUS\"}\n");
  const RunResult r =
      RunStancegraph("merge " + dir.File("shard.jsonl") + " -o " + dir.File("g.dot"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("shard.jsonl:2: skipped: missing field 'actor'"));
  CHECK_THAT(ReadFile(dir.File("g.dot")), Catch::Contains("disapprove"));
}

}  // namespace
}  // namespace sg::test

namespace sg::test {
namespace {

TEST_CASE("CSV inputs: one article per row, columns named by the header", "[e2e]") {
  TempDir dir;
  WriteFile(dir.File("news.csv"),
            "headline,body,published\n"
            "Row one,\"France condemned Russia on Monday, officials said.\",\"March 2, 2022 \"\n"
            "Row two,\"Germany praised Japan.\nA second line.\",2022-03-05\n");
  const RunResult r = RunStancegraph("extract -q " + dir.File("news.csv") +
                                     " --csv-text body --csv-date published --csv-title headline");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("news.csv#1\""));
  CHECK_THAT(r.out, Catch::Contains("\"date\":\"2022-02-28\""));
  CHECK_THAT(r.out, Catch::Contains("news.csv#2\""));
  CHECK_THAT(r.out, Catch::Contains("\"actor\":\"DEU\""));

  const RunResult missing = RunStancegraph("extract -q " + dir.File("news.csv"));
  CHECK(missing.exit_code == 0);
  CHECK_THAT(missing.err, Catch::Contains("news.csv:1: skipped: the header has no column 'text'"));
}

TEST_CASE("eval scores PLOVER records in PLOVER's actor codes", "[e2e]") {
  TempDir dir;
  // Hamas is PSE and the Security Council UN in PLOVER's scheme; the Arab
  // League, an organisation PLOVER has no code for, is IGO, and so is Amnesty.
  WriteFile(dir.File("gsr.json"), R"([
{"id": "R1", "source": [{"actorText": "Hamas", "code": "PSE", "sector": "REB"}],
 "target": [{"actorText": "Israel", "code": "ISR"}], "event": "DEMAND",
 "text": "Hamas demanded that Israel lift the blockade."},
{"id": "R2", "source": [{"actorText": "U.N. Security Council", "code": "IGO"}],
 "target": [{"actorText": "Iran", "code": "IRN"}], "event": "DISAPPROVE",
 "text": "The U.N. Security Council condemned Iran."},
{"id": "R3", "source": [{"actorText": "The Arab League", "code": "IGO"}],
 "target": [{"actorText": "Syria", "code": "SYR"}], "event": "DISAPPROVE",
 "text": "The Arab League condemned Syria."},
{"id": "R4", "source": [{"actorText": "Amnesty International", "code": "IGO"}],
 "target": [{"actorText": "United States", "code": "USA"}], "event": "DISAPPROVE",
 "text": "Amnesty International accused the United States of torture."}
])");
  const RunResult r = RunStancegraph("eval -q --gold " + dir.File("gsr.json"));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out,
             Catch::Matches("(.|\n)*actor\\+target +4 +0 +0 +100\\.0 +100\\.0 +100\\.0(.|\n)*"));
}

TEST_CASE("eval scores intended acts in PLOVER's event types", "[e2e]") {
  TempDir dir;
  // PLOVER codes a planned visit as AGREE and a planned sanction as
  // THREATEN; stancegraph writes them consult and sanction, mode intent.
  WriteFile(dir.File("gsr.json"), R"([
{"id": "R1", "source": [{"actorText": "Kenya", "code": "KEN"}],
 "target": [{"actorText": "Uganda", "code": "UGA"}], "event": "AGREE",
 "text": "The Kenyan foreign minister will visit Uganda in June."},
{"id": "R2", "source": [{"actorText": "Chile", "code": "CHL"}],
 "target": [{"actorText": "Peru", "code": "PER"}], "event": "THREATEN",
 "text": "Chile plans to impose tariffs on Peru."}
])");
  const RunResult r = RunStancegraph("eval -q --gold " + dir.File("gsr.json"));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(
      r.out,
      Catch::Matches("(.|\n)*actor\\+target\\+stance +2 +0 +0 +100\\.0 +100\\.0 +100\\.0(.|\n)*"));
  CHECK_THAT(r.out,
             Catch::Matches(
                 "(.|\n)*actor\\+target\\+polarity +2 +0 +0 +100\\.0 +100\\.0 +100\\.0(.|\n)*"));
}

TEST_CASE("gzip-compressed inputs give the events of the plain ones", "[e2e]") {
  TempDir dir;
  const std::string jsonl = ReadFile(SourcePath("samples/articles.jsonl"));
  const std::string csv =
      "title,text,date\nRow,\"France condemned Russia on Monday.\",2022-03-02\n";
  fs::create_directory(dir.File("plain"));
  fs::create_directory(dir.File("gz"));
  WriteFile(dir.File("plain/a.jsonl"), jsonl);
  WriteFile(dir.File("plain/b.csv"), csv);
  WriteGzip(dir.File("gz/a.jsonl.gz"), jsonl);
  WriteGzip(dir.File("gz/b.csv.gz"), csv);
  const RunResult plain = RunStancegraph("extract -q " + dir.File("plain"));
  const RunResult gz = RunStancegraph("extract -q " + dir.File("gz"));
  REQUIRE(plain.exit_code == 0);
  REQUIRE(gz.exit_code == 0);
  CHECK_THAT(plain.out, Catch::Contains("\"actor\":\"FRA\""));
  // A row's id names the file it came from: b.csv#1 and b.csv.gz#1.
  std::string gz_out = gz.out;
  for (auto at = gz_out.find(".csv.gz#"); at != std::string::npos; at = gz_out.find(".csv.gz#")) {
    gz_out.erase(at + 4, 3);
  }
  CHECK(gz_out == plain.out);
  CHECK(gz.err.empty());

  // Standard input is gunzipped too, then sniffed as JSONL.
  const RunResult piped = RunStancegraph("extract -q -", ReadFile(dir.File("gz/a.jsonl.gz")));
  CHECK(piped.exit_code == 0);
  CHECK(piped.out == RunStancegraph("extract -q " + dir.File("plain/a.jsonl")).out);

  // A cut-off download: what came before the cut is kept, the cut is named.
  const std::string bytes = ReadFile(dir.File("gz/a.jsonl.gz"));
  WriteFile(dir.File("cut.jsonl.gz"), bytes.substr(0, bytes.size() * 2 / 3));
  const RunResult cut = RunStancegraph("extract -q --strict " + dir.File("cut.jsonl.gz"));
  CHECK(cut.exit_code == 2);
  CHECK_THAT(cut.err, Catch::Contains("cut.jsonl.gz:"));
  CHECK_THAT(cut.err, Catch::Contains("not valid gzip: unexpected end of file"));
}

}  // namespace
}  // namespace sg::test

namespace sg::test {
namespace {

TEST_CASE("rules check takes the folder to check as an argument", "[e2e]") {
  const RunResult r = RunStancegraph("rules check tests/data/user_rules");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("rules ok"));
  // The user's folder is loaded on top of the defaults: one more stance rule.
  const RunResult defaults = RunStancegraph("rules check");
  CHECK(r.out != defaults.out);
}

TEST_CASE("rules unknown lists names no rule knows, titled first", "[e2e]") {
  TempDir dir;
  WriteFile(
      dir.File("a.txt"),
      "Foreign Minister Zorblax Quint accused Russia of lying.\n"
      "The Quintar Alliance condemned Germany. The Quintar Alliance also criticised France.\n");
  const RunResult r = RunStancegraph("rules unknown -q " + dir.File("a.txt") + " --top 5");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out,
             Catch::Matches("count  titled  name  \\(first seen in\\)\\n"
                            "    1       1  Zorblax Quint  \\(.*a.txt: Foreign Minister.*\\)\\n"
                            "    2       0  Quintar Alliance  \\(.*\\)\\n"));
}

}  // namespace
}  // namespace sg::test

namespace sg::test {
namespace {

TEST_CASE("4 shards extracted by GNU parallel and merged give the bytes of one build", "[e2e]") {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) {
    WARN("GNU parallel is not installed: shard test skipped");
    return;
  }
  TempDir dir;
  // One JSONL of the samples' articles, ids fixed, split in 4 shards.
  std::string all;
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("samples"))) {
    if (entry.path().extension() != ".txt") continue;
    std::string text = ReadFile(entry.path().string());
    std::string escaped;
    for (char c : text) {
      if (c == '"' || c == '\\') escaped += '\\';
      escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
    }
    const std::string line =
        "{\"id\":\"" + entry.path().filename().string() + "\",\"text\":\"" + escaped + "\"}\n";
    all += line;
    std::ofstream(dir.File("shard" + std::to_string(n++ % 4) + ".jsonl"), std::ios::app) << line;
  }
  WriteFile(dir.File("all.jsonl"), all);
  REQUIRE(RunStancegraph("build -q " + dir.File("all.jsonl") + " -o " + dir.File("one.graphml") +
                         " -o " + dir.File("one.gexf"))
              .exit_code == 0);
  const std::string map = "parallel " + std::string(SG_BINARY) +
                          " extract -q {} -o {.}.events ::: " + dir.File("shard") +
                          "{0,1,2,3}.jsonl";
  REQUIRE(std::system(("bash -c '" + map + "'").c_str()) == 0);
  REQUIRE(RunStancegraph("merge -q " + dir.File("shard3.events") + " " + dir.File("shard1.events") +
                         " " + dir.File("shard0.events") + " " + dir.File("shard2.events") +
                         " -o " + dir.File("merged.graphml") + " -o " + dir.File("merged.gexf"))
              .exit_code == 0);
  CHECK(ReadFile(dir.File("merged.graphml")) == ReadFile(dir.File("one.graphml")));
  CHECK(ReadFile(dir.File("merged.gexf")) == ReadFile(dir.File("one.gexf")));
}

}  // namespace
}  // namespace sg::test
