// The events of a sentence: which stance rules match it, and for each match
// read in turn its trigger, actors (stance_actors.cpp), targets
// (stance_targets.cpp) and mode (stance_mode.cpp), one event per actor and
// target.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "extract/plover.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"
#include "extract/text/sentence_splitter.hpp"

namespace sg::extract::reading {

namespace {

// Why a trigger in the "that" clause of an allegation, a fear, a hope or a
// demand is no event ("allegations that Russia interfered", "demanded that its
// partners refuse to recognise"), or "" when it is in no such clause.
std::string ThatClauseOf(const Work& w, std::size_t first, std::size_t clause_start) {
  constexpr std::size_t kLookBack = 10;
  for (std::size_t k = first; k > clause_start + 1 && first - k < kLookBack; --k) {
    // "rejected suggestions the U.S. and EC agree a freeze": a suggestion's
    // clause may open with no "that".
    const bool bare = kSuggestionNouns.count(w.tokens[k - 1].lower) > 0 &&
                      (InsideMention(w, k) || IsBareArticle(w.tokens[k].lower));
    if (w.tokens[k - 1].lower != "that" && !bare) continue;
    std::size_t cue = bare ? k - 1 : k - 2;
    // "rejected calls from foreign creditors and from some Brazilian
    // businessmen that the government talk to the IMF": whose call it is
    // may stand between.
    constexpr std::size_t kLongestFrom = 10;
    for (std::size_t j = cue; !bare && j > 1 && cue - j < kLongestFrom && w.tokens[j].is_word;
         --j) {
      if (w.tokens[j].lower == "from" && kDemandWords.count(w.tokens[j - 1].lower)) {
        cue = j - 1;
        break;
      }
    }
    const Token& before = w.tokens[cue];
    // "repeated its accusation that Uganda had violated the accord": an
    // allegation the subject says again is stated, by it, now.
    const bool restated = cue >= 2 && kPossessives.count(w.tokens[cue - 1].lower) > 0 &&
                          kRestateVerbs.count(w.tokens[cue - 2].lower) > 0;
    const bool alleged = !restated && (kUnstatedClauseNouns.count(before.lower) > 0 ||
                                       kSuggestionNouns.count(before.lower) > 0);
    // "We categorically deny that the United States is selling weapons to
    // Iran": what is denied is not stated.
    const bool denied = kDenyVerbs.count(before.lower) > 0;
    // "hoped that talks with Uganda would succeed": what is hoped for; "it is
    // thought highly unlikely that Nakasone and Reagan will agree": what is
    // doubted.
    const bool hoped_or_doubted =
        kHopeVerbs.count(before.lower) > 0 || kDoubtWords.count(before.lower) > 0;
    if (!alleged && !denied && !hoped_or_doubted && !kDemandWords.count(before.lower)) return "";
    // Appended piece by piece: g++ 12 -O3 warns falsely (-Wrestrict) on
    // "..." + std::string.
    std::string why = "what '";
    why += before.text;
    why += alleged            ? " (that)' says, not a stance stated"
           : denied           ? " that' denies, not a stance stated"
           : hoped_or_doubted ? " that' hopes for or doubts, not an event"
                              : " that' asks for, not an event";
    return why;
  }
  return "";
}

// Whether the trigger at `first` is a participle right after a comma or a
// dash ("attacked Pakistani villages, killing 90 people"), or the help such
// a participle seeks ("- looking for help to pressure North Korea").
bool TrailingParticipleAt(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  const auto after_break = [&](std::size_t k) {
    return k > 0 && (t[k - 1].text == "," || t[k - 1].text == "-") &&
           EndsWith(t[k].lower, "ing", 2);
  };
  if (after_break(first)) return true;
  // ("asking for help to press Azerbaijan": the pattern may open at "to".)
  const std::size_t help =
      first > 0 && t[first].lower == "to" && t[first - 1].lower == "help" ? first - 1 : first;
  return SoughtHelpAt(w, help) && after_break(help - 2);
}

// "Washington has sent a delegation, announced a visit, and is threatening
// sanctions": the last verb of a list after ", and" has the subject the list
// opened with, when each piece of the list opens with a verb. The mentions
// index of that subject, if any.
std::optional<std::size_t> SubjectOfVerbList(const Work& w, std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  std::size_t k = first;
  while (k > 0 && (IsHelperVerb(t[k - 1].lower) || EndsWith(t[k - 1].lower, "ly", 2) ||
                   t[k - 1].lower == "also" || t[k - 1].lower == "now")) {
    --k;
  }
  if (k < 2 || t[k - 1].lower != "and" || t[k - 2].text != ",") return std::nullopt;
  const auto opens_with_verb = [&](std::size_t j) {
    return j < t.size() && (IsHelperVerb(t[j].lower) || LooksFinite(w, j) || PastFormAt(w, j));
  };
  if (k == first && !opens_with_verb(first)) return std::nullopt;
  // Back over the list's pieces, each opening with a verb, to its subject.
  constexpr int kMostPieces = 4;  // "sent ..., announced ..., recalled ..., and is"
  std::size_t piece_end = k - 2;
  for (int pieces = 0; pieces < kMostPieces; ++pieces) {
    std::size_t start = piece_end;
    while (start > 0 && t[start - 1].text != ",") --start;
    for (std::size_t m = 0; m < w.mentions.size(); ++m) {
      const Mention& subject = w.mentions[m];
      if (subject.first < start || subject.last >= piece_end) continue;
      if (subject.object || subject.weak || subject.addressee || subject.actor < 0) continue;
      if (opens_with_verb(subject.last)) return m;
      break;
    }
    if (!opens_with_verb(start) || start < 2) return std::nullopt;
    piece_end = start - 1;
  }
  return std::nullopt;
}

// "what Baghdad hailed as Iran's failure", "welcomed the collapse of the
// regime": a friendly word about someone's loss, within a few words of the
// trigger, is no friendliness toward them. Returns the loss's noun.
std::string_view LossHailed(const Work& w, std::size_t last) {
  constexpr std::size_t kWordsToLoss = 5;  // "as Iran's failure", "the collapse of"
  for (std::size_t k = last; k < w.tokens.size() && k - last < kWordsToLoss; ++k) {
    if (kLossNouns.count(w.tokens[k].lower)) return w.tokens[k].text;
    if (Is(w, k, word_class::kClauseBreak)) break;
  }
  return {};
}

// Whether the trigger at `first` is in a "to" phrase: right after "to", or
// after "to" and a few lower-case words ("threatened to launch a new
// military offensive", "an ultimatum to Ecuador to halt attacks").
bool InInfinitive(const Work& w, std::size_t first) {
  constexpr std::size_t kWordsAfterTo = 4;
  for (std::size_t k = first; k > 0 && first - k <= kWordsAfterTo; --k) {
    const Token& before = w.tokens[k - 1];
    if (before.lower == "to") return true;
    // "pressured X into expelling": a gerund after "into" is what is asked.
    if (before.lower == "into" && k == first && EndsWith(w.tokens[first].lower, "ing", 2)) {
      return true;
    }
    // ('threatened to "impose sanctions" on': a quote may open the verb.)
    if ((!before.is_word && before.text != "\"") || before.capitalized) break;
  }
  // "urged the military to facilitate aid, allow media access and
  // cooperate with": a bare verb listed after a "to" phrase is in it.
  const std::string_view head = w.tokens[first].lower;
  const bool bare = !PastFormAt(w, first) && !EndsWith(head, "ing", 2);
  if (first < 2 || !bare ||
      (w.tokens[first - 1].text != "," && w.tokens[first - 1].lower != "and")) {
    return false;
  }
  constexpr std::size_t kListReach = 16;
  for (std::size_t k = first - 1; k > 0 && first - k <= kListReach; --k) {
    const Token& before = w.tokens[k - 1];
    if (before.lower == "to") return true;
    if (before.capitalized || (!before.is_word && before.text != ",")) return false;
  }
  return false;
}

// Whether the words from `from` up to `to` stay in one noun phrase: no
// punctuation and no verb of a clause of their own ("invitation to Kremlin
// chief Mikhail Gorbachev to visit").
bool InOwnPhrase(const Work& w, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (!w.tokens[k].is_word || (w.tokens[k].lower != "to" && HelperOrPastAt(w, k))) return false;
  }
  return true;
}

// Whether `act` is the infinitive that the trigger `outer` ends on: "refused
// to condemn Russia", "objected to imposing sanctions on". (Troops refused
// may have been asked for as help: "refused to send troops to Somalia"
// refuses Somalia.)
bool InfinitiveOf(const Work& w, const Trigger& outer, const Trigger& act) {
  return act.first == outer.last && outer.last > 0 && w.tokens[outer.last - 1].lower == "to";
}

// Whether the object of trigger `outer` is hostile act `act`: a short noun
// phrase naming no one, after which the act names whom it is against ("the
// imposition of a complete embargo on", "new sanctions against"). Not when
// the act names its doer ("demands by", "threats from"), nor when the outer
// trigger names its own object ("backed Iraq in the war against").
bool ObjectIsHostileAct(const Work& w, const Trigger& outer, const Trigger& act) {
  constexpr std::size_t kLongestObject = 6;
  const std::size_t last = outer.last;
  if (act.first < last || act.first - last > kLongestObject || !InOwnPhrase(w, last, act.first) ||
      !kActedOnPrepositions.count(w.tokens[act.last - 1].lower)) {
    return false;
  }
  return std::none_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return m.first > outer.first && m.first < act.first;
  });
}

// Whether a match starting at byte `begin` is the second half of a word
// whose prefix turns it round: "anti-ship missiles", "anti-sanctions
// protests", "a non-aggression pact".
bool AfterNegatingPrefix(std::string_view lower_text, std::size_t begin) {
  const std::string_view before = lower_text.substr(0, begin);
  return EndsWith(before, "anti-", 0) || EndsWith(before, "non-", 0);
}

// Whether the match at `begin` is the second half of a compound modifier:
// "its long-threatened invasion", "a much-criticized plan". A verb's own
// prefix ("re-imposed", "counter-attack", "co-operate") keeps it a trigger.
bool InCompoundModifier(std::string_view lower_text, std::size_t begin) {
  if (begin < 2 || lower_text[begin - 1] != '-') return false;
  std::size_t word_begin = begin - 1;
  while (word_begin > 0 && lower_text[word_begin - 1] >= 'a' && lower_text[word_begin - 1] <= 'z') {
    --word_begin;
  }
  const std::string_view prefix = lower_text.substr(word_begin, begin - 1 - word_begin);
  return !prefix.empty() && !kVerbPrefixes.count(prefix);
}

// Whether the match at `begin` is "back" as the particle of another verb:
// "roll back the detente", "beat back the Iranian thrusts", "win back
// Taiwan" back no one.
bool BackAsParticle(std::string_view lower_text, std::size_t begin) {
  if (lower_text.compare(begin, 4, "back") != 0 || begin < 2) return false;
  std::size_t word_end = begin - 1;  // the space before "back"
  std::size_t word_begin = word_end;
  while (word_begin > 0 && lower_text[word_begin - 1] >= 'a' && lower_text[word_begin - 1] <= 'z') {
    --word_begin;
  }
  return kBackParticleVerbs.count(lower_text.substr(word_begin, word_end - word_begin)) > 0;
}

// The "and" before the verb at `second` when it and the verb at `first`
// are both bare present forms with no determiner before the first: "attacks,
// enabled by Iran, threaten regional security and undermine UN efforts".
// (Nouns have determiners or plurals: "the attacks and threats against
// Israel" are one phrase.)
std::optional<std::size_t> ParallelPresentVerbJoint(const Work& w, std::size_t first,
                                                    std::size_t second) {
  const auto& t = w.tokens;
  const auto bare = [&](std::size_t k) {
    const std::string_view word = t[k].lower;
    return t[k].is_word && !t[k].capitalized && !EndsWith(word, "s", 2) &&
           !EndsWith(word, "ed", 2) && !EndsWith(word, "ing", 2) &&
           !Is(w, k, word_class::kIrregularPastVerb);
  };
  if (first == 0 || second < 2 || t[second - 1].lower != "and" || !bare(first) || !bare(second) ||
      Is(w, first - 1, word_class::kDeterminer) ||
      !(t[first - 1].is_word || t[first - 1].text == ",")) {
    return {};
  }
  return second - 1;
}

// Where the clause of a trigger ending at `last` goes on from: past the
// speech verb of a "what" object ("condemned what he said was Russian
// involvement"), which ends no clause, or else `last` itself.
std::size_t PastSpeechInsideWhat(const Work& w, std::size_t last) {
  constexpr std::size_t kWordsToVerb = 3;  // "what the minister said was"
  const auto& t = w.tokens;
  if (!ObjectIsWhat(w, last)) return last;
  for (std::size_t k = last + 1; k + 1 < t.size() && k <= last + kWordsToVerb; ++k) {
    if (!t[k].is_word) return last;
    if (Is(w, k, word_class::kSpeechVerb) && kFiniteBeForms.count(t[k + 1].lower)) return k + 1;
  }
  return last;
}

}  // namespace

bool DocumentExtractor::NamedNearby(int actor, std::size_t index) const {
  const auto names = [&](const Work& w) {
    return std::any_of(w.mentions.begin(), w.mentions.end(),
                       [&](const Mention& m) { return m.actor == actor; });
  };
  return names(sentences_[index]) || (index > 0 && names(sentences_[index - 1]));
}

bool DocumentExtractor::MayHaveTwoParties(const Work& w, std::size_t index) const {
  if (Parties(w) + (w.speaker.valid() ? 1 : 0) >= 2) return true;
  // A speaker's statement naming no one answers whom it last spoke about.
  if (w.speaker.valid() && CarriedTargets(w.speaker.actor, index) != nullptr) return true;
  // "Russian authorities have condemned the sanctions" answers whoever
  // last acted toward the one party named; only a sentence that names an
  // act by its noun can (ReactsToAnAct), so the rest skip the scan.
  const bool reacts =
      std::any_of(w.mentions.begin(), w.mentions.end(),
                  [&](const Mention& m) { return LastActedOn(m.actor, index) != nullptr; }) &&
      std::any_of(w.tokens.begin(), w.tokens.end(),
                  [](const Token& t) { return kActNouns.count(t.lower) > 0; });
  if (reacts) return true;
  // "Russia vetoed an extension", after a sentence on the Security
  // Council: an act whose rule implies its target.
  return Parties(w) >= 1 && std::any_of(rules_.implied_target_rules.begin(),
                                        rules_.implied_target_rules.end(), [&](int r) {
                                          const StanceRule& rule = rules_.stances[r];
                                          return NamedNearby(rule.implied_target, index) &&
                                                 RE2::PartialMatch(w.text, *rule.pattern);
                                        });
}

void DocumentExtractor::FindEvents(Work& w, std::size_t index, std::vector<graph::Event>& out) {
  // A stance needs an actor and a target: most sentences of a story cannot
  // have both and skip the pattern scan, the costliest step in perf.
  // `explain` still shows which rules match them.
  if (trace_ == nullptr && !MayHaveTwoParties(w, index)) return;
  if (w.mentions.empty() && !w.speaker.valid()) return;
  // "(Corrects last paragraph to say 'It would be the second time the United
  // States charged Russians ...')": a wire's note repeats the story.
  if (EditorialNoteLength(w.text) > 0) return;
  const std::vector<Match> matches = MatchStances(w);
  w.stance_matched = !matches.empty();
  if (matches.empty()) return;
  const SentenceFacts facts = FindSentenceFacts(w);

  EventsSeen seen;
  SentenceTargets sentence_targets;
  std::optional<std::size_t> last_subject;  // of the last trigger given actors
  std::vector<TokenRange> earlier_triggers;
  // How far each earlier trigger rules the infinitives after it.
  std::vector<Reach> reaches;
  // Nouns set aside as background, which rule the infinitive of their own
  // phrase only ("Reagan's threat to impose tariffs").
  std::vector<TokenRange> background_nouns;
  std::vector<Trigger> triggers;
  triggers.reserve(matches.size());
  for (const Match& match : matches) triggers.push_back(LocateTrigger(w, match));
  // The "and" before each trigger that is a verb joined to an earlier one.
  std::vector<std::optional<std::size_t>> joints;
  joints.reserve(triggers.size());
  for (const Trigger& t : triggers) joints.push_back(CoordinatedVerbAt(w, t.first));
  // Where the act of the last "agreed to" read as that act starts.
  std::size_t agreed_act = w.tokens.size();
  for (std::size_t i = 0; i < triggers.size(); ++i) {
    Trigger& trigger = triggers[i];
    const std::size_t first = trigger.first, last = trigger.last;
    if (trigger.rule->named_wrong) {
      ReadNamedWrong(w, index, trigger, facts, seen, out);
      continue;
    }
    Reach reach = Reach::kNone;
    // An act agreed on is no noun phrase: "agreed on a package of sanctions".
    if (const std::string why = first == agreed_act
                                    ? std::string()
                                    : NotAStance(w, trigger, earlier_triggers, reaches, &reach);
        !why.empty()) {
      if (reach == Reach::kOwnPhrase) {
        background_nouns.emplace_back(first, last);
      } else if (reach != Reach::kNone) {
        earlier_triggers.emplace_back(first, last);
        reaches.push_back(reach);
      }
      Note(trigger, why);
      continue;
    }
    if (const std::string_view loss =
            trigger.type->polarity > 0 ? LossHailed(w, last) : std::string_view();
        !loss.empty()) {
      earlier_triggers.emplace_back(first, last);
      reaches.push_back(Reach::kClause);
      Note(trigger, "a friendly word about a loss ('" + std::string(loss) + "'), no friendliness");
      continue;
    }
    std::string object_why = DenialOfCharges(w, trigger);
    if (object_why.empty()) object_why = ProposalExamined(w, trigger);
    if (object_why.empty()) object_why = TalksObstructed(w, trigger);
    if (object_why.empty()) object_why = PracticalReason(w, trigger);
    if (!object_why.empty()) {
      earlier_triggers.emplace_back(first, last);
      reaches.push_back(Reach::kClause);
      Note(trigger, object_why);
      continue;
    }
    // "the EC agreed to impose tariffs on Japan", "agreed to ban imports
    // from": a hostile act a side agrees to take is that act, in mode intent
    // (the gold conventions; PLOVER's THREATEN); the agreement is no
    // friendly stance and governs nothing. A friendly or neutral act agreed
    // to ("agreed to hold talks") stays an agreement, as PLOVER's AGREE.
    // So is one it agrees on: "agreed on a new package of sanctions on", or
    // agrees with no "on" ("the EU agreed a new package of sanctions on").
    const std::string_view agreed_how = w.tokens[last - 1].lower;
    const bool agreed_object =
        agreed_how == "on" || (last < w.tokens.size() && Is(w, last, word_class::kArticle) &&
                               agreed_how.substr(0, 5) == "agree");
    const auto hostile_agreed = [&](const Trigger& t) {
      if (agreed_how == "to") return t.first == last;
      constexpr std::size_t kLongestObject = 4;  // "a new package of"
      return agreed_object && t.first >= last && t.first - last <= kLongestObject &&
             OnlyWords(w, last, t.first);
    };
    const auto act = trigger.type->name != "agree"
                         ? triggers.end()
                         : std::find_if(triggers.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                        triggers.end(), [&](const Trigger& t) {
                                          return t.type->polarity < 0 && hostile_agreed(t);
                                        });
    if (act != triggers.end()) {
      Note(trigger, "what it agrees to do is read as that act");
      agreed_act = act->first;
      act->backed = true;  // wanted, as an intent: not yet done
      continue;
    }
    // "supported the imposition of a complete embargo on North Korea",
    // "opposes sanctions against Iran": whom a hostile act backed or opposed
    // is against is no target of the backing or the opposing. Backing it
    // is taking that act's side, read as the act; opposing it is no stance
    // toward that party. Not when a name stands between ("condemned
    // Russia's attack on").
    const std::string_view kind = trigger.type->name;
    // (A wrong judged of its doer is against the doer: "Uganda was to blame
    // for the attack on the border post".)
    const bool backs = kind == "support",
               opposes = (kind == "disapprove" || kind == "reject") && !trigger.rule->accusation;
    const auto backed_act =
        !backs && !opposes
            ? triggers.end()
            : std::find_if(
                  triggers.begin() + static_cast<std::ptrdiff_t>(i) + 1, triggers.end(),
                  [&](const Trigger& t) {
                    return t.type->polarity < 0 &&
                           (ObjectIsHostileAct(w, trigger, t) ||
                            (opposes && InfinitiveOf(w, trigger, t) && t.type->name != "mobilize"));
                  });
    if (backed_act != triggers.end() && backs) {
      Note(trigger, "the hostile act it backs is read as that act, wanted");
      agreed_act = backed_act->first;
      backed_act->backed = true;
      continue;
    }
    if (backed_act != triggers.end()) {
      earlier_triggers.emplace_back(first, last);
      reaches.push_back(Reach::kObject);
      Note(trigger, "what it opposes is an act against someone, no stance toward them");
      continue;
    }
    trigger.clause_start = ClauseStartPastAside(w, first);
    const std::size_t clause_start = trigger.clause_start;
    // "called on Tehran to release", "threatened to impose sanctions": what
    // another stance asks for, threatens or alleges is not an event of its own; nor is
    // what it offers, when the two patterns overlap ("offered to provide
    // aid to").
    // A journey's "to" says what it is for ("visited the NATO alliance in
    // May to admonish European leaders"): that is done, not asked for. So
    // does work done with someone ("working with Xi to exert pressure on
    // North Korea"). Its
    // subject is the traveller's, who must be named; "had to travel" and
    // "able to apply" are the "to" of another word.
    const bool purpose_to = last_subject.has_value() && !w.mentions[*last_subject].weak &&
                            first > 1 &&
                            (w.tokens[first - 2].capitalized || !VerbOpensAt(w, first - 2)) &&
                            !kToTakers.count(w.tokens[first - 2].lower);
    // "met relatives of abductees ..., pledging to work with Abe": a verb
    // of promise right before the "to" governs it, not a stance before it.
    const std::size_t promised_at = first > 1 && w.tokens[first - 1].lower == "to" &&
                                            kPromiseVerbs.count(w.tokens[first - 2].lower)
                                        ? first - 2
                                        : 0;
    bool governed = false, for_journey = false;
    for (std::size_t e = 0; e < earlier_triggers.size(); ++e) {
      const TokenRange& r = earlier_triggers[e];
      if (r.first >= first || r.first < clause_start || r.second <= promised_at) continue;
      const bool purpose = reaches[e] == Reach::kPurpose && purpose_to;
      governed = governed || !purpose;
      for_journey = for_journey || purpose;
    }
    for (const TokenRange& r : background_nouns) {
      governed = governed || (r.first < first && r.first >= clause_start &&
                              w.tokens[first - 1].lower == "to" && InOwnPhrase(w, r.second, first));
    }
    const bool infinitive = InInfinitive(w, first);
    // "criticised the decision of sending troops": what a stance is about is
    // not done by its actor.
    const bool gerund_of =
        first > 0 && w.tokens[first - 1].lower == "of" && EndsWith(w.tokens[first].lower, "ing");
    earlier_triggers.emplace_back(first, last);
    // So does a call or meeting's: "received a call from Putin to thank
    // him" is Putin thanking.
    const bool has_purpose = trigger.rule->journey || trigger.type->name == "cooperate" ||
                             trigger.type->name == "consult";
    reaches.push_back(has_purpose ? Reach::kPurpose : Reach::kClause);
    // The act agreed to is the agreement's own, whatever came before it.
    if ((infinitive || gerund_of) && governed && first != agreed_act) {
      Note(trigger, "what an earlier stance in the clause asks for or threatens, not an event");
      continue;
    }
    if (infinitive && for_journey) {
      trigger.shared_subject = last_subject;
      trigger.journey_purpose = true;
    }
    if (const std::string why = ThatClauseOf(w, first, clause_start); !why.empty()) {
      Note(trigger, why);
      continue;
    }
    // "How can you blame China for ...?": a question states no stance.
    if (first >= facts.question_from) {
      Note(trigger, "inside a question, which states nothing: no event");
      continue;
    }
    trigger.clause_end = std::min({ClauseEnd(w, PastSpeechInsideWhat(w, last)),
                                   RelativeClauseEnd(w, clause_start, last),
                                   OpeningClauseEnd(w, clause_start, last)});
    // "criticized the plan and praised Xi": Xi is the second verb's. So in
    // "attacks threaten regional security and undermine UN efforts" is the
    // UN.
    for (std::size_t j = i + 1; j < triggers.size(); ++j) {
      const std::optional<std::size_t> joint =
          joints[j] ? joints[j] : ParallelPresentVerbJoint(w, first, triggers[j].first);
      if (triggers[j].first > last && joint && *joint >= last) {
        trigger.clause_end = std::min(trigger.clause_end, *joint);
      }
    }

    if (!trigger.shared_subject) trigger.shared_subject = SubjectOfVerbList(w, first);
    // "attacked Pakistani villages, killing 90 people": a participle right
    // after a comma shares the subject of the last verb read before it. So
    // does the help it seeks: "set off on a trip to Asia - including China
    // and Japan - looking for help to pressure North Korea".
    if (last_subject && TrailingParticipleAt(w, first)) trigger.shared_subject = last_subject;
    // Talks with no two parties in their subject are none. Words spoken
    // about something then govern nothing: what they are about stands as
    // said ("I spoke about building Russia-EU relations"). A topic one side
    // discusses is still no act: "Somalia discussed sanctions on Eritrea".
    const auto ungovern_if_no_talks = [&] {
      if (trigger.rule->between_subjects && w.tokens[last - 1].lower == "about") {
        earlier_triggers.pop_back();
        reaches.pop_back();
      }
    };
    Actors actors;
    if (const std::string why = ChooseActors(w, trigger, facts, earlier_triggers, &actors);
        !why.empty()) {
      ungovern_if_no_talks();
      Note(trigger, why);
      continue;
    }
    LeaveOutGroupOfListedMembers(w, &actors);
    last_subject = actors.subject;
    // A stance that is no event ("I don't blame China, I blame ...") leaves
    // no target for the sentence's later stances to take up.
    const SentenceTargets targets_before = sentence_targets;
    Targets targets;
    if (const std::string why =
            ChooseTargets(w, index, trigger, facts, &actors, sentence_targets, &targets);
        !why.empty()) {
      ungovern_if_no_talks();
      Note(trigger, why);
      continue;
    }
    StanceReading reading;
    if (const std::string why = ReadMode(w, trigger, facts, &reading); !why.empty()) {
      sentence_targets = targets_before;
      if (ComplaintOfRefusal(w, index, trigger, actors, targets, why, seen, out)) continue;
      Note(trigger, why);
      continue;
    }
    AddEvents(w, index, trigger, actors.sources, targets, reading, seen, out);
    // "clashed with", "traded insults with": the other side did the same.
    if (trigger.rule->mutual && reading.mode != "negated") {
      std::vector<Speaker> other_side;
      Targets first_side{{}, ", the other side of a mutual act"};
      for (int t : targets.actors) other_side.push_back(Speaker{t, -1, "target"});
      for (const Speaker& s2 : actors.sources) first_side.actors.push_back(s2.actor);
      AddEvents(w, index, trigger, other_side, first_side, reading, seen, out);
    }
  }
}

bool DocumentExtractor::ComplaintOfRefusal(const Work& w, std::size_t index, const Trigger& trigger,
                                           const Actors& actors, const Targets& targets,
                                           const std::string& why, EventsSeen& seen,
                                           std::vector<graph::Event>& out) {
  // "Russia does not want to seize the opportunity to have a more
  // constructive dialogue with the EU," Borrell said: ties or talks another
  // side will not have with the speaker's side, told by that side, are its
  // complaint of the other. (An offer not accepted is a rejection, no
  // complaint: "Kuwait had decided not to accept a U.S. offer".)
  const std::string_view type = trigger.type->name;
  if (why != kNegatedNoEvent || !w.speaker.valid() || (type != "cooperate" && type != "consult") ||
      targets.actors.size() != 1 || targets.actors.front() != w.speaker.actor ||
      IsSource(actors.sources, w.speaker.actor)) {
    return false;
  }
  const StanceReading reading = ReadingOf(*FindStanceType("disapprove"), "fact");
  Speaker complainer = w.speaker;
  complainer.how = "speaker";
  Targets refusers{{}, ", who will not have it with the speaker's side: a complaint"};
  for (const Speaker& s2 : actors.sources) refusers.actors.push_back(s2.actor);
  Note(trigger, "negated, toward the speaker's side: the speaker's complaint");
  AddEvents(w, index, trigger, {complainer}, refusers, reading, seen, out);
  return true;
}

Trigger DocumentExtractor::LocateTrigger(const Work& w, const Match& match) const {
  Trigger trigger;
  trigger.rule = &rules_.stances[match.rule];
  trigger.type = FindStanceType(trigger.rule->type);
  trigger.match = match;
  std::size_t first = 0, last = 0;  // trigger tokens
  while (first < w.tokens.size() && w.tokens[first].end <= match.begin) ++first;
  last = first;
  while (last < w.tokens.size() && w.tokens[last].begin < match.end) ++last;
  trigger.first = first;
  trigger.last = last;
  trigger.text = w.text.substr(match.begin, match.end - match.begin);
  return trigger;
}

namespace {

// The sentence as the stance patterns read it: without the quote marks of
// words quoted inside a clause ('was "upping sanctions" on', 'vowed
// "retaliatory measures" against'), which a writer adds and a pattern should
// not have to allow for. `offsets[i]` is where byte i of `text` stands in the
// sentence (one more entry for its end). A quote opens inside a clause when a
// word stands right before it; it is short when it closes within a few
// words, after a word (not after the comma or stop of quoted speech).
struct PatternText {
  std::string text;
  std::vector<std::size_t> offsets;
};

PatternText WithoutInlineQuotes(const Work& w) {
  constexpr std::size_t kLongestInlineQuote = 6;  // tokens between the marks
  PatternText out;
  if (w.text.find('"') == std::string::npos) return out;  // most sentences
  const std::vector<Token>& t = w.tokens;
  std::vector<std::size_t> dropped;  // byte offsets of the marks left out
  for (std::size_t k = 1; k + 1 < t.size(); ++k) {
    if (t[k].text != "\"" || !t[k - 1].is_word || !t[k + 1].is_word) continue;
    for (std::size_t j = k + 2; j < t.size() && j - k <= kLongestInlineQuote + 1; ++j) {
      if (t[j].text != "\"") continue;
      if (t[j - 1].is_word) {
        dropped.push_back(t[k].begin);
        dropped.push_back(t[j].begin);
        k = j;
      }
      break;
    }
  }
  if (dropped.empty()) return out;
  out.text.reserve(w.text.size());
  out.offsets.reserve(w.text.size() + 1);
  std::size_t next_drop = 0;
  for (std::size_t i = 0; i < w.text.size(); ++i) {
    if (next_drop < dropped.size() && dropped[next_drop] == i) {
      ++next_drop;
      continue;
    }
    out.text.push_back(w.text[i]);
    out.offsets.push_back(i);
  }
  out.offsets.push_back(w.text.size());
  return out;
}

}  // namespace

std::vector<Match> DocumentExtractor::MatchStances(const Work& w) const {
  const PatternText unquoted = WithoutInlineQuotes(w);
  const bool mapped = !unquoted.offsets.empty();
  const std::string& text = mapped ? unquoted.text : w.text;
  const std::vector<int> candidates = rules_.StanceCandidates(text);  // ascending
  if (candidates.empty()) return {};

  std::vector<Match> matches;
  for (int r : candidates) {
    const RE2& re = *rules_.stances[r].pattern;
    re2::StringPiece input(text), m;
    std::size_t pos = 0;
    while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const std::size_t at = static_cast<std::size_t>(m.data() - text.data());
      pos = m.size() > 0 ? at + m.size() : at + 1;
      // Offsets in the sentence itself: a match ends after its last byte.
      const std::size_t begin = mapped ? unquoted.offsets[at] : at;
      const std::size_t end = !mapped     ? at + m.size()
                              : m.empty() ? begin
                                          : unquoted.offsets[at + m.size() - 1] + 1;
      if (!AfterNegatingPrefix(w.lower_text, begin) && !BackAsParticle(w.lower_text, begin) &&
          !InCompoundModifier(w.lower_text, begin)) {
        matches.push_back({static_cast<std::size_t>(r), begin, end});
      }
    }
  }
  // A match inside a longer match of another rule is that rule's detail:
  // "restore ties" inside "ready to restore ties". A wrong named by a noun
  // stays a wrong of its own inside the object of a longer one ("discussed
  // Russia's violation of the treaty with his counterparts").
  // So does a wrong a speaker may find in another inside a longer act:
  // "Greek officials said Turkish warplanes violated Greek airspace" is
  // Greece's accusation and Turkey's show of force. Such a wrong, named or
  // found, neither hides nor is hidden.
  const auto a_wrong = [&](const Match& m) {
    const StanceRule& rule = rules_.stances[m.rule];
    return rule.named_wrong || rule.accusation;
  };
  std::vector<Match> kept;
  for (const Match& a : matches) {
    if (a_wrong(a)) {
      kept.push_back(a);
      continue;
    }
    bool inside = false;
    for (const Match& b : matches) {
      // A named wrong hides no deed it also names: "launched an incursion
      // into Syria" is the incursion, and its reporter's wrong. Nor does
      // a wrong found in another: "had entered Malian airspace".
      if (a_wrong(b)) continue;
      const bool contains = b.begin <= a.begin && a.end <= b.end;
      const bool longer = (b.end - b.begin) > (a.end - a.begin);
      const bool same_span_earlier = b.begin == a.begin && b.end == a.end && b.rule < a.rule;
      inside = inside || (contains && (longer || same_span_earlier));
    }
    if (!inside) kept.push_back(a);
  }
  std::sort(kept.begin(), kept.end(), [](const Match& a, const Match& b) {
    return std::tie(a.begin, a.rule) < std::tie(b.begin, b.rule);
  });
  return kept;
}

namespace {

// See SentenceFacts::attribution_from.
std::size_t TrailingAttribution(const Work& w) {
  const std::size_t none = w.tokens.size();
  if (w.speech_verbs.empty()) return none;
  constexpr std::size_t kTail = 5;  // "said on Monday ."
  const std::size_t verb = w.speech_verbs.back();
  if (w.tokens.size() - verb > kTail) return none;
  for (std::size_t k = verb; k > 0; --k) {
    if (w.tokens[k - 1].text == ",") return k - 1;
    if (w.tokens[k - 1].text == "\"") return none;  // '"...," he said'
  }
  return none;
}

}  // namespace

SentenceFacts DocumentExtractor::FindSentenceFacts(const Work& w) const {
  SentenceFacts facts;
  facts.conditional_at = w.tokens.size();
  for (std::size_t k = 0; k < w.tokens.size(); ++k) {
    if (Is(w, k, word_class::kConditional) && !facts.conditional) {
      facts.conditional = true;
      facts.conditional_at = k;
    }
  }

  facts.quoted.assign(w.tokens.size(), false);
  for (std::size_t k = 0, marks = 0; k < w.tokens.size(); ++k) {
    if (w.tokens[k].text == "\"") ++marks;
    facts.quoted[k] = marks % 2 == 1;
  }
  facts.asides = Asides(w);
  facts.attribution_from = TrailingAttribution(w);
  std::size_t end = w.tokens.size();
  while (end > 0 && w.tokens[end - 1].text == "\"") --end;
  if (end > 0 && w.tokens[end - 1].text == "?") {
    facts.question_from = 0;
    for (std::size_t k = 0; k + 1 < end; ++k) {
      if (w.tokens[k].text == ":" || w.tokens[k].text == "\"") facts.question_from = k + 1;
    }
  }
  return facts;
}

void DocumentExtractor::Note(const Trigger& trigger, const std::string& what) const {
  if (trace_) {
    trace_->sentences.back().matches.push_back(trigger.rule->id + " '" + trigger.text +
                                               "': " + what);
  }
}

void DocumentExtractor::AddEvents(const Work& w, std::size_t index, const Trigger& trigger,
                                  const std::vector<Speaker>& sources, const Targets& targets,
                                  const StanceReading& reading, EventsSeen& seen,
                                  std::vector<graph::Event>& out) {
  for (const Speaker& source : sources) {
    for (int target : targets.actors) {
      if (target == source.actor) continue;
      const Actor& a = rules_.actors[source.actor];
      const Actor& b = rules_.actors[target];
      if (IsDomestic(a, b)) {
        Note(trigger, a.code + " and " + b.code + " are one state (a territory and the state it " +
                          "belongs to): domestic, no event");
        continue;
      }
      if (!seen.insert({source.actor, reading.stance, target}).second) continue;
      graph::Event e;
      e.doc = doc_.id;
      e.sentence_index = static_cast<int>(index);
      e.sentence = w.text;
      e.actor = a.code;
      e.actor_name = a.name;
      e.actor_country = a.country;
      e.actor_type = a.type;
      e.speaker = source.person >= 0 ? rules_.people[source.person].name : "";
      e.stance = reading.stance;
      e.mode = reading.mode;
      e.cameo_root = reading.cameo;
      e.quad_class = reading.quad;
      e.polarity = reading.polarity;
      e.goldstein = reading.goldstein;
      e.target = b.code;
      e.target_name = b.name;
      e.target_country = b.country;
      e.target_type = b.type;
      AssignDate(index);
      // An intention is dated when it is stated, not when it is to be done:
      // "Peskov said on Monday Russia wants to restore ties".
      const DateMention* own = reading.mode == "intent" ? nullptr : TriggerDate(index, trigger);
      if (own != nullptr && own->iso != event_dates_[index]) {
        e.date = own->iso;
        e.date_source = own->source + ", in the stance's own clause";
      } else {
        e.date = event_dates_[index];
        e.date_source = event_date_sources_[index];
      }
      e.rule = trigger.rule->id;
      Note(trigger, "-> " + a.code + " " + reading.stance + " " + b.code + " (" + reading.mode +
                        ", actor from " + source.how + targets.note + ")");
      out.push_back(std::move(e));
    }
  }
}

}  // namespace sg::extract::reading
