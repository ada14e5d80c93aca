// The values one sentence carries through the reader's passes: its tokens,
// the mentions of actors and people found in it, and who speaks it. Private
// to extract/.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates/date_finder.hpp"
#include "extract/reading/word_lists.hpp"
#include "extract/text/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"

namespace sg::extract::reading {

enum class MentionKind {
  kName,         // "Russia", "Kremlin"
  kInstitution,  // "Russian Foreign Ministry", "the Russian president"
  kPerson,       // "Dmitry Peskov"
  kRoleNoun,     // "the spokesman": the person last named with that title
  kPronoun,      // "he", "she": the person last named
  // "him", "her" as an object: a person named before who is not the
  // subject of its own clause ("Xi thanked him" is not Xi).
  kObjectPronoun,
  kFirstPerson,  // "we", "our": the speaker
  kReference,    // "the bloc": the actor of that kind last named
  kStateNoun,    // "the country", "the South Asian nation": the state last named by name
  kIt,           // "it" as a subject: the actor last named as a subject
  // "They" opening a sentence: the two parties, or the body's people, that
  // the sentence before had as its first subject.
  kThey,
  kPair,    // "both countries", "the two leaders": the last two actors named
  kLatter,  // "the latter": the actor named last
  // "Lyng said": the surname of a person no rule names, introduced with a
  // title that gave their actor ("U.S. Agriculture Secretary Richard Lyng").
  kUnlistedPerson,
};

struct Mention {
  // A mention of `kind` over tokens [first, last), not yet resolved.
  static Mention Span(std::size_t first, std::size_t last, MentionKind kind) {
    Mention m;
    m.first = first;
    m.last = last;
    m.kind = kind;
    return m;
  }

  std::size_t first = 0, last = 0;  // token range [first, last)
  MentionKind kind = MentionKind::kName;
  int actor = -1;               // resolved actor, -1 if none
  int person = -1;              // resolved person, -1 if none
  std::vector<int> candidates;  // people a name may refer to
  std::string title;            // institution noun or role title used
  bool object = false;          // after a preposition: "with the EU"
  bool addressee = false;       // after "told": "told Borrell"
  // Set against another name: "blamed his predecessors, not China", "a pact
  // without the United States". Neither subject nor target.
  bool set_aside = false;
  bool attribution = false;  // names the speaker: "..., Peskov said"
  int second_actor = -1;     // kPair: the other actor
  bool weak = false;         // "Russian banks": an actor as target only, never as actor or speaker
};

struct Speaker {
  int actor = -1;
  int person = -1;
  std::string how;
  bool valid() const { return actor >= 0; }
};

// A person no rule names (unlisted_people.cpp): where the name starts and
// ends, the actor a title before it gives (or -1), whether it is a full name
// or a surname seen before, and whether the sentence's subject tells or
// meets them.
struct UnlistedPerson {
  std::size_t first = 0, last = 0;
  int actor = -1;
  bool full_name = false;
  bool object = false;
  // The actor came from a title after the name ("Chiu Chui-cheng, deputy
  // minister of Taiwan's ..."): no mention before the name gives it.
  bool titled_after = false;
};

// A trigger's tokens [first, last).
using TokenRange = std::pair<std::size_t, std::size_t>;

// One sentence on its way through the document passes.
struct Work {
  Sentence sentence;
  std::string text;        // the sentence with joined line breaks as spaces
  std::string lower_text;  // AsciiLower(text): the tokens' `lower` views into it
  std::vector<Token> tokens;
  std::vector<std::uint32_t> classes;  // word_class bits of each token
  std::size_t opening = 0;             // first token after a wire dateline ("LONDON (Reuters) -")
  std::vector<Mention> mentions;
  std::vector<std::size_t> speech_verbs;        // token indices
  std::vector<UnlistedPerson> unlisted_people;  // found in the first pass
  Speaker speaker;
  // The names listed with the speaker: "France, Germany and Britain said in
  // a joint statement" speaks for all three.
  std::vector<Speaker> co_speakers;
  int quote_balance = 0;          // number of '"' tokens, to follow quotes across sentences
  std::string date, date_source;  // explicit date in the sentence, if any (the first)
  // Every day-date phrase of the sentence that resolved, when it has two or
  // more: each stance takes the one in its own clause (TriggerDate).
  std::vector<DateMention> dates;
  bool dated = false;           // `date` has been looked for (DocumentExtractor::Dated)
  bool stance_matched = false;  // a stance rule's pattern matched the sentence
};

// The sentence's own text over the tokens [span.first, span.second).
inline std::string_view SpanText(const Work& w, TokenRange span) {
  return std::string_view(w.text).substr(
      w.tokens[span.first].begin, w.tokens[span.second - 1].end - w.tokens[span.first].begin);
}

// Whether `word` ends with `end` after at least `min_stem` letters: "warned"
// with "ed"; "shed" is no "-ed" word with a stem of 2.
inline bool EndsWith(std::string_view word, std::string_view end, std::size_t min_stem = 1) {
  return word.size() >= end.size() + min_stem &&
         word.compare(word.size() - end.size(), end.size(), end) == 0;
}

// Whether token `k` of the sentence is in the word class(es) `cls`.
inline bool Is(const Work& w, std::size_t k, std::uint32_t cls) {
  return (w.classes[k] & cls) != 0;
}

// The first token of the mention at `first` with the articles before it:
// the "the" of "with the EU".
inline std::size_t StartBeforeArticles(const Work& w, std::size_t first) {
  while (first > 0 && Is(w, first - 1, word_class::kArticle)) --first;
  return first;
}

// Whether a mention of an actor starts at token `k`, over determiners
// ("the", "its", "both"): what a verb ending at `k` takes as its object.
inline bool ActorNamedAfterDeterminers(const Work& w, std::size_t k) {
  while (k < w.tokens.size() && Is(w, k, word_class::kDeterminer)) ++k;
  for (const Mention& m : w.mentions) {
    if (m.first == k && m.actor >= 0) return true;
  }
  return false;
}

// Whether token `k` lies inside one of the sentence's mentions.
inline bool InsideMention(const Work& w, std::size_t k) {
  for (const Mention& m : w.mentions) {
    if (m.first <= k && k < m.last) return true;
  }
  return false;
}

// Whether token `k` looks like a verb with a subject of its own: "-s"
// ("threatens"), "-ed" or an irregular past ("met").
inline bool LooksFinite(const Work& w, std::size_t k) {
  const std::string_view word = w.tokens[k].lower;
  return EndsWith(word, "s", 2) || EndsWith(word, "ed", 2) ||
         Is(w, k, word_class::kIrregularPastVerb);
}

// Whether `word` is initials in capitals, two to six letters: "RT", "ATPC".
inline bool AllCaps(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether the token opens with a digit: "17", "2,400", "1/2-year-old".
inline bool StartsWithDigit(const Token& token) {
  return !token.text.empty() && std::isdigit(static_cast<unsigned char>(token.text.front())) != 0;
}

// Whether the token at `k` is a past tense or participle: "-ed" or an
// irregular one ("met", "drawn").
inline bool PastFormAt(const Work& w, std::size_t k) {
  return EndsWith(w.tokens[k].lower, "ed", 2) || Is(w, k, word_class::kIrregularPastVerb);
}

// Whether `word` is "the", "a" or "an" (no possessive, unlike kArticles).
inline bool IsBareArticle(std::string_view word) {
  return word == "the" || word == "a" || word == "an";
}

// Whether a word is a helper verb: a modal or a form of "be" or "have".
inline bool IsHelperVerb(std::string_view word) {
  return kModals.count(word) > 0 || kBeForms.count(word) > 0 || kHaveForms.count(word) > 0;
}

// Whether token `k` is a verb that ends a subject: a helper or a past tense
// ("and Japan has asked", "and the United States agreed"). Verbs in -s are
// not trusted: "Diplomats", "this".
inline bool HelperOrPastAt(const Work& w, std::size_t k) {
  const Token& t = w.tokens[k];
  return IsHelperVerb(t.lower) || Is(w, k, word_class::kIrregularPastVerb) ||
         (EndsWith(t.lower, "ed", 2) && !t.capitalized);
}

// Whether token `k` is a verb that opens a clause's predicate: a helper or
// a finite form ("the pomp it brings", "missiles that could reach").
inline bool VerbOpensAt(const Work& w, std::size_t k) {
  return IsHelperVerb(w.tokens[k].lower) || LooksFinite(w, k);
}

// Whether the words before token `det`, a noun phrase's article, claim the
// deed it names as the subject's: "claimed responsibility for a drone
// attack on", "took responsibility for the attack".
inline bool ResponsibilityClaimedBefore(const Work& w, std::size_t det) {
  static const WordSet kClaimVerbs = {"claim", "claims", "claimed", "claiming", "take",
                                      "takes", "took",   "taking",  "accept",   "accepted"};
  const auto& t = w.tokens;
  return det >= 3 && t[det - 1].lower == "for" && t[det - 2].lower == "responsibility" &&
         kClaimVerbs.count(t[det - 3].lower) > 0;
}

// Whether the "help" at token `help` is sought: "looking for help", "asking
// for help" (what it is sought for is the seeker's own aim).
inline bool SoughtHelpAt(const Work& w, std::size_t help) {
  const std::vector<Token>& t = w.tokens;
  return help > 1 && t[help].lower == "help" && t[help - 1].lower == "for" &&
         kSeekForVerbs.count(t[help - 2].lower) > 0;
}

// Whether the trigger ending at `last` takes a "what" clause as its object:
// "condemned what it called Western interference".
inline bool ObjectIsWhat(const Work& w, std::size_t last) {
  return last < w.tokens.size() && w.tokens[last].lower == "what";
}

// Whether `word` joins two clauses that may share a subject: "praised
// Uganda but warned", "met Xi and said".
inline bool JoinsClauses(std::string_view word) { return word == "and" || word == "but"; }

// Whether `token` is a possessive mark: "'s", or the "'" of "allies'".
inline bool IsPossessiveMark(const Token& token) {
  return token.lower == "'s" || token.text == "'";
}

// Whether mention `right`, after ", and" following mention `left`, is the
// subject of a clause of its own: a singular verb follows it, and a list
// takes none ("against Iran, and Riyadh is eager for").
inline bool OpensClauseAfterAnd(const Work& w, const Mention& left, const Mention& right) {
  const bool comma_and = right.first >= left.last + 2 && w.tokens[left.last].text == "," &&
                         w.tokens[right.first - 1].lower == "and";
  if (!comma_and || right.last >= w.tokens.size()) return false;
  const std::string_view verb = w.tokens[right.last].lower;
  return verb == "is" || verb == "was" || verb == "has";
}

// Whether `word` is an adverb that may stand between a subject and its
// verb: "also", "later", "strongly".
inline bool IsAdverb(std::string_view word) {
  return kPassiveAdverbs.count(word) > 0 || EndsWith(word, "ly", 2);
}

// Whether token `k` is a lower-case word that may be a subject's verb: a
// helper, a past or present tense, a speech verb.
inline bool SubjectVerbAt(const Work& w, std::size_t k) {
  const Token& t = w.tokens[k];
  return t.is_word && !t.capitalized &&
         (HelperOrPastAt(w, k) || LooksFinite(w, k) || Is(w, k, word_class::kSpeechVerb));
}

// Whether a verb comes right after token `end`, before `limit`, past
// adverbs: "Russia has demanded", "Kenya also said".
inline bool VerbRightAfter(const Work& w, std::size_t end, std::size_t limit) {
  std::size_t k = end;
  while (k < limit && IsAdverb(w.tokens[k].lower)) ++k;
  return k < limit && SubjectVerbAt(w, k);
}

// The token after "that" when the tokens from `k` read "[the] report(s)
// that", else 0: the reports "dismissed reports that Uganda had attacked"
// denies.
inline std::size_t AfterReportsThat(const Work& w, std::size_t k) {
  const auto& t = w.tokens;
  if (k < t.size() && IsBareArticle(t[k].lower)) ++k;
  return k + 1 < t.size() && kReportNouns.count(t[k].lower) && t[k + 1].lower == "that" ? k + 2 : 0;
}

// Whether tokens [from, to) are all words: no comma or other punctuation
// between, as between a verb and its object.
inline bool OnlyWords(const Work& w, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (!w.tokens[k].is_word) return false;
  }
  return true;
}

// The first position of the lower-case `word` in tokens [from, to), if any.
inline std::optional<std::size_t> FindWord(const Work& w, std::size_t from, std::size_t to,
                                           std::string_view word) {
  for (std::size_t k = from; k < to; ++k) {
    if (w.tokens[k].lower == word) return k;
  }
  return std::nullopt;
}

// Whether a mention names its actor, by name, title or a person's name (not
// "he", "the bloc" or "the latter").
inline bool Named(const Mention& m) {
  return m.kind == MentionKind::kName || m.kind == MentionKind::kInstitution ||
         m.kind == MentionKind::kPerson;
}

// Mentions that may be an actor or a target, the second of a pair counted
// ("Russian-Chinese talks").
inline std::size_t Parties(const Work& w) {
  std::size_t parties = 0;
  for (const Mention& m : w.mentions) parties += m.second_actor >= 0 ? 2 : 1;
  return parties;
}

// " w1 w2 ... " over tokens [from, to), lower case: phrase lists are
// searched in it as " phrase " so they only match whole words.
inline std::string LowerWords(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string out = " ";
  for (std::size_t k = from; k < to; ++k) {
    out += tokens[k].lower;
    out += ' ';
  }
  return out;
}

// Whether `phrase` stands in `words` (" a b c ", as LowerWords writes them)
// as whole words; no string is built, as this runs per cue per trigger.
inline bool HasPhrase(std::string_view words, std::string_view phrase) {
  for (std::size_t at = words.find(phrase); at != std::string_view::npos;
       at = words.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if (at > 0 && words[at - 1] == ' ' && end < words.size() && words[end] == ' ') return true;
  }
  return false;
}

}  // namespace sg::extract::reading
