#include "extract/literal_set.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace sg::extract {
namespace {

std::vector<int> Found(const LiteralSet& set, std::string_view text) {
  std::vector<int> found;
  set.Match(text, &found);
  return found;
}

// The literals a plain search finds, ASCII case ignored: the reference.
std::vector<int> Naive(const std::vector<std::string>& literals, std::string text) {
  const auto lower = [](std::string s) {
    for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return s;
  };
  text = lower(text);
  std::vector<int> found;
  for (std::size_t i = 0; i < literals.size(); ++i) {
    if (text.find(lower(literals[i])) != std::string::npos) found.push_back(static_cast<int>(i));
  }
  return found;
}

TEST_CASE("LiteralSet finds every literal in the text, once, in index order", "[literal_set]") {
  const LiteralSet set({"sanction", "talks with", " on", "he", "she", "hers", "ion "});
  CHECK(Found(set, "").empty());
  CHECK(Found(set, "The EU imposed sanctions on Russia") == std::vector<int>{0, 2, 3});
  // Overlapping and nested literals: "she" holds "he", "hers" starts inside "she".
  CHECK(Found(set, "ushers") == std::vector<int>{3, 4, 5});
  CHECK(Found(set, "talks with, talks with") == std::vector<int>{1});
  CHECK(Found(set, "the sanction ") == std::vector<int>{0, 3, 6});
  CHECK(Found(set, "nothing here") == std::vector<int>{3});  // "here" holds "he"
  CHECK(Found(set, "xyz").empty());
}

TEST_CASE("LiteralSet ignores ASCII case, not other bytes", "[literal_set]") {
  const LiteralSet set({"Talks With", "\xC3\xA9t\xC3\xA9"});
  CHECK(Found(set, "TALKS WITH Putin") == std::vector<int>{0});
  CHECK(Found(set, "talks with") == std::vector<int>{0});
  CHECK(Found(set, "un \xC3\xA9t\xC3\xA9 chaud") == std::vector<int>{1});
  CHECK(Found(set, "un \xC3\x89T\xC3\x89").empty());  // ÉTÉ: not ASCII, not folded
}

TEST_CASE("LiteralSet with no literals, an empty literal, duplicates", "[literal_set]") {
  CHECK(Found(LiteralSet(), "anything").empty());
  CHECK(Found(LiteralSet(std::vector<std::string>{}), "anything").empty());
  CHECK(Found(LiteralSet({"", "ab"}), "xyz") == std::vector<int>{0});
  CHECK(Found(LiteralSet({"ab", "ab"}), "cab") == std::vector<int>{0, 1});
}

TEST_CASE("LiteralSet agrees with a plain search on random text", "[literal_set]") {
  std::mt19937 random(2017);
  const std::string alphabet = "abcAB \xC3\xA9";
  const auto random_string = [&](std::size_t max_length) {
    std::string s(std::uniform_int_distribution<std::size_t>(1, max_length)(random), ' ');
    for (char& c : s) c = alphabet[random() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> literals;
    for (int i = 0; i < 30; ++i) literals.push_back(random_string(4));
    const LiteralSet set(literals);
    for (int k = 0; k < 20; ++k) {
      const std::string text = random_string(40);
      INFO("text: " << text);
      CHECK(Found(set, text) == Naive(literals, text));
    }
  }
}

}  // namespace
}  // namespace sg::extract
