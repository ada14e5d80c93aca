// Tokenize: a cleaned sentence -> word and punctuation tokens.
//
//   const std::string text = "The U.S. didn't accuse Russia-EU talks.";
//   const std::string lowered = sg::extract::AsciiLower(text);
//   auto tokens = sg::extract::Tokenize(text, lowered);
//   // The | U.S. | did | n't | accuse | Russia | - | EU | talks | .
//   // tokens[0].lower == "the", a view into `lowered`
//
// The rule loader tokenizes every alias with this same function, so a name in
// the rules and the same name in a sentence always give the same tokens.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/word_set.hpp"

namespace sg::extract {

struct Token {
  std::string_view text;   // a view into the sentence
  std::string_view lower;  // the same bytes in the lower-cased sentence, for word lists
  std::size_t begin = 0;   // byte offsets in the sentence
  std::size_t end = 0;
  bool is_word = false;      // letters/digits (or a clitic like 's, n't); false for punctuation
  bool capitalized = false;  // starts with an upper-case ASCII letter or a non-ASCII letter
};

// Splits on white space; a word is a run of letters and digits (any non-ASCII
// byte counts as a letter) that keeps inner hyphens ("president-elect"),
// inner dots of initialisms ("U.S.", "U.N."), digit groups ("22,000", "3.5").
// A hyphen between two capitalised parts splits ("Russia-EU" -> Russia - EU),
// since such compounds join two names. Clitics split off: "Russia's" ->
// Russia 's, "don't" -> do n't. Every other character is a punctuation token.
// `lowered` is AsciiLower(sentence), made once by the caller (a copy per token
// was a tenth of the run time in perf); tokens view both, so both must
// outlive them.
std::vector<Token> Tokenize(std::string_view sentence, std::string_view lowered);

// `text` with ASCII letters lower-cased (other bytes, UTF-8 included, kept):
// how tokens' `lower`, word lists and cues are compared.
std::string AsciiLower(std::string_view text);

// The tokens' texts joined by single spaces: the key under which names are
// stored and looked up.
std::string JoinTokens(const std::vector<Token>& tokens, std::size_t first, std::size_t count);

// Some wires capitalise the word after "U.S." as if a sentence began there
// ("the U.S. Threat on Friday to impose", "the U.S. Has asked", "U.S. And
// Japan"). Lower() clears `capitalized` on such a word when the document
// also writes it in lower case, so that it reads as the common word it is;
// "U.S. Senate" keeps its capital, and so does a word of `titles`: "U.S.
// Secretary of State Rex Tillerson" in a story that also writes "assistant
// secretary". One per document: what the document writes is looked up once
// per word ("U.S. Senate" comes back often).
class WireCapitals {
 public:
  explicit WireCapitals(std::string_view document, const WordSet* titles = nullptr)
      : document_(document), titles_(titles) {}
  void Lower(std::vector<Token>& tokens);

 private:
  std::string_view document_;
  const WordSet* titles_;  // not owned; may be null
  std::unordered_map<std::string, bool> written_in_lower_case_;
};

}  // namespace sg::extract
