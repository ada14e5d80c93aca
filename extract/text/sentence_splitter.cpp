// Why hand-written and not ICU's sentence BreakIterator (libicu 72, measured
// on the shared corpus; disagreements read and judged one by one):
//   seeds (5 pages, 138 sentences): ICU made 2 wrong splits ("U.S. |President",
//     "U.S. |Capitol"); this splitter 0 and no split ICU lacked.
//   reuters-politics-2017 (40 stories, 583 sentences): ICU "en" made 73 extra
//     splits, all wrong but one ("U.S. |Senate" x60, "George W. |Bush",
//     "No. |2", "Dec. |31", "p.m. |(1830 GMT)", "Mr. |Manafort"); the one it
//     got right and this splitter misses: "Washington D.C. |Downing".
//     "en@ss=standard" (ICU's abbreviation suppressions) still made 66.
//   Reuters-21578 (25 wrapped stories): ICU breaks at every line break (644
//     extra splits); with lines pre-joined it made 13 extra, all wrong, and
//     this splitter's 97 extra are table rows and bullet lines.
#include "extract/text/sentence_splitter.hpp"

#include <algorithm>
#include <array>

namespace sg::extract {
namespace {

// A text whose longest line is at most this long was hard-wrapped by its
// source (Reuters-21578 wraps near 70 columns, e-mail near 72-78); pages that
// put one paragraph per line have much longer lines.
constexpr std::size_t kMaxWrappedLineLength = 100;
// In wrapped text a line shorter than this that ends mid-sentence is a
// heading or the short last line of something, not a wrapped line.
constexpr std::size_t kMinWrappedLineLength = 40;

// Abbreviations that precede a name and so never end a sentence.
constexpr std::array<std::string_view, 36> kTitleAbbreviations = {
    "Mr",   "Mrs", "Ms",   "Messrs", "Mme",  "Dr",   "Prof", "Gen", "Lt",  "Col", "Maj", "Capt",
    "Cpt",  "Sgt", "Cpl",  "Pvt",    "Adm",  "Cmdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon",
    "Pres", "Amb", "Atty", "Supt",   "Insp", "St",   "Ste",  "Mt",  "Ft",  "vs",  "Sec", "Det"};
// What a wire's editorial note opens with, after its bracket: "(Corrects
// paragraph 7 to show ...)", "(Refiles to add ...)".
constexpr std::array<std::string_view, 7> kNoteVerbs = {"Corrects", "Refiles", "Updates",  "Adds",
                                                        "Recasts",  "Fixes",   "Clarifies"};
// Abbreviations that precede a number ("No. 1", "Art. 5"); before anything
// else they are ordinary words ("The answer was No.").
constexpr std::array<std::string_view, 11> kNumberAbbreviations = {
    "No", "Nos", "Art", "Fig", "Vol", "Ch", "pp", "p", "Para", "Op", "Nr"};
// Month abbreviations: inside a sentence before a day ("Feb. 12"), otherwise
// treated like other abbreviations that may end a sentence.
constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
// Abbreviations that may end a sentence as well as sit inside one, among
// them US state abbreviations of wire datelines ("WEST PALM BEACH, Fla.
// (Reuters) -").
constexpr std::array<std::string_view, 48> kFinalAbbreviations = {
    "Inc",  "Corp", "Ltd", "Co",   "Jr",  "Sr",   "Bros", "etc",   "al",   "approx", "Dept", "Govt",
    "Univ", "Assn", "Ave", "Blvd", "Ala", "Ariz", "Ark",  "Calif", "Colo", "Conn",   "Del",  "Fla",
    "Ga",   "Ill",  "Ind", "Kan",  "Ky",  "La",   "Md",   "Mass",  "Mich", "Minn",   "Miss", "Mo",
    "Mont", "Neb",  "Nev", "Okla", "Ore", "Pa",   "Tenn", "Tex",   "Va",   "Vt",     "Wash", "Wis"};
// Words that typically open an English sentence. After an abbreviation or
// acronym that can also end a sentence ("U.S.", "Inc.") they decide that it
// did: "in the U.S. The talks" splits, "the U.S. Treasury" does not.
constexpr std::array<std::string_view, 52> kSentenceOpeners = {
    "A",     "An",        "The",   "He",    "She",       "It",     "We",   "They",    "I",
    "You",   "His",       "Her",   "Its",   "Our",       "Their",  "This", "That",    "These",
    "Those", "There",     "But",   "And",   "Or",        "So",     "Yet",  "However", "In",
    "On",    "At",        "For",   "With",  "After",     "Before", "When", "While",   "If",
    "As",    "Meanwhile", "Also",  "Some",  "Many",      "Most",   "Both", "Asked",   "Earlier",
    "Later", "Last",      "Since", "Under", "Officials", "Such",   "What"};

// Some wires capitalise the word after "U.S." as if a sentence began there
// ("the U.S. And Japan", "U.S. Officials said", "the U.S. Has asked"). A
// text that does so with a verb or a function word, which a sentence after
// "U.S." hardly opens with, writes wire capitals (WritesWireCapitals).
constexpr std::array<std::string_view, 21> kWireCapitalSigns = {
    "And",   "Or",   "Of",    "To",     "From", "By",  "Than", "Has",  "Is",   "Was",      "Were",
    "Would", "Will", "Could", "Should", "Must", "Did", "Does", "Said", "Says", "Officials"};
// In such a text these openers after "U.S." are mostly its capitalised next
// word, not a new sentence: "imports from the U.S. And Canada", "followed by
// the U.S. With 14.9 pct", "a pact with the U.S. On semiconductors". (Read
// in Reuters-21578: "In" and "But" after "U.S." as often open a sentence.)
constexpr std::array<std::string_view, 9> kWireMidSentenceWords = {
    "And", "Or", "Officials", "With", "For", "On", "At", "Under", "Both"};

// Words that cannot end a heading: a line ending in one was wrapped.
constexpr std::array<std::string_view, 30> kFunctionWords = {
    "a",    "an",  "the",   "and", "or",   "but", "of",   "in",    "to",   "for",
    "with", "by",  "on",    "at",  "from", "as",  "that", "which", "who",  "its",
    "his",  "her", "their", "is",  "are",  "was", "were", "has",   "have", "than"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& table, std::string_view word) {
  return std::find(table.begin(), table.end(), word) != table.end();
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool IsTerminal(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool IsOpener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }

// Any byte of a multi-byte UTF-8 sequence counts as a letter: non-Latin text
// must not be dropped as "punctuation only".
bool HasWordCharacter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return IsAsciiLetter(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// "U.S" (the final '.' already cut off), "U.N", "p.m", "E.U": letter groups
// of one or two separated by dots.
bool IsDottedAcronym(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  std::size_t group = 0;
  for (char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if (IsAsciiLetter(c) && group < 2) {
      ++group;
    } else {
      return false;
    }
  }
  return group > 0;
}

// The token after a candidate boundary, with opening quotes/brackets skipped.
struct NextToken {
  std::string_view word;  // leading ASCII letters (may be empty)
  char first = '\0';      // first character after the openers
  bool quoted = false;    // began with an opening quote
};

// Past a wire story's link code and the spaces after it: "... not Assad's
// government. [nL8N1N86I0] On Wednesday, ..." (Reuters cites related
// stories this way). The code belongs to neither sentence.
std::size_t SkipStoryCode(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos + 2 >= end || text[pos] != '[' || text[pos + 1] != 'n') return pos;
  std::size_t k = pos + 2;
  while (k < end && (IsDigit(text[k]) || IsAsciiUpper(text[k]))) ++k;
  if (k >= end || text[k] != ']' || k - pos - 2 < 6) return pos;
  ++k;
  while (k < end && IsSpace(text[k])) ++k;
  return k;
}

NextToken ReadNextToken(std::string_view text, std::size_t pos, std::size_t end) {
  NextToken next;
  while (pos < end && IsOpener(text[pos])) {
    next.quoted = next.quoted || text[pos] == '"';
    ++pos;
  }
  if (pos >= end) return next;
  next.first = text[pos];
  std::size_t stop = pos;
  while (stop < end && IsAsciiLetter(text[stop])) ++stop;
  next.word = text.substr(pos, stop - pos);
  return next;
}

// After an abbreviation that may end a sentence, a quote or a typical opener
// starts a new one; "(Reuters)" after "Fla." does not.
bool OpensSentence(const NextToken& next) {
  return next.quoted || Contains(kSentenceOpeners, next.word);
}

// Whether `word` is "U.S", "U.K" or "U.N" (the final '.' already cut off).
bool IsStateAcronym(std::string_view word) {
  return word == "U.S" || word == "U.K" || word == "U.N";
}

// Whether `text` writes wire capitals: "U.S." (or "U.K.", "U.N.") followed by
// one of kWireCapitalSigns.
bool WritesWireCapitals(std::string_view text) {
  for (const std::string_view acronym : {"U.S.", "U.K.", "U.N."}) {
    for (std::size_t at = text.find(acronym); at != std::string_view::npos;
         at = text.find(acronym, at + 1)) {
      std::size_t k = at + acronym.size();
      if (k >= text.size() || !IsSpace(text[k])) continue;
      while (k < text.size() && IsSpace(text[k])) ++k;
      std::size_t stop = k;
      while (stop < text.size() && IsAsciiLetter(text[stop])) ++stop;
      if (Contains(kWireCapitalSigns, text.substr(k, stop - k))) return true;
    }
  }
  return false;
}

// Decides whether the terminal run text[run_begin, run_end) ends a sentence,
// given the token that follows it (after spaces and closing quotes).
bool EndsSentence(std::string_view text, std::size_t block_begin, std::size_t run_begin,
                  std::size_t run_end, const NextToken& next, bool wire_capitals) {
  const std::string_view run = text.substr(run_begin, run_end - run_begin);
  // A sentence never starts with a comma: "in Vienna. , and that" is a typo.
  if (std::string_view(",;:").find(next.first) != std::string_view::npos) return false;
  const bool starts_lowercase = IsAsciiLower(next.first);
  if (run.find_first_of("!?") != std::string_view::npos || run.size() >= 3) {
    // '?', '!' and '...' inside a sentence are followed by lowercase:
    // "'Why?' he asked", "spending ... by about 7 percent".
    return !starts_lowercase;
  }
  if (starts_lowercase) return false;

  // The word before the period, without opening or closing quotes/brackets.
  std::size_t word_begin = run_begin;
  while (word_begin > block_begin && !IsSpace(text[word_begin - 1])) --word_begin;
  std::string_view word = text.substr(word_begin, run_begin - word_begin);
  while (!word.empty() && IsOpener(word.front())) word.remove_prefix(1);
  while (!word.empty() && IsCloser(word.back())) word.remove_suffix(1);
  // "then-U.S. Secretary of State", "anti-U.S.": the abbreviation is the
  // part after the hyphen.
  if (const std::size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos) {
    word.remove_prefix(hyphen + 1);
  }
  if (word.empty()) return true;

  if (Contains(kTitleAbbreviations, word)) return false;
  const bool month = Contains(kMonthAbbreviations, word);
  if ((month || Contains(kNumberAbbreviations, word)) && IsDigit(next.first)) return false;
  const bool initial = word.size() == 1 && IsAsciiUpper(word[0]);
  if (wire_capitals && IsStateAcronym(word) && Contains(kWireMidSentenceWords, next.word)) {
    return false;
  }
  if (initial || month || IsDottedAcronym(word) || Contains(kFinalAbbreviations, word)) {
    return OpensSentence(next);
  }
  return true;
}

struct Line {
  std::size_t begin;         // first byte
  std::size_t end;           // one past the last byte, '\n' excluded
  std::string_view content;  // trimmed
  std::size_t indent;        // leading spaces
};

std::vector<Line> ReadLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    const std::string_view raw = text.substr(start, newline - start);
    const std::size_t indent = std::min(raw.find_first_not_of(" \t"), raw.size());
    lines.push_back({start, newline, TrimSpaces(raw), indent});
    start = newline + 1;
  }
  return lines;
}

// The last character of a line that decides how it ends: closing quotes and
// brackets are looked through ('... he added."' ends in '.').
char FinalCharacter(std::string_view content) {
  while (content.size() > 1 && IsCloser(content.back())) content.remove_suffix(1);
  return content.back();
}

bool EndsInFunctionWord(std::string_view content) {
  std::size_t begin = content.size();
  while (begin > 0 && IsAsciiLetter(content[begin - 1])) --begin;
  return Contains(kFunctionWords, content.substr(begin));
}

// Whether the break between two non-blank lines `a` and `b` must end a
// sentence (true) or is a wrap inside a paragraph (false, and then the
// punctuation scan treats the '\n' as a space).
bool IsHardBreak(const Line& a, const Line& b, bool wrapped_text, bool body_first_line) {
  if (b.indent > a.indent) return true;  // indented first line of a paragraph
  const char first_of_b = b.content.front();
  // A digit does not continue: "February 9, 2021" / "2 mins read" are two lines.
  const bool b_continues = IsAsciiLower(first_of_b) ||
                           std::string_view(",;:)]%&").find(first_of_b) != std::string_view::npos;
  if (IsTerminal(FinalCharacter(a.content))) {
    // In wrapped copy the punctuation scan decides ("the U.S.\nTreasury");
    // a page line that ends in a period ends its paragraph.
    return !wrapped_text;
  }
  if (b_continues) return false;
  if (!wrapped_text) return true;
  // A wrapped line may be short when a dateline took the start of it
  // ("SALVADOR, Feb 26 - " + "Sens. Alan Cranston and"), but a line that ends
  // in a comma or a function word is mid-sentence whatever its length; a
  // heading never ends that way.
  const char last = a.content.back();
  if (last == ',' || last == ';' || last == ':' || EndsInFunctionWord(a.content)) return false;
  // No heading opens a story's body: its short first line runs on.
  if (body_first_line && IsAsciiLetter(last) && b.indent == a.indent) return false;
  return a.content.size() < kMinWrappedLineLength;
}

// Scraped copy sometimes loses the space after a period: "... it
// said.The United States has". The single '.' at [run_begin, run_end), with
// closers up to close_end and no space after, ends a sentence when a whole
// lowercase word of two or more letters stands before it and a capitalised
// word followed by a space after it. "U.S.-led", "3.5", "e.g.",
// "Amazon.com" and "www.State.gov" do not.
bool IsMissingSpaceBoundary(std::string_view text, std::size_t block_begin, std::size_t run_begin,
                            std::size_t run_end, std::size_t close_end, std::size_t end) {
  if (run_end - run_begin != 1 || text[run_begin] != '.') return false;
  std::size_t word_begin = run_begin;
  while (word_begin > block_begin && IsAsciiLower(text[word_begin - 1])) --word_begin;
  const bool whole_word =
      word_begin == block_begin || IsSpace(text[word_begin - 1]) || IsOpener(text[word_begin - 1]);
  if (run_begin - word_begin < 2 || !whole_word) return false;
  if (close_end + 1 >= end || !IsAsciiUpper(text[close_end]) ||
      !IsAsciiLower(text[close_end + 1])) {
    return false;
  }
  std::size_t next_end = close_end;
  while (next_end < end && IsAsciiLetter(text[next_end])) ++next_end;
  return next_end < end && IsSpace(text[next_end]);
}

// Splits one block (lines already joined) at its sentence boundaries and
// appends the pieces.
void SplitBlock(std::string_view text, std::size_t begin, std::size_t end, bool wire_capitals,
                std::vector<std::pair<std::size_t, std::size_t>>& pieces) {
  std::size_t sentence_begin = begin;
  while (sentence_begin < end && IsSpace(text[sentence_begin])) ++sentence_begin;
  const std::string_view opening = text.substr(sentence_begin, end - sentence_begin);
  if (const std::size_t note = EditorialNoteLength(opening); note > 0) {
    pieces.emplace_back(sentence_begin, sentence_begin + note);
    sentence_begin += note;
  }
  std::size_t i = sentence_begin;
  while (i < end) {
    if (!IsTerminal(text[i])) {
      ++i;
      continue;
    }
    std::size_t run_end = i;
    while (run_end < end && IsTerminal(text[run_end])) ++run_end;
    std::size_t close_end = run_end;
    while (close_end < end && IsCloser(text[close_end])) ++close_end;
    if (close_end < end && !IsSpace(text[close_end])) {
      if (IsMissingSpaceBoundary(text, begin, i, run_end, close_end, end)) {
        pieces.emplace_back(sentence_begin, close_end);
        sentence_begin = close_end;
      }
      i = run_end;  // "3.5", "U.S.-led", "Delhi....reports": no space, no boundary
      continue;
    }
    std::size_t next = close_end;
    while (next < end && IsSpace(text[next])) ++next;
    next = SkipStoryCode(text, next, end);
    if (next < end &&
        EndsSentence(text, begin, i, run_end, ReadNextToken(text, next, end), wire_capitals)) {
      pieces.emplace_back(sentence_begin, close_end);
      sentence_begin = next;
    }
    i = close_end;
  }
  pieces.emplace_back(sentence_begin, end);
}

}  // namespace

std::size_t EditorialNoteLength(std::string_view text) {
  if (text.empty() || text.front() != '(') return 0;
  const std::string_view rest = text.substr(1);
  const bool note = std::any_of(kNoteVerbs.begin(), kNoteVerbs.end(), [&](std::string_view verb) {
    return rest.substr(0, verb.size()) == verb && rest.size() > verb.size() &&
           rest[verb.size()] == ' ';
  });
  if (!note) return 0;
  int depth = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '(') ++depth;
    if (text[k] == ')' && --depth == 0) return k + 1;
  }
  return 0;  // no closing bracket: not a note we can tell from the story
}

TextStart OpeningOf(std::string_view title, std::string_view clean_text) {
  title = TrimSpaces(title);
  if (title.empty()) return TextStart::kMayOpenWithHeading;
  const std::string_view text = TrimSpaces(clean_text);
  const bool repeats_title = text.substr(0, title.size()) == title;
  return repeats_title ? TextStart::kMayOpenWithHeading : TextStart::kBody;
}

std::vector<Sentence> SplitSentences(std::string_view clean_text, TextStart start) {
  const std::vector<Line> lines = ReadLines(clean_text);
  const bool wrapped_text = std::all_of(lines.begin(), lines.end(), [](const Line& line) {
    return line.content.size() <= kMaxWrappedLineLength;
  });
  const auto first_text = std::find_if(lines.begin(), lines.end(),
                                       [](const Line& line) { return !line.content.empty(); });
  const Line* first_line = first_text == lines.end() ? nullptr : &*first_text;
  const bool wire_capitals = WritesWireCapitals(clean_text);

  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  const Line* block_first = nullptr;
  const Line* previous = nullptr;
  for (const Line& line : lines) {
    if (line.content.empty()) {
      if (block_first != nullptr)
        SplitBlock(clean_text, block_first->begin, previous->end, wire_capitals, pieces);
      block_first = nullptr;
      previous = nullptr;
      continue;
    }
    const bool body_first_line = start == TextStart::kBody && previous == first_line;
    if (block_first != nullptr && IsHardBreak(*previous, line, wrapped_text, body_first_line)) {
      SplitBlock(clean_text, block_first->begin, previous->end, wire_capitals, pieces);
      block_first = nullptr;
    }
    if (block_first == nullptr) block_first = &line;
    previous = &line;
  }
  if (block_first != nullptr)
    SplitBlock(clean_text, block_first->begin, previous->end, wire_capitals, pieces);

  std::vector<Sentence> sentences;
  sentences.reserve(pieces.size());
  std::size_t line_index = 0;  // pieces are in text order, so lines are found by walking
  for (const auto& [piece_begin, piece_end] : pieces) {
    const std::string_view text =
        TrimSpaces(clean_text.substr(piece_begin, piece_end - piece_begin));
    if (!HasWordCharacter(text)) continue;
    const auto offset = static_cast<std::size_t>(text.data() - clean_text.data());
    while (line_index + 1 < lines.size() && lines[line_index + 1].begin <= offset) ++line_index;
    sentences.push_back({text, offset, static_cast<int>(line_index) + 1});
  }
  return sentences;
}

}  // namespace sg::extract
