#include "extract/text/sentence_splitter.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace sg::extract {
namespace {

std::vector<std::string> Texts(std::string_view text,
                               TextStart start = TextStart::kMayOpenWithHeading) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, start)) out.emplace_back(s.text);
  return out;
}

struct Row {
  const char* name;
  std::string input;
  std::vector<std::string> expected;
};

TEST_CASE("SplitSentences inside a paragraph", "[sentence_splitter]") {
  const Row rows[] = {
      {"two plain sentences",
       "Russia wants ties. The EU is wary.",
       {"Russia wants ties.", "The EU is wary."}},
      {"U.S. before a name",
       "U.S. President Joe Biden spoke. He left.",
       {"U.S. President Joe Biden spoke.", "He left."}},
      {"U.S. after a hyphen before a name",
       "He met then-U.S. Secretary of State John Kerry. They talked.",
       {"He met then-U.S. Secretary of State John Kerry.", "They talked."}},
      {"U.S. ends a sentence before an opener",
       "Talks were held in the U.S. The EU objected.",
       {"Talks were held in the U.S.", "The EU objected."}},
      {"a wire story's link code between sentences belongs to neither",
       "The rebels were to blame. [nL8N1N86I0] On Wednesday, Kenya objected. [nL2N1N805Y]",
       {"The rebels were to blame.", "On Wednesday, Kenya objected. [nL2N1N805Y]"}},
      {"a wire's editorial note that opens the text is a sentence of its own",
       "(Corrects paragraph 7 to show a warning (not a ban) on travel) HAVANA (Reuters) - Cuba "
       "objected. (Updates with quote) is no note here.",
       {"(Corrects paragraph 7 to show a warning (not a ban) on travel)",
        "HAVANA (Reuters) - Cuba objected.", "(Updates with quote) is no note here."}},
      {"a wire that capitalises the word after U.S. keeps 'U.S. And', 'U.S. Officials', "
       "'U.S. With' inside the sentence; 'The' and 'In' still open one",
       "Japan, the U.S. And West Germany agreed. U.S. Officials said it was followed by the "
       "U.S. With 14 pct. The U.S. Has asked Japan to act in the U.S. The EC objected in the "
       "U.S. In Tokyo, prices fell.",
       {"Japan, the U.S. And West Germany agreed.",
        "U.S. Officials said it was followed by the U.S. With 14 pct.",
        "The U.S. Has asked Japan to act in the U.S.", "The EC objected in the U.S.",
        "In Tokyo, prices fell."}},
      {"without wire capitals 'With' after U.S. opens a sentence",
       "Trade fell in the U.S. With prices up, Japan objected.",
       {"Trade fell in the U.S.", "With prices up, Japan objected."}},
      {"U.N. then lowercase",
       "The U.N. said on Monday it would help.",
       {"The U.N. said on Monday it would help."}},
      {"titles",
       "Mr. Peskov met Dr. Smith and Gen. Valery Gerasimov in St. Petersburg.",
       {"Mr. Peskov met Dr. Smith and Gen. Valery Gerasimov in St. Petersburg."}},
      {"month abbreviation before a day",
       "On Feb. 12 Lavrov spoke. Nothing changed.",
       {"On Feb. 12 Lavrov spoke.", "Nothing changed."}},
      {"No. 1",
       "He is the No. 1 diplomat. Others agree.",
       {"He is the No. 1 diplomat.", "Others agree."}},
      {"No. at a sentence end",
       "The answer was No. Russia left.",
       {"The answer was No.", "Russia left."}},
      {"initials",
       "Donald J. Trump met J. Smith. They talked.",
       {"Donald J. Trump met J. Smith.", "They talked."}},
      {"decimals and money",
       "Growth was 3.5 percent. Debt rose $1.5 trillion.",
       {"Growth was 3.5 percent.", "Debt rose $1.5 trillion."}},
      {"ellipsis inside a sentence",
       "We will increase spending ... by about 7 percent.",
       {"We will increase spending ... by about 7 percent."}},
      {"ellipsis ending a sentence",
       "\"We are against it... Let there be no doubt,\" he said.",
       {"\"We are against it...", "Let there be no doubt,\" he said."}},
      {"quote ending with a period",
       "\"We will.\" Then he left.",
       {"\"We will.\"", "Then he left."}},
      {"comma inside a quote then attribution",
       "\"We want ties,\" he said. Next came Lavrov.",
       {"\"We want ties,\" he said.", "Next came Lavrov."}},
      {"question then lowercase attribution",
       "\"Why now?\" he asked. Nobody knew!",
       {"\"Why now?\" he asked.", "Nobody knew!"}},
      {"question and exclamation", "Is it over? Yes! It is.", {"Is it over?", "Yes!", "It is."}},
      {"period after closing quote",
       "He hopes for \"small steps\". \"We are ready,\" he said.",
       {"He hopes for \"small steps\".", "\"We are ready,\" he said."}},
      {"no space after period",
       "New Delhi....reports Asian Lite and U.S.-led talks.",
       {"New Delhi....reports Asian Lite and U.S.-led talks."}},
      {"a space lost after a period between a word and a capitalised word",
       "\"We agree,\" it said.The talks ended. \"Go.\"He left.",
       {"\"We agree,\" it said.", "The talks ended.", "\"Go.\"He left."}},
      {"guard: no split inside web addresses, decimals or one-letter abbreviations",
       "See www.State.gov and e.g.The list, or state.gov.Then it rose 3.5 points.",
       {"See www.State.gov and e.g.The list, or state.gov.Then it rose 3.5 points."}},
      {"stray comma after period",
       "in Geneva and Vienna. , and that today",
       {"in Geneva and Vienna. , and that today"}},
      {"stray closing quote dropped", "in global affairs. \"", {"in global affairs."}},
      {"p.m. before a time word",
       "It began at 3 p.m. Moscow time. It ended.",
       {"It began at 3 p.m. Moscow time.", "It ended."}},
      {"Inc. ends a sentence before an opener",
       "He sued Acme Inc. The firm denied it.",
       {"He sued Acme Inc.", "The firm denied it."}},
      {"non-Latin text kept", "\xD0\x94\xD0\xB0.", {"\xD0\x94\xD0\xB0."}},
      {"empty", "", {}},
      {"only spaces and punctuation", "  \n - \n\n \"  ", {}},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(Texts(row.input) == row.expected);
  }
}

TEST_CASE("SplitSentences at line breaks", "[sentence_splitter]") {
  const std::string long_line(120, 'x');  // makes a page "one paragraph per line"
  const Row rows[] = {
      {"blank line always splits",
       "Kremlin sees no reciprocity\n\nThe Kremlin said so.",
       {"Kremlin sees no reciprocity", "The Kremlin said so."}},
      {"heading without blank line",
       "Russia wants to restore EU ties\nRussia is interested.",
       {"Russia wants to restore EU ties", "Russia is interested."}},
      {"date line then reading time",
       "February 9, 2021\n2 mins read",
       {"February 9, 2021", "2 mins read"}},
      {"page line ending in a period",
       long_line + ".\nthen lowercase.",
       {long_line + ".", "then lowercase."}},
      {"page line broken mid-sentence, lowercase next",
       long_line + " and\nthe EU agreed.",
       {long_line + " and\nthe EU agreed."}},
      {"page line broken mid-sentence, capital next",
       long_line + " with\nBrussels agreed.",
       {long_line + " with", "Brussels agreed."}},
      {"wrapped wire copy joins",
       "Showers continued throughout the week in\nthe cocoa zone, alleviating the drought since "
       "early\nJanuary and improving prospects for the crop,\nComissaria Smith said in its review.",
       {"Showers continued throughout the week in\nthe cocoa zone, alleviating the drought since "
        "early\nJanuary and improving prospects for the crop,\nComissaria Smith said in its "
        "review."}},
      {"wrapped copy: indented line starts a paragraph",
       "Comissaria Smith said in its weekly review of the crop.\n    The dry period means the crop "
       "will be late",
       {"Comissaria Smith said in its weekly review of the crop.",
        "The dry period means the crop will be late"}},
      {"wrapped copy: abbreviation at line end",
       "The plan was first proposed to the Treasury by the U.S.\nTreasury Secretary James Baker.",
       {"The plan was first proposed to the Treasury by the U.S.\nTreasury Secretary James "
        "Baker."}},
      {"wrapped copy: decimal at line end",
       "A cumulative total for the season of 5.93\nmln bags against 5.81 last year.",
       {"A cumulative total for the season of 5.93\nmln bags against 5.81 last year."}},
      {"wrapped copy: short first line ending in a function word",
       "Senators Alan Cranston and\nDaniel Evans said they introduced a bill to the Senate.",
       {"Senators Alan Cranston and\nDaniel Evans said they introduced a bill to the Senate."}},
      {"CR-free multi paragraph", "One.\n\n\n\nTwo.", {"One.", "Two."}},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(Texts(row.input) == row.expected);
  }
}

TEST_CASE("A story body opens with its first sentence, not a heading", "[sentence_splitter]") {
  // Wire copy whose dateline ("LISBON, March 26 - ") was cut off.
  const std::string body =
      "Portuguese Prime Minister Anibal Cavaco\nSilva said Portugal would hand back Macao to "
      "China.\nThe accord was initialled in Peking.";
  CHECK(Texts(body, TextStart::kBody) ==
        std::vector<std::string>{
            "Portuguese Prime Minister Anibal Cavaco\nSilva said Portugal would hand back Macao "
            "to China.",
            "The accord was initialled in Peking."});
  // A page may open with a heading.
  CHECK(Texts(body).front() == "Portuguese Prime Minister Anibal Cavaco");
  // A date line is no sentence's start; an indented line starts a paragraph.
  CHECK(Texts("February 9, 2021\nBy Elena Marsh", TextStart::kBody).size() == 2);
  CHECK(Texts("Macao handover agreed\n    Portugal said on Thursday", TextStart::kBody).size() ==
        2);
}

TEST_CASE("OpeningOf: a body when the title is kept apart and not repeated",
          "[sentence_splitter]") {
  CHECK(OpeningOf("", "Portuguese Prime Minister") == TextStart::kMayOpenWithHeading);
  CHECK(OpeningOf("PORTUGAL TO HAND BACK MACAO", "Portuguese Prime Minister\nSilva said") ==
        TextStart::kBody);
  CHECK(OpeningOf(" Macao deal ", "Macao deal\nPortugal said") == TextStart::kMayOpenWithHeading);
}

TEST_CASE("SplitSentences gives views with offsets and line numbers", "[sentence_splitter]") {
  const std::string text = "Title line\n\n   \"We will.\" Then he left.\nSecond para.";
  const std::vector<Sentence> sentences = SplitSentences(text);
  REQUIRE(sentences.size() == 4);
  const std::vector<std::size_t> offsets = {0, 15, 26, 40};
  const std::vector<int> lines = {1, 3, 3, 4};
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    INFO(k);
    CHECK(sentences[k].offset == offsets[k]);
    CHECK(sentences[k].line == lines[k]);
    CHECK(sentences[k].text.data() == text.data() + offsets[k]);
    CHECK_FALSE(sentences[k].text.empty());
  }
}

}  // namespace
}  // namespace sg::extract
