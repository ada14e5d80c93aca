#include "extract/tokenizer.hpp"

namespace sg::extract {
namespace {

bool IsAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsUpper(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0x80; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

void Push(std::vector<Token>& out, std::string_view s, std::string_view lowered, std::size_t begin,
          std::size_t end, bool is_word) {
  Token& t = out.emplace_back();  // built in place: a token per word of every sentence
  t.text = s.substr(begin, end - begin);
  t.lower = lowered.substr(begin, end - begin);
  t.begin = begin;
  t.end = end;
  t.is_word = is_word;
  t.capitalized = IsUpper(static_cast<unsigned char>(t.text[0]));
}

// End of the word starting at `i` (an alnum byte).
std::size_t WordEnd(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
  const std::size_t start = i;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (IsAlnum(c)) {
      ++i;
      continue;
    }
    const bool next_alnum = i + 1 < n && IsAlnum(static_cast<unsigned char>(s[i + 1]));
    if (c == '-' && next_alnum && i > start) {
      // "Russia-EU" joins two names: split (so does "Al-Qaeda", the same way
      // in an alias and in a sentence). "president-elect", "pro-Russian",
      // with a lower-case side, stay one word.
      const bool left_upper = IsUpper(static_cast<unsigned char>(s[start]));
      const bool right_upper = IsUpper(static_cast<unsigned char>(s[i + 1]));
      if (left_upper && right_upper) break;
      // "then-President Obama", "then-U.S. Secretary of State": "then"
      // dates the title after it, which is read as a title.
      if (right_upper && i - start == 4 && s.substr(start, 4) == "then") break;
      // "anti-U.S. sentiment", "non-U.S. markets": an initialism after the
      // hyphen ends the word with its dots.
      if (right_upper && i + 2 < n && s[i + 2] == '.') {
        std::size_t j = i + 1;
        while (j + 1 < n && IsUpper(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') j += 2;
        return j;
      }
      ++i;
      continue;
    }
    // "O'Neil", "D'Alema": one capital, an apostrophe and a capital are one
    // name (not the clitic of "Trump's").
    if (c == '\'' && i == start + 1 && IsUpper(static_cast<unsigned char>(s[start])) && i + 1 < n &&
        IsUpper(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
      continue;
    }
    if ((c == ',' || c == '.') && next_alnum && IsDigit(static_cast<unsigned char>(s[i - 1])) &&
        IsDigit(static_cast<unsigned char>(s[i + 1]))) {
      ++i;  // 22,000 and 3.5
      continue;
    }
    if (c == '.' && i - start == 1 && IsUpper(static_cast<unsigned char>(s[start]))) {
      // Initialisms: a single capital then a dot, repeated: U.S., U.N., U.K.
      std::size_t j = i;
      while (j + 1 < n && IsUpper(static_cast<unsigned char>(s[j + 1])) && j + 2 < n &&
             s[j + 2] == '.') {
        j += 2;
      }
      if (j > i) return j + 1;
    }
    break;
  }
  return i;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s, std::string_view lowered) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 1);  // about one token per five bytes of news text
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (IsAlnum(c)) {
      std::size_t end = WordEnd(s, i);
      // Clitic "n't": "didn't" -> did + n't.
      if (end + 1 < n && s[end] == '\'' && Lower(s[end + 1]) == 't' && end > i + 1 &&
          Lower(s[end - 1]) == 'n' &&
          (end + 2 >= n || !IsAlnum(static_cast<unsigned char>(s[end + 2])))) {
        Push(out, s, lowered, i, end - 1, true);
        Push(out, s, lowered, end - 1, end + 2, true);
        i = end + 2;
        continue;
      }
      Push(out, s, lowered, i, end, true);
      i = end;
      // Clitics "'s", "'re", "'ve", "'ll", "'d", "'m" after a word.
      if (i + 1 < n && s[i] == '\'' && IsAlnum(static_cast<unsigned char>(s[i + 1]))) {
        std::size_t j = i + 1;
        while (j < n && IsAlnum(static_cast<unsigned char>(s[j]))) ++j;
        if (j - i <= 3) {
          Push(out, s, lowered, i, j, true);
          i = j;
        }
      }
      continue;
    }
    Push(out, s, lowered, i, i + 1, false);
    ++i;
  }
  return out;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string JoinTokens(const std::vector<Token>& tokens, std::size_t first, std::size_t count) {
  std::string key;
  for (std::size_t k = first; k < first + count && k < tokens.size(); ++k) {
    if (k > first) key += ' ';
    key.append(tokens[k].text);
  }
  return key;
}

namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `word` (lower case) stands in `document` as a word of its own.
bool WrittenInLowerCase(std::string_view document, std::string_view word) {
  for (std::size_t at = document.find(word); at != std::string_view::npos;
       at = document.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !IsAsciiLetter(document[at - 1])) &&
        (end == document.size() || !IsAsciiLetter(document[end]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void WireCapitals::Lower(std::vector<Token>& tokens) {
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    const std::string_view before = tokens[k - 1].text;
    if (before.size() != 4 || before[1] != '.' || before[0] != 'U') continue;  // most tokens
    if (before != "U.S." && before != "U.K." && before != "U.N.") continue;
    Token& t = tokens[k];
    // Only a word in initial capitals: "U.S. ANNOUNCES" is a headline.
    if (!t.is_word || !t.capitalized || t.text.size() < 2 ||
        !(t.text[1] >= 'a' && t.text[1] <= 'z'))
      continue;
    if (titles_ != nullptr && titles_->count(t.lower)) continue;
    const auto [seen, added] = written_in_lower_case_.try_emplace(std::string(t.lower), false);
    if (added) seen->second = WrittenInLowerCase(document_, t.lower);
    if (seen->second) t.capitalized = false;
  }
}

}  // namespace sg::extract
