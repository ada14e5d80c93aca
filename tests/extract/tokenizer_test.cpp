#include "extract/tokenizer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace sg::extract {
namespace {

std::vector<std::string> Texts(std::string_view sentence) {
  std::vector<std::string> out;
  const std::string lowered = AsciiLower(sentence);
  for (const Token& t : Tokenize(sentence, lowered)) out.emplace_back(t.text);
  return out;
}

TEST_CASE("Tokenize splits sentences into words and punctuation", "[tokenizer]") {
  struct Row {
    const char* name;
    std::string sentence;
    std::vector<std::string> expected;
  };
  const Row rows[] = {
      {"empty", "", {}},
      {"white space only", " \t\r\n ", {}},
      {"header example",
       "The U.S. didn't accuse Russia-EU talks.",
       {"The", "U.S.", "did", "n't", "accuse", "Russia", "-", "EU", "talks", "."}},
      {"initialisms", "U.N. and U.K. envoys", {"U.N.", "and", "U.K.", "envoys"}},
      {"three-letter initialism", "the U.S.A. said", {"the", "U.S.A.", "said"}},
      {"initialism at sentence end", "sanctions on the U.S.", {"sanctions", "on", "the", "U.S."}},
      {"initialism then hyphen", "U.S.-Russia talks", {"U.S.", "-", "Russia", "talks"}},
      {"abbreviation is not an initialism", "Mr. Putin", {"Mr", ".", "Putin"}},
      {"single initial then space", "J. Biden", {"J", ".", "Biden"}},
      {"spaced initials", "George H. W. Bush", {"George", "H", ".", "W", ".", "Bush"}},
      {"lower-case hyphen compound", "president-elect Biden", {"president-elect", "Biden"}},
      {"prefix before a name",
       "pro-Russian and anti-EU groups",
       {"pro-Russian", "and", "anti-EU", "groups"}},
      {"prefix before an initialism", "anti-U.S. sentiment", {"anti-U.S.", "sentiment"}},
      {"'then' before a title",
       "then-President Obama and then-U.S. envoys",
       {"then", "-", "President", "Obama", "and", "then", "-", "U.S.", "envoys"}},
      {"two names joined", "Biden-Putin summit", {"Biden", "-", "Putin", "summit"}},
      {"two capitalised parts", "Al-Qaeda", {"Al", "-", "Qaeda"}},
      {"dates keep their hyphens", "on 2021-02-08 ,", {"on", "2021-02-08", ","}},
      {"dash between words", "Russia - EU", {"Russia", "-", "EU"}},
      {"trailing hyphen", "pre- and post-war", {"pre", "-", "and", "post-war"}},
      {"n't clitic", "Moscow didn't agree", {"Moscow", "did", "n't", "agree"}},
      {"n't at the end", "it isn't", {"it", "is", "n't"}},
      {"n't upper case", "DON'T", {"DO", "N'T"}},
      {"can't", "they can't", {"they", "ca", "n't"}},
      {"possessive", "Russia's envoy", {"Russia", "'s", "envoy"}},
      {"other clitics",
       "we'll, they're, I'm, we've, she'd",
       {"we", "'ll", ",", "they", "'re", ",", "I", "'m", ",", "we", "'ve", ",", "she", "'d"}},
      {"one capital, an apostrophe and a capital are one name",
       "O'Brien and D'Alema",
       {"O'Brien", "and", "D'Alema"}},
      {"a lower-case letter after the apostrophe is a clitic", "I'm", {"I", "'m"}},
      {"thousands separator", "22,000 troops", {"22,000", "troops"}},
      {"decimal", "3.5 percent", {"3.5", "percent"}},
      {"number then comma", "in 2021, Russia", {"in", "2021", ",", "Russia"}},
      {"number then period", "in 2021.", {"in", "2021", "."}},
      {"currency and percent", "$22,000 or 3.5%", {"$", "22,000", "or", "3.5", "%"}},
      {"double quotes", "said \"never\" again", {"said", "\"", "never", "\"", "again"}},
      {"single quotes", "'Russia' said", {"'", "Russia", "'", "said"}},
      {"parentheses", "the Kremlin (Moscow) said", {"the", "Kremlin", "(", "Moscow", ")", "said"}},
      {"Zelenskyy", "Zelenskyy said", {"Zelenskyy", "said"}},
      {"Merkel's", "Merkel's spokesman", {"Merkel", "'s", "spokesman"}},
      {"Turkish g breve",
       "Erdo\xC4\x9F"
       "an met",
       {"Erdo\xC4\x9F"
        "an",
        "met"}},
      {"Cyrillic",
       "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD, "
       "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C.",
       {"\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", ",",
        "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C", "."}},
      {"Cyrillic possessive",
       "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD's",
       {"\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", "'s"}},
  };
  for (const Row& row : rows) {
    INFO(row.name << ": " << row.sentence);
    CHECK(Texts(row.sentence) == row.expected);
  }
}

TEST_CASE("Tokenize records offsets, lower case and kind", "[tokenizer]") {
  const std::string sentence = "  Russia's U.N. envoy, \xC3\x89milie!";
  const std::string lowered = AsciiLower(sentence);
  const std::vector<Token> tokens = Tokenize(sentence, lowered);
  struct Row {
    std::string text, lower;
    std::size_t begin, end;
    bool is_word, capitalized;
  };
  const std::vector<Row> expected = {
      {"Russia", "russia", 2, 8, true, true},
      {"'s", "'s", 8, 10, true, false},
      {"U.N.", "u.n.", 11, 15, true, true},
      {"envoy", "envoy", 16, 21, true, false},
      {",", ",", 21, 22, false, false},
      {"\xC3\x89milie", "\xC3\x89milie", 23, 30, true, true},  // non-ASCII is left as is
      {"!", "!", 30, 31, false, false},
  };
  REQUIRE(tokens.size() == expected.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    INFO("token " << i);
    CHECK(std::string(tokens[i].text) == expected[i].text);
    CHECK(tokens[i].lower == expected[i].lower);
    CHECK(tokens[i].begin == expected[i].begin);
    CHECK(tokens[i].end == expected[i].end);
    CHECK(sentence.substr(tokens[i].begin, tokens[i].end - tokens[i].begin) == expected[i].text);
    CHECK(tokens[i].is_word == expected[i].is_word);
    CHECK(tokens[i].capitalized == expected[i].capitalized);
  }
}

TEST_CASE("JoinTokens joins a range of tokens with single spaces", "[tokenizer]") {
  const std::string sentence = "the  Russian\tForeign Ministry's (spokeswoman)";
  const std::string lowered = AsciiLower(sentence);
  const std::vector<Token> tokens = Tokenize(sentence, lowered);
  struct Row {
    std::size_t first, count;
    std::string expected;
  };
  const Row rows[] = {
      {0, 0, ""},
      {1, 1, "Russian"},
      {1, 3, "Russian Foreign Ministry"},
      {3, 2, "Ministry 's"},
      {5, 3, "( spokeswoman )"},
      {6, 10, "spokeswoman )"},  // clipped at the end
      {9, 1, ""},
  };
  for (const Row& row : rows) {
    INFO("first " << row.first << " count " << row.count);
    CHECK(JoinTokens(tokens, row.first, row.count) == row.expected);
  }
}

TEST_CASE("WireCapitals lowers a common word capitalised after U.S.", "[tokenizer]") {
  const std::string document =
      "The threat worried Tokyo. The U.S. Threat to impose tariffs and the U.S. Senate vote and "
      "the U.S. ANNOUNCES headline and the U.K. Has said so, as it has.";
  const std::string sentence = document.substr(document.find("The U.S."));
  const std::string lowered = AsciiLower(sentence);
  std::vector<Token> tokens = Tokenize(sentence, lowered);
  WireCapitals(document).Lower(tokens);
  const auto capitalized = [&](std::string_view word) {
    for (const Token& t : tokens) {
      if (t.text == word) return t.capitalized;
    }
    FAIL("no token " << word);
    return false;
  };
  CHECK_FALSE(capitalized("Threat"));  // "threat" is written in lower case too
  CHECK(capitalized("Senate"));        // "senate" is not
  CHECK(capitalized("ANNOUNCES"));     // a headline in capitals
  CHECK_FALSE(capitalized("Has"));     // after "U.K." as well
  CHECK(capitalized("The"));           // only the word after an initialism
}

TEST_CASE("WireCapitals keeps the capital of a title word", "[tokenizer]") {
  const std::string document =
      "The assistant secretary spoke. He met U.S. Secretary of State Rex Tillerson.";
  const std::string sentence = document.substr(document.find("He met"));
  const std::string lowered = AsciiLower(sentence);
  const WordSet titles = {"secretary", "minister"};
  std::vector<Token> lowered_tokens = Tokenize(sentence, lowered);
  std::vector<Token> title_tokens = lowered_tokens;
  WireCapitals(document).Lower(lowered_tokens);
  WireCapitals(document, &titles).Lower(title_tokens);
  CHECK_FALSE(lowered_tokens[3].capitalized);  // "Secretary", written "secretary" too
  CHECK(title_tokens[3].capitalized);          // a title keeps its capital
}

}  // namespace
}  // namespace sg::extract
