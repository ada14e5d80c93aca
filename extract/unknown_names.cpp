#include "extract/unknown_names.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "extract/text/boilerplate_filter.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/text/sentence_splitter.hpp"
#include "extract/text/utf8.hpp"
#include "extract/tokenizer.hpp"
#include "extract/word_set.hpp"

namespace sg::extract {
namespace {

// Capitalised words that begin sentences or name times, not actors.
const WordSet kNotNames = {
    "the",       "a",        "an",     "he",       "she",    "it",        "they",     "we",
    "i",         "in",       "on",     "at",       "but",    "and",       "this",     "that",
    "these",     "those",    "his",    "her",      "their",  "its",       "our",      "as",
    "after",     "before",   "while",  "when",     "if",     "for",       "with",     "by",
    "from",      "to",       "of",     "there",    "what",   "who",       "monday",   "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january",   "february", "march",
    "april",     "may",      "june",   "july",     "august", "september", "october",  "november",
    "december",  "reuters",  "mr",     "mrs",      "ms",     "dr",        "also",     "however",
    "meanwhile"};

// Titles that announce a name: "Foreign Minister Heiko Maas".
const WordSet kRoleWords = {"president",   "minister",   "secretary", "spokesman",
                            "spokeswoman", "chancellor", "premier",   "ambassador",
                            "envoy",       "king",       "prince",    "general",
                            "leader",      "chairman",   "senator",   "governor"};

// Words that qualify a title: "Foreign Minister", "Deputy Prime Minister".
const WordSet kTitleModifiers = {"foreign", "prime",    "defence", "defense", "deputy",
                                 "vice",    "interior", "finance", "crown",   "supreme",
                                 "state",   "first",    "acting",  "former"};

// Connectors allowed inside a name: "Organisation of African Unity", "bin Salman".
const WordSet kInnerWords = {"of", "al", "bin", "de", "la", "van", "von", "and"};

}  // namespace

void UnknownNames::Add(const Document& doc) {
  const std::string clean = RemoveBoilerplate(NormalizeText(RepairUtf8(doc.text)),
                                              rules_.boilerplate, rules_.boilerplate_any.get())
                                .text;
  for (const Sentence& s : SplitSentences(clean, OpeningOf(doc.title, clean))) {
    std::string text(s.text);
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::optional<bool> has_trigger;  // looked for once, when a candidate name needs it
    const std::string lowered = AsciiLower(text);
    const std::vector<Token> t = Tokenize(text, lowered);
    std::set<std::string> seen_here;
    for (std::size_t i = 0; i < t.size();) {
      const bool starts = t[i].is_word && t[i].capitalized && !kNotNames.count(t[i].lower);
      if (!starts) {
        ++i;
        continue;
      }
      // Titles before a name are not part of it: "Foreign Minister X".
      bool titled = i > 0 && kRoleWords.count(t[i - 1].lower) > 0;
      while (i < t.size() && t[i].capitalized &&
             (kRoleWords.count(t[i].lower) || kTitleModifiers.count(t[i].lower))) {
        titled = titled || kRoleWords.count(t[i].lower) > 0;
        ++i;
      }
      if (i >= t.size() || !t[i].is_word || !t[i].capitalized) continue;
      // A known name here is no candidate; skip past it.
      std::size_t known = 0;
      for (std::size_t n = std::min(rules_.LongestNameFrom(t[i].text), t.size() - i);
           n >= 1 && known == 0; --n) {
        if (!rules_.FindName(JoinTokens(t, i, n)).empty()) known = n;
      }
      if (known > 0) {
        i += known;
        continue;
      }
      std::size_t end = i + 1;
      while (end < t.size() && t[end].is_word &&
             (t[end].capitalized ||
              (kInnerWords.count(t[end].lower) && end + 1 < t.size() && t[end + 1].capitalized))) {
        if (!rules_.FindName(t[end].text).empty()) break;  // "Maas of Germany"
        ++end;
      }
      const bool after_role = titled;
      if (!after_role && !has_trigger) has_trigger = rules_.HasStance(text);
      if (after_role || *has_trigger) {
        const std::string name = JoinTokens(t, i, end - i);
        if (seen_here.insert(name).second) {
          UnknownName& u = names_[name];
          if (u.count == 0) {
            u.name = name;
            u.example = text;
            u.doc = doc.id;
          }
          ++u.count;
          if (after_role) ++u.after_role;
        }
      }
      i = end;
    }
  }
}

std::vector<UnknownName> UnknownNames::Top(std::size_t n) const {
  std::vector<UnknownName> all;
  for (const auto& [name, u] : names_) all.push_back(u);
  std::sort(all.begin(), all.end(), [](const UnknownName& a, const UnknownName& b) {
    const bool a_role = a.after_role > 0, b_role = b.after_role > 0;
    if (a_role != b_role) return a_role;
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
  if (all.size() > n) all.resize(n);
  return all;
}

}  // namespace sg::extract
