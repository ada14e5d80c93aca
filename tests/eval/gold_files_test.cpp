// Checks the project's gold files themselves: every line parses, every
// annotated sentence occurs in its document, no sentence is both "none" and
// event-bearing, and the samples cover all 18 PLOVER stance families. A typo
// in a gold sentence would otherwise silently turn into a scored miss.
#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "eval/gold.hpp"
#include "eval/scorer.hpp"

namespace sg::eval {
namespace {

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<GoldEvent> ReadGoldFile(const std::string& name) {
  const std::string path = std::string(SG_SOURCE_DIR) + "/tests/gold/" + name;
  std::ifstream in(path);
  REQUIRE(in);
  return ReadGoldJsonl(in, path);
}

// Document id -> normalised text, for documents read from a folder.
std::map<std::string, std::string> FolderTexts(const std::filesystem::path& folder) {
  std::map<std::string, std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".txt") {
      texts[entry.path().filename().string()] = NormalizeSentence(ReadAll(entry.path()));
    }
  }
  return texts;
}

std::map<std::string, std::string> JsonlTexts(const std::filesystem::path& path) {
  std::map<std::string, std::string> texts;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document record;
    record.Parse(line.c_str());
    REQUIRE_FALSE(record.HasParseError());
    texts[record["id"].GetString()] = NormalizeSentence(record["text"].GetString());
  }
  return texts;
}

void CheckAgainstTexts(const std::vector<GoldEvent>& gold,
                       const std::map<std::string, std::string>& texts) {
  std::map<std::pair<std::string, std::string>, std::pair<bool, bool>> kinds;  // none, events
  for (const GoldEvent& g : gold) {
    INFO(g.doc << " line " << g.line << ": " << g.sentence);
    const auto text = texts.find(g.doc);
    REQUIRE(text != texts.end());
    CHECK(text->second.find(NormalizeSentence(g.sentence)) != std::string::npos);
    auto& [has_none, has_events] = kinds[{g.doc, g.sentence}];
    (g.none ? has_none : has_events) = true;
    CHECK_FALSE((has_none && has_events));
  }
}

TEST_CASE("samples gold matches the sample texts and covers all 18 stances", "[gold_files]") {
  const std::vector<GoldEvent> gold = ReadGoldFile("samples.jsonl");
  CheckAgainstTexts(gold, FolderTexts(std::string(SG_SOURCE_DIR) + "/samples"));
  std::set<std::string> stances;
  for (const GoldEvent& g : gold) {
    if (!g.none && g.mode != "conditional") stances.insert(g.stance);
  }
  CHECK(stances.size() == 18);
}

TEST_CASE("articles gold matches samples/articles.jsonl", "[gold_files]") {
  CheckAgainstTexts(ReadGoldFile("articles.jsonl"),
                    JsonlTexts(std::string(SG_SOURCE_DIR) + "/samples/articles.jsonl"));
}

TEST_CASE("seeds gold matches the seed articles", "[gold_files]") {
  const std::vector<GoldEvent> gold = ReadGoldFile("seeds.jsonl");
  const std::filesystem::path seeds = std::string(SG_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::exists(seeds)) {
    WARN("skipped: " << seeds << " not found");
    return;
  }
  const std::map<std::string, std::string> texts = FolderTexts(seeds);
  CheckAgainstTexts(gold, texts);
  std::set<std::string> docs;
  for (const GoldEvent& g : gold) docs.insert(g.doc);
  CHECK(docs.size() == texts.size());  // every seed is annotated
}

}  // namespace
}  // namespace sg::eval
