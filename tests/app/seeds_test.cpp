// The seeds: five real scraped pages (../shared/corpus/seeds). What a reader
// of them expects to find in the graph, and what must never be there.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <vector>

#include "graph/event_json.hpp"
#include "tests/app/run_binary.hpp"

namespace sg::test {
namespace {

std::vector<graph::Event> SeedEvents(const TempDir& dir) {
  const std::string seeds = SharedPath("corpus/seeds");
  const RunResult r = RunStancegraph("extract -q " + seeds + " -o " + dir.File("seeds.jsonl"));
  REQUIRE(r.exit_code == 0);
  std::vector<graph::Event> events;
  std::istringstream in(ReadFile(dir.File("seeds.jsonl")));
  std::string line;
  long n = 0;
  while (std::getline(in, line))
    events.push_back(graph::EventFromJson(line, {"seeds.jsonl", ++n, 0, ""}));
  return events;
}

bool Has(const std::vector<graph::Event>& events, const std::string& doc_prefix,
         const std::string& actor, const std::string& target, int polarity) {
  for (const graph::Event& e : events) {
    if (e.doc.rfind(doc_prefix, 0) == 0 && e.actor == actor && e.target == target &&
        e.polarity == polarity && e.mode != "conditional") {
      return true;
    }
  }
  return false;
}

TEST_CASE("seeds: the relations a reader sees are found", "[e2e][corpus]") {
  if (SharedPath("corpus/seeds").empty()) {
    WARN("../shared/corpus/seeds is absent: seeds test skipped");
    return;
  }
  TempDir dir;
  const std::vector<graph::Event> events = SeedEvents(dir);

  SECTION("001: Russia (Peskov) toward the EU, cooperative, on Monday 2021-02-08") {
    bool found = false;
    for (const graph::Event& e : events) {
      found = found || (e.doc.rfind("001", 0) == 0 && e.actor == "RUS" && e.target == "EU" &&
                        e.polarity == 1 && e.date == "2021-02-08" && e.speaker == "Dmitry Peskov");
    }
    CHECK(found);
  }
  SECTION("Russia toward the US, conflictual and cooperative, in 002, 003 and 004") {
    std::set<int> polarities;
    for (const char* doc : {"002", "003", "004"}) {
      INFO(doc);
      CHECK((Has(events, doc, "RUS", "USA", 1) || Has(events, doc, "RUS", "USA", -1)));
      if (Has(events, doc, "RUS", "USA", 1)) polarities.insert(1);
      if (Has(events, doc, "RUS", "USA", -1)) polarities.insert(-1);
    }
    CHECK(polarities == std::set<int>{-1, 1});
  }
  SECTION("000: the US (Biden) toward Russia, conflictual") {
    CHECK(Has(events, "000", "USA", "RUS", -1));
  }
  SECTION("001: the EU (Borrell) toward Russia, conflictual") {
    CHECK(Has(events, "001", "EU", "RUS", -1));
  }
  SECTION("004: Russia toward NATO, conflictual") { CHECK(Has(events, "004", "RUS", "NATO", -1)); }
}

TEST_CASE("seeds: no event from boilerplate, no date from a page header", "[e2e][corpus]") {
  if (SharedPath("corpus/seeds").empty()) {
    WARN("../shared/corpus/seeds is absent: seeds test skipped");
    return;
  }
  TempDir dir;
  const std::vector<graph::Event> events = SeedEvents(dir);
  REQUIRE(events.size() > 10);
  // Fragments of the pages' non-story lines: related stories, bios, forms.
  const std::vector<std::string> boilerplate = {"Read Also",
                                                "Kamala",
                                                "Capitol on high alert",
                                                "death star",
                                                "Founder, CEO",
                                                "Please enter",
                                                "Also Read",
                                                "arrests Aus journo",
                                                "Canada slams China",
                                                "Modi govt",
                                                "Trade Talks",
                                                "Indian Housing",
                                                "Hamas Frees",
                                                "Grab for Africa",
                                                "Online Editor",
                                                "Leave a Reply",
                                                "Related Articles",
                                                "Supply hyperlink"};
  for (const graph::Event& e : events) {
    for (const std::string& fragment : boilerplate) {
      INFO(e.doc << ": " << e.sentence);
      CHECK(e.sentence.find(fragment) == std::string::npos);
    }
    if (e.doc.rfind("003", 0) == 0) {
      INFO(e.sentence);
      CHECK(e.date.rfind("2024", 0) != 0);
    }
  }
}

}  // namespace
}  // namespace sg::test
