// Clauses without a parser: where a clause starts and ends, the names
// listed together, asides set off by commas, and the triggers that are a
// noun phrase or background rather than a stance taken.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates/date_finder.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

// Verb-like endings: a word with one is no adjective before a noun trigger.
bool EndsWithAny(std::string_view word) {
  return EndsWith(word, "ed", 2) || EndsWith(word, "ing", 2) || EndsWith(word, "s", 2);
}

// Whether a word that ends like a verb form is an adjective: "ongoing",
// "alleged", and hyphenated ones ("wide-ranging", "long-awaited").
bool IsAdjectiveForm(std::string_view word) {
  return kParticipleAdjectives.count(word) > 0 ||
         (word.find('-') != std::string_view::npos && !EndsWith(word, "s", 2));
}

// Whether tokens k..k+2 are an acronym in brackets after a name: "Russia
// Today (RT)", but not a dateline's "WASHINGTON (AP)" or "(Reuters)".
bool NameAcronymAt(const Work& w, std::size_t k) {
  const std::vector<Token>& t = w.tokens;
  return k > 0 && k + 2 < t.size() && t[k].text == "(" && t[k + 2].text == ")" &&
         AllCaps(t[k + 1].text) && t[k - 1].is_word && t[k - 1].capitalized &&
         !AllCaps(t[k - 1].text);
}

// Whether the noun phrase from `start` to a trigger ending before `last` is
// what a verb of naming names: "called negotiations with North Korea a
// waste of time", "described criticism of the beans as trade politics".
bool NamedByVerb(const Work& w, std::size_t start, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  std::size_t verb = start;
  if (verb > 0 && Is(w, verb - 1, word_class::kDeterminer)) --verb;
  if (verb == 0 || !kNamingVerbs.count(t[verb - 1].lower)) return false;
  // "which it has termed attacks", "what Moscow calls aggression": the
  // trigger is the name itself, given in a relative clause.
  constexpr std::size_t kRelativeToVerb = 4;
  for (std::size_t j = verb - 1; j > 0 && verb - 1 - j < kRelativeToVerb; --j) {
    if (!t[j - 1].is_word) break;
    if (t[j - 1].lower == "which" || t[j - 1].lower == "what") return true;
  }
  // The name given follows the noun phrase, before any comma or clause end.
  constexpr std::size_t kNamedPhrase = 8;
  for (std::size_t j = last; j < t.size() && j < last + kNamedPhrase; ++j) {
    if (!t[j].is_word) return false;
    if (j > last && (t[j].lower == "as" || t[j].lower == "a" || t[j].lower == "an")) return true;
  }
  return false;
}

// The noun of an option an infinitive trigger at `first` is, or empty:
// "one option is to impose sanctions", "other U.S. options would be to
// appeal the decision ... or to retaliate against Canadian goods". An
// option weighed is not taken.
std::string_view OptionWeighed(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  if (first < 3 || t[first - 1].lower != "to") return {};
  constexpr std::size_t kListReach = 16, kWordsToOption = 3;  // "options would be"
  for (std::size_t to = first - 1; to > 1 && first - to <= kListReach; --to) {
    if (t[to].text == ";" || t[to].text == "\"") return {};
    if (t[to].lower != "to" || !kBeForms.count(t[to - 1].lower)) continue;
    for (std::size_t b = to - 1; b > 0 && to - 1 - b < kWordsToOption; --b) {
      if (kOptionNouns.count(t[b - 1].lower)) return t[b - 1].text;
    }
    return {};
  }
  return {};
}

// Whether the trigger at `first` is a noun a verb of needing or awaiting
// takes as its object: "Sri Lanka needs the IMF and World Bank approval of
// the two facilities". What is needed is not done. The words between are
// determiners, names and "and", at least one of them.
bool NeededNoun(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kObjectReach = 6;
  for (std::size_t k = first; k > 0 && first - k < kObjectReach; --k) {
    const Token& before = t[k - 1];
    if (kNeedVerbs.count(before.lower)) return k < first;
    const bool in_phrase = Is(w, k - 1, word_class::kDeterminer) || before.capitalized ||
                           before.lower == "and" || before.lower == "'s";
    if (!in_phrase) return false;
  }
  return false;
}

// Whether the noun phrase of a trigger ending before `last` is the subject
// of a verb that calls it off: "Trump's attempt to make a surprise visit to
// the border ... was aborted", "the planned talks with Iran were
// postponed". The verb must follow in the same stretch of words, with no
// comma, conjunction or clause opener between.
bool CalledOff(const Work& w, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kLongestSubject = 20;
  for (std::size_t j = last; j + 1 < t.size() && j < last + kLongestSubject; ++j) {
    // "separating North Korea and South Korea": an "and" inside a list of
    // names.
    if (Is(w, j, word_class::kConjunction) && t[j + 1].capitalized) continue;
    if (!t[j].is_word || kClauseOpeners.count(t[j].lower) ||
        Is(w, j, word_class::kConjunction | word_class::kClauseBreak | word_class::kSpeechVerb)) {
      return false;
    }
    if (!kBeForms.count(t[j].lower)) continue;
    std::size_t v = j + 1;
    if (v + 1 < t.size() && (EndsWith(t[v].lower, "ly", 2) || t[v].lower == "later")) ++v;
    const bool called_off = t[v].lower == "called" && v + 1 < t.size() && t[v + 1].lower == "off";
    return kCallOffParticiples.count(t[v].lower) > 0 || called_off;
  }
  return false;
}

// One past the verb of `verbs` whose object is the noun phrase of the act
// starting at `first`, or 0: "has shelved planned sanctions against",
// "abandoned the threatened legal action against", "to expect further
// Iranian attacks". Over up to three words of the phrase (articles,
// possessives, adjectives, a state's adjective); not a participle that
// describes ("resumed the shelved talks").
std::size_t VerbOfActPhrase(const Work& w, std::size_t first, const WordSet& verbs) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kLongestLead = 3;  // "the threatened legal"
  for (std::size_t k = first; k > 0 && first - k <= kLongestLead; --k) {
    const Token& word = t[k - 1];
    if (!word.is_word || (word.capitalized && !InsideMention(w, k - 1))) return 0;
    if (verbs.count(word.lower)) return k > 1 && Is(w, k - 2, word_class::kDeterminer) ? 0 : k;
    if (IsHelperVerb(word.lower) || Is(w, k - 1, word_class::kPreposition)) return 0;
  }
  return 0;
}

// One past the deliberation noun whose "on" or "about" the act at `first`
// follows, over up to two describing words, or 0: "a debate on sanctions
// against", "talks on new sanctions against". A noun, not the verb of
// "will vote on": plural, or after a determiner.
std::size_t DeliberationBefore(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  std::size_t p = first;
  while (p > 0 && first - p < 2 && t[p - 1].is_word && !t[p - 1].capitalized &&
         !kTopicMarkers.count(t[p - 1].lower) && !Is(w, p - 1, word_class::kPreposition)) {
    --p;
  }
  if (p < 2 || !kTopicMarkers.count(t[p - 1].lower)) return 0;
  const std::size_t noun = p - 2;
  const bool deliberation =
      kDeliberationNouns.count(t[noun].lower) &&
      (EndsWith(t[noun].lower, "s", 1) || (noun > 0 && Is(w, noun - 1, word_class::kDeterminer)));
  return deliberation ? noun + 1 : 0;
}

}  // namespace

std::size_t StartBeforePartOf(const Work& w, std::size_t first) {
  const std::size_t start = StartBeforeArticles(w, first);  // "in the United States"
  if (start == 0) return start;
  const std::string_view part = w.tokens[start - 1].lower;
  return kCompassPoints.count(part) || kRegionWords.count(part) ? StartBeforeArticles(w, start - 1)
                                                                : start;
}

bool AfterPlacePreposition(const Work& w, const Mention& m) {
  const std::size_t start = StartBeforePartOf(w, m.first);
  return start > 0 && kPlacePrepositions.count(w.tokens[start - 1].lower) > 0;
}

std::size_t RestOfName(const Work& w, std::size_t from, std::size_t limit) {
  while (from < limit && w.tokens[from].is_word && w.tokens[from].capitalized) ++from;
  if (from + 2 < limit && NameAcronymAt(w, from)) from += 3;
  // "Kenya's president and his Ugandan counterpart": the office the name
  // owns, up to the word that ends it.
  if (from + 1 < limit && IsPossessiveMark(w.tokens[from])) {
    constexpr std::size_t kTitleWords = 3;  // "foreign affairs minister"
    for (std::size_t k = from + 1; k < limit && k <= from + kTitleWords; ++k) {
      if (!w.tokens[k].is_word || w.tokens[k].capitalized) break;
      if (Is(w, k, word_class::kTitleWord)) return k + 1;
    }
  }
  return from;
}

void JoinNameAcronyms(Work& w) {
  for (std::size_t k = 1; k + 2 < w.tokens.size(); ++k) {
    if (!NameAcronymAt(w, k)) continue;
    w.classes[k] &= ~word_class::kClauseBreak;
    w.classes[k + 2] &= ~word_class::kClauseBreak;
  }
}

void BreakAtAndClause(Work& w) {
  for (std::size_t k = 1; k < w.tokens.size(); ++k) {
    if (w.tokens[k - 1].lower != "and") continue;  // most tokens: one compare
    const std::string_view next = w.tokens[k].lower;
    // Not "it" or "they", which the reading resolves to no one here: "met
    // Uganda and they agreed" keeps its subject.
    const bool opens =
        next == "that" || (next != "it" && next != "they" && kSubjectPronouns.count(next) > 0);
    // "had agreed to disregard penalty interest payments and negotiations were
    // continuing with Argentina": a plain noun and a helper verb open a
    // clause of their own.
    const bool noun_clause = k + 1 < w.tokens.size() && w.tokens[k].is_word &&
                             !w.tokens[k].capitalized && !Is(w, k, word_class::kDeterminer) &&
                             IsHelperVerb(w.tokens[k + 1].lower) && !IsHelperVerb(next);
    if (opens || noun_clause) w.classes[k - 1] |= word_class::kClauseBreak;
  }
}

void BreakAtAbsoluteWith(Work& w) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kLongestName = 6;  // "the U.N. Security Council"
  for (std::size_t k = 1; k + 2 < t.size(); ++k) {
    if (t[k].lower != "with" || t[k - 1].text != ",") continue;  // most tokens: one compare
    bool named = false;
    std::size_t j = k + 1;
    for (; j < t.size() && j - k <= kLongestName; ++j) {
      const Token& word = t[j];
      if (word.capitalized) {
        named = true;
      } else if (!IsBareArticle(word.lower) && word.lower != "'s" &&
                 !Is(w, j, word_class::kTitleWord)) {
        break;
      }
    }
    if (named && j < t.size() && t[j].is_word && !t[j].capitalized &&
        EndsWith(t[j].lower, "ing", 2)) {
      w.classes[k] |= word_class::kClauseBreak;
    }
  }
}

void BreakAtRenamedAct(Work& w) {
  const std::vector<Token>& t = w.tokens;
  for (std::size_t k = 0; k + 2 < t.size(); ++k) {
    if (t[k].text != ",") continue;  // most tokens: one compare
    std::size_t noun = k + 1;
    if (IsBareArticle(t[noun].lower)) ++noun;
    if (noun + 1 >= t.size() || !kActNouns.count(t[noun].lower)) continue;
    std::size_t name = noun + 1;
    if (t[name].lower == "that" || t[name].lower == "which") ++name;
    if (name < t.size() && t[name].capitalized) w.classes[k] |= word_class::kClauseBreak;
  }
}

void BreakAtParticipleClause(Work& w) {
  // -ing words that are no verb: "after nothing", "before the morning".
  static const WordSet kIngNouns = {"nothing", "something", "anything", "everything",
                                    "morning", "evening",   "spring",   "thing"};
  const std::vector<Token>& t = w.tokens;
  for (std::size_t k = 0; k + 1 < t.size(); ++k) {
    // (The -ing test first: it fails for nearly every token, cheaply.)
    const Token& next = t[k + 1];
    if (EndsWith(next.lower, "ing", 2) && next.is_word && !next.capitalized &&
        kParticipleClauseOpeners.count(t[k].lower) && !kIngNouns.count(next.lower)) {
      w.classes[k] |= word_class::kClauseBreak;
    }
  }
}

std::optional<std::size_t> CoordinatedVerbAt(const Work& w, std::size_t verb) {
  // "and is threatening", "and has imposed": a verb with its own helper. An
  // adverb or a time to come may stand between them: "and will also visit",
  // "and will this week visit".
  const auto& t = w.tokens;
  std::size_t helper = verb;
  if (helper > 0 &&
      (kPassiveAdverbs.count(t[helper - 1].lower) || EndsWith(t[helper - 1].lower, "ly", 2))) {
    --helper;
  } else if (helper > 1 && kComingPeriods.count(t[helper - 1].lower) &&
             (t[helper - 2].lower == "this" || t[helper - 2].lower == "next")) {
    helper -= 2;
  }
  if (helper > 1 && IsHelperVerb(t[helper - 1].lower) && t[helper - 2].lower == "and") {
    return helper - 2;
  }
  if (!PastFormAt(w, verb)) return {};
  std::size_t k = verb;
  // One adverb may stand between: "and repeatedly praised".
  if (k > 0 && EndsWith(w.tokens[k - 1].lower, "ly", 2)) --k;
  if (k > 0 && w.tokens[k - 1].lower == "and") return k - 1;
  return {};
}

std::size_t ClauseStart(const Work& w, std::size_t token) {
  std::size_t k = token;
  while (k > 0 && !Is(w, k - 1, word_class::kClauseBreak | word_class::kSpeechVerb)) --k;
  return k;
}

std::size_t ClauseStartPastAside(const Work& w, std::size_t first) {
  const std::size_t start = ClauseStart(w, first);
  const auto& t = w.tokens;
  // "Taiwan is boycotting the annual meeting of the ADB, which opened in
  // Tokyo today, in protest at the Bank's decision": a phrase of ", in"
  // after a "which" aside is the main clause's. (Only this opener: after
  // "London, which has threatened to retaliate, and Washington condemned"
  // the aside's end is RelativeClauseEnd's to find.)
  if (first > 1 && t[first - 1].lower == "in" && t[first - 2].text == "," && start >= 2 &&
      kRelativePronouns.count(t[start - 1].lower) && t[start - 2].text == ",") {
    return ClauseStart(w, start - 2);
  }
  // "Russia, which has troops in Syria, has criticised": a verb right after
  // the comma that closes a relative aside (over helpers) is the main
  // clause's, whose subject stands before the aside.
  std::size_t verb = first;
  while (verb > start && IsHelperVerb(t[verb - 1].lower)) --verb;
  if (verb > start && t[verb - 1].text == "," && start >= 2 &&
      kRelativePronouns.count(t[start - 1].lower) && t[start - 2].text == "," &&
      (LooksFinite(w, first) || verb < first)) {
    return ClauseStart(w, start - 2);
  }
  return start;
}

std::size_t OpeningClauseEnd(const Work& w, std::size_t clause_start, std::size_t token) {
  const auto& t = w.tokens;
  // "At a time when Britain is threatening to revoke the license of
  // Japanese banks in retaliation for ..., Hong Kong is rolling out the
  // welcome mat to Japan": a clause of time or contrast that opens the
  // sentence ends at its comma; the main clause's names are not its.
  constexpr std::size_t kLongestLead = 4;  // "At a time when"
  if (clause_start == 0 || clause_start - 1 > kLongestLead ||
      !kSubordinators.count(t[clause_start - 1].lower)) {
    return t.size();
  }
  for (std::size_t k = token; k < t.size(); ++k) {
    if (t[k].text == ",") return k;
  }
  return t.size();
}

std::size_t RelativeClauseEnd(const Work& w, std::size_t clause_start, std::size_t token) {
  const auto& t = w.tokens;
  if (clause_start < 2 || t[clause_start - 2].text != "," ||
      (t[clause_start - 1].lower != "which" && t[clause_start - 1].lower != "who")) {
    return t.size();
  }
  // "both London, which has threatened to retaliate, and Washington": the
  // first comma after the trigger closes the clause when "and" or "or"
  // follows it (a list inside the clause has a comma before its "and").
  bool first_comma = true;
  for (std::size_t k = token; k + 1 < t.size(); ++k) {
    if (t[k].text != ",") continue;
    if (kMainVerbsAfterAside.count(t[k + 1].lower)) return k;
    if (first_comma && (t[k + 1].lower == "and" || t[k + 1].lower == "or")) return k;
    first_comma = false;
  }
  return t.size();
}

bool IsClosingQuote(const Work& w, std::size_t k) {
  const auto& t = w.tokens;
  if (k == 0 || k >= t.size() || t[k].text != "\"" || t[k].begin != t[k - 1].end) return false;
  const std::string_view before = t[k - 1].text;
  return before == "," || before == "." || before == "?" || before == "!";
}

bool IsOpeningQuote(const Work& w, std::size_t k) {
  const auto& t = w.tokens;
  return k > 0 && k + 1 < t.size() && t[k].text == "\"" && t[k].begin != t[k - 1].end &&
         t[k + 1].begin == t[k].end && t[k + 1].is_word;
}

bool ClosesQuote(const Work& w, std::size_t trigger) {
  constexpr std::size_t kLongestAttribution = 5;  // '," the Russian minister warned'
  for (std::size_t k = trigger; k-- > 1 && k + kLongestAttribution >= trigger;) {
    if (w.tokens[k].text == "\"") return IsClosingQuote(w, k);
  }
  return false;
}

std::size_t ClauseEnd(const Work& w, std::size_t token) {
  std::size_t k = token;
  while (k < w.tokens.size() && !Is(w, k, word_class::kClauseBreak | word_class::kSpeechVerb)) {
    ++k;
  }
  return k;
}

std::size_t ListStart(const Work& w, const Mention& m) {
  std::size_t k = m.first;
  while (k > 0 && (InsideMention(w, k - 1) || Is(w, k - 1, word_class::kArticle) ||
                   w.tokens[k - 1].lower == "and" || w.tokens[k - 1].text == ",")) {
    --k;
  }
  return k;
}

namespace {

// Whether tokens [from, to) are an office's title that joins a state to its
// holder: "Secretary of State" in "U.S. Secretary of State Rex Tillerson".
bool OfficeTitleBetween(const Work& w, std::size_t from, std::size_t to) {
  constexpr std::size_t kLongestTitle = 5;  // "Minister of Foreign Affairs and Trade"
  if (to <= from || to - from > kLongestTitle || !w.tokens[from].capitalized) return false;
  for (std::size_t k = from; k < to; ++k) {
    const Token& t = w.tokens[k];
    if (!t.is_word || (!t.capitalized && t.lower != "of" && t.lower != "for")) return false;
  }
  return true;
}

// Where a day said of a listed name ends: "on Tuesday" or "on Tuesday and
// Wednesday" from `k`, or `k` when no day stands there.
std::size_t AfterDayOfName(const Work& w, std::size_t k) {
  const auto& t = w.tokens;
  if (k + 1 >= t.size() || t[k].lower != "on" || !IsWeekdayName(t[k + 1].text)) return k;
  k += 2;
  if (k + 1 < t.size() && t[k].lower == "and" && IsWeekdayName(t[k + 1].text)) k += 2;
  return k;
}

// Whether mention `after` is the venue of the listed name `name`, with its
// day after it: "the OSCE in Vienna on Thursday".
bool VenueWithDay(const Work& w, const Mention& name, std::size_t after) {
  if (after >= w.mentions.size()) return false;
  const Mention& venue = w.mentions[after];
  return venue.first == name.last + 1 && w.tokens[name.last].lower == "in" &&
         AfterDayOfName(w, venue.last) > venue.last;
}

}  // namespace

std::vector<std::size_t> Coordinated(const Work& w, std::size_t anchor, int direction) {
  std::vector<std::size_t> group{anchor};
  bool conjunction = false;
  bool comma_first = false;  // a gap with no conjunction came before any with one
  std::size_t current = anchor;
  while (true) {
    const bool back = direction < 0;
    if (back ? current == 0 : current + 1 >= w.mentions.size()) break;
    const std::size_t next = back ? current - 1 : current + 1;
    const Mention& left = w.mentions[back ? next : current];
    const Mention& right = w.mentions[back ? current : next];
    if (right.first < left.last) break;
    // A title and the name it goes with are one party: "Russian President"
    // "Vladimir Putin" in "Donald Trump and Russian President Vladimir Putin".
    if (right.first == left.last && left.actor == right.actor && left.actor >= 0) {
      group.push_back(next);
      current = next;
      continue;
    }
    // "U.S. Secretary of State Rex Tillerson": so is a title with an "of".
    if (left.actor == right.actor && left.actor >= 0 &&
        OfficeTitleBetween(w, left.last, right.first)) {
      group.push_back(next);
      current = next;
      continue;
    }
    if (right.first == left.last) break;
    // "Brussels on Tuesday, the OSCE in Vienna on Thursday and Paris on
    // Friday": the venue of a listed name is not in the list.
    if (!back && VenueWithDay(w, left, next)) {
      current = next;
      continue;
    }
    // "Libyan leader Muammar Gaddafi and Bulgarian President ...": the name
    // of an office-holder not in the rules goes with the title before it.
    std::size_t from = RestOfName(w, left.last, right.first);
    // "visit Russia on Tuesday, China on Thursday and Japan on Friday": a
    // list whose names each have their day.
    const std::size_t right_index = back ? current : next;
    if (const std::size_t after_day = AfterDayOfName(w, from);
        after_day > from &&
        (AfterDayOfName(w, right.last) > right.last || VenueWithDay(w, right, right_index + 1))) {
      from = after_day;
    }
    // "Trump and President Putin": a title the rules did not join to the
    // name goes with it.
    std::size_t to = right.first;
    while (to > from && w.tokens[to - 1].capitalized && Is(w, to - 1, word_class::kTitleWord)) --to;
    bool joined = true, has_conjunction = false;
    for (std::size_t k = from; k < to && joined; ++k) {
      joined = Is(w, k, word_class::kCoordinator);
      has_conjunction = has_conjunction || (joined && Is(w, k, word_class::kConjunction));
    }
    if (!joined) {
      // "to Iran, Libya, Sudan, and with strings attached, Cuba": the list's
      // "and" comes before an aside; the names up to it are a list.
      if (!back) conjunction = conjunction || has_conjunction;
      break;
    }
    // "to Ghana, Togo and Niger, the Kenyan president will": a list ends
    // with the name after its conjunction, in either direction.
    if (!back && conjunction && !has_conjunction) break;
    if (back && has_conjunction && comma_first) break;
    comma_first = comma_first || (!conjunction && !has_conjunction);
    conjunction = conjunction || has_conjunction;
    group.push_back(next);
    current = next;
  }
  if (!conjunction) group.resize(1);
  std::sort(group.begin(), group.end());
  if (group.size() == 2 && OpensClauseAfterAnd(w, w.mentions[group[0]], w.mentions[group[1]])) {
    group = {anchor};
  }
  return group;
}

std::vector<TokenRange> Asides(const Work& w) {
  constexpr std::size_t kLongestAside = 25;
  std::vector<TokenRange> out;
  const std::vector<Token>& t = w.tokens;
  for (const Mention& m : w.mentions) {
    const std::size_t open = m.last;
    if (open + 1 >= t.size() || t[open].text != ",") continue;
    // ", enabled by Iran's Revolutionary Guards,": a reduced passive says
    // who else had a hand in it; its agent is no subject of what follows.
    const bool participle_by =
        open + 2 < t.size() && PastFormAt(w, open + 1) && t[open + 2].lower == "by";
    // "Russia, which has troops in Syria, criticised": a relative clause
    // closed by a comma is an aside too.
    if (!kAsideOpeners.count(t[open + 1].lower) && !kRelativePronouns.count(t[open + 1].lower) &&
        !participle_by) {
      continue;
    }
    for (std::size_t k = open + 2; k < t.size() && k - open <= kLongestAside; ++k) {
      if (Is(w, k, word_class::kClauseBreak | word_class::kSpeechVerb | word_class::kConjunction)) {
        break;
      }
      if (t[k].text != ",") continue;
      if (k + 1 < t.size() && !Is(w, k + 1, word_class::kConjunction))
        out.emplace_back(open, k + 1);
      break;
    }
  }
  return out;
}

// Where the infinitive starts whose caused verb is at `first`: "have" in
// "to have the United States officially recognize", "get" in "to get Russia
// to agree"; `first` itself when no causative verb stands before it.
std::size_t CausedVerbStart(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  std::size_t k = first;
  if (k > 0 && t[k - 1].lower == "to") --k;
  if (k > 0 && EndsWith(t[k - 1].lower, "ly", 2)) --k;
  for (const Mention& m : w.mentions) {
    if (m.last != k) continue;
    const std::size_t start = StartBeforeArticles(w, m.first);
    if (start >= 2 && kHaveDoVerbs.count(t[start - 1].lower) && t[start - 2].lower == "to") {
      return start - 1;
    }
  }
  return first;
}

std::string DenialOfCharges(const Work& w, const Trigger& trigger) {
  if (trigger.type->name != "reject") return "";
  const std::vector<Token>& t = w.tokens;
  // "rejected U.S. charges", "dismissed Republican lawmakers' charges".
  constexpr std::size_t kWordsToCharge = 4;
  const auto possessive = [&](std::size_t k) { return t[k].text == "'" || t[k].lower == "'s"; };
  for (std::size_t k = trigger.last;
       k < t.size() && k - trigger.last < kWordsToCharge && (t[k].is_word || possessive(k)); ++k) {
    if (kAllegationNouns.count(t[k].lower)) {
      return "a denial ('" + std::string(t[trigger.first].text) + " ... " + std::string(t[k].text) +
             "'), no stance";
    }
  }
  // "dismissed reports that Uganda had attacked": reports no one is named
  // as making, rejected with what they say, are denied.
  if (const std::size_t after = AfterReportsThat(w, trigger.last); after > 0) {
    return "a denial ('" + std::string(t[trigger.first].text) + " " +
           std::string(t[after - 2].text) + " that'), no stance";
  }
  return "";
}

std::string InOpeningPhrase(const Work& w, std::size_t first, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  // "In recent economic dialogue between Japan and the United States, Tokyo
  // has been pushing back": a noun in a phrase that sets the scene before the
  // main clause names what went before; the clause says what is done. A verb
  // before the comma makes it a clause of its own ("After Kenya met Uganda,
  // ..."), and a gerund is one ("After meeting Uganda, ...").
  const std::size_t start = ClauseStart(w, first);
  if (start >= first || !kSceneOpeners.count(t[start].lower) || PastFormAt(w, first) ||
      EndsWith(t[first].lower, "ing", 2)) {
    return "";
  }
  for (std::size_t k = start + 1; k < first; ++k) {
    if (HelperOrPastAt(w, k) || t[k].text == ",") return "";
  }
  constexpr std::size_t kLongestPhrase = 12;  // words from the trigger to the comma
  for (std::size_t k = last; k < t.size() && k - last <= kLongestPhrase; ++k) {
    if (t[k].text == ",") {
      return "a scene-setting phrase ('" + std::string(t[start].text) + " ... ,'), not a stance";
    }
    if (!t[k].is_word || HelperOrPastAt(w, k)) return "";
  }
  return "";
}

namespace {

// The verb that keeps someone "from" doing the act at `first`: "stop Trump
// ... from launching an attack", "barred Uganda from imposing sanctions".
// Empty when there is none.
std::string_view KeptFrom(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kWordsToFrom = 3;  // "from launching an"
  std::size_t from = first;
  while (from > 0 && first - from < kWordsToFrom && t[from - 1].lower != "from" &&
         t[from - 1].is_word && !t[from - 1].capitalized) {
    --from;
  }
  if (from < 2 || t[from - 1].lower != "from" ||
      (from < first && !EndsWith(t[from].lower, "ing", 2))) {
    return {};
  }
  constexpr std::size_t kWordsToKeeper = 10;  // "stop Trump, or any U.S. president,"
  for (std::size_t k = from - 1; k > 0 && from - 1 - k < kWordsToKeeper; --k) {
    if (kKeepingVerbs.count(t[k - 1].lower)) return t[k - 1].text;
    if (Is(w, k - 1, word_class::kClauseBreak | word_class::kSpeechVerb)) break;
  }
  return {};
}

// The verb that keeps someone from the act at `first` with no "from", as
// British English may: "problems that are preventing these countries
// finding common ground". A name or noun stands between: "stopped
// attacking" is another matter. Empty when there is none.
std::string_view KeptWithoutFrom(const Work& w, std::size_t first) {
  static const WordSet kKeepingWithoutFrom = {"prevent", "prevents", "prevented", "preventing",
                                              "stop",    "stops",    "stopped",   "stopping"};
  constexpr std::size_t kObjectWords = 4;  // "the two Gulf neighbours"
  const std::vector<Token>& t = w.tokens;
  if (first == 0 || !EndsWith(t[first].lower, "ing", 2)) return {};
  for (std::size_t k = first - 1; k > 0 && first - k <= kObjectWords; --k) {
    if (!t[k].is_word || Is(w, k, word_class::kClauseBreak) || IsHelperVerb(t[k].lower)) break;
    if (kKeepingWithoutFrom.count(t[k - 1].lower)) return t[k - 1].text;
  }
  return {};
}

}  // namespace

std::string PreventedAct(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  // "sent warships to deter Iranian attacks on shipping": an act a verb
  // keeps from happening is not done. Between them: articles, describing
  // words such as "further", the doer's name. A verb form is no such noun.
  // "would stop Trump, or any U.S. president, from launching an attack on
  // North Korea", "barred Uganda from imposing sanctions": what someone is
  // kept from doing is not done either.
  if (const std::string_view keeper = KeptFrom(w, first); !keeper.empty()) {
    return "an act kept from happening ('" + std::string(keeper) + " ... from ... " +
           std::string(t[first].text) + "'), not done";
  }
  if (const std::string_view keeper = KeptWithoutFrom(w, first); !keeper.empty()) {
    return "an act kept from happening ('" + std::string(keeper) + " ... " +
           std::string(t[first].text) + "'), not done";
  }
  if (PastFormAt(w, first) || EndsWith(t[first].lower, "ing", 2)) return "";
  constexpr std::size_t kWordsBack = 4;
  for (std::size_t k = first; k > 0 && first - k < kWordsBack; --k) {
    const Token& prev = t[k - 1];
    if (kPreventionVerbs.count(prev.lower)) {
      return "an act kept from happening ('" + std::string(prev.text) + " ... " +
             std::string(t[first].text) + "'), not done";
    }
    if (!prev.is_word || Is(w, k - 1, word_class::kClauseBreak) || HelperOrPastAt(w, k - 1) ||
        prev.lower == "to" || prev.lower == "and") {
      return "";
    }
  }
  return "";
}

std::string ProposalExamined(const Work& w, const Trigger& trigger) {
  if (trigger.type->name != "investigate") return "";
  const std::vector<Token>& t = w.tokens;
  // "will re-examine a letter from Japan's prime minister", "examined the
  // latest U.S. proposal".
  constexpr std::size_t kWordsToProposal = 4;
  for (std::size_t k = trigger.last; k < t.size() && k - trigger.last < kWordsToProposal; ++k) {
    if (!t[k].is_word) break;
    if (kConsideredNouns.count(t[k].lower)) {
      return "considering what is put to it ('" + std::string(t[trigger.first].text) + " ... " +
             std::string(t[k].text) + "'), no inquiry";
    }
  }
  return "";
}

std::string TalksObstructed(const Work& w, const Trigger& trigger) {
  if (trigger.type->name != "consult") return "";
  // "blamed Washington for obstructing talks with the World Bank", "accused
  // Uganda of delaying the negotiations with": talks held up are not held.
  std::size_t k = trigger.first;
  if (k > 0 && w.tokens[k - 1].is_word && !w.tokens[k - 1].capitalized &&
      !kObstructionVerbs.count(w.tokens[k - 1].lower)) {
    --k;  // one describing word or article: "obstructing the peace talks"
  }
  k = StartBeforeArticles(w, k);
  if (k == 0 || !kObstructionVerbs.count(w.tokens[k - 1].lower)) return "";
  return "talks held up ('" + std::string(w.tokens[k - 1].text) + " ... " +
         std::string(w.tokens[trigger.first].text) + "'), not held";
}

std::string PracticalReason(const Work& w, const Trigger& trigger) {
  // What a state may cut off, close or call off for, with nothing against
  // anyone: "because of pressing business at home", "due to bad weather".
  static const WordSet kPracticalReasons = {"business",  "commitments", "schedule", "scheduling",
                                            "illness",   "ill",         "health",   "weather",
                                            "storm",     "storms",      "snow",     "fog",
                                            "technical", "maintenance", "repairs"};
  constexpr std::size_t kWordsToReason = 4;  // "because of pressing business"
  constexpr std::size_t kWordsToCause = 6;   // "a trip to Australia because of"
  if (trigger.type->name != "sanction") return "";
  const auto& t = w.tokens;
  // "Because" opens a clause of its own: look past the trigger's, up to a
  // comma.
  for (std::size_t k = trigger.last;
       k + 1 < t.size() && k - trigger.last < kWordsToCause && t[k].text != ","; ++k) {
    const bool cause = (t[k].lower == "because" || t[k].lower == "due" || t[k].lower == "owing") &&
                       (t[k + 1].lower == "of" || t[k + 1].lower == "to");
    if (!cause) continue;
    for (std::size_t j = k + 2; j < t.size() && j - (k + 2) < kWordsToReason; ++j) {
      if (!t[j].is_word) break;
      if (kPracticalReasons.count(t[j].lower)) {
        return "done for a practical reason ('" + std::string(t[k].text) + " ... " +
               std::string(t[j].text) + "'), not a stance";
      }
    }
    return "";
  }
  return "";
}

// Why the trigger starting at token `first` states no stance of its own, or
// "" when it does. `reach` says how far the trigger still rules what
// follows it (a noun phrase can be what a later trigger is about).
namespace {

// Whether the trigger at `first` is a second object joined to the name
// that ends an earlier one at `from`: "called for an arms embargo against
// Myanmar as well as targeted financial sanctions against", "a ban on
// Ugandan imports and new tariffs on". After "and" or "or" a describing
// word must stand before it; a past tense is a verb ("and threatened").
bool SecondObjectAfter(const Work& w, std::size_t from, std::size_t first) {
  const auto& t = w.tokens;
  if (from == 0 || !Is(w, from - 1, word_class::kPreposition) || PastFormAt(w, first)) {
    return false;
  }
  std::size_t k = from;
  if (k < first && IsBareArticle(t[k].lower)) ++k;
  const std::size_t name_start = k;
  while (k < first && InsideMention(w, k)) ++k;
  if (k == name_start) return false;
  bool as_well_as = false;
  if (k + 2 < first && t[k].lower == "as" && t[k + 1].lower == "well" && t[k + 2].lower == "as") {
    k += 3;
    as_well_as = true;
  } else if (k < first && (t[k].lower == "and" || t[k].lower == "or")) {
    ++k;
  } else {
    return false;
  }
  constexpr std::size_t kDescribingWords = 3;  // "targeted financial"
  const std::size_t describing_from = k;
  for (; k < first; ++k) {
    if (!t[k].is_word || t[k].capitalized || k - describing_from >= kDescribingWords ||
        IsHelperVerb(t[k].lower) || Is(w, k, word_class::kPreposition | word_class::kConjunction)) {
      return false;
    }
  }
  return as_well_as || k > describing_from;
}

// The "take" of "it will take a broad effort to pressure North Korea", "it
// has taken a crash to get the West Germans to cut", when the act at
// `first`..`last` is what it takes: the dummy "it", a helper or two, a form
// of "take", then its object and "to" with a verb after it, in one stretch
// of words up to the act's end. 0 when there is none.
std::size_t WhatItTakes(const Work& w, std::size_t first, std::size_t last) {
  static const WordSet kTakeForms = {"take", "takes", "took", "taken", "taking"};
  static const WordSet kStepNouns = {"step",   "steps",    "measure",   "measures",
                                     "action", "actions",  "part",      "lead",
                                     "stand",  "decision", "decisions", "position"};
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kReach = 14;  // "it has taken one of the biggest ... in decades to get"
  for (std::size_t k = first + 1; k-- > 0 && first - k < kReach;) {
    if (!t[k].is_word || Is(w, k, word_class::kClauseBreak)) return 0;
    if (!kTakeForms.count(t[k].lower)) continue;
    std::size_t s = k;
    while (s > 0 && first - (s - 1) < kReach && IsHelperVerb(t[s - 1].lower)) --s;
    if (s == 0 || t[s - 1].lower != "it") return 0;
    // Not a step a party takes ("it would take steps to punish"), nor what
    // took a named doer long to do ("it took Kenya two days to condemn").
    for (std::size_t j = k + 1; j + 1 < last && j + 1 < t.size(); ++j) {
      if (kStepNouns.count(t[j].lower) || InsideMention(w, j)) return 0;
      if (t[j].lower == "to" && t[j + 1].is_word && !Is(w, j + 1, word_class::kDeterminer) &&
          !t[j + 1].capitalized) {
        return k;
      }
    }
    return 0;
  }
  return 0;
}

}  // namespace

std::string DocumentExtractor::NotAStance(const Work& w, const Trigger& trigger,
                                          const std::vector<TokenRange>& earlier,
                                          const std::vector<Reach>& reaches, Reach* reach) const {
  const std::size_t first = trigger.first, last = trigger.last;
  const std::vector<Token>& t = w.tokens;
  const std::string_view head = t[first].lower;
  *reach = Reach::kClause;
  // "China's position was a problem": a trigger that opens with a form of
  // "be" is a predicate, whatever stands before it.
  if (kBeForms.count(head)) return "";
  // "its patience with Uganda was running out": a trigger that goes on to a
  // finite "be" of its own is a clause, its first words that verb's subject.
  for (std::size_t k = first + 1; k < last; ++k) {
    if (kFiniteBeForms.count(t[k].lower)) return "";
  }
  // "Beirut radio stations said Syrian troops would deploy": a first word
  // right before a speech verb inside the trigger is that verb's subject, a
  // noun.
  // ("not believe that there is": "not" is no noun.)
  if (first + 1 < last && Is(w, first + 1, word_class::kSpeechVerb) &&
      !Is(w, first, word_class::kSpeechVerb) && !IsHelperVerb(head) && head != "not" &&
      head != "never") {
    return "'" + std::string(t[first].text) + " " + std::string(t[first + 1].text) +
           "': a noun and the verb it is the subject of";
  }
  if (std::string why = PreventedAct(w, first); !why.empty()) return why;
  if (const std::size_t take = WhatItTakes(w, first, last); take > 0) {
    return "what it takes ('it ... " + std::string(t[take].text) + " ... to'), an assessment";
  }
  // What a scene-setting phrase names governs nothing after its comma.
  if (std::string why = InOpeningPhrase(w, first, last); !why.empty()) {
    *reach = Reach::kNone;
    return why;
  }
  // "sell 8,000 head of dairy cattle to Indonesia and 5,000 head to Turkey":
  // a count of cattle goes nowhere.
  if (head == "head" && first > 0 && StartsWithDigit(t[first - 1])) {
    return "a count of cattle ('" + std::string(t[first - 1].text) + " head'), no journey";
  }
  // "The two sides usually try to meet as each new year approaches": a
  // habit is no event.
  constexpr std::size_t kWordsToHabit = 4;
  for (std::size_t k = first; k > 0 && first - k < kWordsToHabit && t[k - 1].is_word; --k) {
    if (kHabitAdverbs.count(t[k - 1].lower)) {
      return "a habit ('" + std::string(t[k - 1].text) + "'), not an event";
    }
  }
  // "insisted that the country was living up to its pact": what one insists
  // is true asks nothing of anyone; "insisted that Uganda withdraw" (or
  // must, or has to) does. The first finite verb of the clause decides.
  if (t[last - 1].lower == "that" && t[first].lower.substr(0, 6) == "insist") {
    constexpr std::size_t kWordsToVerb = 8;
    for (std::size_t k = last; k < t.size() && k - last < kWordsToVerb && t[k].is_word; ++k) {
      if (kObligations.count(t[k].lower) || (k + 1 < t.size() && t[k + 1].lower == "to")) break;
      if (kIndicativeAuxiliaries.count(t[k].lower)) {
        return "an assertion ('" + std::string(t[first].text) + " that ... " +
               std::string(t[k].text) + "'), not a demand";
      }
    }
  }
  // "Taiwan's deputy minister said China should": a trigger that opens with
  // a speech verb or "that" is a clause, never a noun behind a possessive.
  if (Is(w, first, word_class::kSpeechVerb) || head == "that") return "";
  // "His response caused anger in Britain": nor does one that opens with a
  // verb of causing.
  if (kCauseVerbs.count(head)) return "";
  // "to meet stringent EC rules", "meet any escalation with countermeasures":
  // meeting a demand, a rule or a threat answers it; no one is met.
  if ((head == "meet" || head == "meets" || head == "met") && last == first + 1) {
    for (std::size_t k = last; k < t.size() && k - last < kWordsToMetThing && t[k].is_word; ++k) {
      if (kMetThings.count(t[k].lower)) {
        return "'" + std::string(t[first].text) + " ... " + std::string(t[k].text) +
               "' answers it: no meeting";
      }
    }
  }
  // "The U.S. attack on Iran's oil platforms jeopardises", "the American
  // threat to impose tariffs": an article, a state's name or adjective and a
  // noun for an act make a noun phrase naming the act, not one done. ("the
  // U.S. will press for", "the U.S. want" are verbs.) So does a preposition
  // before the name: "to protect the tankers from Iranian attack", "for fear
  // of U.S. retaliation" ("bowed to U.S. pressure" may be a concession; "by"
  // names an agent).
  const bool verb_form = !kActNouns.count(head) && !kNamedActNouns.count(head);
  // One topic word may stand between: "a U.S. trade complaint against Japan".
  const std::size_t noun_start =
      first > 0 && kVenueEventTopics.count(t[first - 1].lower) ? first - 1 : first;
  const bool state_before =
      std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
        // "repeated the U.S. demand that": said again, now. "repelled an
        // Iranian attack on": an attack fought off was made.
        const std::string_view verb = m.first > 1 ? t[m.first - 2].lower : std::string_view();
        const bool restated =
            kRestateVerbs.count(verb) || kEnactVerbs.count(verb) || kRepelVerbs.count(verb);
        // An adjective's span may take the noun itself ("Kenyan attack").
        const bool ends_here =
            m.last == noun_start || (m.weak && m.first < first && m.last == first + 1);
        const std::string_view opener = m.first > 0 ? t[m.first - 1].lower : std::string_view();
        const bool after_preposition =
            kPrepositions.count(opener) > 0 && opener != "to" && opener != "by";
        // "U.S. attacks on two Iranian oil platforms caused damage": a
        // plural act noun with "on" after it opens the sentence as its subject.
        const bool opens_sentence = m.first == 0 && EndsWith(head, "s", 2) &&
                                    first + 1 < t.size() &&
                                    (t[first + 1].lower == "on" || t[first + 1].lower == "against");
        return ends_here && m.kind != MentionKind::kPerson && m.kind != MentionKind::kFirstPerson &&
               ((m.first > 0 && (IsBareArticle(opener) || after_preposition)) || opens_sentence) &&
               !restated;
      });
  if (state_before && !verb_form) {
    return "a noun phrase ('" + std::string(t[noun_start - 1].text) + " ... " +
           std::string(t[first].text) + "'), not a stance taken";
  }
  // "speed up disbursement of funds from programs already approved": a
  // participle after the object of a preposition describes that object; the
  // subject of the sentence did not do it. (With "by" the agent may act:
  // "loans approved by the World Bank for Kenya".)
  if (last == first + 1 && EndsWith(head, "ed", 2) && (last >= t.size() || t[last].lower != "by")) {
    std::size_t noun = first;
    if (noun > 0 && kPassiveAdverbs.count(t[noun - 1].lower)) --noun;
    std::size_t opener = noun > 0 ? noun - 1 : 0;
    if (opener > 0 && Is(w, opener - 1, word_class::kArticle)) --opener;
    const bool described = noun > 1 && opener > 0 && t[noun - 1].is_word &&
                           std::isalpha(static_cast<unsigned char>(t[noun - 1].text.front())) &&
                           !t[noun - 1].capitalized && !InsideMention(w, noun - 1) &&
                           kPrepositions.count(t[opener - 1].lower) > 0 &&
                           !kPrepositions.count(t[noun - 1].lower);
    // "The Ugandan delegation at the talks accused Kenya of": a name right
    // after it is its object, and the verb the subject's.
    const bool name_after = last < t.size() && t[last].capitalized && InsideMention(w, last);
    if (described && !name_after) {
      return "a participle describing '" + std::string(t[noun - 1].text) + "', not a stance taken";
    }
  }
  // "providing high government supports to farmers", "price support for
  // grain": farm subsidies, no backing of anyone.
  if ((head == "support" || head == "supports") && first > 0 &&
      (kSubsidyModifiers.count(t[first - 1].lower) ||
       (head == "supports" && t[first - 1].lower == "government"))) {
    return "a subsidy ('" + std::string(t[first - 1].text) + " " + std::string(t[first].text) +
           "'), no backing";
  }
  // "wants Taiwan's currency to appreciate faster": a currency rises.
  if (head.substr(0, std::min<std::size_t>(head.size(), 8)) == "apprecia") {
    for (std::size_t k = first; k > 0 && first - k < 4; --k) {
      if (kCurrencyNouns.count(t[k - 1].lower)) return "a currency's rise, not a stance";
    }
  }
  // "transfer its tankers to U.S. registration in hopes Iran would be
  // reluctant to ...": a hope that is the purpose of an act asks nothing.
  if ((head == "hope" || head == "hopes") && first > 0 &&
      (t[first - 1].lower == "in" ||
       (first > 1 && t[first - 1].lower == "the" && t[first - 2].lower == "in"))) {
    return "a purpose ('in hopes ...'), not a stance";
  }
  // "refused to comment on the report": declining to speak rejects no one.
  if (last < t.size() && t[last - 1].lower == "to" && kNoCommentVerbs.count(t[last].lower)) {
    return "declining to comment ('" + std::string(t[last].text) + "'), no stance";
  }

  // A noun after "any"/"such", or after an article that follows a
  // preposition, is a thing talked about: "to stop any attack", "in an
  // unprecedented attack on", "respond to such attacks".
  std::size_t k = first;
  // ("recognised Kenyan rights in the lake and withdrew its troops": a
  // past verb after a conjunction is no noun. A bare one may still be
  // governed, as in "a decision to remove Iraq from the list and reject".)
  const bool past_verb = PastFormAt(w, first);
  for (int adjectives = 0; k > 0 && adjectives < 2; ++adjectives) {
    const Token& prev = t[k - 1];
    // A month or a day describes the noun too: "an April attack on".
    const bool when = IsMonthName(prev.text) || IsWeekdayName(prev.text);
    // ("as they began formal talks": a subject pronoun describes no noun.)
    if (!prev.is_word || (prev.capitalized && !when) || kNounMarkers.count(prev.lower) ||
        kArticles.count(prev.lower) || kPrepositions.count(prev.lower) ||
        kSubjectPronouns.count(prev.lower) ||
        (past_verb && Is(w, k - 1, word_class::kConjunction)) ||
        (EndsWithAny(prev.lower) && !IsAdjectiveForm(prev.lower))) {
      break;
    }
    --k;
  }
  const std::string_view det = k > 0 ? t[k - 1].lower : head;
  // "over the possibility of an attack on North Korea and an April attack on
  // an airfield": a noun joined by "and" to one after a preposition is
  // after it too.
  const auto joined_after_preposition = [&] {
    if (k < 3 || (t[k - 2].lower != "and" && t[k - 2].lower != "or")) return false;
    constexpr std::size_t kLongestConjunct = 8;  // "an attack on North Korea"
    for (std::size_t j = k - 2; j > 1 && k - 2 - j < kLongestConjunct; --j) {
      const Token& word = t[j - 1];
      if (!word.is_word || Is(w, j - 1, word_class::kClauseBreak) || PastFormAt(w, j - 1) ||
          IsHelperVerb(word.lower)) {
        return false;
      }
      if (IsBareArticle(word.lower) && kPrepositions.count(t[j - 2].lower)) return true;
    }
    return false;
  };
  // So is a plural joined to a bare plural right after a preposition, with
  // at most one describing word: "exchanges of war-like threats and insults
  // between" (not "Trump criticises Kim and insults Moon").
  const auto plural_joined_after_preposition = [&] {
    if (first < 3 || (t[first - 1].lower != "and" && t[first - 1].lower != "or")) return false;
    const Token& plural = t[first - 2];
    if (!EndsWith(head, "s", 2) || !plural.is_word || plural.capitalized ||
        !EndsWith(plural.lower, "s", 2) || kPrepositions.count(plural.lower)) {
      return false;
    }
    // ("responded with threats and attacks on Iraq": what one answers with
    // is one's act.)
    const auto governs = [&](const Token& word) {
      return kPrepositions.count(word.lower) > 0 && word.lower != "with";
    };
    if (governs(t[first - 3])) return true;
    const Token& describing = t[first - 3];
    return first > 3 && describing.is_word && !describing.capitalized &&
           !IsHelperVerb(describing.lower) && !PastFormAt(w, first - 3) &&
           !kArticles.count(describing.lower) && governs(t[first - 4]);
  };
  const bool after_preposition =
      k > 1 && (kPrepositions.count(t[k - 2].lower) > 0 || joined_after_preposition());
  const bool article = IsBareArticle(det);
  // "the visits of official delegations", "a message of support": a noun
  // that has an "of" phrase, or is one; the "of" may be the pattern's own
  // ("the restoration of diplomatic ties", "an endorsement of"). A gerund
  // after "of" is a verb ("accused Kyiv of shelling").
  const bool gerund_head = EndsWith(head, "ing", 2);
  const std::size_t after_head = last > first + 1 ? first + 1 : last;
  // "a new round of talks with" is talks, counted ("a series of bombs" is
  // still a thing).
  const bool counted =
      first > 1 && kCountNouns.count(t[first - 2].lower) > 0 && kCountedMeetings.count(head) > 0;
  const bool of_phrase = (article && after_head < t.size() && t[after_head].lower == "of") ||
                         (first > 0 && t[first - 1].lower == "of" && !gerund_head && !counted);
  // "a balance between domestic political demands": a plural noun with its
  // describing words right after a preposition is a thing talked about.
  const bool described_plural = k < first && k > 0 && kPrepositions.count(det) > 0 &&
                                EndsWith(head, "s", 2) && last == first + 1;
  // "announced the expulsion of", "ordered a suspension of air links with",
  // "tighten the naval blockade of": a noun phrase the subject announces,
  // orders or imposes is its act.
  // "sped up the withdrawal of", "stepped up the attacks on" as well.
  const bool plural_joined = plural_joined_after_preposition();
  const bool phrasal = k > 2 && t[k - 2].lower == "up" && kSpeedUpVerbs.count(t[k - 3].lower) > 0;
  // "sets off on a trip to Asia", "embarked on a tour of": a journey the
  // subject starts is its act. So is one it "is on".
  const bool sets_off = k > 3 && t[k - 2].lower == "on" &&
                        (kEmbarkVerbs.count(t[k - 3].lower) > 0 ||
                         (t[k - 3].lower == "off" && kEmbarkVerbs.count(t[k - 4].lower) > 0) ||
                         (trigger.rule->journey && kFiniteBeForms.count(t[k - 3].lower) > 0));
  // "sparked outrage with a sharp rebuke of Prime Minister Theresa May",
  // "will begin with a visit to Cairo": what the subject does something
  // with, a new one, is its act. Not what a participle goes with: "an
  // interview coinciding with a visit to London by King Fahd".
  const bool with_one = k > 2 && t[k - 2].lower == "with" && (det == "a" || det == "an") &&
                        !EndsWith(t[k - 3].lower, "ing", 2);
  // "claimed responsibility for a drone attack on": a deed the subject
  // claims is its act.
  const bool announced = article && k > 1 &&
                         (kEnactVerbs.count(t[k - 2].lower) > 0 || phrasal || sets_off ||
                          with_one || ResponsibilityClaimedBefore(w, k - 1));
  if (((k > 0 && (kNounMarkers.count(det) || (article && after_preposition))) || of_phrase ||
       described_plural || plural_joined) &&
      !announced) {
    const std::string opening = of_phrase       ? "of"
                                : plural_joined ? std::string(t[first - 2].text) + " and"
                                                : std::string(det);
    return "a noun phrase ('" + opening + " ...'), not a stance taken";
  }
  // "held a debate on sanctions against Japan", "a vote on sanctions against
  // Uganda was delayed": an act named as what a deliberation is about is
  // talked about, not taken.
  if (const std::size_t noun = DeliberationBefore(w, first); noun > 0) {
    return "what '" + std::string(t[noun - 1].text) + " " + std::string(t[noun].text) +
           "' is about, not a stance taken";
  }
  // "progress in talks with Argentina", "recur in talks with Brazil", "the
  // pace of free trade talks with the United States": talks named after a
  // preposition, with no article, are what is talked about. Taking part in
  // them is an act: "is in talks with", "entered into talks with", "two
  // months of negotiations with", "made progress in talks with", "at talks
  // with", "based on discussions with".
  if (kCountedMeetings.count(head)) {
    std::size_t p = first;
    while (p > 0 && first - p < 2 && kTalksModifiers.count(t[p - 1].lower)) --p;
    // "she hoped talks with Bangladesh's foreign minister would lead to a
    // deal": talks that open what someone hopes are its subject, not held.
    const std::size_t hoped = p > 0 && t[p - 1].lower == "that" ? p - 1 : p;
    if (hoped > 0 && kHopeVerbs.count(t[hoped - 1].lower)) {
      return "talks named in what '" + std::string(t[hoped - 1].text) + "', not held";
    }
    const bool bare_after_preposition =
        p > 1 && kPrepositions.count(t[p - 1].lower) > 0 && t[p - 1].lower != "at";
    if (bare_after_preposition) {
      const std::string_view before = t[p - 2].lower;
      const bool made_progress =
          kProgressNouns.count(before) && p > 2 && kMakeProgressVerbs.count(t[p - 3].lower);
      const bool taking_part = !t[p - 2].is_word || kBeForms.count(before) ||
                               kEnactVerbs.count(before) || kTakingPartWords.count(before) ||
                               kCountNouns.count(before) || kDurationNouns.count(before) ||
                               made_progress;
      if (!taking_part) return "talks named after '" + std::string(t[p - 1].text) + "', not held";
    }
  }
  // "helped set up a meeting between", "efforts to arrange a Trump visit
  // to": a meeting someone arranges is planned, not held.
  constexpr std::size_t kWordsToArticle = 4;
  for (std::size_t a = first; a > 1 && first - a < kWordsToArticle; --a) {
    if (t[a - 1].lower != "a" && t[a - 1].lower != "an") continue;
    const std::string_view verb = t[a - 2].lower;
    const bool set_up = verb == "up" && a > 2 && t[a - 3].lower == "set";
    if (kArrangeVerbs.count(verb) || set_up) {
      return "a noun phrase ('" + std::string(set_up ? "set up" : t[a - 2].text) +
             " a ...'), not a stance taken";
    }
    break;
  }

  // A noun opened by an article or a possessive within three words.
  bool noun_phrase = false;
  for (std::size_t b = first; b > 0 && first - b < 3 && t[b - 1].is_word && !noun_phrase; --b) {
    noun_phrase = kArticles.count(t[b - 1].lower) > 0 || t[b - 1].lower == "'s";
  }
  if (noun_phrase && CalledOff(w, last)) {
    return "an act called off ('... was aborted'), not taken";
  }
  if (const std::size_t verb = VerbOfActPhrase(w, first, kCallOffParticiples); verb > 0) {
    return "an act called off ('" + std::string(t[verb - 1].text) + " ...'), not taken";
  }
  // "to expect further Iranian attacks": a hostile act named as what is
  // expected or feared is still to come. (Not a verb: "is expected to
  // press"; nor an expectation denied: "cannot expect an improvement".)
  const bool hostile = trigger.type->quad_class >= 3;
  if (const std::size_t verb = VerbOfActPhrase(w, first, kExpectVerbs);
      hostile && verb > 0 && t[first].lower != "to" && !(verb > 1 && t[verb - 2].lower == "as")) {
    return "an act expected ('" + std::string(t[verb - 1].text) + " ...'), not done";
  }
  if (NamedByVerb(w, k, last)) {
    return "named by '" +
           std::string(t[k > 0 && Is(w, k - 1, word_class::kDeterminer) ? k - 2 : k - 1].text) +
           "', not a stance taken";
  }

  if (NeededNoun(w, first)) return "what is needed, not done";
  // "lead the United States into the 6 1/2-year-old war between Iran and
  // Iraq", "scene of the prolonged war between Iran and Iraq": the war's
  // name, like "the Iraq-Iran war", not a stance the sentence states.
  // So is "the Gulf war against Iraq" and "the war with Iraq".
  if (head == "war" && first + 1 < last &&
      (t[first + 1].lower == "between" || t[first + 1].lower == "against" ||
       t[first + 1].lower == "with")) {
    constexpr std::size_t kDescribingWords = 6;  // "6 1/2-year-old", "prolonged"
    for (std::size_t b = first; b > 0 && first - b < kDescribingWords; --b) {
      const Token& word = t[b - 1];
      // ("ready to continue and perhaps step up the Gulf shipping war
      // against Iraq": a war one carries on is one's own act.)
      if (word.lower == "the" &&
          !(b > 1 && (kDoingVerbs.count(t[b - 2].lower) || kEnactVerbs.count(t[b - 2].lower)))) {
        return "names the war ('the ... war between'), no stance";
      }
      if (word.lower == "the") break;
      const bool number = StartsWithDigit(word);
      const bool name_part =
          word.capitalized && !IsBareArticle(word.lower) &&
          std::none_of(w.mentions.begin(), w.mentions.end(),
                       [&](const Mention& m) { return m.first <= b - 1 && b - 1 < m.last; });
      if ((word.capitalized && !name_part) || (!word.is_word && !number && word.text != "/")) break;
    }
  }
  // "to make it difficult to blame Iran": how easy an act would be says
  // nothing of anyone doing it.
  if (first > 1 && t[first - 1].lower == "to" && kEaseAdjectives.count(t[first - 2].lower)) {
    return "how '" + std::string(t[first - 2].text) + "' it would be, not done";
  }
  if (const std::string_view option = OptionWeighed(w, first); !option.empty()) {
    return "an option ('" + std::string(option) + " ... to'), not taken";
  }

  // "Russia banned adoptions by Americans in retaliation for sanctions": the
  // motive of the act stated right before it in its clause is that act's,
  // no threat besides it. ("disappointed by the tariffs announced by Reagan
  // in retaliation": another act comes between.)
  if (head == "retaliation" && first > 0 && t[first - 1].lower == "in") {
    const auto act = std::find_if(earlier.rbegin(), earlier.rend(),
                                  [&](const TokenRange& r) { return r.second <= first; });
    bool motive = act != earlier.rend() && ClauseStart(w, act->first) == ClauseStart(w, first);
    for (std::size_t word = motive ? act->second : first; word < first; ++word) {
      motive = motive && !PastFormAt(w, word);
    }
    if (motive) return "the motive of the act before it ('in retaliation'), no threat";
  }
  // "Moscow blamed the end of the freeze on U.S. refusal to join a test
  // ban": what something is blamed on is a cause named, no stance of its own.
  constexpr std::size_t kBlamedThing = 10;  // "the end of the nuclear test freeze on"
  const bool blamed_on = std::any_of(earlier.begin(), earlier.end(), [&](const TokenRange& r) {
    if (r.second > first || first - r.second > kBlamedThing || !OnlyWords(w, r.second, first) ||
        w.tokens[r.first].lower.substr(0, 5) != "blame") {
      return false;
    }
    const std::optional<std::size_t> on = FindWord(w, r.second, first, "on");
    if (!on) return false;
    // Between "on" and the trigger only articles and names: "on U.S.",
    // "on Uganda's".
    for (std::size_t j = *on + 1; j < first; ++j) {
      if (!Is(w, j, word_class::kDeterminer) && !InsideMention(w, j) && w.tokens[j].lower != "'s") {
        return false;
      }
    }
    return true;
  });
  if (blamed_on) return "what something is blamed on, not a stance";
  // "condemned missile attacks", "threatened targeted sanctions": a trigger
  // that is the object of an earlier one is what that stance is about. So is
  // one in a longer direct object, which opens with an article: "rejected an
  // Indian proposal for signing", "rejected Thursday a United Nations appeal
  // for".
  constexpr std::size_t kShortObject = 2, kLongObject = 5;
  // (A trigger that opens with a clause's first word, "after meeting", is
  // no one's object.)
  const bool object_of_earlier = std::any_of(earlier.begin(), earlier.end(), [&](const auto& r) {
    if (r.second > first || first - r.second > kLongObject) return false;
    if (Is(w, first, word_class::kClauseBreak)) return false;
    // "retaliated by expelling 20 diplomats": "by" and a gerund say how
    // the earlier act was done, an act of its own.
    if (first > r.second && t[first - 1].lower == "by" && EndsWith(t[first].lower, "ing", 2)) {
      return false;
    }
    // "a visit, refused to": a new verb. So after a match that ends at its
    // own comma: "Russia, which backs Syria, criticised".
    if (!OnlyWords(w, r.second, first) || (r.second > 0 && t[r.second - 1].text == ",")) {
      return false;
    }
    // "accused NATO of provocative military drills": what the accused is
    // accused "of" is the accusation's object, a noun phrase as well as a
    // gerund.
    const std::string_view verb = t[r.first].lower;
    if ((verb.substr(0, 5) == "accus" || verb.substr(0, 5) == "charg") &&
        FindWord(w, r.second, first, "of")) {
      return true;
    }
    // "warned that the EU could no longer rely on": "that" before a subject
    // opens a clause of its own ("rejected that proposal" is an object).
    if (t[r.second].lower == "that" && r.second + 1 < first &&
        (IsBareArticle(t[r.second + 1].lower) || t[r.second + 1].capitalized ||
         kSubjectPronouns.count(t[r.second + 1].lower))) {
      return false;
    }
    // "both leaders agreed they could not accept": a pronoun right after it
    // that only a subject takes opens a clause of its own ("it" and "you"
    // may be objects).
    const std::string_view pronoun = t[r.second].lower;
    if (kSubjectPronouns.count(pronoun) && pronoun != "it" && pronoun != "you" &&
        r.second < first) {
      return false;
    }
    // "working with Uganda to exert pressure on": after the earlier
    // trigger's object, "to" opens a purpose of its own; so it does right
    // after the trigger ("working together to urge"), an infinitive being
    // no object.
    if (first > r.second && t[first - 1].lower == "to") return false;
    if (first - r.second <= kShortObject) {
      // "criticised Uganda and praised Tanzania": a past tense after "and"
      // or "but" is a verb of its own; so is a bare one after a verb that
      // follows a modal or "to": "will send troops to Somalia and impose".
      bool joined = false;
      for (std::size_t j = r.second; j < first; ++j) {
        joined = joined || Is(w, j, word_class::kConjunction | word_class::kClauseBreak);
      }
      const bool bare_after_modal =
          !LooksFinite(w, first) && r.first > 0 &&
          (kModals.count(t[r.first - 1].lower) > 0 || t[r.first - 1].lower == "to");
      // So is one after its own helper: "froze talks and is threatening".
      const bool helped = IsHelperVerb(t[first - 1].lower);
      return !(joined && (PastFormAt(w, first) || bare_after_modal || helped));
    }
    // "traveled to the Seychelles for a business meeting": a place the
    // earlier trigger goes to is no content ("agreed to expand the use of
    // aid" is).
    bool opened = false;
    bool no_object = t[r.second - 1].lower == "to" &&
                     (Is(w, r.second, word_class::kArticle) || t[r.second].capitalized);
    for (std::size_t j = r.second; j < first; ++j) {
      // A preposition before the article opens no direct object; "rejected
      // the charge and accused Kyiv" has a second verb.
      no_object = no_object || (Is(w, j, word_class::kPreposition) && !opened) ||
                  Is(w, j, word_class::kConjunction | word_class::kClauseBreak);
      opened = opened || Is(w, j, word_class::kArticle);
    }
    return opened && !no_object;
  });
  if (object_of_earlier) {
    *reach = Reach::kObject;
    return "the object of an earlier stance in the sentence, not an event";
  }
  // "took aim at the Iran nuclear accord and closer relations with Cuba": a
  // noun joined by "and" or "or" to the object of an earlier trigger's
  // preposition is another object ("threaten regional security and
  // undermine" joins a verb).
  const bool joined_object = std::any_of(earlier.begin(), earlier.end(), [&](const auto& r) {
    if (r.second + 1 >= first || first - r.second > kLongObject + 1) return false;
    if (!Is(w, r.second - 1, word_class::kPreposition)) return false;
    // "will send troops to Somalia and impose": a bare verb after a modal's.
    if (r.first > 0 && (kModals.count(t[r.first - 1].lower) > 0 || t[r.first - 1].lower == "to")) {
      return false;
    }
    const std::string_view joint = t[first - 1].lower;
    if ((joint != "and" && joint != "or") || LooksFinite(w, first) || PastFormAt(w, first) ||
        EndsWith(t[first].lower, "ing", 3)) {
      return false;
    }
    if (!OnlyWords(w, r.second, first - 1)) return false;
    for (std::size_t j = r.second; j + 1 < first; ++j) {
      if (Is(w, j, word_class::kConjunction | word_class::kClauseBreak) || LooksFinite(w, j)) {
        return false;
      }
    }
    return true;
  });
  if (joined_object) {
    *reach = Reach::kObject;
    return "joined to the object of an earlier stance, not an event";
  }
  const bool second_object = std::any_of(earlier.begin(), earlier.end(), [&](const TokenRange& r) {
    const auto e = static_cast<std::size_t>(&r - earlier.data());
    return e < reaches.size() && reaches[e] == Reach::kObject && r.second <= first &&
           SecondObjectAfter(w, r.second, first);
  });
  if (second_object) {
    *reach = Reach::kObject;
    return "a second object of an earlier stance, not an event";
  }

  // "the president's efforts to improve frosty U.S.-Russian relations",
  // "Trump's own attempts to build strong relations": what someone's effort
  // aims at is background, like the effort.
  // So does someone's decision ("his decision not to certify Iran's
  // compliance").
  // A time may stand between too: "the U.S. Threat on Friday to impose".
  // "Trump's move to have the United States officially recognize": what a
  // noun's infinitive has someone do is read from that infinitive.
  const std::size_t inf = CausedVerbStart(w, first);
  std::size_t noun_at = inf > 3 && t[inf - 2].lower == "not" ? inf - 3 : inf - 2;
  if (inf > 4 && (IsWeekdayName(t[noun_at].text) || t[noun_at].lower == "yesterday")) {
    noun_at -= t[noun_at - 1].lower == "on" ? 2 : 1;
  }
  const auto takes_infinitive = [](std::string_view noun) {
    return kEffortNouns.count(noun) > 0 || kFailureNouns.count(noun) > 0;
  };
  // So is an effort or an action "by" or "of" someone: "the action by the
  // United States to slap tariffs on ... did not mean", "a failure of the
  // Reagan Administration and Congress quickly to agree". The rest of the
  // noun phrase ("the Kenyan government and parliament") and an adverb may
  // stand before "to", but no verb.
  if (inf > 3 && t[inf - 1].lower == "to") {
    constexpr std::size_t kWordsToInfinitive = 4;
    for (const Mention& m : w.mentions) {
      const std::size_t by = StartBeforeArticles(w, m.first);
      if (m.last > inf - 1 || inf - 1 - m.last > kWordsToInfinitive || by < 2) continue;
      const bool phrase_to_infinitive =
          std::all_of(t.begin() + static_cast<std::ptrdiff_t>(m.last),
                      t.begin() + static_cast<std::ptrdiff_t>(inf - 1), [](const Token& word) {
                        return (word.is_word || word.lower == "'s") && !IsHelperVerb(word.lower) &&
                               !kBeForms.count(word.lower) && !kHaveForms.count(word.lower);
                      });
      const std::string_view opener = t[by - 1].lower;
      if (!phrase_to_infinitive || (opener != "by" && opener != "of")) continue;
      const std::string_view noun = t[by - 2].lower;
      if (takes_infinitive(noun) || (opener == "by" && (noun == "action" || noun == "actions"))) {
        return "background ('" + std::string(t[by - 2].text) + " " + std::string(t[by - 1].text) +
               " ... to'), not a stance";
      }
    }
  }
  // "authority to negotiate a free trade zone with Canada would be
  // extended", "a mandate to negotiate with": a power to act is no act.
  // (The pattern may open with the "to": "leverage to press".)
  const std::size_t power_at = t[inf].lower == "to" || inf == 0 ? inf : inf - 1;
  if (power_at > 0 && t[power_at].lower == "to" && kMandateNouns.count(t[power_at - 1].lower)) {
    return "background ('" + std::string(t[power_at - 1].text) + " to ...'), not a stance";
  }
  // A date may stand between: "Reagan's April 17 decision to impose".
  if (inf > 2 && t[inf - 1].lower == "to" && takes_infinitive(t[noun_at].lower)) {
    std::size_t dated = noun_at;
    while (dated > 1 && noun_at - dated < 2 &&
           (IsMonthName(t[dated - 1].text) || StartsWithDigit(t[dated - 1]))) {
      --dated;
    }
    // "Russia's attempts to undermine the JIM show ..., the White House
    // said": a wrong someone attempts is the speaker's accusation of them.
    const bool attempted_wrong = trigger.rule->accusation &&
                                 kAttemptNouns.count(t[noun_at].lower) && dated > 1 &&
                                 t[dated - 1].lower == "'s" && w.speaker.valid();
    for (std::size_t b = dated; b > 0 && dated - b < 2 && !attempted_wrong; --b) {
      if (kBackground.count(t[b - 1].lower)) {
        return "background ('" + std::string(t[b - 1].text) + " " + std::string(t[noun_at].text) +
               " to ...'), not a stance";
      }
    }
    // "U.S. Threats to scrap the agreement ... have pushed MITI": so is one
    // a name before it owns, if it can be no verb ("U.S. moves to" can).
    const bool owned = std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
      return m.last == dated && m.actor >= 0;
    });
    if (owned &&
        (kNounOnlyEfforts.count(t[noun_at].lower) || kFailureNouns.count(t[noun_at].lower))) {
      return "background ('" + std::string(t[dated - 1].text) + " " + std::string(t[noun_at].text) +
             " to ...'), not a stance";
    }
  }

  // A noun behind a possessive, or a scene-setter ("during talks with", "his
  // brief meeting with"), over articles and up to two adjectives; a gerund
  // after a scene-setter is a clause of its own ("before accusing Putin").
  *reach = Reach::kNone;
  // "Assad and his family have no role in": a trigger that opens on "have"
  // is a verb, no noun a possessive could own.
  if (kHaveForms.count(t[first].lower)) return "";
  std::size_t before = first;
  for (int adjectives = 0; before > 0; --before) {
    const Token& prev = t[before - 1];
    if (IsBareArticle(prev.lower)) continue;
    // "a series of trade talks with": a count of the noun is part of it.
    if (prev.lower == "of" && before > 1 && kCountNouns.count(t[before - 2].lower)) {
      --before;
      continue;
    }
    // "agreed to the proposals in two months of indirect negotiations with
    // Syrian leaders": a span of the talks after "in" says when.
    if (prev.lower == "of" && before > 3 && kDurationNouns.count(t[before - 2].lower) &&
        t[before - 4].lower == "in") {
      return "background ('in ... " + std::string(t[before - 2].text) + " of'), not a stance";
    }
    // A date ("the May 17th Iraqi missile attack") is one more.
    const bool ordinal = StartsWithDigit(prev) && before > 1 && IsMonthName(t[before - 2].text);
    if (ordinal) {
      --before;
      continue;
    }
    // A state's adjective ("a recent Iranian missile attack") is one more.
    if (prev.capitalized && !kBackground.count(prev.lower) &&
        std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
          return m.first <= before - 1 && before - 1 < m.last && m.kind != MentionKind::kPerson;
        })) {
      continue;
    }
    const bool adjective =
        prev.is_word && !prev.capitalized && adjectives < 2 && !kBackground.count(prev.lower) &&
        !kSceneSetters.count(prev.lower) && !kEnactVerbs.count(prev.lower) &&
        !kCauseVerbs.count(prev.lower) && prev.lower != "and" && prev.lower != "to" &&
        (!EndsWithAny(prev.lower) || IsAdjectiveForm(prev.lower)) && !IsHelperVerb(prev.lower) &&
        !kTalkVerbs.count(prev.lower) && !Is(w, before - 1, word_class::kPreposition);
    if (!adjective) break;
    ++adjectives;
  }
  // "ahead of trade talks", "because of": the word before "of" sets the scene.
  if (before > 1 && t[before - 1].lower == "of" && kSceneSetters.count(t[before - 2].lower)) {
    --before;
  }
  // "Shultz' visit", "the allies' talks": an apostrophe right after a word
  // in s, z or x is a possessive.
  const auto setter_at = [&](std::size_t b) {
    if (b > 1 && t[b - 1].text == "'" && t[b - 1].begin == t[b - 2].end &&
        (EndsWith(t[b - 2].lower, "s", 1) || EndsWith(t[b - 2].lower, "z", 1) ||
         EndsWith(t[b - 2].lower, "x", 1))) {
      return std::string_view("'s");
    }
    return b > 0 ? std::string_view(t[b - 1].lower) : std::string_view();
  };
  // "These concerns were heightened by the May 17 Iraqi missile attack on
  // the frigate": a deed that is the agent of a passive verb of another
  // kind is what caused it, background like "after the attack on". One that
  // stirs a feeling is what the feeling answers: "surprised by recent
  // criticism of West German policies voiced by Baker".
  // So is the agent of a reduced passive after a noun: "growing tension in
  // the Gulf augmented by the U.S. military attack on an Iranian oil
  // platform". Only a noun: "responded by attacking" is the act, and in "the
  // resolution adopted by the Council calling on" the participle is the
  // resolution's.
  const auto agent_of_passive = [&](std::size_t b) {
    if (b < 3 || t[b - 1].lower != "by") return false;
    if (kFeelingParticiples.count(t[b - 2].lower)) return false;
    if (!PastFormAt(w, b - 2) || t[b - 2].capitalized) return false;
    std::size_t be = b - 3;
    if (be > 0 && EndsWith(t[be].lower, "ly", 2)) --be;  // "were further heightened by"
    if (kBeForms.count(t[be].lower) > 0) return true;
    const Token& noun = t[b - 3];
    return b < first && !EndsWith(head, "ing", 2) && noun.is_word && !IsHelperVerb(noun.lower) &&
           !Is(w, b - 3, word_class::kDeterminer | word_class::kPreposition) &&
           !EndsWith(noun.lower, "ly", 2) && !kRespondVerbs.count(t[b - 2].lower);
  };
  if (before > 0 && agent_of_passive(before)) {
    return "background (the agent of '" + std::string(t[before - 2].text) + " by'), not a stance";
  }
  // "Any Iranian attack on Soviet ships in the Gulf will bring a forceful
  // response": a deed of any doer is a hypothetical one.
  if (before < first && setter_at(before) == "any") {
    return "a hypothetical ('any ...'), not a stance";
  }
  // ", under mounting pressure from the United States,": after a break
  // "under" sets the scene, over up to two describing words. After a verb
  // it is what the subject undergoes ("had come under pressure from").
  constexpr std::size_t kWordsAfterUnder = 3;
  for (std::size_t b = first; b > 0 && first - b < kWordsAfterUnder && t[b - 1].is_word; --b) {
    if (t[b - 1].lower != "under") continue;
    if (b == 1 || !t[b - 2].is_word) return "background ('under ...'), not a stance";
    break;
  }
  if (before < first && !kBackground.count(setter_at(before)) &&
      !kSceneSetters.count(setter_at(before)) && !kTalkVerbs.count(setter_at(before))) {
    // Adjectives with no possessive or scene-setter behind them: look right
    // before the articles only.
    before = first;
    while (before > 0 && IsBareArticle(t[before - 1].lower)) --before;
  }
  // "before accusing Putin"; with an article or adjective it is a noun:
  // "after an hour-long meeting with".
  // ("despite easing of curbs": a gerund with "of" is a noun.)
  const bool gerund = EndsWith(head, "ing", 2) && before == first &&
                      !(first + 1 < t.size() && t[first + 1].lower == "of");
  const std::string_view setter = setter_at(before);
  // "Russia's foreign minister condemned", "Kenya's president visits": a
  // finite verb after a body or office behind the possessive is that
  // subject's verb, not a noun.
  const bool past = PastFormAt(w, first);
  if (setter == "'s" && (past || LooksFinite(w, first)) && before < first &&
      Is(w, first - 1, word_class::kTitleWord)) {
    return "";
  }
  // "after Ugandan troops attacked", "after a Serbian army jet shot down": a
  // past tense after a phrase with a name in it is that phrase's verb.
  if (past && before < first &&
      std::any_of(w.mentions.begin(), w.mentions.end(),
                  [&](const Mention& m) { return m.first >= before && m.last <= first; })) {
    return "";
  }
  // "Israel mounted its long-threatened invasion of": a deed the subject
  // carries out behind its own possessive is its act.
  // The trigger must head the noun phrase ("began its nuclear test
  // moratorium" carries out no test); a determiner after it opens the next
  // phrase ("renewed his call for the United States to", "his warning that").
  const bool heads_phrase =
      last >= t.size() || !t[last].is_word || t[last].capitalized ||
      Is(w, last, word_class::kPreposition | word_class::kConjunction | word_class::kDeterminer);
  // "reiterated its demand that", "renewed its call for": said again now.
  if (kPossessives.count(setter) && before > 1 &&
      (kEnactVerbs.count(t[before - 2].lower) || kRestateVerbs.count(t[before - 2].lower) ||
       (before > 2 && t[before - 2].lower == "up" && kSpeedUpVerbs.count(t[before - 3].lower))) &&
      heads_phrase) {
    return "";
  }
  // "will wrap up his visit to Seoul", "ended its trip to Japan": a journey
  // the subject ends is one it made. One it "is on" it makes now.
  // (With an article, "is on a visit to", the noun-phrase test above took
  // it as the subject's act.)
  const std::string_view verb_before = before > 2 ? t[before - 2].lower : std::string_view();
  if (trigger.rule->journey && before > 2 && kPossessives.count(setter) &&
      (kEndVerbs.count(verb_before) ||
       (verb_before == "up" && kWrapUpVerbs.count(t[before - 3].lower)) ||
       (verb_before == "on" && kFiniteBeForms.count(t[before - 3].lower)))) {
    return "";
  }
  // "claimed responsibility for a drone attack on": the deed is the
  // claimant's.
  if (ResponsibilityClaimedBefore(w, before)) return "";
  // "looking for help to pressure North Korea": what one seeks help for is
  // one's own aim.
  if (SoughtHelpAt(w, before)) return "";
  if (before > 0 && (kBackground.count(setter) || (kSceneSetters.count(setter) && !gerund))) {
    // "Reagan's threat to impose sanctions", "his invitation to Gorbachev to
    // visit": what the noun asks or threatens is background too.
    *reach = Reach::kOwnPhrase;
    return "background ('" + std::string(t[before - 1].text) + " ...'), not a stance";
  }
  // "did not mention the recent U.S. trade sanctions against Japanese
  // semiconductors": what is mentioned, discussed or cited is talked about.
  const bool noun_phrase_between =
      std::none_of(t.begin() + static_cast<std::ptrdiff_t>(before),
                   t.begin() + static_cast<std::ptrdiff_t>(first), [](const Token& word) {
                     return kSubjectPronouns.count(word.lower) || kClauseOpeners.count(word.lower);
                   });
  if (before > 0 && before < first && kTalkVerbs.count(setter) && noun_phrase_between) {
    return "what '" + std::string(t[before - 1].text) + "' talks about, not a stance";
  }
  return "";
}

}  // namespace sg::extract::reading
