// Runs the five real scraped seed articles (../shared/corpus/seeds) through
// RepairUtf8 + NormalizeText + SplitSentences and checks properties a reader
// can verify by opening the files. Skipped, with a warning, when the shared
// corpus is not on this machine.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/text/normalizer.hpp"
#include "extract/text/sentence_splitter.hpp"
#include "extract/text/utf8.hpp"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(SG_SHARED_DIR) / "corpus" / "seeds";

struct Seed {
  std::string name;
  std::string text;  // normalized; sentences view into it
  std::vector<Sentence> sentences;
};

std::vector<Seed> LoadSeeds() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kSeeds)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Seed> seeds(paths.size());
  for (std::size_t k = 0; k < paths.size(); ++k) {
    std::ifstream in(paths[k], std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    seeds[k].name = paths[k].filename().string();
    seeds[k].text = NormalizeText(RepairUtf8(bytes.str()));
    seeds[k].sentences = SplitSentences(seeds[k].text);
  }
  return seeds;
}

const Seed* Find(const std::vector<Seed>& seeds, std::string_view prefix) {
  for (const Seed& seed : seeds) {
    if (seed.name.rfind(prefix, 0) == 0) return &seed;
  }
  return nullptr;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The sentence that starts with `prefix`, or nullptr.
const Sentence* SentenceStarting(const Seed& seed, std::string_view prefix) {
  for (const Sentence& s : seed.sentences) {
    if (StartsWith(s.text, prefix)) return &s;
  }
  return nullptr;
}

TEST_CASE("Seed articles split into clean sentences", "[corpus][sentence_splitter]") {
  if (!fs::is_directory(kSeeds)) {
    WARN("skipped: no seed corpus at " << kSeeds.string());
    return;
  }
  const std::vector<Seed> seeds = LoadSeeds();
  REQUIRE(seeds.size() == 5);

  SECTION("every sentence is a non-empty trimmed view at its offset") {
    for (const Seed& seed : seeds) {
      INFO(seed.name);
      REQUIRE(seed.sentences.size() > 10);
      std::size_t previous_end = 0;
      for (const Sentence& s : seed.sentences) {
        INFO(s.text);
        CHECK_FALSE(s.text.empty());
        CHECK(s.text.front() != ' ');
        CHECK(s.text.back() != ' ');
        CHECK(s.text.data() == seed.text.data() + s.offset);
        CHECK(s.offset >= previous_end);
        previous_end = s.offset + s.text.size();
      }
    }
  }

  SECTION("no sentence starts lowercase (no split after U.S., Mr., initials)") {
    for (const Seed& seed : seeds) {
      for (const Sentence& s : seed.sentences) {
        INFO(seed.name << ": " << s.text);
        CHECK_FALSE((s.text.front() >= 'a' && s.text.front() <= 'z'));
        CHECK_FALSE(EndsWith(s.text, "U.S."));
      }
    }
  }

  SECTION("001: the Peskov quote ends at 'he added.'") {
    const Seed* seed = Find(seeds, "001_");
    REQUIRE(seed != nullptr);
    const Sentence* quote = SentenceStarting(*seed, "\"On the contrary");
    REQUIRE(quote != nullptr);
    CHECK(EndsWith(quote->text, "he added."));
    CHECK(quote->line == 14);
    // The dateline and the reading time on the next line are two sentences.
    REQUIRE(seed->sentences.size() > 2);
    CHECK(seed->sentences[0].text == "February 9, 2021");
    CHECK(seed->sentences[1].text == "2 mins read");
  }

  SECTION("000: 'U.S. President' stays inside its sentence") {
    const Seed* seed = Find(seeds, "000_");
    REQUIRE(seed != nullptr);
    const Sentence* s = SentenceStarting(*seed, "The Kremlin on Saturday");
    REQUIRE(s != nullptr);
    CHECK(s->text.find("U.S. President Joe Biden") != std::string_view::npos);
    CHECK(EndsWith(s->text, "bullying tactics."));
  }

  SECTION("002: a headline without final punctuation is its own sentence") {
    const Seed* seed = Find(seeds, "002_");
    REQUIRE(seed != nullptr);
    REQUIRE(seed->sentences.size() > 1);
    CHECK(EndsWith(seed->sentences[0].text, "TASS"));
    CHECK(StartsWith(seed->sentences[1].text, "Russia stays"));
    CHECK(seed->sentences[1].line == 2);
  }

  SECTION("003: a quote after a period-outside-quote starts a sentence") {
    const Seed* seed = Find(seeds, "003_");
    REQUIRE(seed != nullptr);
    const Sentence* s = SentenceStarting(*seed, "\"We are prepared");
    REQUIRE(s != nullptr);
    CHECK(EndsWith(s->text, "minister said."));
  }
}

}  // namespace
}  // namespace sg::extract
