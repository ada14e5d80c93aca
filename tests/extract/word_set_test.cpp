#include "extract/word_set.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace sg::extract {
namespace {

TEST_CASE("WordSet holds exactly the words put in it", "[word_set]") {
  const WordSet pronouns = {"he", "she", "we"};
  CHECK(pronouns.count("he") == 1);
  CHECK(pronouns.count("she") == 1);
  CHECK(pronouns.count("we") == 1);
  // Same length or first byte as a member, but not a member.
  CHECK(pronouns.count("hi") == 0);
  CHECK(pronouns.count("sha") == 0);
  CHECK(pronouns.count("h") == 0);
  CHECK(pronouns.count("") == 0);
  CHECK(pronouns.count("He") == 0);  // case matters: callers look up lower case
  CHECK(pronouns.size() == 3);
}

TEST_CASE("WordSet keeps the first insertion of a word and its order", "[word_set]") {
  WordSet set;
  CHECK(set.empty());
  CHECK(set.count("said") == 0);
  set.insert("said");
  set.insert("told");
  set.insert("said");
  CHECK(set.size() == 2);
  CHECK(std::vector<std::string>(set.begin(), set.end()) ==
        std::vector<std::string>{"said", "told"});
}

TEST_CASE("WordSet grows past its first table and still finds every word", "[word_set]") {
  WordSet set;
  std::vector<std::string> words;
  // Appended, not "w" + ...: g++ 12 at -O3 warns falsely (-Wrestrict) on that.
  const auto word = [](char first, int i) { return std::string(1, first) += std::to_string(i); };
  for (int i = 0; i < 3000; ++i) words.push_back(word('w', i * 7919));
  for (const std::string& w : words) set.insert(w);
  CHECK(set.size() == words.size());
  for (const std::string& w : words) CHECK(set.count(w) == 1);
  for (int i = 0; i < 3000; ++i) CHECK(set.count(word('x', i)) == 0);
}

TEST_CASE("WordSet takes the empty word and very long words", "[word_set]") {
  const std::string long_word(200, 'a');
  WordSet set = {"", long_word};
  CHECK(set.count("") == 1);
  CHECK(set.count(long_word) == 1);
  CHECK(set.count(std::string(199, 'a')) == 0);
  CHECK(set.count(std::string(201, 'a')) == 0);
  CHECK(set.count(std::string(64, 'a')) == 0);  // shares the "longer than 62" length bit
}

TEST_CASE("WordSet looks up bytes above 0x7F", "[word_set]") {
  const WordSet set = {"\xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2", "\xC3\xA9t\xC3\xA9"};  // Киев, été
  CHECK(set.count("\xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2") == 1);
  CHECK(set.count("\xC3\xA9t\xC3\xA9") == 1);
  CHECK(set.count("\xC3\xA9t\xC3") == 0);
}

TEST_CASE("WordSet extends another set, which keeps its own words", "[word_set]") {
  const WordSet base = {"regarding", "concerning"};
  const WordSet more(base, {"about", "regarding"});
  CHECK(more.size() == 3);
  CHECK(more.count("about") == 1);
  CHECK(more.count("concerning") == 1);
  CHECK(base.count("about") == 0);
  CHECK(std::vector<std::string>(more.begin(), more.end()) ==
        std::vector<std::string>{"regarding", "concerning", "about"});
}

}  // namespace
}  // namespace sg::extract
