// Toward whom a trigger's stance is taken: the actors named after it in its
// clause, each other, the actor named before it, or the targets its speaker
// last spoke about.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates/date_finder.hpp"
#include "extract/plover.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

// How far after a trigger its target may be named.
constexpr std::size_t kTargetWindow = 14;
// How many sentences an actor's last target stays the implicit target of its
// next statements.
constexpr std::size_t kCarryTargetSentences = 3;

// Stances two parties take toward each other when they act together.
bool IsReciprocal(const Trigger& trigger) {
  const std::string_view type = trigger.type->name;
  return type == "consult" || type == "agree" || type == "cooperate" || type == "fight" ||
         trigger.rule->reciprocal || trigger.rule->mutual;
}

// Whether a demand's "that" clause opens with a name no rule knows: in "his
// request that Congress provide $1.6 billion to build a wall on the border
// with Mexico" Congress is asked, and Mexico is only where the wall goes.
bool UnnamedClauseSubject(const Work& w, const Trigger& trigger) {
  const std::size_t last = trigger.last;
  if (last == 0 || w.tokens[last - 1].lower != "that") return false;
  std::size_t k = last;
  while (k < w.tokens.size() && Is(w, k, word_class::kDeterminer)) ++k;
  // Over titles before a name ("President Putin"); a title alone
  // ("Congress provide") is the subject.
  while (k + 1 < w.tokens.size() && Is(w, k, word_class::kTitleWord) &&
         w.tokens[k + 1].capitalized) {
    ++k;
  }
  if (k >= w.tokens.size() || !w.tokens[k].capitalized ||
      kSubjectPronouns.count(w.tokens[k].lower)) {
    return false;
  }
  return std::none_of(w.mentions.begin(), w.mentions.end(),
                      [&](const Mention& m) { return m.first <= k && k < m.last; });
}

// The "with", within a few words after a trigger ending at `last`, that
// names its counterpart by a noun no rule knows: "continue to cooperate
// fully with the special counsel". Such a statement carries no target from
// before ("stand by its side with all force" names no one).
bool CounterpartNounAfter(const Work& w, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  constexpr std::size_t kWordsToWith = 3;  // "fully", "closely"
  for (std::size_t k = last > 0 ? last - 1 : 0; k + 1 < t.size() && k < last + kWordsToWith; ++k) {
    if (!t[k].is_word) return false;
    if (t[k].lower == "with") {
      // The article and the word after it ("with the United States" names one).
      const std::size_t noun = std::min(k + 2, t.size() - 1);
      return Is(w, k + 1, word_class::kArticle) && !InsideMention(w, k + 1) &&
             !InsideMention(w, noun);
    }
  }
  return false;
}

// Whether a demand asks someone the rules do not know to act: "called on
// countries around the world to isolate Pyongyang" asks the countries, and
// Pyongyang is what they should act on.
bool UnnamedAddressee(const Work& w, const Trigger& trigger) {
  const std::size_t last = trigger.last;
  if (!kAddresseeDemands.count(w.tokens[last - 1].lower)) return false;
  std::size_t next_name = w.tokens.size();
  for (const Mention& m : w.mentions) {
    if (m.first >= last) {
      next_name = m.first;
      break;
    }
  }
  std::size_t k = last;
  while (k < next_name && Is(w, k, word_class::kDeterminer)) ++k;
  if (k == next_name || kAddresseePronouns.count(w.tokens[k].lower) ||
      (k > last &&
       (kAddresseeNouns.count(w.tokens[k].lower) || kPairNouns.count(w.tokens[k].lower)))) {
    return false;
  }
  // An office-holder set off by a comma ("urged the army chief, General
  // X, to") is someone's: the story says whose. One named in a row of
  // titles ("pressure Acting Homeland Security Secretary Elaine Duke into
  // expelling") is whoever the titles say, and no rule names them.
  for (; k < next_name && k < trigger.clause_end; ++k) {
    const bool title = Is(w, k, word_class::kTitleWord) || kPersonCues.count(w.tokens[k].lower);
    if (title && k + 1 < w.tokens.size() && w.tokens[k + 1].text == ",") {
      return false;
    }
    if (w.tokens[k].lower == "to" || w.tokens[k].lower == "into") return true;
  }
  return false;
}

// Whether the earlier stance's target ends the subject of the trigger at
// `first`: named right before it, or before an aside between commas that
// ends right before it ("attacks against Saudi Arabia, enabled by Iran,
// threaten").
bool SubjectEndsWithTarget(const Work& w, const std::vector<int>& targets, std::size_t trigger_end,
                           std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  for (const Mention& m : w.mentions) {
    if (m.first < trigger_end || m.last > first) continue;
    if (std::find(targets.begin(), targets.end(), m.actor) == targets.end()) continue;
    if (m.last == first) return true;
    if (m.last < t.size() && t[m.last].text == "," && first > 0 && t[first - 1].text == ",") {
      bool joined = false;
      for (std::size_t k = m.last + 1; k + 1 < first; ++k) {
        joined = joined || t[k].text == "," || Is(w, k, word_class::kConjunction);
      }
      if (!joined) return true;
    }
  }
  return false;
}

// Whether the trigger ending before `last` ends in its counterpart's "with"
// ("discussed the issue with", "... with his").
bool EndsInWith(const Work& w, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  if (t[last - 1].lower == "with") return true;
  const std::string_view owner = t[last - 1].lower;
  return last >= 2 && t[last - 2].lower == "with" &&
         (owner == "his" || owner == "her" || owner == "their");
}

// Whether the trigger ending before `last` ends in the "on" or "against" of
// whom it is against: "imposed fresh EU sanctions on", where the EU only
// qualifies the sanctions ("defended Iraq against" names whom it defends).
bool EndsInOnOrAgainst(const Work& w, std::size_t last) {
  const std::string_view word = w.tokens[last - 1].lower;
  return word == "on" || word == "against";
}

// Whether the name `m` qualifies the plain word after it: "EU sanctions".
bool QualifiesNounAfter(const Work& w, const Mention& m) {
  return m.last < w.tokens.size() && w.tokens[m.last].is_word && !w.tokens[m.last].capitalized &&
         !Is(w, m.last,
             word_class::kPreposition | word_class::kConjunction | word_class::kDeterminer);
}

// Whether the name at `first` is inside an occasion of the subject's own:
// "in his maiden United Nations address", "at their NATO summit".
bool InOwnOccasion(const Work& w, std::size_t first) {
  constexpr std::size_t kMaxModifiers = 2;
  std::size_t k = first;
  while (k > 0 && first - k < kMaxModifiers && w.tokens[k - 1].is_word &&
         !w.tokens[k - 1].capitalized && !kPossessives.count(w.tokens[k - 1].lower)) {
    --k;
  }
  return k > 1 && kPossessives.count(w.tokens[k - 1].lower) &&
         kOccasionPrepositions.count(w.tokens[k - 2].lower);
}

// Whether tokens [from, to) are all determiners: "the", "its".
bool OnlyDeterminers(const Work& w, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (!Is(w, k, word_class::kDeterminer)) return false;
  }
  return true;
}

// Whether the first name after an addressed trigger ending at `last` is
// whom it addresses: named right after it ("warned North Korea", "warned
// on Friday the Trump administration"), or the warner's own side as the
// subject of what it warns of ("warned he would destroy ...", "warned that
// Washington's funding of the WHO could be halted"), whose target follows.
// Not a third party in what is warned of: "warned that the EU could no
// longer rely on the US", "warned the threat from North Korea has grown".
bool AddressedRightAfter(const Work& w, std::size_t last, const Mention& m,
                         const std::vector<Speaker>& sources) {
  std::size_t k = last;
  if (k + 1 < m.first && w.tokens[k].lower == "on" && w.tokens[k + 1].capitalized) k += 2;
  const bool clause = k < m.first && w.tokens[k].lower == "that";
  if (clause) ++k;
  // "warning of a more assertive Russia": two describing words at most.
  std::size_t describing = 0;
  for (std::size_t j = k; j < m.first; ++j) {
    if (Is(w, j, word_class::kDeterminer)) continue;
    if (!w.tokens[j].is_word || w.tokens[j].capitalized || ++describing > 2 ||
        Is(w, j, word_class::kPreposition | word_class::kClauseBreak)) {
      return false;
    }
  }
  const int actor = m.kind == MentionKind::kFirstPerson ? w.speaker.actor : m.actor;
  return IsSource(sources, actor) || !clause;
}

// Whether tokens [from, to) are only determiners and titles: "with
// President Reagan", "with the Canadian province premiers", "to former"
// (an adjective the rules know is a mention of its own).
bool TitlesOnly(const Work& w, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (!Is(w, k, word_class::kDeterminer | word_class::kTitleWord) &&
        w.tokens[k].lower != "former") {
      return false;
    }
  }
  return true;
}

// Whether tokens [from, to) are only a preposition of what an act is on,
// with determiners: "on", "against the".
bool ActedOnRightAfter(const Work& w, std::size_t from, std::size_t to) {
  return from < to && kActedOnPrepositions.count(w.tokens[from].lower) &&
         OnlyDeterminers(w, from + 1, to);
}

// Whether a reduced relative clause, a participle and "by", stands in
// tokens [from, to): "citizens abducted by", "ties severed by". Not a full
// passive ("said they were being injured by Japan") nor a noun ("adoptions
// of children by Americans").
bool AgentOfReducedRelative(const Work& w, std::size_t from, std::size_t to, bool hostile) {
  for (std::size_t k = from; k + 1 < to; ++k) {
    const std::string_view word = w.tokens[k].lower;
    // "air strikes on areas controlled by the Houthis": whoever holds the
    // ground a hostile act hits is hit.
    const bool holder = hostile && kHoldParticiples.count(word) > 0 && k > 0 &&
                        kHeldGroundNouns.count(w.tokens[k - 1].lower) > 0;
    if (w.tokens[k + 1].lower == "by" &&
        (EndsWith(word, "ed", 2) || kIrregularParticiples.count(word)) &&
        !kFeelingParticiples.count(word) && !(k > 0 && kBeForms.count(w.tokens[k - 1].lower)) &&
        !holder) {
      return true;
    }
  }
  return false;
}

// Whether a relation noun stands in tokens [from, to): "possible collusion
// between ...", "ties between it and ...", "arms sales to ...".
bool InsideATie(const Work& w, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (kRelationNouns.count(w.tokens[k].lower)) return true;
    // "arms sales to Iran": goods sent to the name after them.
    if (kFlowNouns.count(w.tokens[k].lower) && k + 1 < to && w.tokens[k + 1].lower == "to") {
      return true;
    }
  }
  return false;
}

// The token of the first tie someone owns after token `from` ("his
// campaign's ties to", "their links with"): its relation noun, or the
// sentence's size when there is none. A name after that tie's "to" is
// beyond it.
std::size_t FirstOwnedTie(const Work& w, std::size_t from) {
  for (std::size_t k = from + 1; k + 1 < w.tokens.size(); ++k) {
    if (!kRelationNouns.count(w.tokens[k].lower)) continue;
    const std::string_view owner = w.tokens[k - 1].lower;
    const std::string_view link = w.tokens[k + 1].lower;
    if ((owner == "'s" || kPossessives.count(owner)) &&
        (link == "to" || link == "with" || link == "between")) {
      return k;
    }
  }
  return w.tokens.size();
}

// Whether a mention names one side of a tie: "Moscow ties", "Russian
// links" (an adjective's mention spans its noun).
bool NamesATie(const Work& w, const Mention& m) {
  return InsideATie(w, m.last - 1, std::min(m.last + 1, w.tokens.size()));
}

// Whether the word before token `k` may be a noun: a plain lower-case word
// that is no conjunction or other clause opener ("the pomp it brings", not
// "if it invaded" or "because it would").
bool AfterNoun(const Work& w, std::size_t k) {
  if (k == 0) return false;
  const Token& prev = w.tokens[k - 1];
  return prev.is_word && !prev.capitalized && !kClauseOpeners.count(prev.lower) &&
         !Is(w, k - 1,
             word_class::kConjunction | word_class::kClauseBreak | word_class::kSpeechVerb |
                 word_class::kConditional | word_class::kPreposition);
}

// Whether a trigger ending in "with" or "against" names a counterpart no
// rule knows before the name at `name`, and what follows it is a topic:
// "talks with commercial banks for loans to Argentina", "held talks with
// officials on Uganda's debt". Not "talks with leaders of Romania".
bool UnnamedCounterpartFirst(const Work& w, std::size_t last, std::size_t name) {
  if (name <= last || !kCounterpartPrepositions.count(w.tokens[last - 1].lower)) return false;
  std::size_t k = last;
  while (k < name && Is(w, k, word_class::kDeterminer)) ++k;
  const std::size_t noun = k;
  while (k < name && w.tokens[k].is_word && !w.tokens[k].capitalized && !InsideMention(w, k) &&
         !Is(w, k, word_class::kPreposition | word_class::kConjunction)) {
    ++k;
  }
  const std::string_view after = k < name ? w.tokens[k].lower : std::string_view();
  return k > noun && (after == "for" || kTopicMarkers.count(after) > 0);
}

// Whom a complaint made to someone, the trigger ending at `last`, is about:
// the first actor named after "that", "about" or "over" following the
// addressee who is neither the addressee nor the complainer.
std::optional<int> ComplaintAbout(const Work& w, std::size_t last,
                                  const std::vector<int>& addressees,
                                  const std::vector<Speaker>& sources) {
  std::optional<std::size_t> marker;
  for (std::size_t k = last; k < w.tokens.size() && !marker; ++k) {
    const std::string_view word = w.tokens[k].lower;
    if (word == ";" || word == "said" || word == "and") break;
    if ((word == "that" || word == "about" || word == "over") && !InsideMention(w, k)) marker = k;
  }
  if (!marker) return std::nullopt;
  for (const Mention& m : w.mentions) {
    if (m.first <= *marker || m.actor < 0 || m.attribution) continue;
    const bool addressee =
        std::find(addressees.begin(), addressees.end(), m.actor) != addressees.end();
    if (addressee || IsSource(sources, m.actor)) continue;
    return m.actor;
  }
  return std::nullopt;
}

// Whether the name at token `name` stands right after "for" with "to" after
// it: "unjustified for Iran to react", "a proposal for the Commission to".
bool ActsAfterFor(const Work& w, std::size_t name) {
  std::size_t before = name;
  while (before > 0 && Is(w, before - 1, word_class::kDeterminer)) --before;
  if (before == 0 || w.tokens[before - 1].lower != "for") return false;
  return std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    if (m.first != name) return false;
    std::size_t after = m.last;  // over a body's name: "the Brussels Executive Commission"
    while (after < w.tokens.size() && after - m.last < 3 && w.tokens[after].capitalized) ++after;
    return after < w.tokens.size() && w.tokens[after].lower == "to";
  });
}

// Whether a hostile trigger ending at `last` has a thing as its direct
// object: "both Iran and Iraq have been attacking shipping" attack ships,
// not each other. "fought a bloody war" is still a war between them.
bool HostileObject(const Work& w, std::size_t last) {
  std::size_t k = last;
  while (k < w.tokens.size() && k - last < 3 &&
         (Is(w, k, word_class::kDeterminer) ||
          (k > last && w.tokens[k].is_word && !w.tokens[k].capitalized &&
           !kWarNouns.count(w.tokens[k].lower) && k + 1 < w.tokens.size() &&
           w.tokens[k + 1].is_word))) {
    ++k;
  }
  if (k >= w.tokens.size()) return false;
  const Token& head = w.tokens[k];
  return head.is_word && !head.capitalized && !kWarNouns.count(head.lower) &&
         !Is(w, k,
             word_class::kPreposition | word_class::kConjunction | word_class::kClauseBreak) &&
         !EndsWith(head.lower, "ly", 2) && !IsHelperVerb(head.lower) && head.lower != "each";
}

// Whether a name at token `name` is past where the trigger's targets may be
// named, given the end of a passive's list of agents (0 if none).
bool PastTargets(const Work& w, const Trigger& trigger, std::size_t agent_end, std::size_t name) {
  const std::size_t last = trigger.last;
  const std::string_view type = trigger.type->name;
  // After the agents only what the act is on is a target ("attacks by the
  // Houthis on Saudi Arabia", not "attacks by Iran and Iraq were on the
  // agenda for the G-7 summit").
  if (agent_end > 0 && name >= agent_end && !ActedOnRightAfter(w, agent_end, name)) return true;
  // "investigating whether the campaign worked with Russia" is about the
  // campaign: a question's subject alone may be a target, and only of an
  // inquiry ("discussed whether China would ..." is not toward China).
  if (const std::optional<std::size_t> whether = FindWord(w, last, name, "whether")) {
    if (type != "investigate" || !OnlyDeterminers(w, *whether + 1, name)) return true;
  }
  // "met relatives of citizens abducted by North Korean agents": the agent
  // of another verb, not whom the trigger is toward. What one condemns or
  // rejects is the doer's: "rejected proposals made by Iran".
  const bool hostile = type == "fight" || type == "assault" || type == "coerce" ||
                       type == "mobilize" || type == "threaten";
  // Whoever made what is accepted is the counterpart: "accepted a
  // compromise proposed by Uganda".
  const bool proposer = type == "agree" && name > 1 && w.tokens[name - 1].lower == "by" &&
                        kProposingParticiples.count(w.tokens[name - 2].lower) > 0;
  if (name > last && type != "disapprove" && type != "reject" && !proposer &&
      AgentOfReducedRelative(w, last, name, hostile)) {
    return true;
  }
  // "missile tests in defiance of U.N. sanctions": whose rules an act
  // defies or breaks is not whom it is toward.
  for (std::size_t k = last; k + 2 < name; ++k) {
    const std::string_view how = w.tokens[k + 1].lower;
    if (w.tokens[k].lower == "in" && w.tokens[k + 2].lower == "of" &&
        (how == "defiance" || how == "violation" || how == "breach" || how == "contravention")) {
      return true;
    }
  }
  // "working with a colleague tied to Russian intelligence": whom a noun
  // is tied to is not whom the trigger is toward.
  for (std::size_t k = last; k + 2 < name; ++k) {
    if (kTieParticiples.count(w.tokens[k + 1].lower) &&
        (w.tokens[k + 2].lower == "to" || w.tokens[k + 2].lower == "with") && w.tokens[k].is_word &&
        !w.tokens[k].capitalized) {
      return true;
    }
  }
  // "test-fired missiles that could reach the U.S. mainland", "a chain
  // that has become a byword for Filipino food": a relative "that" about a
  // noun after the trigger says what that noun does, not whom the trigger
  // is toward ("which" and "who" already end the clause). A "that" before a
  // subject opens what a noun says ("charges that Russia meddled"), which
  // may name the target.
  for (std::size_t k = last; k + 1 < name; ++k) {
    if (w.tokens[k].lower != "that") continue;
    const Token& before = w.tokens[k - 1];
    const Token& after = w.tokens[k + 1];
    // ("a plant in China that will export to South Korea": a place named
    // after "in" ends the noun's phrase too.)
    const bool after_place =
        std::any_of(w.mentions.begin(), w.mentions.end(),
                    [&](const Mention& m) { return m.last == k && AfterPlacePreposition(w, m); });
    const bool after_noun =
        (before.is_word && !before.capitalized) || before.text == "," || after_place;
    const bool verb_next =
        !after.capitalized &&
        (VerbOpensAt(w, k + 1) || kRelativeVerbLead.count(after.lower) || after.text == ",");
    if (after_noun && verb_next && !Is(w, k - 1, word_class::kSpeechVerb | word_class::kTellVerb))
      return true;
  }
  // "pushed back at suggestions it should be doing more to rein in North
  // Korea": a clause of what a noun says about someone already named, opened
  // by a pronoun, is about that one; the names in it are what is said.
  for (std::size_t k = last; k + 2 < name; ++k) {
    const std::size_t subject = w.tokens[k + 1].lower == "that" ? k + 2 : k + 1;
    if (kContentNouns.count(w.tokens[k].lower) && subject < name &&
        kSubjectPronouns.count(w.tokens[subject].lower)) {
      return true;
    }
  }
  // "a qualified endorsement of the assessment that Russia interfered": what
  // a view says is no counterpart of a cooperative stance. What news says
  // happened may be ("welcomed the news that a rebel group had signed a
  // deal with Uganda").
  if (trigger.type->quad_class <= 2) {
    for (std::size_t k = last; k < name; ++k) {
      const Token& before = w.tokens[k - 1];
      if (w.tokens[k].lower == "that" && before.is_word && !before.capitalized &&
          !kNewsNouns.count(before.lower) &&
          !Is(w, k - 1, word_class::kSpeechVerb | word_class::kTellVerb)) {
        return true;
      }
    }
  }
  // "Luxembourg supported this idea, and France, Denmark and Belgium showed
  // hostility to it": names after ", and" that a verb follows open a clause
  // of their own.
  // So do names after "and" that a participle with its object follows:
  // "with Syrian forces seizing its last city and Iraqi troops taking its
  // last bastion".
  for (std::size_t k = last; k + 1 <= name; ++k) {
    const bool comma_and = w.tokens[k].text == "," && Is(w, k + 1, word_class::kConjunction);
    if (!comma_and && w.tokens[k].lower != "and") continue;
    std::size_t opens = comma_and ? k + 2 : k + 1;
    while (opens < name && Is(w, opens, word_class::kDeterminer)) ++opens;
    for (std::size_t j = 0; j < w.mentions.size(); ++j) {
      if (w.mentions[j].first != opens) continue;
      const std::size_t end = w.mentions[Coordinated(w, j, +1).back()].last;
      if (end >= w.tokens.size()) continue;
      if (comma_and && VerbOpensAt(w, end)) return true;
      if (!comma_and && end + 1 < w.tokens.size() && EndsWith(w.tokens[end].lower, "ing", 2) &&
          !w.tokens[end].capitalized && Is(w, end + 1, word_class::kDeterminer)) {
        return true;
      }
    }
  }
  // "air support they have received from Russia": the giver of what the
  // trigger names is no counterpart of whoever speaks of it.
  if (name > last + 1 && w.tokens[name - 1].lower == "from" &&
      kReceiveVerbs.count(w.tokens[name - 2].lower)) {
    return true;
  }
  if (UnnamedCounterpartFirst(w, last, name)) return true;
  // "I blame the incompetence of past Admins for allowing China to take
  // advantage": whom one blames or criticizes comes before the "for" of
  // what for; a name after it is part of the reason. Not "unjustified for
  // Iran to react", where "for" names who would act.
  if (type == "disapprove" && name > last && FindWord(w, last, name, "for") &&
      !ActsAfterFor(w, name)) {
    return true;
  }
  // "Seoul, where he visits regularly and where Trump will travel": a name
  // after "where" is in a clause about the place.
  if (FindWord(w, last, name, "where")) return true;
  // "which West Germany is against, along with Britain": the names after
  // ", along with" act with the subject.
  if (const std::optional<std::size_t> along = FindWord(w, last, name, "along")) {
    if (*along > 0 && w.tokens[*along - 1].text == "," && *along + 1 < name &&
        w.tokens[*along + 1].lower == "with") {
      return true;
    }
  }
  // "war games, expected to be joined later by Italian and German vessels",
  // "fought alongside Kurdish forces": partners in a hostile act or a show
  // of force, not what it is against.
  // The partner follows the word with no preposition between.
  const auto partner_after = [&](std::size_t marker) {
    for (std::size_t k = marker + 1; k < name; ++k) {
      if (!w.tokens[k].is_word || Is(w, k, word_class::kPreposition)) return false;
    }
    return true;
  };
  if (trigger.type->quad_class >= 3) {
    const std::optional<std::size_t> alongside = FindWord(w, last, name, "alongside");
    if (alongside && partner_after(*alongside)) return true;
    const std::optional<std::size_t> by = FindWord(w, last, name, "by");
    const bool joined = by && ((*by > 0 && w.tokens[*by - 1].lower == "joined") ||
                               (*by > 1 && w.tokens[*by - 2].lower == "joined"));
    if (joined && partner_after(*by)) return true;
  }
  return name > last && name - last > kTargetWindow;
}

// The mention a relative pronoun after a preposition stands for, when the
// clause starting at `clause_start` opens after it: "North Korea, with
// which it fought", "the EU, against whom". None otherwise.
std::optional<std::size_t> FrontedPrepositionAntecedent(const Work& w, std::size_t clause_start) {
  static const WordSet kFrontedPrepositions = {"with", "against", "alongside"};
  const std::vector<Token>& t = w.tokens;
  if (clause_start < 3 ||
      (t[clause_start - 1].lower != "which" && t[clause_start - 1].lower != "whom") ||
      !kFrontedPrepositions.count(t[clause_start - 2].lower)) {
    return std::nullopt;
  }
  const std::size_t end = t[clause_start - 3].text == "," ? clause_start - 3 : clause_start - 2;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    if (w.mentions[k].last == end && w.mentions[k].actor >= 0 && !w.mentions[k].weak) return k;
  }
  return std::nullopt;
}

// The w.mentions index of the name that ends right before token `end` and
// that a relative clause after it is about, if it may be one: not a name
// after a preposition, which may only say where the one meant is ("a cleric
// living in the United States whom Ankara accuses").
std::optional<std::size_t> AntecedentEndingAt(const Work& w, std::size_t end) {
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (m.last != end || m.actor < 0 || m.kind == MentionKind::kFirstPerson) continue;
    const std::size_t before = StartBeforeArticles(w, m.first);
    if (before > 0 && Is(w, before - 1, word_class::kPreposition)) return std::nullopt;
    return k;
  }
  return std::nullopt;
}

// The w.mentions index of the name a "which" or "whom" before
// `clause_start` stands for when it is the object of the trigger at
// `first`, whose clause names its own subject: "the Ugandan army, which
// Tanzania attacked on Monday". Not past a comma that ends the relative
// clause ("Brazil, which would have had its quota reduced ..., blocked"),
// nor a name AntecedentEndingAt refuses.
std::optional<std::size_t> ObjectRelativeAntecedent(const Work& w, std::size_t clause_start,
                                                    std::size_t first) {
  const std::vector<Token>& t = w.tokens;
  if (clause_start < 2 ||
      (t[clause_start - 1].lower != "which" && t[clause_start - 1].lower != "whom") ||
      FindWord(w, clause_start, first, ",")) {
    return std::nullopt;
  }
  const bool own_subject = std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return m.first >= clause_start && m.last <= first && m.actor >= 0 && !m.object && !m.weak;
  });
  if (!own_subject) return std::nullopt;
  return AntecedentEndingAt(w,
                            t[clause_start - 2].text == "," ? clause_start - 2 : clause_start - 1);
}

// The w.mentions index of the name a relative clause with no "which" or
// "that" is about, when the trigger at [first, last) has its own subject
// right after that name and no object of its own: "a Chinese bank it
// accused of laundering money", "the rebels Kenya blames for the attack";
// a name AntecedentEndingAt allows.
std::optional<std::size_t> ZeroRelativeAntecedent(const Work& w, std::size_t first,
                                                  std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  if (last >= t.size() || !Is(w, last, word_class::kPreposition)) return std::nullopt;
  // The subject, right before the trigger or before one helper verb.
  const std::size_t subject_end =
      first > 0 && (kBeForms.count(t[first - 1].lower) || kHaveForms.count(t[first - 1].lower))
          ? first - 1
          : first;
  const auto subject = std::find_if(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return m.last == subject_end && m.actor >= 0 && !m.object && !m.weak &&
           m.kind != MentionKind::kFirstPerson;
  });
  if (subject == w.mentions.end()) return std::nullopt;
  return AntecedentEndingAt(w, subject->first);
}

// The w.mentions index of whoever did the act that a clause after a comma
// renames, when the reaction at `first` is that clause's: in "The EU
// imposed sanctions on Belarus, a move Minsk condemned" and "..., which
// Minsk condemned" Minsk condemned what the EU did. The doer is the first
// name of the clause before the comma with a verb right after it.
std::optional<std::size_t> DoerOfRenamedAct(const Work& w, std::size_t first) {
  constexpr std::size_t kWordsToTrigger = 8;  // ", a move that the Belarusian government"
  const std::vector<Token>& t = w.tokens;
  std::size_t comma = first;
  while (comma > 0 && first - comma < kWordsToTrigger && t[comma - 1].text != ",") --comma;
  if (comma < 2 || t[comma - 1].text != ",") return std::nullopt;
  --comma;
  // What opens the clause: "which", or an act's noun with an article and
  // an optional "that" or "which".
  std::size_t k = comma + 1;
  if (t[k].lower == "which") {
    ++k;
  } else {
    if (IsBareArticle(t[k].lower)) ++k;
    if (k >= first || !kActNouns.count(t[k].lower)) return std::nullopt;
    ++k;
    if (t[k].lower == "that" || t[k].lower == "which") ++k;
  }
  // Then the reaction's own subject, right before it (or before helpers).
  std::size_t subject_end = first;
  while (subject_end > k && IsHelperVerb(t[subject_end - 1].lower)) --subject_end;
  const bool own_subject = std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return StartBeforeArticles(w, m.first) == k && m.last == subject_end && m.actor >= 0;
  });
  if (!own_subject) return std::nullopt;
  // ("Tokyo and Canberra agreed": the last name of a list has the verb.)
  const std::size_t clause_start = ClauseStart(w, comma);
  for (std::size_t j = 0; j < w.mentions.size(); ++j) {
    const Mention& m = w.mentions[j];
    if (m.first < clause_start || m.last >= comma) continue;
    for (std::size_t v = clause_start; v < m.first; ++v) {
      if (SubjectVerbAt(w, v)) return std::nullopt;  // the clause opens with no such subject
    }
    if (!m.object && !m.weak && m.actor >= 0 && VerbRightAfter(w, m.last, comma)) return j;
  }
  return std::nullopt;
}

// The name a relative clause holding the trigger is about, and how it was
// found, when that name is no actor of the trigger's.
struct Antecedent {
  std::size_t mention;     // w.mentions index
  std::string note;        // for the trace
  bool with_list = false;  // the names listed before it are meant too
};
std::optional<Antecedent> RelativeAntecedent(const Work& w, const Trigger& trigger,
                                             const std::vector<Speaker>& sources) {
  const auto usable = [&](const std::optional<std::size_t>& k) {
    return k && !IsSource(sources, w.mentions[*k].actor);
  };
  const std::size_t clause_start = trigger.clause_start;
  // "North Korea, with which it fought side-by-side": the name the
  // relative pronoun after the preposition stands for.
  if (const std::optional<std::size_t> k = FrontedPrepositionAntecedent(w, clause_start);
      usable(k)) {
    return Antecedent{*k, ", the name before '" + std::string(w.tokens[clause_start - 2].text) +
                              " " + std::string(w.tokens[clause_start - 1].text) + "'"};
  }
  // "the Ugandan army, which Tanzania attacked on Monday": what "which"
  // stands for is the object.
  if (const std::optional<std::size_t> k = ObjectRelativeAntecedent(w, clause_start, trigger.first);
      usable(k)) {
    return Antecedent{
        *k, ", the name '" + std::string(w.tokens[clause_start - 1].text) + "' stands for"};
  }
  // "a Chinese bank it accused of laundering money": the name right before
  // the clause's own subject is its object.
  if (const std::optional<std::size_t> k = ZeroRelativeAntecedent(w, trigger.first, trigger.last);
      usable(k)) {
    return Antecedent{*k, ", the name its clause is about"};
  }
  // "imposed sanctions on Belarus, a move Minsk condemned": a reaction to
  // the act the clause before states is toward whoever did it.
  const std::string_view type = trigger.type->name;
  if (type == "disapprove" || type == "reject" || type == "support" || type == "protest") {
    if (const std::optional<std::size_t> k = DoerOfRenamedAct(w, trigger.first); usable(k)) {
      return Antecedent{*k, ", who did the act its clause renames", true};
    }
  }
  return std::nullopt;
}

// The actor of whom the quote holding token `first` was told to, outside
// it ("..., Trump told North Korea"), or -1.
int QuoteAddressee(const Work& w, std::size_t first, const SentenceFacts& facts) {
  if (!facts.quoted[first]) return -1;
  for (const Mention& m : w.mentions) {
    if (m.addressee && !facts.quoted[m.first] && m.actor >= 0) return m.actor;
  }
  return -1;
}

// Whether the trigger ending at `last` takes as object a pronoun for a
// person that resolved to no one: "accuse him of lying".
bool UnresolvedObjectPronoun(const Work& w, std::size_t last) {
  return last < w.tokens.size() && kObjectPronouns.count(w.tokens[last].lower) &&
         !ActorNamedAfterDeterminers(w, last);
}

// The actor of the people other than the trigger's sources named before an
// object "him" or "her" right after it in the sentence, or -1: in "Putin
// called Trump on Sunday to thank him" and "he received a call from Putin
// to thank him" it is Trump's. People of two actors leave it unknown.
int PersonMeantByObjectPronoun(const Work& w, std::size_t last,
                               const std::vector<Speaker>& sources) {
  int actor = -1;
  for (const Mention& m : w.mentions) {
    if (m.first >= last) break;
    const bool someone = m.person >= 0 || m.kind == MentionKind::kUnlistedPerson;
    if (!someone || m.actor < 0 || IsSource(sources, m.actor) || m.actor == actor) continue;
    if (actor >= 0) return -1;
    actor = m.actor;
  }
  return actor;
}

// Whether `m` names who imposed the measures whose easing the trigger's
// object is: in "support lifting US and EU sanctions on Russia" backing the
// easing backs Russia, not the United States or the EU.
bool ImposerOfEasedMeasures(const Work& w, std::size_t last, const Mention& m) {
  constexpr std::size_t kWordsToMeasures = 6;
  if (last >= w.tokens.size() || !kEasingGerunds.count(w.tokens[last].lower) || m.first <= last) {
    return false;
  }
  for (std::size_t k = m.last; k < w.tokens.size() && k - last <= kWordsToMeasures; ++k) {
    if (kMeasureNouns.count(w.tokens[k].lower)) {
      return k + 1 < w.tokens.size() &&
             (w.tokens[k + 1].lower == "on" || w.tokens[k + 1].lower == "against");
    }
    if (!w.tokens[k].is_word && w.tokens[k].text != ".") return false;
  }
  return false;
}

// The first actor the words before a closing complaint name: in "Uganda is
// failing to uphold the rights of refugees, Kenya complained on Wednesday"
// and '"Uganda has broken its promises," Kenya complained' the complaint is
// about what it closes. -1 unless a verb of complaint ends the sentence (but
// for a few words) right after its subject, which follows a comma or a quote.
int ContentBeforeClosingComplaint(const Work& w, const Trigger& trigger,
                                  const std::vector<Speaker>& sources) {
  constexpr std::size_t kTailWords = 4;  // "protested here Wednesday ."
  const auto& t = w.tokens;
  const std::size_t first = trigger.first;
  if (trigger.last != first + 1 || !kComplainingVerbs.count(t[first].lower)) return -1;
  for (std::size_t k = trigger.last; k < t.size(); ++k) {
    if (k - trigger.last > kTailWords || InsideMention(w, k)) return -1;
    if (!t[k].is_word && k + 1 < t.size()) return -1;
  }
  // Right before the verb: its subject alone, after a comma or a quote.
  std::size_t boundary = first;
  while (boundary > 0 && (InsideMention(w, boundary - 1) || IsBareArticle(t[boundary - 1].lower))) {
    --boundary;
  }
  if (boundary < 2 || boundary == first ||
      (t[boundary - 1].text != "," && t[boundary - 1].text != "\"")) {
    return -1;
  }
  for (const Mention& m : w.mentions) {
    if (m.first >= boundary) break;
    if (m.actor >= 0 && m.kind != MentionKind::kFirstPerson && !IsSource(sources, m.actor)) {
      return m.actor;
    }
  }
  return -1;
}

// Whether the trigger ends in a preposition of its counterpart and what
// follows is no actor: "speaking with reporters", "committed to the war
// against terror". Then no other name in the sentence, nor a carried
// target, stands in for it. "agreed to reduce" is a verb after "to";
// "speaking to the convention" a noun.
bool ObjectIsNoActor(const Work& w, std::size_t last) {
  if (last >= w.tokens.size() || !w.tokens[last].is_word) return false;
  if (ActorNamedAfterDeterminers(w, last)) return false;
  const std::string_view preposition = w.tokens[last - 1].lower;
  // "a trip to Asia": a place no rule names is no counterpart either; nor
  // are people no name qualifies ("Talking to reporters, Funaro said").
  // A plural noun, that is: after "to" a verb ends in no "s" ("agreed to
  // keep"), and "discuss" or "press" end in "ss".
  const std::string_view next = w.tokens[last].lower;
  const bool people =
      !w.tokens[last].capitalized && EndsWith(next, "s", 2) && !EndsWith(next, "ss");
  return kCounterpartPrepositions.count(preposition) ||
         (preposition == "to" &&
          (Is(w, last, word_class::kDeterminer) || w.tokens[last].capitalized || people));
}

// Whether a reaction's object right after the trigger is an act named by
// its noun alone: "condemned the sanctions as unlawful", "rejected these
// accusations"; or a hostile act is given in answer: "responding with travel
// bans on Western officials". Its doer is who last acted toward the one
// reacting.
bool ReactsToAnAct(const Work& w, const StanceType& type, const Trigger& trigger) {
  const std::size_t first = trigger.first, last = trigger.last;
  constexpr std::size_t kDescribingWords = 2;  // "responding with new travel bans"
  for (std::size_t j = first;
       type.quad_class >= 3 && j-- > 1 && first - j <= kDescribingWords + 1;) {
    if (w.tokens[j].lower == "with" && kRespondVerbs.count(w.tokens[j - 1].lower)) return true;
  }
  if (type.name != "disapprove" && type.name != "reject" && type.name != "protest") return false;
  std::size_t k = last;
  if (k < w.tokens.size() &&
      (w.tokens[k].lower == "the" || w.tokens[k].lower == "these" || w.tokens[k].lower == "such")) {
    ++k;
  }
  return k > last && k < w.tokens.size() && kActNouns.count(w.tokens[k].lower) > 0;
}

// Whether the trigger ending at `last` is followed right away, over
// articles, by a name of one of its own actors: "to meet Trump", "sanctions
// against the DPRK" said by the DPRK.
bool NamesOwnSide(const Work& w, std::size_t last, const std::vector<Speaker>& sources) {
  return std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return m.first >= last && StartBeforeArticles(w, m.first) == last && IsSource(sources, m.actor);
  });
}

// Whether a meeting or visit is with `m`, named before its trigger at
// `first`: right before it ("his Beijing visit") or listed with the subject
// ("Peru's central bank president and the head of Bank of Mexico met").
// Not whoever else the clause names: in "he has done a lot for Trump on this
// visit" and "a week-long Africa visit, which has also taken her to
// Ethiopia", the visit is not to the name before it.
bool MeetsWhomItNames(const Work& w, const Mention& m, std::size_t after_subject,
                      std::size_t first) {
  return m.last == first || FindWord(w, after_subject, m.first, "and").has_value();
}

// Whether the words from `k` open with a name ("agreed on the US plan") or
// a day ("agreed on Monday with").
bool OpensWithNameOrDay(const Work& w, std::size_t k) {
  if (k >= w.tokens.size()) return false;
  if (IsWeekdayName(w.tokens[k].text)) return true;
  const std::size_t name_at = kArticles.count(w.tokens[k].lower) ? k + 1 : k;
  return std::any_of(w.mentions.begin(), w.mentions.end(),
                     [&](const Mention& m) { return m.first == name_at && m.actor >= 0; });
}

const WordSet kPointers = {"it", "them"};

// Whether the trigger ending at `last` goes "to" ground its actor owns:
// "deploy troops to its southern border". Only a name that ground borders
// (BorderedBy) is then a target; "..., averting U.S. tariffs" names no one
// it is toward.
bool ToOwnGround(const Work& w, std::size_t last) {
  return last > 0 && last < w.tokens.size() && w.tokens[last - 1].lower == "to" &&
         kPossessives.count(w.tokens[last].lower) > 0;
}

// Whether the name `m` follows a word that says a ground borders it: "to
// its border with India", "to its western border near Ukraine".
bool BorderedBy(const Work& w, const Mention& m) {
  static const WordSet kBorderWords = {"with", "near", "facing", "along", "opposite"};
  const std::size_t start = StartBeforeArticles(w, m.first);
  return start > 0 && kBorderWords.count(w.tokens[start - 1].lower) > 0;
}

// Whether the rule's words take a pointer in as the verb's object: "help it
// defend itself", "held it responsible". Whom it is toward is named before.
// (Not a thing before a preposition that names the counterpart: "discussed
// it with Uganda".)
bool PointerObjectInside(const Work& w, const Trigger& trigger) {
  if (trigger.first + 1 >= trigger.last || !kPointers.count(w.tokens[trigger.first + 1].lower)) {
    return false;
  }
  const std::string_view ends_in = w.tokens[trigger.last - 1].lower;
  return !kPrepositions.count(ends_in) && !kCounterpartPrepositions.count(ends_in);
}

// Whether what the trigger acts on points back to a name before it: "urged
// it to", "urging those countries to", "threatened to destroy the country".
bool ObjectPointsBack(const Work& w, const Trigger& trigger) {
  static const WordSet kPointingDeterminers = {"the", "those", "these", "both"};
  static const WordSet kNouns = {"country", "countries", "nation", "nations",
                                 "island",  "kingdom",   "regime"};
  const std::vector<Token>& t = w.tokens;
  if (trigger.last < t.size() && kPointers.count(t[trigger.last].lower)) return true;
  if (PointerObjectInside(w, trigger)) return true;
  for (std::size_t k = trigger.last; k + 1 < std::min(trigger.clause_end, t.size()); ++k) {
    if (kPointingDeterminers.count(t[k].lower) && kNouns.count(t[k + 1].lower)) return true;
  }
  return false;
}

// Whether the trigger's object is something the speaker calls its own, and
// the speaker is not who acts: "Iran said U.S. forces attacked two of its
// oil platforms", "Iraq said it had repelled an Iranian attack on positions
// held by its fourth army corps". After a subject that is one name ("Iran
// had exaggerated reports ... to support its troops") "its" is the
// subject's.
bool SpeakerOwnsObject(const Work& w, const Trigger& trigger, const Actors& actors) {
  if (!w.speaker.valid() || IsSource(actors.sources, w.speaker.actor)) return false;
  if (actors.subject && actors.sources.front().how != "adjective") {
    // "U.S. Naval forces attacked": a plural head right before the trigger
    // is no "it".
    const Mention& subject = w.mentions[*actors.subject];
    const bool plural_head =
        subject.last < trigger.first && EndsWith(w.tokens[trigger.first - 1].lower, "s", 2);
    const MentionKind kind = subject.kind;
    if (!plural_head && (kind == MentionKind::kName || kind == MentionKind::kPerson ||
                         kind == MentionKind::kPronoun || kind == MentionKind::kIt)) {
      return false;
    }
  }
  constexpr std::size_t kObjectReach = 4;  // "two of its", "near its"
  const std::size_t end =
      std::min({trigger.clause_end, w.tokens.size(), trigger.last + kObjectReach});
  for (std::size_t k = trigger.last; k < end; ++k) {
    const Token& word = w.tokens[k];
    if (word.lower == "its") return true;
    if (!word.is_word || word.capitalized) return false;
  }
  return false;
}

// The state that hosts the embassy, consulate or mission of a source named
// before token `before`: Russia in "the U.S. Embassy to Russia" and "the
// U.S. embassy in Moscow"; -1 if none.
int EmbassyHost(const Work& w, std::size_t before, const std::vector<Speaker>& sources) {
  const auto& t = w.tokens;
  for (const Mention& m : w.mentions) {
    if (m.first >= before) break;
    if (!IsSource(sources, m.actor) || m.last + 1 >= t.size()) continue;
    // The noun may end the mention ("the Kenyan embassy") or follow it.
    std::size_t noun = t[m.last].lower == "'s" ? m.last + 1 : m.last;
    if (kMissionNouns.count(t[m.last - 1].lower)) noun = m.last - 1;
    if (noun + 2 >= t.size() || !kMissionNouns.count(t[noun].lower) ||
        (t[noun + 1].lower != "in" && t[noun + 1].lower != "to")) {
      continue;
    }
    for (const Mention& host : w.mentions) {
      if (host.first == noun + 2 || (host.first == noun + 3 && IsBareArticle(t[noun + 2].lower))) {
        if (host.actor >= 0 && !IsSource(sources, host.actor) && host.first < before) {
          return host.actor;
        }
      }
    }
  }
  return -1;
}

// Whether `m`, named between the subject and the trigger, is whom the
// trigger acts toward when nothing after it is. A wrong is toward anyone
// named before it ("the aggressive activity of NATO ... is unacceptable");
// a meeting is with whom MeetsWhomItNames says. Another act is toward a name
// right before it ("his Beijing visit") or one its object points back to
// ("urged it to"), never toward whatever else the clause names: in "the
// Reagan administration reacted coolly to a plan by Australia's prime
// minister calling for a similar approach" the call is not toward
// Australia, and in "he wants funding for the Mexican border wall in
// exchange for agreeing to help" Mexico is no party to any agreement.
// Whether `m` is in a list of partners of the subject: "Britain and West
// Germany, backed by the Netherlands and Denmark, opposed ...", "lined up
// with Denmark".
bool NamedAsPartner(const Work& w, const Mention& m) {
  const std::size_t k = ListStart(w, m);
  if (k < 2) return false;
  const std::string_view joint = w.tokens[k - 1].lower;
  const std::string_view verb = w.tokens[k - 2].lower;
  const std::string_view up_verb = k > 2 ? w.tokens[k - 3].lower : std::string_view();
  if (((joint == "by" || joint == "with") && kPartnerVerbs.count(verb)) ||
      (joint == "with" && verb == "up" && kPartnerVerbs.count(up_verb))) {
    return true;
  }
  // "Canada joined the United States in condemning the attack": whom the
  // subject joins in an act is its partner in it.
  if (!kJoinVerbs.count(joint)) return false;
  std::size_t end = m.last;
  while (end < w.tokens.size() && (InsideMention(w, end) || Is(w, end, word_class::kArticle) ||
                                   w.tokens[end].lower == "and" || w.tokens[end].text == ",")) {
    ++end;
  }
  return end < w.tokens.size() && w.tokens[end].lower == "in";
}

// "Ukraine, on whose border it has deployed 100,000 soldiers": a hostile
// act that a relative clause places on a state's ground is done to that
// state. -1 when the trigger's clause is no such relative.
int WhoseGround(const Work& w, const Trigger& trigger) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestRelative = 8;  // "on whose border it has"
  for (std::size_t j = trigger.first; j-- > 3 && j + kLongestRelative >= trigger.first;) {
    if (t[j].lower != "whose") continue;
    if (j + 1 >= t.size() || !kTerritoryNouns.count(t[j + 1].lower) || t[j - 2].text != "," ||
        !Is(w, j - 1, word_class::kPreposition)) {
      return -1;
    }
    for (const Mention& m : w.mentions) {
      if (m.last == j - 2) return m.actor;
    }
    return -1;
  }
  return -1;
}

// Whether the name at `name`, after a trigger ending at `last`, comes
// after a closing quote: in '"... we will act decisively in this regard,"
// Xinhua news agency quoted the spokesman' it is the attribution's.
bool InQuoteAttribution(const Work& w, std::size_t last, std::size_t name) {
  for (std::size_t k = last; k < name; ++k) {
    if (IsClosingQuote(w, k)) return true;
  }
  return false;
}

// Whether the name `m` is an organisation a protest is lodged with, about
// someone else: "Cyprus has protested to the United Nations over alleged
// airspace violations by the Turkish air force". ("protested to Uganda over
// the border closure" protests to the offender.)
bool ForumProtestedTo(const Work& w, const RuleSet& rules, const Mention& m) {
  const auto& t = w.tokens;
  const std::size_t before = StartBeforeArticles(w, m.first);
  if (before == 0 || t[before - 1].lower != "to" || m.actor < 0 ||
      rules.actors[m.actor].type != "igo" || m.last >= t.size()) {
    return false;
  }
  // "protested to the European Community about its plan": to the offender.
  const std::string_view next = t[m.last].lower;
  const bool owns_it =
      m.last + 1 < t.size() && (t[m.last + 1].lower == "its" || t[m.last + 1].lower == "their");
  return (next == "over" || next == "about" || next == "against") && !owns_it;
}

// Whether the name `m` says where an agreement was made: "both sides agreed
// at the U.N. last year", "agreed at the Vienna talks". Whom one agrees with
// is named otherwise.
bool AtAVenue(const Work& w, const Mention& m) {
  const std::size_t before = StartBeforeArticles(w, m.first);
  return before > 0 && w.tokens[before - 1].lower == "at";
}

// Whether the name `m` names the gathering a meeting is held for or at:
// "meet again next month for the IMF and World Bank spring meetings", "met
// at the OAU summit". Whom one meets there is named otherwise.
bool NamesAnOccasion(const Work& w, const Mention& m) {
  const auto& t = w.tokens;
  // Back over the names listed before it: "the IMF/World Bank interim
  // committee meeting".
  std::size_t before = m.first;
  while (before > 0 && (t[before - 1].capitalized || t[before - 1].lower == "and" ||
                        t[before - 1].text == "/" || t[before - 1].text == "-")) {
    --before;
  }
  if (before > 0 && t[before - 1].lower == "the") --before;
  // "Speaking to the International Monetary Fund's Interim Committee
  // meeting", "addressing the IADB meeting": whom one speaks to there.
  const bool spoken_to =
      before > 0 && (t[before - 1].lower == "to" || kAddressVerbs.count(t[before - 1].lower));
  if (before == 0 || (!kOccasionOpeners.count(t[before - 1].lower) && !spoken_to)) return false;
  constexpr std::size_t kLongestNames = 6, kModifiers = 2;  // "IMF and World Bank", "spring"
  std::size_t k = m.last;
  while (k < t.size() && k - m.last < kLongestNames &&
         (t[k].capitalized || t[k].lower == "and" || t[k].text == "/" || t[k].text == "-" ||
          t[k].lower == "'s" || t[k].text == "(" || t[k].text == ")")) {
    ++k;
  }
  for (std::size_t end = k + kModifiers; k < t.size() && k <= end; ++k) {
    if (kOccasionNouns.count(t[k].lower)) return true;
    if (!t[k].is_word || t[k].capitalized) return false;
  }
  return false;
}

// Whether a clause of its own opens between `from` and `to` with a comma,
// a scene-setter and a gerund: "to hold talks in New York today with the
// private sector, before travelling to Washington".
bool GerundClauseBetween(const Work& w, std::size_t from, std::size_t to) {
  const auto& t = w.tokens;
  for (std::size_t k = from; k + 2 < to; ++k) {
    if (t[k].text == "," && kSceneSetters.count(t[k + 1].lower) &&
        EndsWith(t[k + 2].lower, "ing", 2)) {
      return true;
    }
  }
  return false;
}

// Whether a noun with an -ing participle of its own stands between token
// `from` and the name at `to`: "resolutions urging", "a coin commemorating".
bool ParticipleAfterNounBetween(const Work& w, std::size_t from, std::size_t to) {
  const auto& t = w.tokens;
  for (std::size_t k = from + 1; k < to; ++k) {
    if (EndsWith(t[k].lower, "ing", 2) && !t[k].capitalized && t[k - 1].is_word &&
        !t[k - 1].capitalized && !Is(w, k - 1, word_class::kDeterminer) &&
        !kParticipleAdjectives.count(t[k].lower)) {
      return true;
    }
  }
  return false;
}

// Whether an infinitive ("to squeeze", not "to Nairobi", "to the" or
// "prior to talks") opens between token `from` and the name at `to`; not
// one of talking, whose "with" names the counterpart ("met to discuss
// trade with Rwanda").
bool InfinitiveBetween(const Work& w, std::size_t from, std::size_t to) {
  const auto& t = w.tokens;
  for (std::size_t k = from; k + 1 < to; ++k) {
    if (t[k].lower != "to") continue;
    const Token& verb = t[k + 1];
    const bool plural_noun = EndsWith(verb.lower, "s", 1) && !EndsWith(verb.lower, "ss", 2);
    if (verb.is_word && !verb.capitalized && !plural_noun && !StartsWithDigit(verb) &&
        !Is(w, k + 1, word_class::kDeterminer) && !InsideMention(w, k + 1) &&
        !kTalkVerbs.count(verb.lower)) {
      return true;
    }
  }
  return false;
}

// Whether a purpose clause opens between `from` and `to` after a comma and
// an adverb or "in order":
// "pushed for selling nuclear power technology abroad, partly to keep the
// country competitive with Russia and China". What the purpose names is
// not whom the trigger is toward.
bool PurposeClauseBetween(const Work& w, std::size_t from, std::size_t to) {
  const auto& t = w.tokens;
  for (std::size_t k = from; k + 2 < to; ++k) {
    if (t[k].text != ",") continue;
    // An adverb ("partly", "mainly") or "in order" marks the purpose; a
    // bare ", to" may end an aside ("urged the army chief, Senior General
    // Min Aung Hlaing, to support").
    std::size_t j = k + 1;
    if (EndsWith(t[j].lower, "ly", 2)) {
      ++j;
    } else if (t[j].lower == "in" && j + 1 < to && t[j + 1].lower == "order") {
      j += 2;
    } else {
      continue;
    }
    if (j + 1 < to && t[j].lower == "to" && t[j + 1].is_word && !t[j + 1].capitalized &&
        !Is(w, j + 1, word_class::kDeterminer)) {
      return true;
    }
  }
  return false;
}

// The people or firms named at token `k` who stand for no state, over one
// describing word: "reporters", "its creditor banks", "Ugandan traders".
// Empty if the words there name anything else.
std::string_view PeopleNamedAt(const Work& w, std::size_t k) {
  const auto& t = w.tokens;
  if (k >= t.size()) return {};
  if (k + 1 < t.size() && (kPossessives.count(t[k].lower) || IsBareArticle(t[k].lower))) ++k;
  // "Japanese creditor banks": a state's adjective that names no party of
  // its own describes them. In "Ugandan traders" it is named with them.
  bool named_with_adjective = false;
  for (const Mention& m : w.mentions) {
    if (m.first != k || !m.weak || m.last + 1 >= t.size()) continue;
    named_with_adjective = m.last - m.first > 1 && !t[m.last - 1].capitalized;
    k = named_with_adjective ? m.last - 1 : m.last;
  }
  // "private creditors", "foreign bankers"; not "government creditors".
  if (k + 1 < t.size() && t[k].is_word && !t[k].capitalized &&
      (named_with_adjective || !InsideMention(w, k)) && !kAudienceNouns.count(t[k].lower) &&
      !kCivilianNouns.count(t[k].lower) && !kStateNouns.count(t[k].lower) &&
      !kPrivateHomeModifiers.count(t[k].lower)) {
    ++k;
  }
  const bool audience = t[k].is_word && !t[k].capitalized &&
                        (named_with_adjective || !InsideMention(w, k)) &&
                        (kAudienceNouns.count(t[k].lower) || kCivilianNouns.count(t[k].lower));
  return audience ? t[k].text : std::string_view{};
}

// Whether the place `m` a journey goes to is where an occasion is held:
// "travelling to Washington for the semi-annual meeting of the
// International Monetary Fund", "would leave for Washington in about three
// weeks to complete negotiations with the IMF". Whom one meets there is
// named otherwise ("flew to Kampala for talks with Museveni" names no
// occasion noun, and Museveni is Uganda's), and may be people who stand for
// no state: "travelled to the United States for fresh debt negotiations
// with creditors". No place whose own state the rest of the clause names
// ("to attend the IMF meeting and for talks with U.S. officials").
bool GoesThereForAnOccasion(const Work& w, const Mention& m) {
  const auto& t = w.tokens;
  // Past a time: "on Monday", "in about three weeks".
  constexpr std::size_t kWordsToPurpose = 5;
  std::size_t purpose = m.last;
  while (purpose < t.size() && purpose - m.last < kWordsToPurpose && t[purpose].lower != "for" &&
         t[purpose].lower != "to" && (t[purpose].is_word || StartsWithDigit(t[purpose])) &&
         !InsideMention(w, purpose)) {
    ++purpose;
  }
  if (purpose >= t.size() || (t[purpose].lower != "for" && t[purpose].lower != "to")) return false;
  const std::size_t clause_end = ClauseEnd(w, purpose);
  for (const Mention& other : w.mentions) {
    if (other.first > purpose && other.first < clause_end && other.actor == m.actor) return false;
  }
  // A party met there that is no part of the place's state.
  const auto other_party_at = [&](std::size_t k) {
    while (k < t.size() && IsBareArticle(t[k].lower)) ++k;
    return std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& other) {
      return other.first == k && other.actor >= 0 && other.actor != m.actor;
    });
  };
  // "the semi- annual meeting", "complete negotiations"
  constexpr std::size_t kWordsToOccasion = 5;
  for (std::size_t k = purpose + 1; k < t.size() && k - purpose <= kWordsToOccasion; ++k) {
    if (t[purpose].lower == "for" && kOccasionNouns.count(t[k].lower)) return true;
    if (kCountedMeetings.count(t[k].lower) && k + 1 < t.size() && t[k + 1].lower == "with" &&
        (!PeopleNamedAt(w, k + 2).empty() || other_party_at(k + 2))) {
      return true;
    }
    if (t[k].text == "," || Is(w, k, word_class::kClauseBreak)) return false;
  }
  return false;
}

// Whether the name `m` after a trigger ending at `last` stands in an aside
// that opens with a preposition and is set off by commas: "expressed concern
// that trade protectionism, at the heart of a new showdown between the
// United States and Japan, might spread" names where, not whom.
bool InPrepositionalAside(const Work& w, std::size_t last, const Mention& m) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestAside = 20;
  std::size_t open = m.first;
  while (open > last && t[open - 1].text != ",") --open;
  if (open <= last || open >= m.first || !kAsidePrepositions.count(t[open].lower)) return false;
  for (std::size_t k = m.last; k < t.size() && k - open <= kLongestAside; ++k) {
    if (t[k].text == ",") return true;
    if (Is(w, k, word_class::kClauseBreak | word_class::kSpeechVerb)) return false;
  }
  return false;
}

// Whether a name at `name` after a meeting that ends at `last` is what it
// discusses: "met in emergency session to discuss tension between Greece
// and Turkey". Not "met to discuss trade with Uganda": "with" names whom.
bool DiscussedAfter(const Work& w, std::size_t last, std::size_t name) {
  bool discussed = false;
  for (std::size_t k = last; k < name; ++k) {
    if (kDiscussVerbs.count(w.tokens[k].lower)) discussed = true;
    if (w.tokens[k].lower == "with") discussed = false;
  }
  return discussed;
}

// Whether a name at `m` after a pact or meeting that ends at `last` is part
// of what it is about: "agreed to set aside differences over control of the
// Inter-American Development Bank", "talks on the future of Kenya". The
// name follows "of", "to", "against" or "for" in a phrase that "over", "on"
// or "about" opens.
bool InTopicPhrase(const Work& w, std::size_t last, const Mention& m) {
  const auto& t = w.tokens;
  const std::size_t of = StartBeforeArticles(w, m.first);
  // "raise the limit on growth of Taiwan's exports": whose goods is a party.
  // "held talks on aid to Somalia", "on sanctions against Iran": whom the
  // topic's own noun is toward is part of the topic ("on cooperation with
  // Japan" may name the counterpart).
  const bool topic_preposition =
      of >= 2 && (t[of - 1].lower == "of" || t[of - 1].lower == "to" ||
                  t[of - 1].lower == "against" || t[of - 1].lower == "for");
  if (!topic_preposition || (m.last < t.size() && t[m.last].lower == "'s")) return false;
  constexpr std::size_t kLongestTopic = 4;  // "over the future control of"
  for (std::size_t k = of - 1; k > last && of - k <= kLongestTopic; --k) {
    const Token& word = t[k - 1];
    if (kTopicMarkers.count(word.lower)) return true;
    if (!word.is_word || word.capitalized || kPrepositions.count(word.lower) ||
        word.lower == "and" || word.lower == "or") {
      return false;
    }
  }
  return false;
}

// Whether the name at `m` is the subject of a clause joined by "and" or
// "but": "and Japan has asked for voluntary restraint", "and the United
// States agreed"; or of one that says when, after the trigger's own object:
// "demanded a renegotiation after Argentina won a lower spread". Right
// after the trigger it says what is reacted to: "protested after Ugandan
// troops attacked". ("if" and "unless" are left out: "would retaliate if
// Japan did not open its markets" is toward Japan.)
bool OpensNewClause(const Work& w, std::size_t last, const Mention& m) {
  const std::size_t k = StartBeforeArticles(w, m.first);
  if (k == 0 || m.last >= w.tokens.size()) return false;
  const std::string_view joint = w.tokens[k - 1].lower;
  const bool such_as = joint == "as" && k > 1 && w.tokens[k - 2].lower == "such";
  const bool when = kTimeClauseOpeners.count(joint) > 0 && !such_as && k - 1 > last;
  // "and U.S. officials have said": the name may describe the subject's noun.
  const bool verb =
      HelperOrPastAt(w, m.last) || (m.last + 1 < w.tokens.size() && w.tokens[m.last].is_word &&
                                    !w.tokens[m.last].capitalized && HelperOrPastAt(w, m.last + 1));
  return (JoinsClauses(joint) || when) && verb;
}

// Whether another infinitive, after the trigger's own object, starts
// between token `last` and the name at `name`: in "to assail his adversaries
// and to tangle with countries, including North Korea" North Korea is whom
// the tangling is with ("to support and to defend Kenya" shares its object).
bool NextInfinitiveBetween(const Work& w, std::size_t last, std::size_t name) {
  for (std::size_t k = last + 1; k + 1 < name; ++k) {
    const std::string_view joint = w.tokens[k].lower;
    if ((joint == "and" || joint == "or") && w.tokens[k + 1].lower == "to") return true;
  }
  return false;
}

// Whether the name at `m` is only what is spoken of: "told a questioner \"I
// disagree with your crisis characterization\" regarding Brazil", "vetoed
// the resolution on Syria". A name that a noun or a possessive follows is a
// party: "concerning Uganda's troop movements".
bool NamedAsTopic(const Work& w, const Mention& m) {
  const std::size_t k = StartBeforeArticles(w, m.first);
  // "the resolution on Syria", "a report about Uganda": what a text is on.
  if (k > 1 && (w.tokens[k - 1].lower == "on" || w.tokens[k - 1].lower == "about") &&
      kWrittenTextNouns.count(w.tokens[k - 2].lower)) {
    return true;
  }
  if (k == 0 || !kTopicOnlyWords.count(w.tokens[k - 1].lower)) return false;
  return m.last >= w.tokens.size() || !w.tokens[m.last].is_word;
}

// Whether the name at `m` says whose waters something was in: "an attack on
// a U.S.-flagged tanker in Kuwaiti waters" is where, not on whom.
bool InWatersOf(const Work& w, const Mention& m) {
  const auto& t = w.tokens;
  return m.first > 0 && kPlacePrepositions.count(t[m.first - 1].lower) &&
         (t[m.last - 1].lower == "waters" || (m.last < t.size() && t[m.last].lower == "waters"));
}

// Whether the name at `m` is whom the act follows as an example: "threatened
// to follow Brazil in declaring a moratorium", "to emulate Brazil's
// moratorium". What is copied is no counterpart.
bool FollowedAsExample(const Work& w, const Mention& m) {
  const std::size_t k = StartBeforeArticles(w, m.first);
  return k > 1 && kEmulateVerbs.count(w.tokens[k - 1].lower) && w.tokens[k - 2].lower == "to";
}

// The noun a list of adjectives ends in: "British and German interests"
// from "British". The mention's own last word if the list goes no further.
std::size_t ListHead(const Work& w, const Mention& m) {
  std::size_t head = m.last - 1;
  if (!w.tokens[head].capitalized) return head;  // "Chinese businessmen and Rwandan officials"
  for (std::size_t k = m.last; k < w.tokens.size(); ++k) {
    const bool joint = w.tokens[k].lower == "and" || w.tokens[k].text == ",";
    if (!joint && !InsideMention(w, k)) break;
    if (!joint) head = k;
  }
  return head;
}

// Whether the noun at `head`, or a noun right after it, names a sector's
// firms or business people: "industries", "steel mills".
bool NamesPrivateSector(const Work& w, std::size_t head) {
  const auto& t = w.tokens;
  if (kPrivateSectorNouns.count(t[head].lower)) return true;
  return !t[head].capitalized && head + 1 < t.size() && t[head + 1].is_word &&
         !t[head + 1].capitalized && kPrivateSectorNouns.count(t[head + 1].lower) > 0;
}

// The people or firms a trigger ending in "to" or "with" names right after
// itself (PeopleNamedAt); or whom an offer it accepts comes from: "accepted
// a bonus offer from an exporter". Empty if it names anything else.
std::string_view AudienceNamed(const Work& w, const Trigger& trigger) {
  const auto& t = w.tokens;
  const std::size_t last = trigger.last;
  if (last <= trigger.first || last >= t.size()) return {};
  const std::string_view preposition = t[last - 1].lower;
  if (preposition != "to" && preposition != "with" && preposition != "from" &&
      preposition != "by") {
    return {};
  }
  return PeopleNamedAt(w, last);
}

// Where capitalised words from `k` that no rule names, no title and no
// determiner, end: the end of a name no rule knows ("Europe", "Manafort").
std::size_t EndOfUnknownName(const Work& w, std::size_t k) {
  const auto& t = w.tokens;
  while (k < t.size() && t[k].is_word && t[k].capitalized && !InsideMention(w, k) &&
         !Is(w, k, word_class::kTitleWord | word_class::kDeterminer)) {
    ++k;
  }
  return k;
}

// A name no rule knows right after a cooperative trigger's "with": "to find
// common ground with Europe on the Iran deal". Whom it is with is no actor,
// and names further on are about something else. Empty when the word after
// "with" (over "the") is no such name.
std::string_view UnknownPartnerNamed(const Work& w, const Trigger& trigger) {
  const auto& t = w.tokens;
  std::size_t k = trigger.last;
  if (k <= trigger.first || k >= t.size() || t[k - 1].lower != "with") return {};
  if (t[k].lower == "the" && k + 1 < t.size()) ++k;
  const std::size_t name = k;
  k = EndOfUnknownName(w, name);
  if (k == name || (k < t.size() && (t[k].capitalized || InsideMention(w, k)))) return {};
  return t[name].text;
}

// A name no rule knows, with a possessive, right after the trigger:
// "lauding Manafort's political work for Ukraine" praises Manafort's work,
// not Ukraine. Empty when there is no such name.
std::string_view UnknownOwnerNamed(const Work& w, const Trigger& trigger) {
  const auto& t = w.tokens;
  std::size_t k = trigger.last;
  // ("welcomed Monday's U.S. move": a day is no owner.)
  if (k >= t.size() || !t[k].capitalized || InsideMention(w, k) || IsWeekdayName(t[k].text) ||
      IsMonthName(t[k].text)) {
    return {};
  }
  const std::size_t name = k;
  k = EndOfUnknownName(w, name);
  if (k == name || k >= t.size() || t[k].lower != "'s") return {};
  // "hosted Ukraine's Zelenskiy": a possessor that only locates an actor
  // named after it (FindMentions dropped it) owns no one unknown.
  const bool actor_owned = std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    return m.first == k + 1 && m.actor >= 0;
  });
  return actor_owned ? std::string_view() : t[name].text;
}

// Whether the name at `at` opens a wrong someone else alleges: "allegations
// of Russian meddling", "alleged Russian interference".
bool AllegedWrong(const Work& w, std::size_t at) {
  static const WordSet kAllegedAdjectives = {"alleged", "suspected", "purported", "reported"};
  const std::vector<Token>& t = w.tokens;
  if (at > 0 && kAllegedAdjectives.count(t[at - 1].lower)) return true;
  return at > 1 && (t[at - 1].lower == "of" || t[at - 1].lower == "about") &&
         kAllegationNouns.count(t[at - 2].lower) > 0;
}

// "Houthi missile attacks against Saudi Arabia, enabled by Iran's
// Revolutionary Guards, threaten": whoever an aside in [from, to) says
// enabled the doer's wrong shares the accusation.
std::optional<int> EnablerInAside(const Work& w, std::size_t from, std::size_t to) {
  static const WordSet kEnablingParticiples = {"enabled", "backed",    "supported", "funded",
                                               "armed",   "sponsored", "aided",     "assisted"};
  const std::vector<Token>& t = w.tokens;
  for (std::size_t k = from; k + 3 < to; ++k) {
    if (t[k].text != "," || !kEnablingParticiples.count(t[k + 1].lower) || t[k + 2].lower != "by") {
      continue;
    }
    // The first name after "by", over an article or a possessive ("by
    // Iran's Revolutionary Guards").
    constexpr std::size_t kWordsBeforeName = 2;
    for (const Mention& m : w.mentions) {
      if (m.first >= k + 3 && StartBeforeArticles(w, m.first) <= k + 3 + kWordsBeforeName &&
          m.last < to && m.actor >= 0 && !m.weak && m.kind != MentionKind::kFirstPerson) {
        return m.actor;
      }
    }
  }
  return std::nullopt;
}

bool TargetBeforeTrigger(const Work& w, const Mention& m, const Trigger& trigger,
                         const std::vector<Speaker>& sources, std::size_t after_subject) {
  if (NamedAsPartner(w, m)) return false;
  // "EC ministers in Luxembourg endorsed": where the subject is, not whom
  // the act is toward.
  if (m.last == trigger.first && AfterPlacePreposition(w, m)) return false;
  // "Hailstorms in south China ... damaged crops": the doer of a wrong is no
  // place it happened in.
  if (trigger.rule->accusation && AfterPlacePreposition(w, m)) return false;
  // "Rebel attacks on Kenya undermine peace": nor the one a wrong is done
  // to.
  if (trigger.rule->accusation) {
    const std::size_t start = StartBeforeArticles(w, m.first);
    if (start > 1 &&
        (w.tokens[start - 1].lower == "on" || w.tokens[start - 1].lower == "against") &&
        kActNouns.count(w.tokens[start - 2].lower)) {
      return false;
    }
  }
  // "expects ADB lending to the Philippines": a name before a noun whose
  // preposition names the counterpart is the noun's doer.
  const std::string_view ends_in = w.tokens[trigger.last - 1].lower;
  if (m.last == trigger.first && trigger.last > trigger.first + 1 &&
      (ends_in == "to" || kCounterpartPrepositions.count(ends_in))) {
    return false;
  }
  const std::string_view type = trigger.type->name;
  // A noun whose nationality adjective acts is toward whom the clause
  // names before it: "to protect Kuwaiti tankers from Iranian attack".
  const bool adjective_doer = !sources.empty() && sources.front().how == "adjective";
  // "saw the U.S. strike as a limited reply to Iranian missile attacks": a
  // name that does an act of its own is no one the adjective's act is on.
  // (The act noun may end the mention: "the Kenyan strike". "strike" is
  // not in kActNouns, whose heads are read as nouns elsewhere: "Iran and
  // Iraq strike ships" is a verb.)
  const auto act_noun = [&](std::size_t k) {
    return kActNouns.count(w.tokens[k].lower) > 0 || w.tokens[k].lower == "strike";
  };
  const bool does_own_act = m.last < trigger.first && (act_noun(m.last) || act_noun(m.last - 1));
  if (adjective_doer && does_own_act) return false;
  if (type == "disapprove" || adjective_doer) return true;
  if (type == "consult") return MeetsWhomItNames(w, m, after_subject, trigger.first);
  return m.last == trigger.first || ObjectPointsBack(w, trigger);
}

// Whether a purpose "to" + a verb of opposing stands between a trigger that
// ends at `last` and a name at `name`: in "support missile defense to counter
// the threat from North Korea" and "back efforts to isolate Uganda" the
// friendly act is not toward the name, which the purpose is against.
// So is a name the object is "against": "welcomed the campaign against
// Uganda", "hailing progress in Afghanistan and against ISIS".
bool PurposeOrObjectAgainst(const Work& w, std::size_t last, std::size_t name) {
  for (std::size_t k = last; k < name; ++k) {
    if (w.tokens[k].lower == "against") return true;
    if (w.tokens[k].lower == "to" && kOpposingVerbs.count(w.tokens[k + 1].lower)) return true;
  }
  return false;
}

// Whether the name at `name` opens a list set off by a comma after the
// trigger's object, a thing the rules do not name: in "the four others
// already opposing the oils and fats tax, West Germany, Britain, Denmark and
// Portugal" the names are the four others, not what they oppose. (After
// "aid to the states, Tunisia, Israel, ..." they name the object itself.)
bool ListAfterObject(const Work& w, std::size_t last, std::size_t name) {
  const std::vector<Token>& t = w.tokens;
  if (name < last + 3 || t[name - 1].text != "," || !Is(w, last, word_class::kArticle) ||
      kStateGroupNouns.count(t[name - 2].lower)) {
    return false;
  }
  for (std::size_t k = last + 1; k + 1 < name; ++k) {
    if (!t[k].is_word || t[k].capitalized || InsideMention(w, k)) return false;
  }
  return true;
}

// Whether a name at `name`, after the trigger, stands past the words that
// say whom the trigger is toward, so that neither it nor any later name is.
bool PastWhatItIsToward(const Work& w, const Trigger& trigger, std::size_t name) {
  const StanceType* type = trigger.type;
  const std::size_t last = trigger.last;
  // "met to discuss tension between Greece and Turkey", "agreed to discuss
  // the problems of Afghanistan": what is to be discussed is a topic.
  const bool meets_or_agrees =
      type->name == "consult" || type->name == "agree" || type->name == "cooperate";
  // "Kenya and Uganda will meet in Nairobi to squeeze Tanzania": whom a
  // meeting's purpose is toward is not whom they meet.
  // (A journey's purpose is read on its own: "visits Europe to attend NATO
  // meetings".)
  const bool meets =
      (type->name == "consult" || type->name == "cooperate") && !trigger.rule->journey;
  // "approved a plan to mint a coin commemorating the European Community",
  // "approved resolutions urging the administration to oppose Canada's
  // ruling": what a direct object's own participle says is its content.
  // (An infinitive may name the counterpart: "approve export licenses for
  // two firms to sell computers to the Islamic Republic of Iran News
  // Agency".)
  const std::string_view verb = w.tokens[trigger.first].lower;
  const bool approves_object = type->name == "agree" && last == trigger.first + 1 &&
                               (verb.substr(0, 6) == "approv" || verb.substr(0, 6) == "endors");
  return (meets_or_agrees && DiscussedAfter(w, last, name)) ||
         (meets && InfinitiveBetween(w, last, name)) ||
         (approves_object && ParticipleAfterNounBetween(w, last, name)) ||
         GerundClauseBetween(w, last, name) || PurposeClauseBetween(w, last, name) ||
         (type->polarity > 0 && PurposeOrObjectAgainst(w, last, name)) ||
         ListAfterObject(w, last, name);
}

// Whether the name `m` in a trigger's clause names something other than
// whom the trigger is toward: a topic, an example, a sea, an aside, a
// bearing from a place, an occasion or a venue, a forum protested to, a
// state's firms, an "it" of another clause, who imposed the sanctions whose
// lifting is backed or opposed.
bool NamedForSomethingElse(const Work& w, const RuleSet& rules, const Trigger& trigger,
                           const Mention& m) {
  const StanceType* type = trigger.type;
  const std::size_t last = trigger.last;
  const bool meets_or_agrees =
      type->name == "consult" || type->name == "agree" || type->name == "cooperate";
  if (meets_or_agrees && m.first > last && InTopicPhrase(w, last, m)) return true;
  // "gave orders to sell arms through Israel", "sent aid via Uganda": whom
  // something given goes through is its route, not whom it is for. (A route
  // cut is a cut against that state: "stopped sending its copper exports
  // through South Africa".)
  if (const std::size_t start = StartBeforeArticles(w, m.first);
      type->polarity > 0 && m.first > last && start > 0 &&
      (w.tokens[start - 1].lower == "through" || w.tokens[start - 1].lower == "via")) {
    return true;
  }
  if (m.first > last && FollowedAsExample(w, m)) return true;
  if (m.first > last && NamedAsTopic(w, m)) return true;
  if (m.first > last && InWatersOf(w, m)) return true;
  if (m.first > last && InPrepositionalAside(w, last, m)) return true;
  // "attacked the platform about 120 miles east of Bahrain": a bearing
  // from a place says where.
  if (m.first > 1 && w.tokens[m.first - 1].lower == "of" &&
      kCompassPoints.count(w.tokens[m.first - 2].lower)) {
    return true;
  }
  if (type->name == "consult" && m.first > last && NamesAnOccasion(w, m)) return true;
  // ("going to Washington for meetings of the IMF": the place may end the
  // journey's trigger.)
  if (type->name == "consult" && (m.first >= last || (trigger.rule->journey && m.last == last)) &&
      GoesThereForAnOccasion(w, m)) {
    return true;
  }
  if ((type->name == "agree" || type->name == "cooperate") && m.first >= last && AtAVenue(w, m)) {
    return true;
  }
  if ((type->name == "protest" || type->name == "disapprove") && m.first >= last &&
      ForumProtestedTo(w, rules, m)) {
    return true;
  }
  if ((type->name == "support" || type->name == "disapprove") &&
      ImposerOfEasedMeasures(w, last, m)) {
    return true;
  }
  // "is inviting Japanese industries to do business there", "met Japanese
  // businessmen": a state's firms are no party to another state's words of
  // friendship or meetings. What is done to them is done to their state:
  // sanctions on "Russian banks", compensation paid to "Kenyan traders".
  // So are "British and German interests": the list's last noun tells;
  // and "Japanese steel mills", a noun one past the mention's own.
  // Nor to what a state refuses or asks of them: "refused to bend to
  // demands ... from Japanese buyers", "urged Japanese firms to invest".
  // (Blame is the gold's exception: "accused Japanese chipmakers of
  // violating the pact" is toward Japan, whose pact it is.)
  const bool words_to_firms =
      type->quad_class == 1 || type->name == "reject" || type->name == "demand";
  if (words_to_firms && m.weak && m.kind == MentionKind::kInstitution &&
      NamesPrivateSector(w, ListHead(w, m))) {
    return true;
  }
  // "an invitation to visit Britain with all the pomp it brings": an "it"
  // with a verb of its own is another clause's subject, no object.
  if (m.kind == MentionKind::kIt && m.first > last && AfterNoun(w, m.first) &&
      m.last < w.tokens.size() && VerbOpensAt(w, m.last)) {
    return true;
  }
  // "threatened in his maiden United Nations address": the occasion.
  return m.first > last && InOwnOccasion(w, m.first);
}

// Whether a preposition before the name `m` says where the trigger's act
// happens or what it is about, not whom it is toward; the names listed
// with it go with it.
bool WhereOrWhatAbout(const Work& w, const Trigger& trigger, const Mention& m) {
  const StanceType* type = trigger.type;
  const std::size_t first = trigger.first, last = trigger.last;
  // What is said or met happens somewhere: "agreed in Paris to",
  // "called for hearings on an attack in Niger", "met in Beijing", "on
  // the sidelines of the APEC summit" name where, not whom. A
  // preposition the pattern ends with takes its object as the target
  // ("arrived in Beijing"); "talks with leaders of Romania" are with
  // Romania. A threat, or a refusal, to act in a place is about it
  // ("refused to deploy peacekeepers in Iraq").
  const bool consult = type->name == "consult";
  // Drills held over or in a country are held there, not against it:
  // "bombers conducted drills over South Korea".
  const bool mobilize = type->name == "mobilize";
  if (m.first == 0 || !(consult || mobilize || type->quad_class == 1 || type->name == "demand" ||
                        type->name == "disapprove")) {
    return false;
  }
  std::size_t p = m.first;
  if (consult) {
    while (p > 0 && (w.tokens[p - 1].lower == "the" || w.tokens[p - 1].lower == "a")) --p;
  }
  // "in northern Iraq": a region's word stands between.
  if (p > 1 && kRegionWords.count(w.tokens[p - 1].lower)) --p;
  const std::string_view before_name = p > 0 ? w.tokens[p - 1].lower : std::string_view();
  const bool of_people = p > 1 && (before_name == "of" || before_name == "from") &&
                         Is(w, p - 2, word_class::kTitleWord);
  // "called on all parties in Syria to", "urged parties to the conflict
  // in Iraq to": whom a demand asks are those of the place. So are whom
  // help goes to: "contribute troops to a peace-keeping force in
  // Liberia", "aid to the people in Gaza".
  const bool asked_there = (type->name == "demand" || type->polarity > 0) && before_name == "in" &&
                           p > 1 && kPeopleOfPlace.count(w.tokens[p - 2].lower) > 0;
  // "a phone call from the Taiwanese president", "a visit from Xi": the
  // one it comes from is the counterpart.
  const bool comes_from = before_name == "from" && p - 1 == last;
  const bool place = consult    ? kLocatives.count(before_name) && !of_people && !comes_from
                     : mobilize ? kPlacePrepositions.count(before_name) > 0 ||
                                      before_name == "over" || before_name == "above" ||
                                      // a partner: "drills with", not "the border with"
                                      (before_name == "with" &&
                                       !(p > 1 && kTerritoryNouns.count(w.tokens[p - 2].lower)))
                                : kPlacePrepositions.count(before_name) > 0 && !asked_there;
  // "a campaign to eradicate the disease in Bangladesh, Bhutan, India,
  // Nepal and Pakistan": every place of the list is where.
  if (p > 0 && p - 1 >= last && place) return true;
  // "spoke ... and covered topics including Syria", "talks about
  // Ukraine": what was discussed, not with whom. So is what a pact or
  // help is about: "agreed to share intelligence about North Korea".
  // A trip's "including" lists where it goes: "a tour of East Africa,
  // including Uganda and Tanzania".
  bool trip = kTripNouns.count(w.tokens[first].lower) > 0 && p > last && p - last <= 5;
  for (std::size_t j = last; trip && j + 1 < p; ++j) {  // only the region before it
    trip = w.tokens[j].capitalized || w.tokens[j].text == "," || w.tokens[j].text == "-";
  }
  // "meetings on trade and North Korea with Xi": a name listed after a
  // topic in plain words is a topic too.
  std::string_view marker = before_name;
  if ((before_name == "and" || before_name == "or") && p > 1) {
    constexpr std::size_t kLongestPlainTopic = 3;  // "on trade and", "on border security and"
    for (std::size_t k = p - 1; k > last && p - 1 - k <= kLongestPlainTopic; --k) {
      const Token& word = w.tokens[k - 1];
      if (!word.is_word || word.capitalized) break;
      if (kTopicMarkers.count(word.lower) || kAboutWords.count(word.lower)) {
        marker = word.lower;
        break;
      }
    }
  }
  const bool topic = consult ? kTopicMarkers.count(marker) > 0 && !(trip && marker == "including")
                             : type->quad_class <= 2 && kAboutWords.count(marker) > 0;
  return p > 0 && p - 1 >= last && topic;
}

}  // namespace

namespace {

// The w.mentions index of the doer a wrong's pattern names inside itself,
// after the word that opens it and before its verb ("Unfortunately the
// American side did not"), if any: the first name there that may act.
std::optional<std::size_t> DoerInsidePattern(const Work& w, const Trigger& trigger) {
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    if (m.first > trigger.first && m.last < trigger.last && m.actor >= 0 && !m.weak &&
        m.kind != MentionKind::kFirstPerson && !m.object) {
      return k;
    }
  }
  return std::nullopt;
}

// Whether the trigger's clause leaves the doer of the wrong it judges to
// what came before: its subject is "this", "that" or "it" right before the
// trigger, a noun after "this", "that", "these" or "those", or a gerund that
// opens the clause ("retweeting from Britain First was the wrong thing to
// do").
bool WrongOfWhatCameBefore(const Work& w, const Trigger& trigger) {
  const std::vector<Token>& t = w.tokens;
  std::size_t start = trigger.clause_start;
  // ("I'm very clear that retweeting ...": the clause after "that".)
  for (std::size_t k = trigger.first; k > trigger.clause_start; --k) {
    if (t[k - 1].lower == "that" && k > 1 && t[k - 2].is_word) {
      start = k;
      break;
    }
  }
  while (start < trigger.first && !t[start].is_word) ++start;
  if (start >= trigger.first) return false;
  const std::string_view opener = t[start].lower;
  if (start + 1 == trigger.first && (opener == "this" || opener == "that" || opener == "it")) {
    return true;
  }
  // "These individuals are associated with undermining ...": a subject that
  // points back with a demonstrative.
  const bool demonstrative =
      opener == "this" || opener == "that" || opener == "these" || opener == "those";
  if (demonstrative && start + 1 < trigger.first && t[start + 1].is_word &&
      !t[start + 1].capitalized) {
    return true;
  }
  return EndsWith(opener, "ing", 2) && !t[start].capitalized;
}

// What `seen` holds for `actor`, if it is from the last kCarryTargetSentences
// before sentence `index`.
template <typename Seen>
const typename Seen::mapped_type* Recent(const Seen& seen, int actor, std::size_t index) {
  const auto it = seen.find(actor);
  if (it == seen.end() || index - it->second.second > kCarryTargetSentences) return nullptr;
  return &it->second;
}

}  // namespace

const DocumentExtractor::TargetsSeen* DocumentExtractor::CarriedTargets(int actor,
                                                                        std::size_t index) const {
  const TargetsSeen* spoke_about = Recent(last_targets_, actor, index);
  return spoke_about != nullptr ? spoke_about : Recent(last_counterparts_, actor, index);
}

const DocumentExtractor::TargetsSeen* DocumentExtractor::PointedBackTo(const Work& w,
                                                                       const Speaker& speaker,
                                                                       std::size_t index) const {
  const TargetsSeen* carried = CarriedTargets(speaker.actor, index);
  if (carried == nullptr || carried->second == index ||
      NamesAnotherParty(w, {speaker}, carried->first)) {
    return nullptr;
  }
  return carried;
}

const DocumentExtractor::TargetsSeen* DocumentExtractor::LastActedOn(int actor,
                                                                     std::size_t index) const {
  return Recent(last_counterparts_, actor, index);
}

// Whether the sentence names a party other than the sources and `carried`
// (the targets a statement with none of its own would take from before):
// not as a place ("in Geneva"; a body after "at" is none), a gathering's name ("for the IMF and
// World Bank spring meetings"), a news agency that carries the words, or the state a carried party
// belongs to ("the liberation of Chad" for Chad's rebels).
bool DocumentExtractor::NamesAnotherParty(const Work& w, const std::vector<Speaker>& sources,
                                          const std::vector<int>& carried) const {
  const auto carried_country = [&](int actor) {
    const std::string& country = rules_.actors[actor].country;
    return std::any_of(carried.begin(), carried.end(), [&](int c) {
      return c == actor || (!country.empty() && rules_.actors[c].country == country);
    });
  };
  constexpr std::size_t kWordsToOccasion = 5;
  return std::any_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
    if (m.actor < 0 || !Named(m) || m.weak || m.attribution || IsSource(sources, m.actor)) {
      return false;
    }
    const Actor& actor = rules_.actors[m.actor];
    if ((AfterPlacePreposition(w, m) && IsState(actor)) || actor.type == "media" ||
        carried_country(m.actor)) {
      return false;
    }
    for (std::size_t k = m.last;
         k < w.tokens.size() && k - m.last < kWordsToOccasion && w.tokens[k].is_word; ++k) {
      if (kOccasionNouns.count(w.tokens[k].lower)) return false;
    }
    return true;
  });
}

std::string DocumentExtractor::ChooseTargets(const Work& w, std::size_t index,
                                             const Trigger& trigger, const SentenceFacts& facts,
                                             Actors* actors, SentenceTargets& sentence_targets,
                                             Targets* out) {
  const StanceRule& rule = *trigger.rule;
  const StanceType* type = trigger.type;
  const std::size_t first = trigger.first, last = trigger.last;
  const std::size_t clause_start = trigger.clause_start, clause_end = trigger.clause_end;
  std::vector<Speaker>& sources = actors->sources;
  const std::optional<std::size_t>& subject = actors->subject;
  std::vector<int>& targets = out->actors;
  std::string& target_note = out->note;

  // "Flynn and Kislyak discussed sanctions": talks whose rule names no
  // counterpart are between the parties of the subject, and only them. So
  // is any stance taken toward "each other" or "one another": "Kenya and
  // Uganda blamed each other".
  // The subject must be the clause's own ("amid signs officials from both
  // sides are growing irritated with each other" is not Japan's and the
  // U.S.'s), and "respect one another's interests" is no stance toward each
  // other.
  const std::vector<Token>& words = w.tokens;
  const bool each_other_named =
      last + 1 < words.size() &&
      ((words[last].lower == "each" && words[last + 1].lower == "other") ||
       (words[last].lower == "one" && words[last + 1].lower == "another")) &&
      (last + 2 >= words.size() || !IsPossessiveMark(words[last + 2]));
  const bool each_other =
      each_other_named && subject && w.mentions[*subject].first >= clause_start &&
      std::none_of(words.begin() + static_cast<std::ptrdiff_t>(w.mentions[*subject].last),
                   words.begin() + static_cast<std::ptrdiff_t>(first),
                   [](const Token& word) { return kSceneSetters.count(word.lower) > 0; });
  if (rule.between_subjects || each_other) {
    std::vector<int> parties;
    for (const Speaker& s2 : sources) {
      if (s2.how != "speaker" &&
          std::find(parties.begin(), parties.end(), s2.actor) == parties.end()) {
        parties.push_back(s2.actor);
      }
    }
    if (parties.size() < 2) return "no second party in its subject to hold it with";
    targets = parties;
    target_note = ", with each other";
    return "";
  }
  targets = actors->passive_patient;
  // "'Unfortunately the American side did not offer any alternatives,'
  // Peskov said": a wrong whose pattern opens with a word before the subject
  // holds its doer.
  if (rule.accusation && !sources.empty() && sources.front().how == "speaker") {
    if (const std::optional<std::size_t> doer = DoerInsidePattern(w, trigger);
        doer && w.mentions[*doer].actor != sources.front().actor) {
      const Mention& m = w.mentions[*doer];
      sources = {Speaker{m.actor, m.person, "subject inside the pattern"}};
    }
  }
  // A wrong with no doer named as its subject is the speaker's finding
  // about whoever is named before it: "the Kremlin said inflexibility on
  // the part of the United States was to blame".
  const bool doer_named = !sources.empty() && sources.front().how != "speaker";
  const bool judged_before = rule.accusation && !doer_named;
  // "U.S. intelligence agencies concluded that Russia interfered": the
  // speaker accuses the doer.
  std::string accusation_note;
  // Whether a speaker other than the doer named says it.
  const bool reported_by_other =
      doer_named && w.speaker.valid() && !IsSource(sources, w.speaker.actor);
  // "We need to do more", "Pakistan needs to do more" with no one else to
  // say it: a demand judged of a party is only the speaker's of another.
  if (rule.judgement && rule.type == "demand" && !reported_by_other) {
    return "a demand judged of no party named by another's speaker";
  }
  // "One European diplomat said ... the Trump administration was hostile to
  // Iran": a judgement of the doer said by someone no rule names is that
  // one's assessment, no stance of the doer's.
  if (rule.judgement && doer_named && !w.speaker.valid() &&
      std::any_of(w.speech_verbs.begin(), w.speech_verbs.end(),
                  [&](std::size_t verb) { return verb < first; })) {
    return "a judgement of the doer by someone no rule names: an assessment";
  }
  if (rule.accusation && doer_named) {
    // Without someone else to say it, a wrong is no stance the doer takes:
    // "Reagan admitted he was wrong", "Russia interfered in the election".
    if (!w.speaker.valid() || IsSource(sources, w.speaker.actor)) {
      return "an accusation with no other actor making it";
    }
    targets.clear();
    for (const Speaker& doer : sources) targets.push_back(doer.actor);
    if (subject) {
      if (const std::optional<int> enabler = EnablerInAside(w, w.mentions[*subject].last, first);
          enabler && std::find(targets.begin(), targets.end(), *enabler) == targets.end()) {
        targets.push_back(*enabler);
      }
    }
    sources = {w.speaker};
    sources.back().how = "speaker";
    accusation_note = ", the speaker's accusation of the doer";
  } else if (rule.judgement && reported_by_other) {
    // "Russia said U.S. actions in Syria were unacceptable": the speaker
    // judges the doer named in the subject.
    targets.clear();
    for (const Speaker& doer : sources) targets.push_back(doer.actor);
    sources = {w.speaker};
    sources.back().how = "speaker";
    accusation_note = ", the speaker's judgement of the doer";
  } else if (rule.speaker_view && reported_by_other) {
    // "Gabriel warned that the EU could no longer rely on the United
    // States": Germany's view, whatever the EU holds.
    sources = {w.speaker};
    sources.back().how = "speaker";
    accusation_note = ", the speaker's view";
  } else if (rule.judgement && !doer_named && first > clause_start) {
    // "Kenya said Ugandan actions in Tanzania were unacceptable": the doer
    // is the first name of the judged subject, even a describing one.
    for (const Mention& m : w.mentions) {
      if (m.first < clause_start || m.last > first) continue;
      if (m.actor >= 0 && m.kind != MentionKind::kFirstPerson && !IsSource(sources, m.actor) &&
          !m.addressee && !m.attribution) {
        targets = {m.actor};
        accusation_note = ", the speaker's judgement of the doer";
      }
      break;
    }
  }
  if (type->name == "demand" && UnnamedAddressee(w, trigger)) {
    return "whom it asks is no actor the rules know ('... to')";
  }
  if (type->name == "demand" && UnnamedClauseSubject(w, trigger)) {
    return "whom it asks is no actor the rules know ('that ...')";
  }
  // "asked Japan to", "had instructed his party to", "hoped GATT would":
  // whom a demand names before the verb it asks for is whom it asks, and
  // no one after.
  const bool addressee_inside = type->name == "demand" && last - first > 2 &&
                                kBeforeAskedVerb.count(w.tokens[last - 1].lower);
  if (addressee_inside && std::none_of(w.mentions.begin(), w.mentions.end(), [&](const Mention& m) {
        return m.first > first && m.last < last && m.actor >= 0 && !IsSource(sources, m.actor);
      })) {
    return "whom it asks to act is no other actor the rules know ('asked ... to')";
  }
  // "both leaders agreed (that) they could not accept a nuclear-armed
  // North Korea": what is agreed is a clause, whose names are no party to
  // the agreement. So is what is agreed on, unless it opens with a name:
  // in "agreed on a new package of sanctions on North Korea" and "agreed on
  // a joint statement supporting a political solution for Syria" the names
  // are in what was agreed. ("agreed to" is left alone: "Venezuela agreed
  // to lend Ecuador crude" is an agreement with Ecuador.)
  const bool agreed_content = w.tokens[last - 1].lower == "on" && !OpensWithNameOrDay(w, last);
  // So is what is agreed as a direct object, unless it is agreed "with"
  // someone: "member states agreed a series of measures to prevent Tokyo
  // deflecting exports" is among themselves; "agreed a deal with Uganda" is
  // with Uganda.
  // A loan or a credit agreed is agreed with whom it goes to: "agreed a
  // 900 mln dlr loan to meet Indonesia's share".
  const auto lent = [&] {
    constexpr std::size_t kWordsToLoan = 5;
    for (std::size_t k = last; k < clause_end && k - last < kWordsToLoan; ++k) {
      if (kLoanNouns.count(w.tokens[k].lower)) return true;
    }
    return false;
  };
  const bool agreed_object = type->name == "agree" && last < w.tokens.size() &&
                             w.tokens[last - 1].lower.substr(0, 5) == "agree" &&
                             IsBareArticle(w.tokens[last].lower) &&
                             !FindWord(w, last, clause_end, "with") && !lent();
  const bool agreed_clause =
      type->name == "agree" && last < w.tokens.size() &&
      (w.tokens[last].lower == "that" || kSubjectPronouns.count(w.tokens[last].lower) ||
       agreed_content || agreed_object);
  // ", a member of the Chadian team trying to broker a peace pact has
  // said.": a trailing attribution names who speaks, not whom the stance
  // is toward.
  const std::size_t attribution = facts.attribution_from;
  // Whether the inquiry is into a tie between parties: then no one is its
  // target.
  bool tie = false;
  // Whether the first name after an addressed trigger has been read.
  bool addressee_checked = false;
  // "spoke to reporters after talks with ...", "fresh debt negotiations with
  // creditors angered by Brasilia's suspension": a friendly or neutral act
  // toward people or firms named right after its "to" or "with" is toward no
  // state, and names further on are about something else.
  if (const std::string_view audience =
          type->quad_class == 1 ? AudienceNamed(w, trigger) : std::string_view();
      !audience.empty()) {
    return "whom it is toward ('" + std::string(audience) + "') is no actor";
  }
  if (const std::string_view partner =
          type->quad_class <= 2 ? UnknownPartnerNamed(w, trigger) : std::string_view();
      !partner.empty()) {
    return "whom it is with ('" + std::string(partner) + "') is no actor";
  }
  if (const std::string_view owner = UnknownOwnerNamed(w, trigger); !owner.empty()) {
    return "whose it is ('" + std::string(owner) + "'s ...') is no actor";
  }
  // "Washington should investigate ..., Lavrov said": a demand that opens
  // with whom it asks (demand/must at the sentence's start) is toward them.
  const bool asked_first = type->name == "demand" && last - first > 1 &&
                           kBeforeAskedVerb.count(w.tokens[last - 1].lower) > 0;
  // "brushed off the indictments in the probe of his campaign's ties to
  // Russian election meddling": a name past someone else's tie is that
  // tie's other side, not whom the trigger is toward.
  const std::size_t owned_tie =
      type->name == "investigate" ? w.tokens.size() : FirstOwnedTie(w, last);
  // Toward whom: the first actor named in or after the trigger in the same
  // clause, with the names listed with it ("with both the US and the EU").
  for (std::size_t k = 0;
       k < w.mentions.size() && targets.empty() && !agreed_clause && !judged_before; ++k) {
    const Mention& m = w.mentions[k];
    // Targets follow the trigger or sit inside it ("restore EU ties"); not
    // inside a talk that ends in the counterpart's "with": in "discussed the
    // Ugandan border issue with Tanzania" Uganda is the topic ("charged
    // Japan with" names whom it charges); nor inside what ends in "on" or
    // "against".
    if (m.first < first || (m.first == first && !asked_first) || m.first >= clause_end ||
        m.attribution) {
      continue;
    }
    if (m.last < last && last - first > 2 &&
        ((type->name == "consult" && EndsInWith(w, last)) ||
         (EndsInOnOrAgainst(w, last) && QualifiesNounAfter(w, m)))) {
      continue;
    }
    if (first < attribution && m.first > attribution) continue;
    // "a tour that has taken him to Japan": the "him" a journey spells out
    // is who travels, not where to.
    if (m.kind == MentionKind::kObjectPronoun && m.last < last && trigger.rule->journey) continue;
    // '"... we will act decisively in this regard," Xinhua news agency
    // quoted the spokesman as saying': the names of a quote's attribution
    // are no one the quote is toward.
    if (m.first > last && InQuoteAttribution(w, last, m.first)) break;
    // "supported by West Germany and the Netherlands": the agents act.
    // ("criticism of rises in West German interest rates voiced by Baker":
    // what comes before the agents is what the deed is about.)
    if (m.first >= actors->agent_begin && m.first < actors->agent_end) continue;
    // "probing possible collusion between Russia and the campaign",
    // "investigations into Russian links to his campaign": an inquiry into
    // a tie is into whoever formed it at home, not into the foreign party.
    if (type->name == "investigate" &&
        ((m.first > last && InsideATie(w, last, m.first)) || NamesATie(w, m))) {
      tie = true;
      break;
    }
    if (PastTargets(w, trigger, actors->agent_end, m.first)) break;
    if (m.first > last && owned_tie + 1 < m.first) break;
    // "banned imports of maize and Uganda has asked for talks": a name after
    // "and" or "but" with a verb of its own opens a new clause.
    if (m.first > last && OpensNewClause(w, last, m)) break;
    if (m.first > last && NextInfinitiveBetween(w, last, m.first)) break;
    if (rule.addressed && m.first >= last && !addressee_checked) {
      addressee_checked = true;
      if (!AddressedRightAfter(w, last, m, sources)) break;
    }
    if (m.set_aside) continue;
    // "tried to help Trump in his campaign": help to a state holds no person.
    if (rule.body_target &&
        (m.kind == MentionKind::kPerson || m.kind == MentionKind::kUnlistedPerson ||
         m.kind == MentionKind::kPronoun || m.kind == MentionKind::kObjectPronoun)) {
      return "whom it is toward is a person, not a state or body";
    }
    if (m.first > last && PastWhatItIsToward(w, trigger, m.first)) break;
    // "to help it resist Israel": the object is inside; whom it resists is
    // no one helped.
    if (m.first >= last && PointerObjectInside(w, trigger)) break;
    if (m.first >= last && ToOwnGround(w, last) && !BorderedBy(w, m)) break;
    if (NamedForSomethingElse(w, rules_, trigger, m)) continue;
    if (WhereOrWhatAbout(w, trigger, m)) {
      k = Coordinated(w, k, +1).back();  // the whole list of places or topics
      continue;
    }
    const int actor = m.kind == MentionKind::kFirstPerson ? w.speaker.actor : m.actor;
    // "Congressmen urging the U.S. to offer a wheat bonus to the Soviet
    // Union": a demand on one's own side is a domestic one, not a demand on
    // whom the act it asks for is toward.
    // (Not "urged it to": "it" may be read as the wrong one.)
    if (type->name == "demand" &&
        ((m.first >= last && OnlyDeterminers(w, last, m.first)) ||
         (asked_first && m.first == first)) &&
        m.kind != MentionKind::kIt && actor >= 0 && IsSource(sources, actor)) {
      return "whom it asks is its own side: a domestic demand";
    }
    // "The U.S. Senate sided with President Reagan and defeated an attempt
    // to cut U.S. aid to Mexico": whom "with" or "against" names right after
    // the trigger is its counterpart; one's own side makes the act domestic.
    // (Not a title whose "of" names its holder's state: "negotiate with the
    // president of Armenia".)
    // ("spoke to former U.S. national security adviser Michael Flynn about
    // his contacts with Russian officials": a meeting's "to" names its
    // counterpart as well.)
    const bool of_after = m.last < w.tokens.size() && w.tokens[m.last].lower == "of";
    const std::string_view preposition = w.tokens[last - 1].lower;
    const bool counterpart_preposition =
        kCounterpartPrepositions.count(preposition) > 0 ||
        (type->name == "consult" && !rule.journey && preposition == "to");
    if (sources.size() == 1 && m.first >= last && TitlesOnly(w, last, m.first) && !of_after &&
        counterpart_preposition && m.kind != MentionKind::kIt && actor >= 0 &&
        IsSource(sources, actor)) {
      return "whom it is toward is its own side: a domestic act";
    }
    // "all agencies of the U.S. government supported the U.S. complaint and
    // unless Argentina took steps": backing its own side's complaint or
    // plan is no friendliness toward anyone named after it.
    const std::size_t opener = StartBeforeArticles(w, m.first);
    if (type->polarity > 0 && opener == last && m.first > last && actor >= 0 &&
        IsSource(sources, actor) && sources.size() == 1 && m.kind == MentionKind::kName &&
        m.last < w.tokens.size() && w.tokens[m.last].is_word && !w.tokens[m.last].capitalized) {
      return "what it backs is its own side's ('" + std::string(w.tokens[m.first].text) + " " +
             std::string(w.tokens[m.last].text) + "')";
    }
    // "rejected a petition by the U.S. rice industry seeking relief from
    // Japanese import restrictions": what is rejected is its own side's, and
    // the names after it are inside it.
    if ((type->name == "reject" || type->name == "disapprove") && m.first > last && actor >= 0 &&
        IsSource(sources, actor) && sources.size() == 1 && opener > 0 &&
        (w.tokens[opener - 1].lower == "by" || w.tokens[opener - 1].lower == "from") &&
        opener - 1 > last) {
      return "what it is toward is its own side's ('" + std::string(w.tokens[opener - 1].text) +
             " ...')";
    }
    // Only parties that act together take a stance toward each other.
    if (actor < 0 ||
        (IsSource(sources, actor) && (sources.size() == 1 || !IsReciprocal(trigger)))) {
      continue;
    }
    for (std::size_t j : Coordinated(w, k, +1)) {
      const Mention& t = w.mentions[j];
      for (int a :
           {t.kind == MentionKind::kFirstPerson ? w.speaker.actor : t.actor, t.second_actor}) {
        if (a >= 0 && std::find(targets.begin(), targets.end(), a) == targets.end()) {
          targets.push_back(a);
        }
      }
    }
    break;
  }

  // "complained to the United Nations that planes from Afghanistan
  // attacked": a complaint made to someone is against whom it is about,
  // when that is someone else; "complained to Japan that American firms
  // are squeezed out" is against Japan.
  if (type->name == "disapprove" && w.tokens[last - 1].lower == "to" && !targets.empty()) {
    if (const std::optional<int> about = ComplaintAbout(w, last, targets, sources)) {
      targets = {*about};
    }
  }

  // The actor named last before the trigger; one named as such wins over
  // a nationality adjective ("the aggressive activity of NATO ..., the
  // development of the Ukrainian territory ... are unacceptable" is about
  // NATO), which serves only when there is nothing else ("called the
  // Russian expulsions unjustified").
  int before_target = -1, before_weak = -1;
  // Between the subject and the trigger, not before the subject: in
  // "Russia has denied meddling and Trump has dismissed ..." Russia is
  // the subject of another verb.
  const std::size_t after_subject = subject ? w.mentions[*subject].last : clause_start;
  // "Kenya praised Uganda but warned it": a verb after "but" that shares
  // the subject of the clause before shares its names too.
  const bool shares_clause_before = subject && after_subject < clause_start && clause_start > 0 &&
                                    w.tokens[clause_start - 1].lower == "but";
  const std::size_t names_from =
      shares_clause_before ? after_subject : std::max(clause_start, after_subject);
  // "what U.S. agencies say was Russian meddling in the election": a wrong's
  // nationality adjective is the doer it is found in.
  const auto before_or_adjective = [&](const Mention& m) {
    return m.last <= first || (judged_before && m.kind == MentionKind::kInstitution &&
                               m.first < first && first < m.last && !AllegedWrong(w, m.first));
  };
  for (const Mention& m : w.mentions) {
    if (before_or_adjective(m) && m.first >= names_from && !m.attribution &&
        !facts.InAside(m, first) && !m.addressee && !m.set_aside && m.actor >= 0 &&
        m.kind != MentionKind::kFirstPerson && !IsSource(sources, m.actor) &&
        !(type->name == "investigate" && NamesATie(w, m)) &&
        TargetBeforeTrigger(w, m, trigger, sources, after_subject)) {
      (m.weak ? before_weak : before_target) = m.actor;
    }
  }
  if (tie) return "an inquiry into a tie between parties, not into one of them";
  // A warning that ends its clause ("..., he warned.") was given in the
  // quote; one followed by what it warns of addresses no one named. One
  // followed by "it" or "them" addresses them: "criticised Japan and warned
  // it to open its markets" is toward the name before, whom "it" means.
  const bool pronoun_addressed = last < w.tokens.size() && before_target >= 0 &&
                                 kThirdPersonObjects.count(w.tokens[last].lower) > 0;
  if (rule.addressed && targets.empty() && last < w.tokens.size() && w.tokens[last].is_word &&
      !pronoun_addressed) {
    return "whom it addresses is not named right after it";
  }
  if (before_target < 0) before_target = before_weak;
  // "stood by Beijing and condemned what it called Western interference":
  // what the clause after "what" names is what it is toward, not a name
  // before; a party named there is found after the trigger.
  if (ObjectIsWhat(w, last)) before_target = -1;
  // "Togolese attacks, enabled by Niger's army, undermine peace": so is
  // whoever an aside says enabled the wrong.
  const std::optional<int> enabler =
      judged_before ? EnablerInAside(w, names_from, first) : std::nullopt;
  if (judged_before && before_target < 0 && !enabler) {
    // "'Retweeting from Britain First was the wrong thing to do,' May
    // said", "'It was a mistake,' Lavrov said": a wrong whose doer the
    // clause leaves to what came before is the speaker's accusation of
    // whom the speaker last spoke about, or who last acted toward them.
    const TargetsSeen* carried =
        sources.front().how == "speaker" && WrongOfWhatCameBefore(w, trigger)
            ? PointedBackTo(w, sources.front(), index)
            : nullptr;
    if (carried == nullptr) return "a wrong with no one named before it";
    targets = carried->first;
    target_note =
        ", the doer it points back to, spoken about in sentence " + std::to_string(carried->second);
    return "";
  }
  target_note = accusation_note;
  const bool among_sources =
      std::all_of(targets.begin(), targets.end(), [&](int t) { return IsSource(sources, t); });
  // Several parties that agree or meet do so with each other, whatever
  // else they agree on: "Trump and Putin met ... and agreed on a joint
  // statement on Syria".
  // Not when the trigger names its counterpart: in "the Other Milds group,
  // comprising Costa Rica, ... and Peru, might consult with Brazil", the
  // members consult Brazil, not each other.
  // Nor when a contact goes "to" someone: "Thatcher and Shultz have written
  // to the Japanese government" did not write to each other.
  const bool counterpart_named =
      last > first && (kCounterpartPrepositions.count(w.tokens[last - 1].lower) > 0 ||
                       (type->name == "consult" && w.tokens[last - 1].lower == "to"));
  // Nor when they agree to do something to someone else: "Norway, Egypt and
  // the Soviet Union agreed to help OPEC" each agreed; not with each other.
  // ("agreed to set up a company with Liberia" is done together.)
  const bool agreed_to_act = type->name == "agree" && w.tokens[last - 1].lower == "to" &&
                             last < w.tokens.size() && w.tokens[last].is_word &&
                             !w.tokens[last].capitalized && !Is(w, last, word_class::kDeterminer) &&
                             !FindWord(w, last, clause_end, "with");
  // Nor when they travel together: "IMF and World Bank teams have visited
  // Warsaw" visit Poland, not each other.
  const bool journey = trigger.rule->journey && !targets.empty();
  const bool mutual = sources.size() > 1 && !counterpart_named && !agreed_to_act && !journey &&
                      (type->name == "agree" || type->name == "consult");
  if (mutual && !targets.empty() && !among_sources) {
    for (const Speaker& src : sources) {
      if (std::find(targets.begin(), targets.end(), src.actor) == targets.end()) {
        targets.push_back(src.actor);
      }
    }
    target_note = ", with each other";
  } else if (among_sources && sources.size() > 1 && IsReciprocal(trigger) &&
             !trigger.journey_purpose && !trigger.rule->journey &&
             !(type->quad_class >= 3 && (actors->agent_end > 0 || HostileObject(w, last))) &&
             !(targets.empty() && counterpart_named && ObjectIsNoActor(w, last))) {
    targets.clear();
    // "Putin and Xi met", "Russian and Ukrainian negotiators met": each
    // party toward each other ("signed by the two sides"); agents of a
    // hostile act are not on each other ("attacks by Iran and Iraq").
    for (const Speaker& s2 : sources) targets.push_back(s2.actor);
    target_note = ", reciprocal";
  } else if (targets.empty() && type->quad_class != 3 && ObjectIsNoActor(w, last)) {
    // Words are another matter: "we are against interference" is against
    // whoever interferes.
    return "whom it is toward ('" + std::string(w.tokens[last].text) + "') is no actor";
  } else if (const int ground = WhoseGround(w, trigger); targets.empty() && type->quad_class == 4 &&
                                                         ground >= 0 &&
                                                         !IsSource(sources, ground)) {
    targets.push_back(ground);
    target_note = ", whose ground the clause names";
  } else if (targets.empty() && UnresolvedObjectPronoun(w, last)) {
    // "leading Democrats to accuse him of lying under oath": whom "him"
    // means is no one the rules resolved, not a name further back, unless
    // the sentence names the people of one other actor before it.
    const int meant = PersonMeantByObjectPronoun(w, last, sources);
    if (meant < 0) {
      return "whom it is toward ('" + std::string(w.tokens[last].text) + "') is no one named";
    }
    targets.push_back(meant);
    target_note =
        ", the one other person the sentence names ('" + std::string(w.tokens[last].text) + "')";
  } else if (targets.empty() && (before_target >= 0 || enabler)) {
    // "the aggressive activity of NATO ... is unacceptable": the actor
    // named before the trigger in its clause.
    if (before_target >= 0) targets.push_back(before_target);
    if (enabler && *enabler != before_target) targets.push_back(*enabler);
    target_note = ", target named before the trigger";
  } else if (const int host = targets.empty() ? EmbassyHost(w, trigger.first, sources) : -1;
             host >= 0) {
    // "The U.S. Embassy to Russia said it would restart some visa services":
    // what a mission does, it does in and toward its host state.
    targets.push_back(host);
    target_note = ", the host of its embassy";
  } else if (targets.empty() && SpeakerOwnsObject(w, trigger, *actors)) {
    // "Iran said U.S. forces attacked two of its oil platforms": what the
    // speaker calls its own is the speaker's.
    targets.push_back(w.speaker.actor);
    target_note = ", the speaker's own ('its ...')";
  } else if (const auto earlier = sentence_targets.find(sources.front().actor);
             targets.empty() && earlier != sentence_targets.end() && !ObjectIsWhat(w, last) &&
             !SubjectEndsWithTarget(w, earlier->second.targets, earlier->second.trigger_end,
                                    first)) {
    // "blamed Israel for the attack and vowed revenge": one actor, one
    // target, two stances. ("Houthi missile attacks against Saudi Arabia,
    // enabled by Iran, threaten regional security": the attacks are the
    // subject, their target none of the threat's.) Not one toward what a
    // "what" clause names: "stood by Beijing and condemned what it called
    // Western interference".
    targets = earlier->second.targets;
    target_note = ", target of its earlier stance in the sentence";
  } else if (const TargetsSeen* doers = LastActedOn(sources.front().actor, index);
             targets.empty() && doers != nullptr && ReactsToAnAct(w, *type, trigger)) {
    // "Washington imposed sanctions on Moscow. ... Russian authorities have
    // condemned the sanctions": toward who last acted toward the subject.
    targets = doers->first;
    target_note =
        ", the act answered was done by whom it names in sentence " + std::to_string(doers->second);
  } else if (const int content =
                 targets.empty() ? ContentBeforeClosingComplaint(w, trigger, sources) : -1;
             content >= 0) {
    targets.push_back(content);
    target_note = ", whom the words its complaint closes are about";
  } else if (const std::optional<Antecedent> antecedent =
                 targets.empty() ? RelativeAntecedent(w, trigger, sources) : std::nullopt) {
    const std::vector<std::size_t> listed = antecedent->with_list
                                                ? Coordinated(w, antecedent->mention, -1)
                                                : std::vector<std::size_t>{antecedent->mention};
    for (std::size_t k : listed) {
      const int actor = w.mentions[k].actor;
      if (actor >= 0 && !IsSource(sources, actor) &&
          std::find(targets.begin(), targets.end(), actor) == targets.end()) {
        targets.push_back(actor);
      }
    }
    target_note = antecedent->note;
  } else if (targets.empty() && rule.implied_target >= 0 &&
             NamedNearby(rule.implied_target, index) && !IsSource(sources, rule.implied_target) &&
             (PastFormAt(w, trigger.first) || LooksFinite(w, trigger.first))) {
    // "after Russia vetoed an extension", in a sentence on the Security
    // Council or after one; only an act stated ("to convince them to ...
    // veto the resolution" is asked for).
    targets.push_back(rule.implied_target);
    target_note = ", the body its kind of act is toward, named in it or the sentence before";
  } else if (const int addressee = targets.empty() && sources.front().how == "speaker"
                                       ? QuoteAddressee(w, trigger.first, facts)
                                       : -1;
             addressee >= 0 && !IsSource(sources, addressee)) {
    // "'Do not underestimate us,' Trump told North Korea": what a quote told
    // to someone says is toward them.
    targets.push_back(addressee);
    target_note = ", whom the quote was told to";
  } else if (targets.empty() && sources.front().how != "speaker" &&
             !(rule.addressed && ClosesQuote(w, trigger.first))) {
    return "no target named after the trigger in its clause";
  } else if (targets.empty() && NamesOwnSide(w, last, sources)) {
    // "it had been a shock to meet Trump": toward the speaker's own side.
    return "whom it is toward is the actor's own side";
  } else if (targets.empty()) {
    // A statement with no target answers what its speaker last spoke
    // about, or, failing that, who last spoke about the speaker.
    // What this sentence's own stances named is in sentence_targets; one
    // set here but not there came from a stance that is no event.
    // Not an inquiry's: "China ... will investigate if there have been any
    // contraventions" looks into whoever contravenes, not whom China last
    // answered.
    const TargetsSeen* carried = CarriedTargets(sources.front().actor, index);
    if (carried == nullptr || carried->second == index || type->name == "investigate") {
      return "no target named after the trigger in its clause";
    }
    // Not past another party this sentence names ("In a separate statement
    // on Japan, the EC ministers said they deplore ...").
    if (NamesAnotherParty(w, sources, carried->first)) {
      return "no target named after the trigger in its clause, and the sentence names another "
             "party than the one carried";
    }
    if (CounterpartNounAfter(w, last)) {
      return "whom it is with ('with the ...') is no actor the rules know";
    }
    targets = carried->first;
    target_note = ", target carried from sentence " + std::to_string(carried->second);
  } else {
    for (const Speaker& s2 : sources) {
      last_targets_[s2.actor] = {targets, index};
      sentence_targets[s2.actor] = {targets, last};
    }
    for (int t : targets) {
      std::vector<int> counterparts;
      for (const Speaker& s2 : sources) counterparts.push_back(s2.actor);
      last_counterparts_[t] = {counterparts, index};
    }
  }
  return "";
}

}  // namespace sg::extract::reading
