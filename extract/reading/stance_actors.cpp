// Who takes a trigger's stance: the subject before it in its clause and the
// names listed with it, the agent of a passive, or the speaker.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

void AddUnique(std::vector<Speaker>& speakers, const Speaker& s) {
  for (const Speaker& other : speakers) {
    if (other.actor == s.actor) return;
  }
  speakers.push_back(s);
}

// The index of "that" when it opens a relative clause whose verb is the
// trigger at `first` ("the attack that killed", "a group that has also
// threatened"); a "that" followed by a subject ("said that Russia attacked")
// is a conjunction and gives nothing.
// Whether the "that" at `that` opens a relative clause. After a verb it is
// a conjunction: "said that", "showed that", "said privately that".
bool RelativeAt(const Work& w, std::size_t that) {
  // ('"That was the wrong decision," ... said': a "that" opening a quote or
  // a sentence points back.)
  if (that == 0 || !w.tokens[that - 1].is_word) return false;
  const std::string_view before = w.tokens[that - 1].lower;
  return !Is(w, that - 1,
             word_class::kSpeechVerb | word_class::kTellVerb | word_class::kIrregularPastVerb) &&
         !EndsWith(before, "ed") && !EndsWith(before, "ly");
}

std::optional<std::size_t> RelativeThat(const Work& w, std::size_t first) {
  std::size_t k = first;
  for (int lead = 0; lead < 2 && k > 0 && kRelativeVerbLead.count(w.tokens[k - 1].lower); ++lead) {
    --k;
  }
  if (k < 2 || w.tokens[k - 1].lower != "that" || !RelativeAt(w, k - 1)) return std::nullopt;
  return k - 1;
}

// Where the subject of the verb at `first` ends: back over helpers, "be",
// modals and adverbs ("has also", "would strongly"), and with `quotes` over
// quote marks ('the plan "threatens').
std::size_t SubjectEnd(const Work& w, std::size_t first, bool quotes) {
  std::size_t k = first;
  while (k > 0) {
    const std::string_view word = w.tokens[k - 1].lower;
    // "The Arab Monetary Fund is to lend": "be to" is a helper too.
    const bool be_to = word == "to" && k > 1 && kBeForms.count(w.tokens[k - 2].lower) > 0;
    const bool helper = kRelativeVerbLead.count(word) || kBeForms.count(word) ||
                        kModals.count(word) || EndsWith(word, "ly") || be_to ||
                        (quotes && w.tokens[k - 1].text == "\"");
    if (!helper) break;
    --k;
  }
  return k;
}

// "... and the department earlier refused to", "as the country's foreign aid
// donors met": a verb after "and", "but" or a word that opens a clause, whose
// own subject is a noun phrase no rule names. Returns that noun; the
// subject of the clause before does not carry over.
std::string_view UnnamedSubjectAfterJoint(const Work& w, std::size_t first) {
  const auto& t = w.tokens;
  std::size_t end = SubjectEnd(w, first, false);
  if (end > 0 && (t[end - 1].lower == "earlier" || kPassiveAdverbs.count(t[end - 1].lower))) --end;
  constexpr std::size_t kLongestNoun = 5;  // "the country's foreign aid donors"
  std::size_t k = end;
  while (k > 0 && end - k < kLongestNoun && (t[k - 1].is_word || t[k - 1].lower == "'s") &&
         !t[k - 1].capitalized && !InsideMention(w, k - 1) && !IsBareArticle(t[k - 1].lower) &&
         !IsHelperVerb(t[k - 1].lower) && !kClauseJoints.count(t[k - 1].lower)) {
    --k;
  }
  if (k == end || k < 3 || !IsBareArticle(t[k - 1].lower)) return {};
  // "when the two meet again": the two named before.
  if (kPairCounts.count(t[k].lower)) return {};
  // A verb must come before the "and": "Soviet officials and the state media
  // blamed" is one subject of two.
  const std::string_view joint = t[k - 2].lower;
  bool verb_before = false;
  for (std::size_t j = 0; j + 2 < k && !verb_before; ++j) verb_before = HelperOrPastAt(w, j);
  const bool new_clause = kClauseJoints.count(joint) && verb_before;
  return new_clause ? t[end - 1].text : std::string_view{};
}

// "Egypt is the only Arab country which has signed a peace treaty": the
// state a clause calls by the noun before the relative pronoun at `which`
// ("X is the ... country"). Returns its mention.
std::optional<std::size_t> StateCalledBefore(const Work& w, std::size_t which) {
  if (which < 3 || !kStateNouns.count(w.tokens[which - 1].lower)) return std::nullopt;
  constexpr std::size_t kLongestDescription = 4;  // "the only Arab country"
  for (std::size_t k = which - 1; k > 0 && which - 1 - k <= kLongestDescription; --k) {
    if (!w.tokens[k - 1].is_word) return std::nullopt;
    if (!kBeForms.count(w.tokens[k - 1].lower)) continue;
    for (std::size_t m = 0; m < w.mentions.size(); ++m) {
      if (w.mentions[m].last == k - 1 && !w.mentions[m].weak) return m;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "the Law of the Sea, which it says support Athens' arguments", "the
// treaty, which Kenya said would back Uganda": a verb right after "which X
// says" has what "which" refers to as its subject, not X. Returns where the
// relative pronoun stands.
std::optional<std::size_t> RelativeBeforeSpeaker(const Work& w, std::size_t first) {
  const std::size_t end = SubjectEnd(w, first, false);
  if (end < 3 || !Is(w, end - 1, word_class::kSpeechVerb)) return std::nullopt;
  constexpr std::size_t kLongestSpeaker = 4;  // "the Kenyan foreign ministry"
  for (std::size_t k = end - 1; k > 0 && end - 1 - k <= kLongestSpeaker; --k) {
    const std::string_view word = w.tokens[k - 1].lower;
    if (word == "which" || (word == "that" && RelativeAt(w, k - 1))) return k - 1;
    if (!w.tokens[k - 1].is_word) return std::nullopt;
  }
  return std::nullopt;
}

// The text of the noun phrase that ends with token `noun` and opens with a
// word `opens` accepts, at most `longest` words before the noun and after
// token `after`, every word between passing `inside`; empty if there is
// none. The walk the subject readers below share.
template <typename Opens, typename Inside>
std::string PhraseOpenedBy(const Work& w, std::size_t noun, std::size_t after, std::size_t longest,
                           Opens opens, Inside inside) {
  const std::vector<Token>& t = w.tokens;
  for (std::size_t d = noun; d > after && noun - d < longest; --d) {
    if (opens(t[d - 1].lower)) {
      return std::string(SpanText(w, {d - 1, noun + 1}));
    }
    if (!inside(d - 1)) break;
  }
  return "";
}

// The subject right before a trigger when it is a name that only describes
// ("British people overwhelmingly reject"): the speaker did not do what
// such a subject did. Empty when the trigger has no such subject.
std::string DescriptiveSubject(const Work& w, std::size_t first) {
  const std::size_t k = SubjectEnd(w, first, false);
  for (const Mention& m : w.mentions) {
    if (m.last == k && m.weak) return std::string(SpanText(w, {m.first, m.last}));
  }
  return "";
}

// The subject right before a trigger when it is a thing ("This request
// supports", "the new rule threatens"): the thing acts, not whoever
// reports on it. A text that speaks for its author ("the statement urged")
// and an office ("the ministry warned") are no such things. Empty when the
// trigger has no such subject.
std::string ThingAsSubject(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  if (!LooksFinite(w, first)) return "";
  const std::size_t k = SubjectEnd(w, first, true);
  if (k == 0) return "";
  // A plain word, no pronoun or office: "they", "who", "the ministry" stand
  // for someone.
  const auto plain = [&](std::size_t j) {
    const std::string_view word = t[j].lower;
    return t[j].is_word && !t[j].capitalized && !kSubjectPronouns.count(word) &&
           !kRelativePronouns.count(word) && !kThingDeterminers.count(word) &&
           !Is(w, j,
               word_class::kTitleWord | word_class::kPreposition | word_class::kConjunction |
                   word_class::kClauseBreak);
  };
  const std::size_t noun = k - 1;
  if (!plain(noun) || kVoiceNouns.count(t[noun].lower) || kPeopleNouns.count(t[noun].lower) ||
      kPersonCues.count(t[noun].lower)) {
    return "";
  }
  constexpr std::size_t kLongestThing = 3;  // "the new export rule"
  return PhraseOpenedBy(
      w, noun, 0, kLongestThing,
      [](std::string_view word) { return kThingDeterminers.count(word) > 0; }, plain);
}

// The subject before the verb at `first` when it is a thing a name
// describes, after an article ("the EC directive", "the U.S. trade bill"),
// with an aside between commas perhaps before the verb: its tokens, from the
// article to the thing's noun. nullopt otherwise.
std::optional<TokenRange> ThingNamedFor(const Work& w, const Mention& name, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  if (name.kind != MentionKind::kName || name.first == 0 ||
      !IsBareArticle(t[name.first - 1].lower)) {
    return std::nullopt;
  }
  std::size_t end = SubjectEnd(w, first, false);
  constexpr std::size_t kLongestAside = 12;  // ", due to come into effect on January 1,"
  if (end > 0 && t[end - 1].text == ",") {
    std::size_t open = end - 1;
    while (open > name.last && end - open <= kLongestAside && t[open - 1].text != ",") --open;
    if (open <= name.last || t[open - 1].text != ",") return std::nullopt;
    end = open - 1;
  }
  constexpr std::size_t kLongestThing = 2;  // "trade bill"
  if (end <= name.last || end - name.last > kLongestThing) return std::nullopt;
  for (std::size_t k = name.last; k < end; ++k) {
    const std::string_view word = t[k].lower;
    // ("The European Community (EC) yesterday warned": a time, no thing.
    // "The United States did not rule out": a helper, no thing.)
    const bool time_or_manner =
        word == "yesterday" || word == "today" || word == "tomorrow" || IsAdverb(word);
    const bool helper = IsHelperVerb(word) || kIndicativeAuxiliaries.count(word) > 0;
    if (!t[k].is_word || t[k].capitalized || time_or_manner || helper || kPeopleNouns.count(word) ||
        kCivilianNouns.count(word) || kPersonCues.count(word) ||
        Is(w, k, word_class::kTitleWord | word_class::kPreposition | word_class::kConjunction)) {
      return std::nullopt;
    }
  }
  return TokenRange{name.first - 1, end};
}

// The verb whose object a noun trigger at `first` heads, past
// determiners: "increases" in "increases the aid to". nullopt when no
// finite verb stands there, or the trigger is a verb itself.
std::optional<std::size_t> VerbOfObject(const Work& w, std::size_t first,
                                        std::size_t clause_start) {
  const std::string_view head = w.tokens[first].lower;
  if (IsHelperVerb(head) || LooksFinite(w, first) || EndsWith(head, "ing", 2)) return std::nullopt;
  std::size_t verb = first;
  while (verb > clause_start && Is(w, verb - 1, word_class::kDeterminer)) --verb;
  if (verb == clause_start) return std::nullopt;
  const std::size_t v = verb - 1;
  const bool finite = w.tokens[v].is_word && !w.tokens[v].capitalized && !InsideMention(w, v) &&
                      LooksFinite(w, v) && !Is(w, v, word_class::kSpeechVerb);
  return finite ? std::optional<std::size_t>(v) : std::nullopt;
}

// The thing that is the subject of the verb whose object a noun trigger at
// `first` heads ("The five-year accord" of "increases aid to"); empty when
// there is none.
std::string ThingWhoseObjectItIs(const Work& w, std::size_t first, std::size_t clause_start) {
  const std::optional<std::size_t> verb = VerbOfObject(w, first, clause_start);
  return verb ? ThingAsSubject(w, *verb) : std::string();
}

// Whether the threaten trigger is the verb "threaten" with a thing as its
// object ("would threaten the progress", "threaten regional security"), not
// an actor and no "to" of what is threatened.
bool RiskNamed(const Work& w, const Trigger& trigger) {
  const std::vector<Token>& t = w.tokens;
  if (trigger.type->name != "threaten" || t[trigger.first].lower.substr(0, 8) != "threaten" ||
      trigger.last >= t.size() || !t[trigger.last].is_word || t[trigger.last].lower == "to") {
    return false;
  }
  return !ActorNamedAfterDeterminers(w, trigger.last);
}

// The subject right before a verb trigger when it is a new party the rules
// do not name, introduced by "a": in "Mattis' visit comes a week after a
// hardline Islamist group called off protests" the group acts, not the name
// earlier in the sentence. Only a noun phrase after token `after` (the end
// of the subject name found) counts. Empty when the trigger has no such
// subject.
std::string IndefiniteSubject(const Work& w, std::size_t first, std::size_t after) {
  const std::vector<Token>& t = w.tokens;
  const std::size_t k = SubjectEnd(w, first, false);
  // "a group will attack": after a helper any form is the verb's.
  if ((k == first && !LooksFinite(w, first)) || k == 0) return "";
  const auto noun_phrase_word = [&](std::size_t j) {
    return t[j].is_word && !InsideMention(w, j) && !kSubjectPronouns.count(t[j].lower) &&
           !kRelativePronouns.count(t[j].lower) && t[j].lower != "that" &&
           !Is(w, j,
               word_class::kPreposition | word_class::kConjunction | word_class::kClauseBreak |
                   word_class::kSpeechVerb);
  };
  const std::size_t noun = k - 1;
  if (t[noun].capitalized || !noun_phrase_word(noun)) return "";
  constexpr std::size_t kLongestPhrase = 5;  // "a hardline Pakistani Islamist group"
  std::string party = PhraseOpenedBy(
      w, noun, after, kLongestPhrase,
      [](std::string_view word) { return word == "a" || word == "an"; }, noun_phrase_word);
  if (!party.empty()) return party;
  // "Ruding said many countries supported": unnamed parties counted by a
  // quantifier act as much as one introduced by "a". Not after a
  // preposition ("among other things imposes") or "and" ("a U.S. special
  // counsel and several congressional panels are investigating": the name
  // listed first acts).
  for (std::size_t d = noun + 1; d > after && noun + 1 - d < kLongestPhrase; --d) {
    const std::size_t word = d - 1;
    if (kGroupQuantifiers.count(t[word].lower)) {
      const bool bound = word > 0 && (Is(w, word - 1, word_class::kPreposition) ||
                                      t[word - 1].lower == "and" || t[word - 1].lower == "or");
      if (bound) return "";
      return std::string(SpanText(w, {word, noun + 1}));
    }
    if (!noun_phrase_word(word)) break;
  }
  return "";
}

// Whether the first quote mark in tokens [from, to) opens right after a word
// that is no speech verb: 'it will not "engage in a dialogue ...'" quotes
// the subject's own words, 'said "China can fix this"' someone else's.
bool OpensPartialQuote(const Work& w, std::size_t from, std::size_t to) {
  for (std::size_t q = from; q < to; ++q) {
    if (w.tokens[q].text != "\"") continue;
    return q > 0 && w.tokens[q - 1].is_word && !Is(w, q - 1, word_class::kSpeechVerb);
  }
  return false;
}

// Whether `m` is inside a partial quote that closes right before the verb
// at `first`, past helpers: 'said that "Germany and most European
// countries" have supported' quotes the verb's subject.
bool QuotedSubjectOf(const Work& w, const Mention& m, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  std::size_t end = first;
  while (end > m.last && IsHelperVerb(t[end - 1].lower)) --end;
  if (end <= m.last || t[end - 1].text != "\"") return false;
  std::size_t open = m.first;
  while (open > 0 && t[open - 1].text != "\"") --open;
  for (std::size_t k = m.last; k + 1 < end; ++k) {
    if (t[k].text == "\"") return false;  // another quote between
  }
  return open > 1 && t[open - 2].is_word;  // opened inside the sentence
}

// Whom an infinitive trigger at `first` is wanted or expected of, when no
// rule names them: "want the seven to agree on ranges", "wants the banks to
// agree with Uganda". Empty when the trigger is no such infinitive.
std::string WantedOfUnnamed(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  if (first < 3 || t[first - 1].lower != "to") return "";
  constexpr std::size_t kLongestPhrase = 4;  // "the seven industrial nations"
  const std::size_t end = first - 1;
  std::size_t k = end;
  while (k > 0 && end - k < kLongestPhrase && t[k - 1].is_word && !InsideMention(w, k - 1) &&
         !kWantVerbs.count(t[k - 1].lower) && !kSubjectPronouns.count(t[k - 1].lower)) {
    --k;
  }
  if (k == end || k == 0 || !kWantVerbs.count(t[k - 1].lower)) return "";
  // A noun phrase: opened by a determiner or ending in a plural ("foreign
  // banks"); not "want very much to", "wants to continue to".
  const std::string_view head = t[end - 1].lower;
  const bool plural = EndsWith(head, "s", 2) && !EndsWith(head, "ss", 2);
  if (!Is(w, k, word_class::kDeterminer) && !plural) return "";
  if (FindWord(w, k, end, "to")) return "";
  return std::string(SpanText(w, {k, end}));
}

// The subject of a verb trigger at `first` when it is a noun phrase no rule
// names and not the speaker's own side: "The military government of
// President Avril declared", "Bangladeshi peacekeeping troops arrived". A
// pronoun ("it had attacked") and a phrase the speaker owns ("its air
// defense forces intercepted") are the speaker's. Empty when there is none.
// The subject right before a verb at `first` when it is a former
// office-holder no rule names: "when former dictator Idi Amin expelled
// them". Whatever they did, the speaker's government did not do it now.
std::string FormerHolderSubject(const Work& w, std::size_t first, std::size_t clause_start) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kLongestName = 3, kLongestTitle = 2;
  std::size_t k = first;
  while (k > clause_start && first - k < kLongestName && t[k - 1].capitalized &&
         !InsideMention(w, k - 1)) {
    --k;
  }
  if (k == first) return "";
  std::size_t title = k;
  while (title > clause_start && k - title < kLongestTitle && t[title - 1].is_word &&
         !t[title - 1].capitalized && t[title - 1].lower != "former") {
    --title;
  }
  if (title == k || title == clause_start || t[title - 1].lower != "former") return "";
  return std::string(SpanText(w, {title - 1, first}));
}

std::string UnnamedSubject(const Work& w, std::size_t first, std::size_t clause_start) {
  const std::vector<Token>& t = w.tokens;
  const std::size_t k = SubjectEnd(w, first, true);
  if ((k == first && !LooksFinite(w, first)) || k <= clause_start) return "";
  // A capitalized speech verb is part of a name ("Mana Said al-Oteiba").
  const auto phrase_word = [&](std::size_t j) {
    return t[j].is_word && !kSubjectPronouns.count(t[j].lower) &&
           !kRelativePronouns.count(t[j].lower) && t[j].lower != "that" &&
           !Is(w, j,
               word_class::kPreposition | word_class::kConjunction | word_class::kClauseBreak) &&
           (t[j].capitalized || !Is(w, j, word_class::kSpeechVerb));
  };
  if (!phrase_word(k - 1)) return "";
  // Back to the phrase's start, over "of" ("government of President Avril").
  constexpr std::size_t kLongestPhrase = 8;
  std::size_t start = k - 1;
  // A name that may act: people who only describe ("Ghanaian
  // peacekeeping troops") do not.
  const auto in_acting_name = [&](std::size_t j) {
    return std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
      return m.first <= j && j < m.last && m.actor >= 0 && !m.weak;
    });
  };
  bool named = t[start].capitalized, known = in_acting_name(start);
  while (start > clause_start && k - start < kLongestPhrase &&
         !kPossessives.count(t[start].lower) &&
         (phrase_word(start - 1) || t[start - 1].lower == "of")) {
    --start;
    named = named || t[start].capitalized;
    known = known || in_acting_name(start);
  }
  // "its troops had killed", a body no name qualifies ("saying troops
  // supported by planes had killed") and one a rule names ("UAE Oil
  // Minister Mana Said al-Oteiba arrived") may be the speaker's own.
  if (known || kPossessives.count(t[start].lower) ||
      (!named && Is(w, k - 1, word_class::kTitleWord))) {
    return "";
  }
  return std::string(SpanText(w, {start, k}));
}

// Whether a capitalized word no rule names opens the words after the last
// comma in tokens [from, to): the subject of a main clause after an aside.
bool UnknownSubjectAfterComma(const Work& w, std::size_t from, std::size_t to) {
  std::optional<std::size_t> comma;
  for (std::size_t k = from; k < to; ++k) {
    if (w.tokens[k].text == ",") comma = k;
  }
  if (!comma || *comma + 1 >= to) return false;
  const std::size_t opens = *comma + 1;
  return w.tokens[opens].capitalized && !InsideMention(w, opens) &&
         !Is(w, opens, word_class::kConjunction | word_class::kPreposition);
}

// The mention after "with" that is the subject of the participle at
// `first`: "with Syrian government forces seizing its last city".
std::optional<std::size_t> WithParticipleSubject(const Work& w, std::size_t first,
                                                 std::size_t clause_start) {
  const std::vector<Token>& t = w.tokens;
  if (!EndsWith(t[first].lower, "ing", 2)) return std::nullopt;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (m.last > first || first - m.last > 1 || m.weak || !OnlyWords(w, m.last, first)) continue;
    // One noun may end the phrase: "Syrian government forces".
    if (m.last < first &&
        (t[m.last].capitalized || IsHelperVerb(t[m.last].lower) ||
         Is(w, m.last,
            word_class::kPreposition | word_class::kConjunction | word_class::kClauseBreak))) {
      continue;
    }
    std::size_t before = m.first;
    while (before > clause_start && Is(w, before - 1, word_class::kDeterminer)) --before;
    if (before > 0 && t[before - 1].lower == "with") return k;
  }
  return std::nullopt;
}

// The mention of the state a noun comes from, right before the verb at
// `first`: "planes from Afghanistan attacked", "troops from Uganda have
// entered". People who do not act for their state ("tourists from Kenya")
// are not it.
std::optional<std::size_t> FromNounSubject(const Work& w, std::size_t first,
                                           std::size_t clause_start) {
  const std::vector<Token>& t = w.tokens;
  std::size_t verb = first;  // back over "have", "reportedly"
  while (verb > clause_start && first - verb < 2 &&
         (IsHelperVerb(t[verb - 1].lower) || EndsWith(t[verb - 1].lower, "ly", 2))) {
    --verb;
  }
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (m.last != verb || m.first < clause_start + 2 || m.actor < 0 || m.weak) continue;
    const Token& noun = t[m.first - 2];
    if (t[m.first - 1].lower == "from" && noun.is_word && !noun.capitalized &&
        !InsideMention(w, m.first - 2) && !kCivilianNouns.count(noun.lower) &&
        !Is(w, m.first - 2,
            word_class::kPreposition | word_class::kConjunction | word_class::kDeterminer) &&
        !IsHelperVerb(noun.lower) && !EndsWith(noun.lower, "ed", 2)) {
      return k;
    }
  }
  return std::nullopt;
}

// The author of a text that a participle trigger at `first` describes,
// named after the text's "by" or "from": "the resolution reached by the six
// top industrialised nations in Paris last month calling for", "a letter
// from farmers calling on". The author's words, up to a preposition or a
// break; nullopt when the trigger describes no such text.
std::optional<TokenRange> AuthorOfTextBefore(const Work& w, std::size_t first,
                                             std::size_t clause_start) {
  const std::vector<Token>& t = w.tokens;
  if (!EndsWith(t[first].lower, "ing", 2) || first == 0 || !t[first - 1].is_word) {
    return std::nullopt;
  }
  constexpr std::size_t kWordsToText = 12;
  for (std::size_t k = first - 1; k > clause_start && first - k < kWordsToText; --k) {
    const std::size_t noun = k - 1;
    if (!t[noun].is_word) return std::nullopt;
    if (!kVoiceNouns.count(t[noun].lower)) continue;
    std::size_t by = noun + 1;
    if (by < first && PastFormAt(w, by) && !InsideMention(w, by)) ++by;  // "reached by"
    if (by >= first || (t[by].lower != "by" && t[by].lower != "from")) return std::nullopt;
    std::size_t end = by + 1;
    while (end < first && t[end].is_word && !Is(w, end, word_class::kPreposition)) ++end;
    if (end == by + 1) return std::nullopt;
    return TokenRange{by + 1, end};
  }
  return std::nullopt;
}

// The visitor a trigger "visiting" names right after it, as an adjective:
// "told visiting U.S. Trade Representative Clayton Yeutter". Only after an
// article, a preposition or a verb in the past ("told", "met", "received"):
// "are visiting Uganda" is a verb. nullptr when there is none.
const Mention* VisitorNamed(const Work& w, std::size_t first, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  if (t[first].lower != "visiting" || last != first + 1 || first == 0) return nullptr;
  const std::string_view before = t[first - 1].lower;
  const bool adjective =
      before == "the" || before == "a" || Is(w, first - 1, word_class::kPreposition) ||
      (PastFormAt(w, first - 1) && !IsHelperVerb(before) && !InsideMention(w, first - 1));
  if (!adjective) return nullptr;
  const std::size_t at = last < t.size() && t[last].lower == "the" ? last + 1 : last;
  for (const Mention& m : w.mentions) {
    if (m.first == at && m.actor >= 0) return &m;
  }
  return nullptr;
}

// The earlier past-tense verb a verb at `first` is joined to by "and", in
// "Pence voiced concern over the arrests of Mission Turkey staff and urged
// transparency": the last such verb before the "and", after
// `clause_start`, that is no describing word ("the disputed border") or
// passive.
std::optional<std::size_t> EarlierJoinedVerb(const Work& w, std::size_t first,
                                             std::size_t clause_start) {
  const std::optional<std::size_t> joint = CoordinatedVerbAt(w, first);
  if (!joint) return std::nullopt;
  const std::vector<Token>& t = w.tokens;
  for (std::size_t k = *joint; k > clause_start + 1; --k) {
    const std::size_t v = k - 1;
    const bool past = PastFormAt(w, v);
    if (!past || t[v].capitalized || InsideMention(w, v)) continue;
    const std::string_view before = t[v - 1].lower;
    if (Is(w, v - 1, word_class::kDeterminer) || kBeForms.count(before)) continue;
    return v;
  }
  return std::nullopt;
}

// Where the clause before a "but" ends, when the clause after that "but"
// opens with a verb of its own, past adverbs ("but has also expressed",
// "but will meet"), or a helper heads the verb at `first` further on ("but
// is bound by law to help"): a verb that shares the subject of the clause
// before. No name, pronoun or clause opener may stand before `first`.
std::optional<std::size_t> ClauseBeforeBut(const Work& w, std::size_t first,
                                           std::size_t clause_start) {
  const auto& t = w.tokens;
  if (clause_start < 2 || t[clause_start - 1].lower != "but") return std::nullopt;
  std::size_t opens = clause_start;
  while (opens < first && IsAdverb(t[opens].lower)) ++opens;
  // An "-s" form leads only as the verb itself: "but ties with Taiwan are"
  // opens with a noun.
  const bool verb_leads = opens == first ? LooksFinite(w, first) : HelperOrPastAt(w, opens);
  if (!verb_leads) return std::nullopt;
  for (std::size_t k = opens; k < first; ++k) {
    const std::string_view word = t[k].lower;
    if (!t[k].is_word || InsideMention(w, k) || kSubjectPronouns.count(word) ||
        kClauseOpeners.count(word) || kRelativePronouns.count(word)) {
      return std::nullopt;
    }
  }
  std::size_t end = clause_start - 1;
  if (t[end - 1].text == ",") --end;
  return end;
}

// "prompting both Trump and Israel to urge Washington", "forced Moscow to
// withdraw": after a verb that makes someone act, the names before "to" do
// what follows. The mentions index of the last of those names, if any.
std::optional<std::size_t> CausedDoer(const Work& w, std::size_t first) {
  if (first < 2 || w.tokens[first - 1].lower != "to") return std::nullopt;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (m.last != first - 1 || m.actor < 0 || m.weak) continue;
    std::size_t start = w.mentions[Coordinated(w, k, -1).front()].first;
    while (start > 0 &&
           (Is(w, start - 1, word_class::kDeterminer) || w.tokens[start - 1].lower == "both")) {
      --start;
    }
    if (start > 0 && kCausativeVerbs.count(w.tokens[start - 1].lower)) return k;
  }
  // "allowed Russia to use its territory to attack Ukraine": a purpose
  // infinitive is done by whoever does the infinitive it follows.
  constexpr std::size_t kWordsBetweenInfinitives = 6;
  for (std::size_t k = first - 2; k > 0 && first - 1 - k <= kWordsBetweenInfinitives; --k) {
    if (!w.tokens[k].is_word || InsideMention(w, k)) break;
    if (w.tokens[k].lower == "to" && k + 1 < first - 1) return CausedDoer(w, k + 1);
  }
  return std::nullopt;
}

// The words of a verb that makes someone act when who acts is no name:
// "to get the interagency committee to approve the sale" ("get ... to").
// Empty when there is none.
std::string UnnamedCausedDoer(const Work& w, std::size_t first) {
  constexpr std::size_t kWordsToVerb = 5;  // "the interagency committee"
  const std::vector<Token>& t = w.tokens;
  if (first < 3 || t[first - 1].lower != "to") return "";
  for (std::size_t k = first - 1; k > 0 && first - 1 - k <= kWordsToVerb; --k) {
    const Token& word = t[k - 1];
    if (!word.is_word || InsideMention(w, k - 1)) return "";
    if (kCausativeVerbs.count(word.lower)) {
      return k + 1 < first - 1 ? JoinTokens(t, k - 1, first - k) : "";
    }
  }
  return "";
}

// The "by" after a participle of voicing that names who voiced the noun
// trigger at `first`, over what it is about: "criticism of rises in West
// German interest rates voiced by U.S. Treasury Secretary James Baker". 0
// if there is none, or the trigger is no such noun ("criticized the remarks
// made by Uganda" is Kenya's).
std::size_t VoicedBy(const Work& w, std::size_t first, std::size_t last) {
  const auto& t = w.tokens;
  if (!kVoicedNouns.count(t[first].lower)) return 0;
  constexpr std::size_t kLongestTopic = 10;
  for (std::size_t k = last; k + 1 < t.size() && k - last < kLongestTopic && t[k].is_word; ++k) {
    if (kVoicingParticiples.count(t[k].lower) && t[k + 1].lower == "by") return k + 1;
  }
  return 0;
}

// The "by" of "by taking a call" when the trigger is that gerund or its
// object (up to two describing words between them).
std::optional<std::size_t> ByGerund(const Work& w, std::size_t first) {
  constexpr std::size_t kWordsToObject = 3;  // "taking a congratulatory call"
  for (std::size_t g = first; g > 0 && first - g <= kWordsToObject; --g) {
    const Token& word = w.tokens[g];
    if (g < first && (!word.is_word || word.capitalized)) return std::nullopt;
    if (EndsWith(word.lower, "ing", 2) && w.tokens[g - 1].lower == "by") return g - 1;
  }
  return std::nullopt;
}

// Whether `m`, a name of people who do not act for their state ("Iraqis",
// "Palestinian youths"), may still take a stance of `type`: a protest is
// theirs. A name that only qualifies them ("U.S.-backed rebels") is not.
// So are protesters' words against someone: "Iraqi demonstrators blocked a
// road to show their disapproval of U.S. policies".
bool PeopleProtesting(const Work& w, std::string_view type, const Mention& m) {
  if (m.actor < 0) return false;
  // "Iraqi demonstrators", or "demonstrators in Baghdad".
  const bool protesters = kProtesterNouns.count(w.tokens[m.last - 1].lower) ||
                          (m.first > 1 && kProtesterNouns.count(w.tokens[m.first - 2].lower) &&
                           w.tokens[m.first - 1].lower == "in");
  if (type != "protest" && !(type == "disapprove" && protesters)) return false;
  return m.last >= w.tokens.size() || w.tokens[m.last].text != "-";
}

// Whether `m`, a state's adjective before what strikes ("Russian air
// strikes", "Ugandan gunmen"), is the doer of a hostile trigger at `first`
// right after that noun.
bool StrikesActing(const Work& w, std::string_view type, const Mention& m, std::size_t first) {
  constexpr std::size_t kLongestNoun = 2;
  if (m.kind != MentionKind::kInstitution || m.actor < 0 || m.last > first ||
      first - m.last > kLongestNoun || (type != "fight" && type != "assault" && type != "coerce")) {
    return false;
  }
  for (std::size_t k = m.last - 1; k < first; ++k) {
    if (!w.tokens[k].is_word) return false;
  }
  return kStrikingNouns.count(w.tokens[first - 1].lower) > 0;
}

// The parties a trigger ending in "between" names after it, listed
// together: "the war between Iran and Iraq", "a meeting between candidate
// Trump and President Putin".
std::vector<Speaker> PartiesBetween(const Work& w, std::size_t last) {
  constexpr std::size_t kWordsBeforeFirstParty = 3;
  std::vector<Speaker> parties;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const std::size_t first = w.mentions[k].first;
    if (first < last) continue;
    if (first - last > kWordsBeforeFirstParty) break;
    bool words = true;
    for (std::size_t j = last; j < first; ++j) {
      words = words && w.tokens[j].is_word && !Is(w, j, word_class::kConjunction);
    }
    if (!words) break;
    for (std::size_t j : Coordinated(w, k, +1)) {
      const Mention& m = w.mentions[j];
      for (int a : {m.actor, m.second_actor}) {
        if (a >= 0 && m.kind != MentionKind::kFirstPerson)
          AddUnique(parties, Speaker{a, -1, "party"});
      }
      if (m.person >= 0 && !parties.empty() && parties.back().actor == m.actor) {
        parties.back().person = m.person;
      }
    }
    break;
  }
  return parties;
}

// The last of the names listed together ("Putin and Trump") before token
// `before`, if the sentence has such a list there.
std::optional<std::size_t> GroupBefore(const Work& w, std::size_t before) {
  std::optional<std::size_t> group;
  for (std::size_t k = 0; k < w.mentions.size() && w.mentions[k].last <= before; ++k) {
    const Mention& m = w.mentions[k];
    if (!m.object && !m.weak && Coordinated(w, k, -1).size() > 1) group = k;
  }
  return group;
}

// The nationality adjective whose noun is the trigger, or stands right
// before it: "an Iranian attack", "the Iraqi missile attack on the Stark".
// Such a noun's doer is the adjective's actor, whoever the clause's subject
// is: in "Reagan pledged to protect Kuwaiti tankers from Iranian attack"
// Iran attacks. Not a past verb ("Japanese abducted by North Korea",
// "Iraqi warplanes attacked"), whose subject the clause says, nor an
// adjective listed with others ("U.S. and Japanese officials meet"): the
// list is the subject.
std::optional<std::size_t> AdjectiveDoer(const Work& w, std::size_t first) {
  const std::string_view word = w.tokens[first].lower;
  if (PastFormAt(w, first) || kIrregularParticiples.count(word)) {
    return std::nullopt;
  }
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (m.kind != MentionKind::kInstitution || m.actor < 0) continue;
    const bool covers = m.first < first && first < m.last;
    const bool right_before = m.last == first && !m.weak;
    if (!covers && !right_before) continue;
    if (Coordinated(w, k, -1).size() > 1 || Coordinated(w, k, +1).size() > 1) return std::nullopt;
    return k;
  }
  return std::nullopt;
}

// Whether the noun phrase at `first` is what someone seeks, asks or
// lobbies for: "to seek Japanese support for a refinancing", "asked for
// more Ugandan aid".
bool SoughtFrom(const Work& w, std::size_t first) {
  std::size_t k = StartBeforeArticles(w, first);
  if (k > 0 && (w.tokens[k - 1].lower == "more" || w.tokens[k - 1].lower == "further")) --k;
  if (k == 0) return false;
  const std::string_view before = w.tokens[k - 1].lower;
  if (kSeekingVerbs.count(before)) return true;
  return before == "for" && k > 1 &&
         (kDemandWords.count(w.tokens[k - 2].lower) || kSeekingVerbs.count(w.tokens[k - 2].lower));
}

// Whether the trigger at [first, last) takes someone somewhere: "a trip
// that took him to Qatar".
bool TakesSomeone(const Work& w, std::size_t first, std::size_t last) {
  return std::any_of(w.tokens.begin() + static_cast<std::ptrdiff_t>(first),
                     w.tokens.begin() + static_cast<std::ptrdiff_t>(last), [](const Token& k) {
                       return kObjectPronouns.count(k.lower) || k.lower == "them";
                     });
}

// The mention whose possessive opens the noun phrase that ends at token
// `noun`, over up to four words: "Haley's week-long Africa visit".
std::optional<std::size_t> PossessorOf(const Work& w, std::size_t noun) {
  constexpr std::size_t kWordsToPossessive = 4;
  for (std::size_t k = noun; k > 0 && noun - k <= kWordsToPossessive; --k) {
    const Token& token = w.tokens[k - 1];
    if (IsPossessiveMark(token)) {
      for (std::size_t m = 0; m < w.mentions.size(); ++m) {
        if (w.mentions[m].last == k - 1 && w.mentions[m].actor >= 0) return m;
      }
      return std::nullopt;
    }
    if (!token.is_word) return std::nullopt;
  }
  return std::nullopt;
}

// Whether a force trigger at [first, last) is a noun whose doer the clause
// does not name: "the attacks on Uganda were planned by rebels", "helped
// thwart a bomb attack in", "militant attacks have driven thousands from".
// The clause's subject and the speaker are not its doer. It is one after a
// verb that carries it out ("launched an attack on", "carried out the
// strikes") and before "by" ("attacks by the Houthis").
bool ForceNamedAsThing(const Work& w, std::size_t first, std::size_t last) {
  // Words that are no noun's describing word, besides modals, forms of "be"
  // and subject pronouns.
  static const WordSet kNotModifiers = {
      "to",  "not",  "also",  "again", "then", "just", "still", "never", "now", "and", "or",  "but",
      "who", "that", "which", "have",  "has",  "had",  "do",    "does",  "did", "can", "must"};
  const auto not_describing = [](std::string_view word) {
    return kNotModifiers.count(word) || kModals.count(word) || kBeForms.count(word) ||
           kSubjectPronouns.count(word);
  };
  const std::vector<Token>& t = w.tokens;
  const std::string_view word = t[first].lower;
  if (PastFormAt(w, first) || EndsWith(word, "ing", 2) || kIrregularParticiples.count(word)) {
    return false;
  }
  if (last < t.size() && t[last].lower == "by") return false;
  // "abuses, including killings, torture and forced labor", "crimes such
  // as torture": examples of something are named as things.
  constexpr std::size_t kListReach = 8;
  for (std::size_t k = first; k > 0 && first - k < kListReach; --k) {
    const Token& prev = t[k - 1];
    if (prev.lower == "including" || (prev.lower == "as" && k > 1 && t[k - 2].lower == "such")) {
      return true;
    }
    if ((!prev.is_word || prev.capitalized) && prev.text != ",") break;
    if (kDoingVerbs.count(prev.lower)) break;
  }
  // Up to two describing words: "militant", "bomb", "potential".
  std::size_t k = first;
  for (int modifiers = 0; k > 0 && modifiers < 2; ++modifiers) {
    const Token& prev = t[k - 1];
    const bool modifier = prev.is_word && !prev.capitalized && !EndsWith(prev.lower, "s", 1) &&
                          !EndsWith(prev.lower, "ly", 2) && !EndsWith(prev.lower, "ed", 2) &&
                          !not_describing(prev.lower) && !kDoingVerbs.count(prev.lower) &&
                          !Is(w, k - 1,
                              word_class::kSpeechVerb | word_class::kPreposition |
                                  word_class::kArticle | word_class::kDeterminer);
    if (!modifier) break;
    --k;
  }
  if (k == 0) return false;
  const Token& det = t[k - 1];
  if (det.lower == "the" || det.lower == "a" || det.lower == "an" ||
      (kNounMarkers.count(det.lower) && det.lower != "as")) {
    return k < 2 || !(kDoingVerbs.count(t[k - 2].lower) || ResponsibilityClaimedBefore(w, k - 1));
  }
  // Else the describing words must follow a word that is no verb's helper:
  // "were continuing counter-attacks" is a verb's object.
  return k < first && !det.capitalized && det.is_word && !kDoingVerbs.count(det.lower) &&
         !not_describing(det.lower);
}

// Protesters, strikers and rioters act as people, not for their state, and
// are coded as their country ("thousands of Iraqis demonstrated against"):
// for a protest, people who only describe may be its subject.
// So are a state's strikes, raids or gunmen that kill or attack: "Russian
// air strikes killed 20 civilians".
bool CanAct(const Work& w, const Trigger& trigger, const Mention& m) {
  const std::string_view type = trigger.type->name;
  return !m.weak || PeopleProtesting(w, type, m) || StrikesActing(w, type, m, trigger.first);
}

// Why the trigger has no actor, read before its subject is sought: a
// participle hanging on a clause whose subject is firms or people, what
// someone would do, what is wanted of someone no rule names. Empty when
// there is no such reason.
std::string RefusalBeforeSubject(const Work& w, const Trigger& trigger) {
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;
  // "the banks have rescheduled 70 billion dlrs of debt, reaching agreements
  // with Chile": a participle after a comma is done by the subject of the
  // clause it hangs on; when that is firms or people no name qualifies, no
  // state acts.
  if (!trigger.shared_subject && first > 1 && w.tokens[first - 1].text == "," &&
      EndsWith(w.tokens[first].lower, "ing", 2)) {
    // The nearest subject before the comma: such a noun with a verb after it.
    for (std::size_t j = first - 1; j > clause_start + 1; --j) {
      const std::string_view noun = w.tokens[j - 1].lower;
      const std::string_view verb = w.tokens[j].lower;
      if (InsideMention(w, j - 1)) break;
      if (kCivilianNouns.count(noun) && (IsHelperVerb(verb) || EndsWith(verb, "ed", 2)) &&
          Is(w, j - 2, word_class::kArticle)) {
        return "its subject ('" + std::string(w.tokens[j - 2].text) + " " +
               std::string(w.tokens[j - 1].text) + "') does not act for a state: no actor";
      }
    }
  }

  // "made it tougher for Americans to visit Cuba", "the only way out is for
  // Washington to join forces with Moscow": what someone named between "for"
  // and "to" would do is no act taken.
  constexpr std::size_t kLongestForPhrase = 5;
  if (first > 2 && w.tokens[first - 1].lower == "to") {
    for (std::size_t j = first - 1; j > clause_start && first - j <= kLongestForPhrase; --j) {
      if (!w.tokens[j - 1].is_word) break;
      if (w.tokens[j - 1].lower != "for") continue;
      const bool named = std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
        return m.first >= j && m.last < first && m.actor >= 0;
      });
      if (named) return "what someone would do ('for ... to'), not a stance taken";
      break;
    }
  }

  if (const std::string wanted_of = WantedOfUnnamed(w, first); !wanted_of.empty()) {
    return "whom it is wanted of ('" + wanted_of + "') is no actor the rules know";
  }
  return "";
}

// Who: the nearest mention before the trigger in its clause that is not
// an object or an addressee, with the names listed with it ("France and
// Germany condemned"); "we" and no one at all mean the speaker.
std::optional<std::size_t> NearestSubject(const Work& w, const Trigger& trigger,
                                          const SentenceFacts& facts,
                                          const std::vector<TokenRange>& earlier_triggers) {
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;
  std::optional<std::size_t> subject;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    // "Mattis met Pakistan's leaders and urged ...": a name right after
    // an earlier trigger is its object.
    // A comma ends that object: in "before landing in Seoul, Mattis held"
    // Mattis is the subject of "held"; so does a clause break: in "were
    // killed when Afghan aircraft raided" the aircraft raid.
    const bool after_trigger =
        std::any_of(earlier_triggers.begin(), earlier_triggers.end() - 1, [&](const auto& r) {
          // "protested after Ugandan troops attacked", "dismissed reports
          // that Uganda had attacked": a clause opener between starts a
          // clause of its own.
          return r.second <= m.first && m.first - r.second <= 2 && r.second >= clause_start &&
                 OnlyWords(w, r.second, m.first) &&
                 std::none_of(w.tokens.begin() + static_cast<std::ptrdiff_t>(r.second),
                              w.tokens.begin() + static_cast<std::ptrdiff_t>(m.first),
                              [](const Token& t) { return kClauseOpeners.count(t.lower) > 0; });
        });
    // 'Trump said "China can fix this", urging Beijing': "urging" is Trump's.
    // A quote opened inside the clause after a word ('it will not "engage in
    // a dialogue ..."') quotes the subject's own words.
    // 'He said that "Germany in particular and most European countries"
    // have supported': a quote closed right before its verb is its subject.
    const bool same_voice = facts.quoted[m.first] == facts.quoted[first] ||
                            (facts.quoted[first] && OpensPartialQuote(w, m.last, first)) ||
                            QuotedSubjectOf(w, m, first);
    // "Washington's political will is needed": a trigger that opens with
    // the possessive names its possessor as whom it is about.
    const bool possessor = m.last == first && w.tokens[first].lower == "'s";
    // "a plan aimed to provide Washington's allies with nuclear power and
    // helped counter ...": the owner of an infinitive's object is no subject.
    const auto& t = w.tokens;
    const bool infinitive_object_owner =
        m.last < first && t[m.last].lower == "'s" && m.first > 1 && t[m.first - 2].lower == "to" &&
        t[m.first - 1].is_word && !t[m.first - 1].capitalized &&
        !Is(w, m.first - 1, word_class::kPreposition | word_class::kArticle);
    if (m.last <= first && m.first >= clause_start && !m.object && !m.addressee &&
        CanAct(w, trigger, m) && !after_trigger && same_voice && !facts.InAside(m, first) &&
        !possessor && !infinitive_object_owner) {
      subject = k;
    }
  }
  // "explaining that the company supports": a "that" clause whose subject
  // is a noun no rule names has none of the names before it as subject.
  if (subject) {
    for (std::size_t j = w.mentions[*subject].last; j + 2 < first; ++j) {
      if (w.tokens[j].lower != "that" || !Is(w, j + 1, word_class::kArticle)) continue;
      const bool named_after =
          std::any_of(w.mentions.begin(), w.mentions.end(),
                      [&](const Mention& m) { return m.first > j && m.last <= first; });
      if (!named_after) return std::nullopt;
    }
  }
  return subject;
}

// "Tamura told visiting U.S. Trade Representative Clayton Yeutter": the
// visitor visits whoever receives him (the subject, or else the speaker).
// Whether it does, with `actors` filled.
bool VisitorActs(const Work& w, const Trigger& trigger, Actors* actors) {
  const std::optional<std::size_t>& subject = actors->subject;
  if (const Mention* visitor = VisitorNamed(w, trigger.first, trigger.last)) {
    const int host = subject ? w.mentions[*subject].actor : w.speaker.actor;
    if (host >= 0 && host != visitor->actor) {
      actors->sources.push_back(
          Speaker{visitor->actor, visitor->person, "visitor named after 'visiting'"});
      actors->passive_patient = {host};
      return true;
    }
  }
  return false;
}

// The subject pronoun right before the trigger or before up to two helper
// verbs or adverbs of time ("they agreed", "she has also met", "they would
// meet"), if any.
std::optional<std::size_t> PronounSubjectOf(const Work& w, std::size_t first) {
  constexpr std::size_t kHelpers = 2;
  for (std::size_t k = first; k > 0 && first - k <= kHelpers; --k) {
    const std::string_view word = w.tokens[k - 1].lower;
    if (kSubjectPronouns.count(word)) return k - 1;
    if (!IsHelperVerb(word) && word != "also" && word != "then" && word != "later") break;
  }
  return std::nullopt;
}

// The one person the sentence names before a "he" or "she" that is the
// trigger's subject (PronounSubjectOf), if the sentence
// names no other: in "Haley's Africa visit, which has also taken her to
// Ethiopia and South Sudan, where she met with President Salva Kiir" she is
// Haley.
std::optional<std::size_t> PersonMeantBySubjectPronoun(const Work& w, std::size_t first) {
  const std::optional<std::size_t> pronoun = PronounSubjectOf(w, first);
  if (!pronoun || (w.tokens[*pronoun].lower != "he" && w.tokens[*pronoun].lower != "she")) {
    return std::nullopt;
  }
  std::optional<std::size_t> person;
  for (std::size_t m = 0; m < w.mentions.size() && w.mentions[m].last <= *pronoun; ++m) {
    const Mention& mention = w.mentions[m];
    if (mention.kind == MentionKind::kUnlistedPerson) return std::nullopt;
    if (mention.kind != MentionKind::kPerson) continue;
    if (mention.actor < 0 || (person && w.mentions[*person].person != mention.person)) {
      return std::nullopt;
    }
    person = m;
  }
  return person;
}

// "Mattis held a meeting with his South Korean and Japanese counterparts,
// where they agreed", "Kenya will press Uganda when they meet": a "they"
// that lists no names before it, subject of meeting or agreeing, stands for
// the parties the sentence has brought together: its subject and whom it
// met or addressed, named right after "with" or an earlier trigger (not
// "in the Philippines", nor "said Uganda's troops had left Somalia").
// Whether it does, with `actors` filled.
bool PartiesTheyStandFor(const Work& w, const Trigger& trigger,
                         const std::vector<TokenRange>& earlier_triggers, Actors* actors) {
  const std::string_view type = trigger.type->name;
  if ((type != "consult" && type != "agree" && type != "cooperate") || trigger.rule->journey) {
    return false;
  }
  const std::optional<std::size_t> they = PronounSubjectOf(w, trigger.first);
  if (!they || w.tokens[*they].lower != "they" || GroupBefore(w, *they)) return false;
  std::vector<Speaker> parties;
  const auto add = [&](const Mention& m) {
    const bool listed = std::any_of(parties.begin(), parties.end(),
                                    [&](const Speaker& party) { return party.actor == m.actor; });
    if (!listed) parties.push_back(Speaker{m.actor, m.person, "the parties 'they' stands for"});
  };
  bool subject_seen = false;
  for (std::size_t k = 0; k < w.mentions.size() && w.mentions[k].last <= *they; ++k) {
    const Mention& m = w.mentions[k];
    if (m.weak || m.actor < 0) continue;
    if (!m.object && !subject_seen) {
      subject_seen = true;
      for (const std::size_t c : Coordinated(w, k, +1)) add(w.mentions[c]);
      continue;
    }
    if (!subject_seen || Coordinated(w, k, -1).size() > 1) continue;
    std::size_t p = m.first;
    while (p > 0 &&
           (kArticles.count(w.tokens[p - 1].lower) || kPossessives.count(w.tokens[p - 1].lower))) {
      --p;
    }
    if (p == 0) continue;
    // "Trump will try to convince Xi when they meet": whom the subject
    // tells or tries to win over is one of them too.
    const std::string_view verb = w.tokens[p - 1].lower;
    const bool met = verb == "with" || kTellVerbs.count(verb) || kWinOverVerbs.count(verb) ||
                     std::any_of(earlier_triggers.begin(), earlier_triggers.end(),
                                 [&](const TokenRange& r) { return r.second == p; });
    if (!met) continue;
    for (const std::size_t c : Coordinated(w, k, +1)) add(w.mentions[c]);
  }
  if (parties.size() < 2) return false;
  actors->sources = std::move(parties);
  return true;
}

// Whether a verb follows within a few words after `end`, with no comma or
// name between: "Trump and his wife Melania descended", not "France, West
// Germany and Italy, Funaro is".
bool VerbSoonAfter(const Work& w, std::size_t end) {
  constexpr std::size_t kWordsToVerb = 5;
  for (std::size_t k = end; k < w.tokens.size() && k - end < kWordsToVerb; ++k) {
    if (!w.tokens[k].is_word || InsideMention(w, k)) return false;
    if (SubjectVerbAt(w, k)) return true;
  }
  return false;
}

// The subject of the main clause after an opening phrase that starts at
// `first`: the first name after a comma that is no object, not weak, with a
// verb soon after it. The phrase may list names ("After travelling to
// Ghana, Togo and Niger, the Kenyan president ...").
std::optional<std::size_t> SubjectAfterOpeningComma(const Work& w, std::size_t first) {
  const auto& t = w.tokens;
  for (std::size_t comma = first; comma + 1 < t.size(); ++comma) {
    if (Is(w, comma, word_class::kClauseBreak)) break;
    if (t[comma].text != ",") continue;
    const std::size_t start = IsBareArticle(t[comma + 1].lower) ? comma + 2 : comma + 1;
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      if (m.first == start && !m.object && !m.weak && m.actor >= 0 &&
          VerbSoonAfter(w, w.mentions[Coordinated(w, k, +1).back()].last)) {
        return k;
      }
    }
  }
  return std::nullopt;
}

// The subject of the main clause when the trigger is the participle that
// opens the sentence ("Arriving in Beijing, Trump ...", "After meeting
// Ugandan officials, Kenya's president ..."): the name right after the comma
// that ends its clause (past an article), not weak, if any.
std::optional<std::size_t> OpeningParticipleSubject(const Work& w, std::size_t first) {
  const auto& t = w.tokens;
  // Past a dateline and a word of how soon: "SEOUL (Reuters) - Even before
  // landing in Seoul, ...", "Shortly after arriving in ...".
  std::size_t participle = w.opening;
  if (participle < t.size() && kSoonWords.count(t[participle].lower)) ++participle;
  if (participle < t.size() && kOpeningParticipleLeads.count(t[participle].lower)) ++participle;
  if (participle >= t.size() || participle != first || !EndsWith(t[first].lower, "ing", 2)) {
    return std::nullopt;
  }
  return SubjectAfterOpeningComma(w, first);
}

// The subject the sentence gives the trigger other than the nearest name
// `*subject_index` (a w.mentions index, updated): the names "they" stands
// for, the subject of the clause a participle, a gerund or a joined verb
// hangs on, a doer, an author. Returns why there is no actor (an author no
// rule names), or "".
std::string AdjustSubject(const Work& w, const Trigger& trigger, const SentenceFacts& facts,
                          std::optional<std::size_t>* subject_index) {
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;
  std::optional<std::size_t>& subject = *subject_index;
  // "Putin and Trump will discuss North Korea when they hold a call": a
  // "they" before the trigger is its subject, and it stands for the names
  // listed together before it, not for the nearest name. With no such list
  // the nearest name stays the best guess.
  if (subject) {
    if (const auto they = FindWord(w, w.mentions[*subject].last, first, "they")) {
      if (const auto group = GroupBefore(w, *they)) subject = group;
    }
  }
  // "Putin and Xi will discuss trade when they meet": a clause that opens
  // with "they" is about the names listed together before it.
  if (!subject && clause_start > 0 && clause_start < first &&
      w.tokens[clause_start].lower == "they") {
    subject = GroupBefore(w, clause_start);
  }
  // "Trump will ask China to act when meeting with Xi", "praised the deal
  // while criticising Uganda", "before accusing": a participle right after
  // a word that opens such a clause has the subject of the clause it hangs
  // on, its first name.
  // A pattern may open with that word: "after meeting Stoltenberg".
  const auto& t = w.tokens;
  const bool opens_with_opener =
      first + 1 < trigger.last && kParticipleClauseOpeners.count(t[first].lower) > 0;
  const bool opener_before = clause_start > 1 && clause_start == first &&
                             kParticipleClauseOpeners.count(t[clause_start - 1].lower) > 0;
  if ((!subject && opener_before) || opens_with_opener) {
    const std::size_t opener = opens_with_opener ? first : clause_start - 1;
    const std::size_t main_start = ClauseStart(w, opener);
    subject.reset();
    for (std::size_t k = 0; k < w.mentions.size() && !subject; ++k) {
      const Mention& m = w.mentions[k];
      if (m.first >= main_start && m.last <= opener && !m.object && !m.addressee && !m.weak) {
        subject = k;
      }
    }
  }
  // "Arriving in Beijing on Wednesday, Trump and his wife descended": a
  // participle that opens the sentence has the subject of the clause after
  // its comma.
  if (!subject) subject = OpeningParticipleSubject(w, opens_with_opener ? first + 1 : first);
  // "Trump pressed China ... and said trade had been unfair, but also
  // praised Xi's pledge", "He said Brazil had caught the attention ... but
  // warned it": a verb right after "but", with no subject of its own, has
  // that of the clause before, past what a speech verb says: the first name
  // with a verb right after it ("Visiting Seoul, Trump warned" is Trump).
  if (const std::optional<std::size_t> before_but = ClauseBeforeBut(w, first, clause_start);
      !subject && before_but) {
    std::size_t main_start = ClauseStart(w, *before_but);
    while (main_start > 1 && Is(w, main_start - 1, word_class::kSpeechVerb)) {
      main_start = ClauseStart(w, main_start - 1);
    }
    for (std::size_t k = 0; k < w.mentions.size() && !subject; ++k) {
      const Mention& m = w.mentions[k];
      if (m.first >= main_start && m.last < *before_but && !m.object && !m.addressee && !m.weak &&
          VerbRightAfter(w, m.last, *before_but)) {
        subject = k;
      }
    }
  }
  // "Trump upset China by taking a call from Tsai": a gerund after "by" is
  // done by the subject of the verb it hangs on, the clause's first name,
  // not by the object nearest to it.
  if (const std::optional<std::size_t> by = ByGerund(w, first); by && subject) {
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      if (m.first >= clause_start && m.last < *by && !m.object && !m.addressee && !m.weak &&
          !facts.InAside(m, first)) {
        subject = Coordinated(w, k, +1).back();
        break;
      }
    }
  }
  if (const std::optional<std::size_t> caused = CausedDoer(w, first)) {
    subject = caused;
  } else if (const std::string doer = UnnamedCausedDoer(w, first); !doer.empty()) {
    return "whom '" + doer + "' makes act is no one the rules name: no actor";
  }
  if (const std::optional<std::size_t> with = WithParticipleSubject(w, first, clause_start)) {
    subject = with;
  }
  if (const std::optional<std::size_t> from = FromNounSubject(w, first, clause_start)) {
    subject = from;
  }
  if (const std::optional<TokenRange> author = AuthorOfTextBefore(w, first, clause_start)) {
    const auto named = std::find_if(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
      return m.first >= author->first && m.last <= author->second && m.actor >= 0 && !m.weak;
    });
    if (named == w.mentions.end()) {
      return "the text's author ('" +
             JoinTokens(w.tokens, author->first, author->second - author->first) +
             "') is no one the rules name: no actor";
    }
    subject = static_cast<std::size_t>(named - w.mentions.begin());
  }
  if (trigger.shared_subject) subject = trigger.shared_subject;
  // A verb joined by "and" to an earlier one has its subject: a name in
  // the earlier verb's object is not it.
  if (const std::optional<std::size_t> verb = EarlierJoinedVerb(w, first, clause_start);
      verb && subject && w.mentions[*subject].first > *verb) {
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      if (m.last <= *verb && m.first >= clause_start && !m.object && !m.addressee && !m.weak &&
          !facts.InAside(m, first)) {
        subject = k;
      }
    }
  }
  return "";
}

// Why the subject `subject` found for the trigger is none that acts: the
// people who only describe right before it, the party no rule names after
// "and". Empty when there is no such reason.
std::string SubjectRefusal(const Work& w, const Trigger& trigger,
                           const std::optional<std::size_t>& subject) {
  const std::size_t first = trigger.first;
  // "Saudi Arabia made concessions ..., and it is likely the Japanese will
  // accept": a verb whose own subject only describes (people who do not
  // act for their state) is theirs, not that of a name further back.
  // "U.S. and Indian negotiators reached" is a list with a name that acts.
  // So is the participle right after such people: "sanctions on Chinese
  // banks working with Pyongyang".
  // Not a reduced passive's: "Ugandan citizens abducted by Kenya" are
  // acted on, by Kenya.
  const bool reduced_passive = trigger.last < w.tokens.size() &&
                               w.tokens[trigger.last].lower == "by" &&
                               EndsWith(w.tokens[trigger.last - 1].lower, "ed", 2);
  if (subject && !reduced_passive &&
      (SubjectEnd(w, first, false) < first || LooksFinite(w, first) ||
       EndsWith(w.tokens[first].lower, "ing", 2))) {
    const std::size_t end = SubjectEnd(w, first, false);
    for (std::size_t k = *subject + 1; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      if (m.last != end || CanAct(w, trigger, m)) continue;
      const std::vector<std::size_t> list = Coordinated(w, k, -1);
      if (std::find(list.begin(), list.end(), *subject) != list.end()) break;
      return "its subject ('" + DescriptiveSubject(w, first) + "') only describes: no actor";
    }
  }
  if (const std::string_view noun = UnnamedSubjectAfterJoint(w, first); !noun.empty()) {
    return "its subject after 'and' ('" + std::string(noun) + "') is no one the rules name";
  }
  return "";
}

// The subject of a trigger in a relative clause, which "who", "which" or
// "that" refers to, in `*subject_index` (a w.mentions index, updated).
// Returns why there is no actor, or "".
std::string RelativeClauseSubject(const Work& w, const Trigger& trigger,
                                  std::optional<std::size_t>* subject_index) {
  const std::size_t first = trigger.first, last = trigger.last;
  const std::size_t clause_start = trigger.clause_start;
  std::optional<std::size_t>& subject = *subject_index;
  // In a relative clause the subject is the name "which"/"who" refers to:
  // "Biden, who accused Putin", "Macedonia, which is preparing an offensive".
  // Not when a name no rule knows follows a comma after it: in "his trip to
  // Washington, which runs to April 29, Bangemann will meet" Bangemann meets.
  // A clause with a pronoun subject of its own is not the relative's: in
  // "..., which has also taken her to South Sudan, where she met with" she
  // meets.
  if (!subject) subject = PersonMeantBySubjectPronoun(w, first);
  if (!subject && clause_start > 0 && kRelativePronouns.count(w.tokens[clause_start - 1].lower) &&
      !UnknownSubjectAfterComma(w, clause_start, first)) {
    const std::size_t who = clause_start - 1;
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      const std::size_t gap = who - std::min(m.last, who);
      // "The U.S. leader, who began a visit", "Kenya's foreign minister, who
      // criticised": a title after the name, or after its possessive, is its.
      const std::size_t title_end = who > 0 && w.tokens[who - 1].text == "," ? who - 1 : who;
      bool titled = m.last < title_end && gap <= 4 && Is(w, title_end - 1, word_class::kTitleWord);
      for (std::size_t j = m.last; titled && j < title_end; ++j) {
        const bool possessive = j == m.last && IsPossessiveMark(w.tokens[j]);
        titled = possessive || (w.tokens[j].is_word && !w.tokens[j].capitalized) ||
                 Is(w, j, word_class::kTitleWord);
      }
      // "relations between Russia and the United States, which have
      // reached a critical point": the relations, not the parties.
      const std::size_t list_start = ListStart(w, m);
      const bool between = list_start > 1 && w.tokens[list_start - 1].lower == "between" &&
                           kRelationNouns.count(w.tokens[list_start - 2].lower) &&
                           w.tokens[clause_start - 1].lower != "who";
      if (m.last <= clause_start - 1 && (gap <= 1 || titled) && !m.weak && !between) subject = k;
    }
    if (!subject) subject = StateCalledBefore(w, clause_start - 1);
    // "including Mitchell who urged Canada", "the splinter group of producers
    // who have taken the step of opposing Brazil": someone no rule names is
    // the subject, and neither the speaker nor a name further back acts.
    // So are "other countries which oppose the plan": states left unnamed.
    // ("the six nations who agreed ... - Japan, Britain, Canada" name them.)
    const bool unnamed_states = who > 1 && kStateGroupNouns.count(w.tokens[who - 1].lower) &&
                                kGroupQuantifiers.count(w.tokens[who - 2].lower);
    // "Baker's debt initiative, which calls for stepped up lending": a
    // thing is the subject too ("for which" is not). Not of a judgement,
    // which is the speaker's ("hegemony, which is unacceptable"), nor of a
    // journey that takes someone ("his trip, which has taken him to").
    // Without the comma too ("two major issues which threaten to poison
    // their trade relations"), unless the noun names people ("a meeting of
    // foreign ministers which sent a strong warning").
    const bool comma = who > 1 && w.tokens[who - 1].text == ",";
    const std::size_t antecedent = comma ? who - 2 : who - 1;
    const bool thing_which = w.tokens[who].lower == "which" && who > 1 &&
                             w.tokens[antecedent].is_word && !w.tokens[antecedent].capitalized &&
                             !Is(w, antecedent, word_class::kPreposition) &&
                             !trigger.rule->judgement && !TakesSomeone(w, first, last) &&
                             (comma || (!Is(w, antecedent, word_class::kTitleWord) &&
                                        !kPeopleNouns.count(w.tokens[antecedent].lower)));
    // "Haley's week-long Africa visit, which has also taken her to
    // Ethiopia": the one a journey takes is whose journey it is.
    if (!subject && TakesSomeone(w, first, last)) subject = PossessorOf(w, antecedent);
    // "The U.S. draft, which was seen by Reuters, says": a text speaks for
    // the name that issued it, as "The U.S. draft says" does. Inside the
    // relative clause so does a measure named with its state: "the U.S.
    // measures, which will impose tariffs on".
    const bool voice = kVoiceNouns.count(w.tokens[antecedent].lower) > 0;
    const bool inside = !FindWord(w, who, first, ",");
    if (!subject && w.tokens[who].lower == "which" && w.tokens[antecedent].is_word &&
        (voice || inside)) {
      for (std::size_t k = 0; k < w.mentions.size(); ++k) {
        const Mention& m = w.mentions[k];
        if (m.last == antecedent && m.actor >= 0 && !m.weak) subject = k;
      }
      if (!subject && voice) subject = PossessorOf(w, antecedent);
    }
    const bool who_or_which = w.tokens[who].lower == "who" ||
                              (w.tokens[who].lower == "which" && (unnamed_states || thing_which));
    if (!subject && who > 0 && who_or_which && w.tokens[antecedent].is_word &&
        !InsideMention(w, antecedent) &&
        (!kStateGroupNouns.count(w.tokens[antecedent].lower) || unnamed_states)) {
      return "its subject ('" + std::string(w.tokens[antecedent].text) +
             "') is someone or something no rule names: no actor";
    }
  }

  // "an attack in Niger that killed four soldiers": right after "that" the
  // trigger's subject is what "that" refers to, the noun before it. A name
  // there is the subject ("the Russians that tried"); a place ("in Niger")
  // or no name at all means a subject the rules do not know, never the
  // clause's first name ("lawmakers") or the speaker.
  // "a trip that took him to Qatar": the one the trigger names as taken
  // somewhere travels, not the trip.
  if (const std::optional<std::size_t> that =
          TakesSomeone(w, first, last) ? std::nullopt : RelativeThat(w, first)) {
    subject.reset();
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      if (m.last == *that && !m.weak && !AfterPlacePreposition(w, m)) subject = k;
    }
    if (!subject) subject = StateCalledBefore(w, *that);
    if (!subject) return "relative clause ('that ...') about something no rule names: no actor";
  }
  if (const std::optional<std::size_t> which = RelativeBeforeSpeaker(w, first)) {
    subject.reset();
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      const bool before =
          m.last == *which || (m.last + 1 == *which && w.tokens[m.last].text == ",");
      if (before && !m.weak && !AfterPlacePreposition(w, m)) subject = k;
    }
    if (!subject) {
      return "relative clause ('" + std::string(w.tokens[*which].text) +
             " ... says') about something no rule names: no actor";
    }
  }
  return "";
}

// How a trigger reads as a passive.
struct PassiveReading {
  bool passive = false;     // a full, a reduced or a trigger's own passive
  bool reduced = false;     // "the guarantees demanded by the Kremlin"
  bool from_agent = false;  // its agent follows a noun's "from": "pressure from Moscow"
  std::size_t be = 0;       // where the verb opens after "be", with its adverbs
};

// The passive turns the roles round: "Putin was accused by Biden",
// "sanctions were imposed on Moscow by Washington".
PassiveReading ReadPassive(const Work& w, const Trigger& trigger) {
  const std::size_t first = trigger.first, last = trigger.last;
  const std::string_view verb = w.tokens[first].lower;
  const bool participle = EndsWith(verb, "ed", 2) || EndsWith(verb, "en", 2);
  // "was strongly condemned", "was later criticised", "has also been
  // widely criticised": up to two adverbs may stand after the "be".
  std::size_t be = first;
  while (
      be > 0 && first - be < 2 &&
      (EndsWith(w.tokens[be - 1].lower, "ly") || kPassiveAdverbs.count(w.tokens[be - 1].lower))) {
    --be;
  }
  // "was beaten and abducted": a participle joined to one after "be".
  if (be > 2 && w.tokens[be - 1].lower == "and" &&
      (PastFormAt(w, be - 2) || EndsWith(w.tokens[be - 2].lower, "en", 2)) &&
      kBeForms.count(w.tokens[be - 3].lower)) {
    be -= 2;
  }
  const bool after_be = be > 0 && kBeForms.count(w.tokens[be - 1].lower) > 0;
  // "supported logistically by": one adverb may stand before the "by".
  // "criticism of rises in West German interest rates voiced by U.S.
  // Treasury Secretary James Baker": a spoken deed's noun names its doer
  // after what it is about.
  // A pattern may be a participle and its "by": "backed by" (not "stood by",
  // "are needed by").
  const bool participle_by = last == first + 2 && participle && w.tokens[first + 1].lower == "by";
  const std::size_t voiced_by = VoicedBy(w, first, last);
  const std::size_t by_at = voiced_by > 0   ? voiced_by
                            : participle_by ? first + 1
                            : last + 1 < w.tokens.size() &&
                                    EndsWith(w.tokens[last].lower, "ly", 2) &&
                                    w.tokens[last + 1].lower == "by"
                                ? last + 1
                                : last;
  // ("retaliated by closing the border": "by" and a gerund is the means.)
  const bool by_gerund = by_at + 1 < w.tokens.size() && w.tokens[by_at + 1].is_word &&
                         !w.tokens[by_at + 1].capitalized &&
                         EndsWith(w.tokens[by_at + 1].lower, "ing", 3);
  const bool by_next = by_at < w.tokens.size() && w.tokens[by_at].lower == "by" &&
                       !kFeelingParticiples.count(verb) && !by_gerund;
  // "came under criticism from Washington", "pressure from Moscow": the
  // one a noun's "from" names acts toward the subject, like an agent; so
  // does the one a reaction's "in" names: "sparked outrage in Britain".
  const std::string_view marker = last >= first + 2 ? w.tokens[last - 1].lower : "";
  const std::string_view agent_noun = last >= first + 2 ? w.tokens[last - 2].lower : "";
  const bool from_agent = (marker == "from" && (kFromAgentNouns.count(agent_noun) > 0 ||
                                                kReceiveVerbs.count(verb) > 0)) ||
                          ((marker == "from" || marker == "in" || marker == "among") &&
                           kReactionNouns.count(agent_noun) > 0);
  // A full passive: "was accused by", and "they were met by" of an
  // irregular verb. "alarmed by" names what the subject feels about, not
  // who acts.
  // After "be", an irregular one too: "until their demands are met" meets
  // no one.
  const bool be_participle = participle || Is(w, first, word_class::kIrregularPastVerb);
  bool passive = from_agent || (after_be && ((be_participle && !kStateParticiples.count(verb) &&
                                              !kFeelingParticiples.count(verb)) ||
                                             by_next));
  // ... or a reduced one: "the guarantees demanded by the Kremlin", "a
  // course opposed by Russia", and the agent of a noun: "missile attacks
  // by the Houthis on Saudi Arabia".
  // With no "by" too, a deed done to someone, right after people who only
  // describe and with no object after it: "a U.S.-Canadian couple kidnapped
  // in Afghanistan" were kidnapped, by no one named ("Ugandan gunmen
  // attacked a border post" attack it).
  const std::string_view type = trigger.type->name;
  const bool done_to = type == "assault" || type == "coerce" || type == "fight";
  const bool no_object =
      last >= w.tokens.size() || !w.tokens[last].is_word || Is(w, last, word_class::kPreposition);
  const bool after_people =
      participle && done_to && no_object &&
      std::any_of(w.mentions.begin(), w.mentions.end(),
                  [&](const Mention& m) { return m.weak && m.last == first; });
  const bool reduced = !passive && (by_next || after_people);
  passive = passive || reduced;
  // ... or a passive inside the trigger: "sanctions were imposed on", "was
  // hit with sanctions by".
  for (std::size_t k = first; k + 1 < last && !passive; ++k) {
    const std::string_view next = w.tokens[k + 1].lower;
    passive = kBeForms.count(w.tokens[k].lower) &&
              (EndsWith(next, "ed", 2) || kIrregularParticiples.count(next)) &&
              !kStateParticiples.count(next);
  }
  return PassiveReading{passive, reduced, from_agent, be};
}

// The w.mentions index of the state that holds someone "arrested in" or
// "detained in" it: "two Kenyan journalists were detained in Uganda", "Turkish
// citizens arrested in the United States". Only its authorities do that; a
// kidnapping there may be anyone's.
std::optional<std::size_t> StateWhereHeld(const Work& w, const Trigger& trigger) {
  static const WordSet kCustodyParticiples = {"arrested",   "detained",  "jailed",
                                              "imprisoned", "sentenced", "convicted"};
  constexpr std::size_t kWordsBeforeIn = 3;  // "on Saturday in", "last year in"
  if (trigger.type->name != "coerce" || !kCustodyParticiples.count(w.tokens[trigger.first].lower)) {
    return std::nullopt;
  }
  const std::size_t end = std::min(trigger.clause_end, trigger.last + kWordsBeforeIn + 1);
  const std::optional<std::size_t> in = FindWord(w, trigger.last, end, "in");
  if (!in) return std::nullopt;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (StartBeforeArticles(w, m.first) == *in + 1 && m.kind == MentionKind::kName && !m.weak &&
        m.actor >= 0) {
      return k;
    }
  }
  return std::nullopt;
}

// "Trump recognised Jerusalem, a move condemned by Turkey": the actor
// whose act a reduced passive at `verb` judges, when the passive follows an
// act noun set off by a comma. The doer is the subject of the clause before
// the comma.
std::optional<int> DoerOfActBefore(const Work& w, std::size_t verb) {
  static const WordSet kActsOfPolicy = {"move",   "decision", "step",   "course",
                                        "policy", "measure",  "action", "plan"};
  const std::vector<Token>& t = w.tokens;
  std::size_t k = verb;
  if (k == 0 || !kActsOfPolicy.count(t[k - 1].lower)) return std::nullopt;
  --k;
  if (k > 0 && t[k - 1].is_word && !t[k - 1].capitalized && !Is(w, k - 1, word_class::kArticle)) {
    --k;  // "a controversial move"
  }
  if (k < 2 || !Is(w, k - 1, word_class::kArticle) || t[k - 2].text != ",") return std::nullopt;
  const std::size_t comma = k - 2;
  for (const Mention& m : w.mentions) {
    if (m.first >= comma) break;
    if (m.actor >= 0 && !m.object && !m.addressee && !m.weak &&
        m.kind != MentionKind::kFirstPerson) {
      return m.actor;
    }
  }
  return std::nullopt;
}

// Whether a list after a passive's "by" (the trigger's last word or the one
// after it, at `last`) reaches the name `m` at `name` past members no rule
// names: "opposed by European allies, Russia and China".
bool ListAfterBy(const Work& w, std::size_t last, std::size_t name, const Mention& m) {
  constexpr std::size_t kWordsOfFirstMember = 3;
  if (name < 2 || w.tokens[name - 1].text != ",") return false;
  // The list goes on after the name ("Russia and China"); in "attacked by
  // rebels, Uganda said" the name starts another clause.
  if (m.last >= w.tokens.size() ||
      (w.tokens[m.last].lower != "and" && w.tokens[m.last].lower != "or")) {
    return false;
  }
  std::size_t k = name - 1, words = 0;
  while (k > 0 && words <= kWordsOfFirstMember && w.tokens[k - 1].is_word &&
         w.tokens[k - 1].lower != "by" && !InsideMention(w, k - 1) &&
         !Is(w, k - 1,
             word_class::kPreposition | word_class::kClauseBreak | word_class::kSpeechVerb |
                 word_class::kConjunction | word_class::kDeterminer)) {
    --k;
    ++words;
  }
  return words >= 1 && words <= kWordsOfFirstMember && k >= last && w.tokens[k - 1].lower == "by";
}

// "The diplomats were meeting as Tokyo announced that ...", "Japanese firms
// announced plans to cut output, but U.S. officials said": whether the
// speaker is named after the trigger at `first`, right after a subordinator
// or "but" that opens a clause of its own; the speaker's words are then that
// clause, not the trigger's.
bool SpeaksOnlyInLaterClause(const Work& w, std::size_t first) {
  constexpr std::size_t kOpenerToSpeaker = 3;  // "but senior U.S. officials"
  const auto speaker = std::find_if(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return m.attribution && m.actor == w.speaker.actor;
  });
  if (speaker == w.mentions.end() || speaker->first <= first) return false;
  for (std::size_t k = first + 1; k < speaker->first; ++k) {
    if (w.tokens[k].text == "\"") return false;
    if ((kTimeClauseOpeners.count(w.tokens[k].lower) || w.tokens[k].lower == "but") &&
        speaker->first - k <= kOpenerToSpeaker && OnlyWords(w, k + 1, speaker->first)) {
      return true;
    }
  }
  return false;
}

// A passive's agent, which becomes the subject, and its patient, a target,
// in `actors`. Returns why there is no actor, or "".
std::string PassiveRoles(const Work& w, const Trigger& trigger, const PassiveReading& reading,
                         Actors* actors) {
  const std::size_t last = trigger.last;
  const std::size_t clause_start = trigger.clause_start, clause_end = trigger.clause_end;
  const bool from_agent = reading.from_agent, reduced = reading.reduced;
  const std::size_t be = reading.be;
  std::optional<std::size_t>& subject = actors->subject;
  std::optional<std::size_t> agent;
  for (std::size_t k = 0; k < w.mentions.size() && !agent; ++k) {
    const Mention& m = w.mentions[k];
    // "urged by both South Korea and the United States", "by 2,400 French
    // troops".
    std::size_t by = m.first;
    while (by > last && (Is(w, by - 1, word_class::kDeterminer) ||
                         w.tokens[by - 1].lower == "both" || StartsWithDigit(w.tokens[by - 1]))) {
      --by;
    }
    const bool after_marker =
        by > 0 && (from_agent ? by == last
                              : by >= last && (w.tokens[by - 1].lower == "by" ||
                                               ListAfterBy(w, last, by, m)));
    if (m.first >= last && m.first < clause_end && after_marker && m.actor >= 0 && !m.weak) {
      agent = k;
    }
  }
  if (!agent) agent = StateWhereHeld(w, trigger);
  if (!agent) return "passive with no agent named ('by ...', a noun's 'from ...'): no actor";
  // The patient (the passive subject) becomes a target; the agent acts.
  // A reduced passive's patient is the noun right before it: in "the
  // United States retaliated for the tanker attack, blamed by Kuwait on
  // Iran" the attack was blamed, not the United States.
  std::size_t before_verb = be;  // "Canada, strongly supported by", "they were met by"
  while (before_verb > 0 && (kBeForms.count(w.tokens[before_verb - 1].lower) ||
                             w.tokens[before_verb - 1].text == ",")) {
    --before_verb;
  }
  std::vector<int> patient;
  bool patient_named = subject && (!reduced || w.mentions[*subject].last == before_verb);
  // "Backed by Uganda, Kenya launched an offensive": a reduced passive that
  // opens the sentence is done to the main clause's subject.
  if (!patient_named && reduced && trigger.first == w.opening) {
    subject = SubjectAfterOpeningComma(w, trigger.first);
    patient_named = subject.has_value();
  }
  // "Britain and West Germany, backed by the Netherlands": every name listed.
  if (patient_named) {
    for (const std::size_t k : Coordinated(w, *subject, -1)) {
      const int actor = w.mentions[k].actor;
      if (actor >= 0 && std::find(patient.begin(), patient.end(), actor) == patient.end()) {
        patient.push_back(actor);
      }
    }
  }
  // "a camp for Congolese refugees was attacked by": people who do not
  // act for their state may still be what is acted on, right before the
  // verb. After a comma a reduced passive may say something of the whole
  // clause: "attacked the Ugandan camp, supported logistically by".
  // A reduced passive is done to whoever is named right before it, after a
  // preposition too: "met relatives of Ugandans abducted by Kenya".
  const bool after_comma = reduced && be > 0 && w.tokens[be - 1].text == ",";
  for (std::size_t k = 0; k < w.mentions.size() && patient.empty() && !after_comma; ++k) {
    const Mention& m = w.mentions[k];
    if ((m.weak || reduced) && m.actor >= 0 && m.kind != MentionKind::kFirstPerson &&
        m.first >= clause_start && m.last == before_verb) {
      patient.push_back(m.actor);
    }
  }
  if (patient.empty() && reduced) {
    if (const std::optional<int> doer = DoerOfActBefore(w, trigger.first)) patient.push_back(*doer);
  }
  subject = agent;
  actors->passive_patient = patient;
  return "";
}

// Whether the word at `k` is a verb that takes what follows as its object:
// a past form ("discussed"), or a plain one after a modal ("will cover").
// Not a speech verb, whose clause may follow ("said U.S. calls for ...").
bool ObjectOfVerbAt(const Work& w, std::size_t k) {
  const Token& t = w.tokens[k];
  if (!t.is_word || t.capitalized || Is(w, k, word_class::kSpeechVerb) || IsHelperVerb(t.lower) ||
      IsAdverb(t.lower)) {
    return false;
  }
  return PastFormAt(w, k) || (k > 0 && kModals.count(w.tokens[k - 1].lower) > 0);
}

// Why the subject of a trigger that is no passive acts for no one: a party
// no rule names, a thing whose threat is a risk, the object of a verb
// before it. Empty when it does.
std::string ActiveSubjectRefusal(const Work& w, const Trigger& trigger,
                                 const std::optional<std::size_t>& subject) {
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;
  if (const std::string party =
          IndefiniteSubject(w, first, subject ? w.mentions[*subject].last : clause_start);
      !party.empty()) {
    return "its subject ('" + party + "') is a party no rule names: no actor";
  }
  // "the talks will cover U.S. calls for Taiwan to open its market": a name
  // that a verb takes as its object heads no clause, so the "-s" word after
  // it is a noun.
  if (subject && EndsWith(w.tokens[first].lower, "s", 3)) {
    const std::size_t start = StartBeforeArticles(w, w.mentions[*subject].first);
    if (start > 0 && w.mentions[*subject].last == first && ObjectOfVerbAt(w, start - 1)) {
      return "its subject is the object of '" + std::string(w.tokens[start - 1].text) +
             "': a noun phrase, not a stance taken";
    }
  }
  // "The EC directive, due to come into effect on January 1, threatens to
  // cut U.S. meat shipments": what a thing named for an actor threatens is
  // a risk, as RiskNamed reads it, no one's threat.
  // (After "claims" the name reads as an object: it is the thing's all the same.)
  if (trigger.type->name == "threaten") {
    for (const Mention& m : w.mentions) {
      if (m.first < clause_start || m.last > first) continue;
      if (const std::optional<TokenRange> thing = ThingNamedFor(w, m, first)) {
        return "its subject ('" + std::string(SpanText(w, *thing)) +
               "') is a thing: a risk, not a threat";
      }
    }
  }
  // "the IMF agreement requires Egypt to raise energy prices": what a deal
  // requires are terms both sides took on, not the named side's demand.
  if (trigger.type->name == "demand") {
    for (const Mention& m : w.mentions) {
      if (m.first < clause_start || m.last > first) continue;
      const std::optional<TokenRange> thing = ThingNamedFor(w, m, first);
      if (thing && kDealNouns.count(w.tokens[thing->second - 1].lower)) {
        return "its subject ('" + std::string(SpanText(w, *thing)) +
               "') is a deal: its terms, not a demand";
      }
    }
  }
  return "";
}

// Who takes the stance: the subject `actors->subject` (the agent of a
// passive `reading`) and the names listed with it, or else the speaker,
// put in `actors`. Returns why there is no one, or "".
std::string SubjectOrSpeaker(const Work& w, const Trigger& trigger, const PassiveReading& reading,
                             Actors* actors) {
  const bool passive = reading.passive;
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;
  const std::string_view type = trigger.type->name;
  std::vector<Speaker>& sources = actors->sources;
  const std::optional<std::size_t>& subject = actors->subject;
  // "Kenya's president and I discussed": a list that ends in "I" or "we" is
  // its names and the speaker.
  const std::vector<std::size_t> subject_list =
      subject ? Coordinated(w, *subject, passive ? +1 : -1) : std::vector<std::size_t>{};
  if (subject &&
      (w.mentions[*subject].kind != MentionKind::kFirstPerson || subject_list.size() > 1)) {
    // A subject is the last name of its list, an agent the first.
    for (std::size_t k : subject_list) {
      const Mention& m = w.mentions[k];
      if (passive) {
        actors->agent_begin =
            actors->agent_begin == 0 ? m.first : std::min(actors->agent_begin, m.first);
        actors->agent_end = std::max(actors->agent_end, m.last);
      }
      if (m.kind == MentionKind::kFirstPerson && w.speaker.valid()) {
        AddUnique(sources, Speaker{w.speaker.actor, w.speaker.person, "subject"});
      } else if (m.actor >= 0 && m.kind != MentionKind::kFirstPerson && CanAct(w, trigger, m)) {
        AddUnique(sources, Speaker{m.actor, m.person, "subject"});
        if (m.second_actor >= 0) AddUnique(sources, Speaker{m.second_actor, -1, "subject"});
      }
    }
  } else if (const std::string who = DescriptiveSubject(w, first); !who.empty()) {
    return "its subject ('" + who + "') only describes: not the speaker's act";
  } else if (const std::string thing = ThingAsSubject(w, first); !thing.empty()) {
    return "its subject ('" + thing + "') is a thing: not the speaker's act";
  } else if (const std::string owner = ThingWhoseObjectItIs(w, first, clause_start);
             !owner.empty()) {
    // "The five-year accord increases aid to Tunisia, the minister said".
    return "the verb it is the object of has a thing ('" + owner +
           "') as its subject: not the speaker's act";
  } else if (const std::string former = FormerHolderSubject(w, first, clause_start);
             !former.empty()) {
    return "its subject ('" + former + "') held office before and no rule names them: no actor";
  } else if (w.speaker.valid()) {
    // A deed or a trip is its doer's: the speaker did not do what a subject
    // the rules do not know did. So are the words of a firm or an
    // association the speaker reports: "the Commission said the European
    // Electrical Component Manufacturers Association complained that ...".
    if (const std::string doer = UnnamedSubject(w, first, clause_start); !doer.empty()) {
      const std::size_t end = SubjectEnd(w, first, true);
      const bool private_body = end > 0 && kPrivateBodyNouns.count(w.tokens[end - 1].lower) > 0;
      if (kDeedTypes.count(type) || private_body) {
        return "its subject ('" + doer + "') is a party no rule names: not the speaker's act";
      }
    }
    // "Continued rapid rise in wages would threaten the progress", "rising
    // tensions with Uganda threaten regional security": what a thing the
    // rules do not name threatens is a risk, no one's threat.
    if (RiskNamed(w, trigger)) return "a thing threatens a risk: not the speaker's threat";
    if (SpeaksOnlyInLaterClause(w, first)) {
      return "the speaker speaks only in a later clause ('as/but ... said'): not the speaker's "
             "act";
    }
    sources.push_back(w.speaker);
    sources.back().how = "speaker";
    for (const Speaker& listed : w.co_speakers) {
      AddUnique(sources, Speaker{listed.actor, listed.person, "speaker"});
    }
  }
  if (sources.empty()) return "no actor (no subject in the clause and no speaker)";
  return "";
}

}  // namespace

// "Kenya joined Uganda and Tanzania in condemning the coup": those joined
// in the act do it too, and are not whom it is toward.
void AddJoinedPartners(const Work& w, std::size_t first, std::vector<Speaker>* sources) {
  const std::vector<Token>& t = w.tokens;
  if (first < 3 || t[first - 1].lower != "in") return;
  std::vector<Speaker> joined;
  std::size_t k = first - 1;  // the start of what is joined, walking back
  for (auto m = w.mentions.rbegin(); m != w.mentions.rend(); ++m) {
    if (m->last > k) continue;
    const bool adjacent =
        m->last == k || (m->last + 1 == k && (t[k - 1].lower == "and" || t[k - 1].text == ","));
    if (!adjacent || m->actor < 0) break;
    joined.push_back(Speaker{m->actor, m->person, "joined in the act"});
    k = m->first;
  }
  if (joined.empty() || k == 0) return;
  const std::string_view verb = t[k - 1].lower;
  if (verb != "join" && verb != "joins" && verb != "joined" && verb != "joining") return;
  for (const Speaker& partner : joined) AddUnique(*sources, partner);
}

std::string ChooseActors(const Work& w, const Trigger& trigger, const SentenceFacts& facts,
                         const std::vector<TokenRange>& earlier_triggers, Actors* actors) {
  const std::size_t first = trigger.first, last = trigger.last;
  std::vector<Speaker>& sources = actors->sources;
  std::optional<std::size_t>& subject = actors->subject;

  // "the ongoing war between Iran and Iraq": the parties are named after
  // the trigger and take the stance toward each other, whoever the
  // sentence's subject is (a go-between's rule says otherwise).
  if (w.tokens[last - 1].lower == "between" && !trigger.rule->mediator) {
    sources = PartiesBetween(w, last);
    if (sources.size() < 2) return "fewer than two parties named after 'between': no actor";
    return "";
  }

  if (const std::string why = RefusalBeforeSubject(w, trigger); !why.empty()) return why;
  subject = NearestSubject(w, trigger, facts, earlier_triggers);
  if (VisitorActs(w, trigger, actors) ||
      PartiesTheyStandFor(w, trigger, earlier_triggers, actors)) {
    return "";
  }
  if (const std::string why = AdjustSubject(w, trigger, facts, &subject); !why.empty()) {
    return why;
  }
  if (const std::string why = SubjectRefusal(w, trigger, subject); !why.empty()) return why;
  if (const std::string why = RelativeClauseSubject(w, trigger, &subject); !why.empty()) {
    return why;
  }

  // A noun trigger's adjective acts. The subject found above still bounds
  // where a target named before the trigger may stand: in "Reagan pledged
  // to protect Kuwaiti tankers from Iranian attack" the target is Kuwait,
  // named after the subject, not the United States.
  // A wrong's doer ("Russian meddling") is whom a speaker accuses, which
  // the accusation rules read from the subject and the speaker.
  if (const std::optional<std::size_t> doer =
          trigger.rule->accusation ? std::nullopt : AdjectiveDoer(w, first)) {
    const Mention& m = w.mentions[*doer];
    if (SoughtFrom(w, m.first)) {
      return "'" + std::string(w.tokens[first].text) + "' is sought from its adjective's actor, " +
             "not given: no event";
    }
    sources.push_back(Speaker{m.actor, m.person, "adjective"});
    return "";
  }
  const std::string_view type = trigger.type->name;
  if ((type == "fight" || type == "assault") && ForceNamedAsThing(w, first, last)) {
    return "a force named as a thing, with no doer named: no actor";
  }

  const PassiveReading passive = ReadPassive(w, trigger);
  if (passive.passive) {
    if (const std::string why = PassiveRoles(w, trigger, passive, actors); !why.empty()) {
      return why;
    }
  } else if (const std::string why = ActiveSubjectRefusal(w, trigger, subject); !why.empty()) {
    return why;
  }
  const std::string why = SubjectOrSpeaker(w, trigger, passive, actors);
  if (why.empty()) AddJoinedPartners(w, first, &sources);
  return why;
}

void DocumentExtractor::LeaveOutGroupOfListedMembers(const Work& w, Actors* actors) const {
  // "The leaders of the G-7, the United States, Britain, Canada, France,
  // Italy, Japan and West Germany, are expected to discuss": a group with
  // its members set off after it by commas is those members; it takes no
  // stance toward them. ("The EU, Russia and China agreed" lists three
  // parties: no comma closes it.)
  const auto& t = w.tokens;
  if (!actors->subject || actors->sources.size() < 3) return;
  const std::vector<std::size_t> listed = Coordinated(w, *actors->subject, -1);
  if (listed.size() < 3) return;
  const Mention& group = w.mentions[listed.front()];
  const Mention& last = w.mentions[listed.back()];
  const bool group_first = group.actor >= 0 && rules_.actors[group.actor].type == "igo" &&
                           group.last < t.size() && t[group.last].text == ",";
  const bool closed = last.last < t.size() && t[last.last].text == ",";
  const bool members_states = std::all_of(listed.begin() + 1, listed.end(), [&](std::size_t k) {
    const int a = w.mentions[k].actor;
    return a >= 0 && IsState(rules_.actors[a]);
  });
  if (!group_first || !closed || !members_states) return;
  auto& sources = actors->sources;
  sources.erase(std::remove_if(sources.begin(), sources.end(),
                               [&](const Speaker& s2) { return s2.actor == group.actor; }),
                sources.end());
}

}  // namespace sg::extract::reading
