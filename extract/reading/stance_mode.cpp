// How a trigger's stance is stated: as a fact, an intention, negated (the
// rule drops the event or flips its type), or under a condition.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include <re2/re2.h>

#include "extract/dates/date_finder.hpp"
#include "extract/plover.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

// Words a pattern opens with that make its act an offer ("offered to hand
// over", "ready to help"), stated now, not intended.
const WordSet kOfferWords = {"offer",    "offers",   "offered",   "offering", "promise",
                             "promises", "promised", "promising", "pledge",   "pledges",
                             "pledged",  "pledging", "willing",   "ready",    "prepared"};

// Whether an invitation at `trigger` asks whom it invites to do something
// other than come, meet, talk or join: "an invitation to Turkey to take the
// dispute to the International Court of Justice" (not "invited the two
// countries to become members", a welcome).
bool InvitedToAct(const Work& w, const Trigger& trigger) {
  static const WordSet kJoiningVerbs = {"join",    "become",  "attend", "participate",
                                        "observe", "monitor", "witness"};
  const auto& t = w.tokens;
  if (t[trigger.first].lower.substr(0, 5) != "invit") return false;
  constexpr std::size_t kWordsToVerb = 8;  // "invited the North Koreans to come"
  for (std::size_t k = trigger.last; k + 1 < t.size() && k < trigger.last + kWordsToVerb; ++k) {
    if (Is(w, k, word_class::kClauseBreak)) return false;
    if (t[k].lower != "to" || k == trigger.last - 1) continue;
    const Token& verb = t[k + 1];
    return verb.is_word && !verb.capitalized && !Is(w, k + 1, word_class::kArticle) &&
           !kVisitVerbs.count(verb.lower) && !kJoiningVerbs.count(verb.lower);
  }
  return false;
}

// The modal heading a list of bare verbs that the verb at `first` ends:
// "will attend the summit in Danang, make a state visit to Hanoi", "would
// send troops and impose sanctions". Nothing past a verb in the past or
// another helper.
std::optional<std::size_t> ModalOfVerbList(const Work& w, std::size_t first,
                                           std::size_t clause_start) {
  const auto& t = w.tokens;
  if (LooksFinite(w, first) || HelperOrPastAt(w, first)) return std::nullopt;
  // A light verb may come first: "make a state visit to".
  constexpr std::size_t kLightVerbReach = 3;
  std::size_t v = first;
  while (v > clause_start + 1 && first - v < kLightVerbReach && t[v - 1].is_word &&
         !t[v - 1].capitalized && t[v - 1].lower != "and") {
    --v;
  }
  while (v < first && t[v - 1].text != "," && t[v - 1].lower != "and") ++v;
  const std::string_view verb = t[v].lower;
  if (v < 2 || t[v].capitalized || LooksFinite(w, v) || EndsWith(verb, "ing", 2) ||
      kSubjectPronouns.count(verb) || kClauseOpeners.count(verb) ||
      Is(w, v, word_class::kClauseBreak | word_class::kDeterminer | word_class::kPreposition) ||
      (t[v - 1].text != "," && t[v - 1].lower != "and")) {
    return std::nullopt;
  }
  // Back from the listed verb to the modal, over bare verbs and their objects.
  constexpr std::size_t kLongestList = 25;
  for (std::size_t k = v - 1; k > clause_start && v - k < kLongestList; --k) {
    const std::string_view word = t[k - 1].lower;
    if (kModals.count(word)) return k - 1;
    // "will have talks on energy and exchange views": "have" is the modal's
    // own first verb.
    if (HelperOrPastAt(w, k - 1)) {
      return k >= 2 && kModals.count(t[k - 2].lower) ? std::optional(k - 2) : std::nullopt;
    }
  }
  return std::nullopt;
}

// Whether a time still to come follows token `from` in its clause, before
// `end`: "tomorrow", "next week", "later this month", "this weekend", "in the
// coming days".
bool TimeToComeAfter(const Work& w, std::size_t from, std::size_t end) {
  const auto& t = w.tokens;
  for (std::size_t k = from; k < end && k < t.size(); ++k) {
    const std::string_view word = t[k].lower;
    if (word == "tomorrow") return true;
    const bool next = word == "next" || (word == "coming" && k > 0 && t[k - 1].lower == "the");
    const bool later_this = word == "this" && k > 0 && t[k - 1].lower == "later";
    const bool this_weekend = word == "this" && k + 1 < t.size() && t[k + 1].lower == "weekend";
    if ((next || later_this || this_weekend) && k + 1 < t.size() &&
        kComingPeriods.count(t[k + 1].lower)) {
      return true;
    }
  }
  return false;
}

// Whether a day after the document's date (`doc_date`, yyyy-mm-dd) is named
// between tokens `from` and `end`: "leaves for Washington on April 29" in a
// story of April 7.
bool DayToComeAfter(const Work& w, std::size_t from, std::size_t end, const std::string& doc_date,
                    std::optional<boost::gregorian::date> doc_day) {
  if (doc_date.empty() || from >= end || end > w.tokens.size()) return false;
  const std::size_t begin = w.tokens[from].begin, stop = w.tokens[end - 1].end;
  for (const DateMention& d : FindDates(w.text, doc_day)) {
    if (d.begin >= begin && d.end <= stop && !d.iso.empty() && d.iso > doc_date) return true;
  }
  return false;
}

// Whether the trigger at `first` is the infinitive that a plan or proposal
// is for, over its owner's name: "the recommendations of his Economic
// Policy Council to curb Japanese exports", "a plan by the EU to impose".
// What is put forward is not yet done.
bool ProposedAct(const Work& w, std::size_t first) {
  static const WordSet kOwnerWords(kPossessives, {"of", "by", "from", "the", "'s"});
  constexpr std::size_t kWordsToNoun = 7;  // "recommendations of his Economic Policy Council"
  const std::vector<Token>& t = w.tokens;
  if (first < 3 || t[first - 1].lower != "to") return false;
  for (std::size_t k = first - 1; k > 0 && first - 1 - k < kWordsToNoun; --k) {
    const Token& word = t[k - 1];
    if (kPlanNouns.count(word.lower)) return true;
    if (!word.is_word || !(word.capitalized || kOwnerWords.count(word.lower))) return false;
  }
  return false;
}

// How far (in tokens) a cue may stand before the trigger it modifies.
constexpr std::size_t kNegationWindow = 12;
constexpr std::size_t kIntentWindow = 6;
constexpr std::size_t kDismissedReach = 15;  // "dismissed [the] reports that ... attacked"
// How far before a sanction a verb that lifts it may stand.
constexpr std::size_t kLiftWindow = 9;

}  // namespace

std::string DocumentExtractor::ReadMode(const Work& w, const Trigger& trigger,
                                        const SentenceFacts& facts, StanceReading* out) const {
  const StanceRule& rule = *trigger.rule;
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;

  // "may lift an additional 84 mln dlrs in trade sanctions against Japan":
  // sanctions a verb before them in the clause lifts are not imposed.
  if (trigger.type->name == "sanction") {
    for (std::size_t k = first; k > clause_start && first - k < kLiftWindow; --k) {
      // "to end the war and ... impose an arms embargo": a new verb's.
      if (!w.tokens[k - 1].is_word || Is(w, k - 1, word_class::kConjunction) ||
          IsHelperVerb(w.tokens[k - 1].lower)) {
        break;
      }
      if (kLiftVerbs.count(w.tokens[k - 1].lower)) {
        return "sanctions '" + std::string(w.tokens[k - 1].text) + "' lifts, not imposed";
      }
    }
  }

  // Negation and intention are read in the words just before the trigger.
  std::size_t neg_from = first;
  while (neg_from > clause_start && first - neg_from < kNegationWindow &&
         !kNegationStops.count(w.tokens[neg_from - 1].lower)) {
    --neg_from;
  }
  std::string window = LowerWords(w.tokens, neg_from, first);
  // "Let there be no doubt that we will act decisively": a doubt denied
  // affirms what follows. (Built anew rather than replaced in place: g++ 12
  // -O3 warns falsely, -Wrestrict, on std::string::replace here.)
  for (const std::string_view affirmation : kAffirmations) {
    if (window.find(affirmation) == std::string::npos) continue;  // nearly always
    std::string kept;
    std::size_t from = 0;
    for (std::size_t at = window.find(affirmation); at != std::string::npos;
         at = window.find(affirmation, from)) {
      kept.append(window, from, at - from);
      kept += ' ';
      from = at + affirmation.size();
    }
    kept.append(window, from, std::string::npos);
    window = std::move(kept);
  }
  // "have not seen a change in Pakistan's support for militants", "no let-up
  // in the attacks": what is denied is a change; the trigger goes on.
  for (const std::string_view change : kChangesOf) {
    if (const std::size_t at = window.rfind(change); at != std::string::npos) {
      window.erase(0, at + change.size() - 1);
    }
  }
  bool negated = false;
  for (const std::string& cue : rules_.negation_words) {
    negated = negated || HasPhrase(window, cue);
  }
  // "would impose no restrictions on them", "sent no troops": a material
  // act done to no extent is not done.
  if (trigger.type->quad_class == 2 || trigger.type->quad_class == 4) {
    for (std::size_t k = first + 1; k < trigger.last; ++k) {
      negated = negated || w.tokens[k].lower == "no";
    }
  }
  // "asked France to stop selling weapons to Iraq": an act stopped is not
  // done.
  if (first > 0 && kStopVerbs.count(w.tokens[first - 1].lower) &&
      EndsWith(w.tokens[first].lower, "ing", 3)) {
    negated = true;
  }
  // "a prompt improvement in relations with the United States cannot be
  // expected": the rest of the clause may deny what the trigger names.
  constexpr std::size_t kDeniedAfterReach = 10;
  const std::size_t after_end = std::min(trigger.clause_end, trigger.last + kDeniedAfterReach);
  const std::string words_after =
      LowerWords(w.tokens, trigger.last, std::max(after_end, trigger.last));
  // Whether what is denied is an expectation: "cannot expect an
  // improvement", '"no early improvement" ... can be expected'.
  bool expectation_denied = negated && HasPhrase(words_after, "be expected");
  for (const std::string_view cue : kExpectationDenials) {
    expectation_denied = expectation_denied || HasPhrase(window, cue);
  }
  if (!negated) {
    for (const std::string_view cue : kDeniedAfterCues) {
      if (HasPhrase(words_after, cue)) negated = expectation_denied = true;
    }
  }
  // "Dutch sugar traders deny involvement in a plan to offer more than
  // 850,000 tonnes of sugar to intervention in protest at EC export
  // policy": a denial reaches the end of what it denies, however long.
  for (std::size_t k = neg_from; !negated && k > clause_start; --k) {
    if (kNegationStops.count(w.tokens[k - 1].lower)) break;
    negated = kDenyVerbs.count(w.tokens[k - 1].lower) > 0;
  }
  // So does a dismissal of reports: in "dismissed reports that Uganda had
  // attacked Tanzania" the attack is denied.
  for (std::size_t k = first; !negated && k > 0 && first - k < kDismissedReach; --k) {
    if (kNegationStops.count(w.tokens[k - 1].lower)) break;
    const std::size_t after =
        kDismissVerbs.count(w.tokens[k - 1].lower) ? AfterReportsThat(w, k) : 0;
    negated = after > 0 && after <= first;
  }
  // "have not yet agreed on a food aid package", "have been unable to
  // agree", "insufficient to block", "made no commitments to support":
  // pending, out of reach or not intended, neither done nor refused.
  for (const std::string_view cue : kPendingCues) {
    if (HasPhrase(window, cue)) return "'" + std::string(cue) + "': not done, no event";
  }
  // "the two countries are close to reaching a trade deal": not yet.
  if (first > 1 && w.tokens[first - 1].lower == "to" &&
      kNearWords.count(w.tokens[first - 2].lower)) {
    return "'" + std::string(w.tokens[first - 2].text) + " to': not done, no event";
  }
  // Whether the text from token `from` up to byte `end` states an intention.
  const auto intent_cue = [&](std::size_t from, std::size_t end) {
    const std::size_t b = w.tokens[from].begin;
    return rules_.intent_cue &&
           RE2::PartialMatch(re2::StringPiece(w.text.data() + b, end - b), *rules_.intent_cue);
  };
  bool intent = rule.mode == "intent" || trigger.backed;
  const std::size_t intent_from =
      std::max(clause_start, first > kIntentWindow ? first - kIntentWindow : 0);
  // A pattern may open with the modal its verb needs ("will pressure",
  // "could pressure") or with a journey's "is going to" ("Trump is going to
  // Beijing"): those words are read as words before the trigger. Not
  // "could" the pattern negates: "could not accept" refuses, as "cannot
  // accept" does; it is no maybe.
  const auto& tk = w.tokens;
  const bool refusal =
      tk[first].lower == "could" && first + 1 < trigger.last && tk[first + 1].lower == "not";
  // So are the words up to an infinitive's "to" the pattern opens with:
  // "plans to press", "wants to pressure". Not an offer, which is the act
  // itself: "has offered to hand over the suspects" agrees now.
  constexpr std::size_t kWordsBeforeTo = 2;
  std::size_t to_cue_words = 0;
  for (std::size_t k = first; k + 1 < trigger.last && k <= first + kWordsBeforeTo; ++k) {
    if (kOfferWords.count(tk[k].lower)) break;
    if (tk[k].lower == "to") {
      to_cue_words = k - first + 1;
      break;
    }
  }
  // (A demand judged opens with the obligation that makes it one: "Uganda
  // should withdraw", Kenya said.)
  const bool obligation = rule.type == "demand" && rule.judgement;
  const std::size_t opening_cue_words =
      first + 1 < trigger.last && kModals.count(tk[first].lower) && !refusal && !obligation ? 1
      : first + 3 < trigger.last && kBeForms.count(tk[first].lower) &&
              tk[first + 1].lower == "going" && tk[first + 2].lower == "to"
          ? 3
          : to_cue_words;
  const std::size_t cues_end = first + opening_cue_words;
  if (!intent && intent_from < cues_end) {
    intent =
        intent_cue(intent_from, opening_cue_words > 0 ? tk[cues_end - 1].end : trigger.match.begin);
  }
  // "Trump will attend the APEC summit in Danang, Vietnam, make a state
  // visit to Hanoi and end his trip in Manila": a bare verb listed after a
  // modal's verb shares its time.
  if (const std::optional<std::size_t> modal = ModalOfVerbList(w, first, clause_start);
      !intent && modal) {
    intent = intent_cue(*modal, w.tokens[*modal].end);
  }
  // "the recommendations of his Economic Policy Council to curb": what a
  // plan is for is intended, however long its owner's name.
  if (!intent && ProposedAct(w, first)) intent = true;
  // "will meet with Japanese banks this week to seek Japanese support": the
  // purpose of a journey, call or meeting takes its time, however far back.
  if (!intent && trigger.journey_purpose && clause_start < first) {
    intent = intent_cue(clause_start, trigger.match.begin);
  }
  // "will discuss trade when they meet": a "when" clause takes its time
  // from the clause it hangs on; so does a pattern that opens with "when"
  // or "after" ("will ask China ... when meeting with Xi", "would leave for
  // Zurich after meeting Stoltenberg").
  const std::optional<std::size_t> when =
      clause_start > 1 && tk[clause_start - 1].lower == "when" ? std::optional(clause_start - 1)
      : first > 0 && first + 1 < trigger.last && kParticipleClauseOpeners.count(tk[first].lower)
          ? std::optional(first)
          : std::nullopt;
  if (!intent && when) intent = intent_cue(ClauseStart(w, *when), tk[*when].begin);
  // "A Taiwanese trade delegation leaves for Washington tomorrow", "U.S.
  // and Japanese officials meet tomorrow", "Japanese officials tomorrow
  // open talks", "Nakasone leaves for Washington on April 29": a meeting,
  // a journey or a signing in the present tense, at a time still to come,
  // is planned. (Other stances may be dated by what they are about:
  // "condemns the vote due next month".)
  // The time must be the trigger's own: not a participle's ("told visiting
  // U.S. Trade Representative Clayton Yeutter that ... later this year"), nor
  // a clause's after it ("talks with Japan that would lead to membership
  // ... next year").
  if (!intent && (rule.journey || rule.type == "consult" || rule.type == "agree") &&
      !PastFormAt(w, first) && !EndsWith(w.tokens[first].lower, "ing", 2) &&
      (!HelperOrPastAt(w, first) || kPresentBe.count(w.tokens[first].lower))) {
    std::size_t own_end = trigger.last;
    while (own_end < trigger.clause_end && own_end < w.tokens.size() &&
           !kClauseOpeners.count(w.tokens[own_end].lower) &&
           !kRelativePronouns.count(w.tokens[own_end].lower)) {
      ++own_end;
    }
    intent = TimeToComeAfter(w, clause_start, first) || TimeToComeAfter(w, trigger.last, own_end) ||
             DayToComeAfter(w, first + 1, own_end, doc_date_, doc_day_);
  }

  // "Kenya said Uganda's attempts to undermine the talks must stop": an
  // accusation is the speaker's, made now; what the doer intends is what it
  // accuses.
  if (rule.accusation) intent = false;

  std::string& stance = out->stance;
  std::string& mode = out->mode;
  std::string& cameo = out->cameo;
  int& polarity = out->polarity;
  int& quad = out->quad;
  double& goldstein = out->goldstein;
  stance = rule.type;
  mode = intent ? "intent" : "fact";
  cameo = rule.cameo_root;
  polarity = rule.polarity;
  quad = rule.quad_class;
  goldstein = rule.goldstein;
  if (intent && rule.mode != "intent" && polarity > 0) {
    cameo = std::string(kIntentCameoRoot);
    quad = kIntentQuadClass;
    goldstein = kIntentGoldstein;
  }
  // The stance read as another type: a negated one flipped, an ultimatum.
  const auto read_as = [&](const StanceType& type, const char* new_mode) {
    *out = ReadingOf(type, new_mode);
  };
  // "We cannot expect a quick improvement ... of relations with the United
  // States": better relations denied as an expectation are a complaint
  // about the other side, as issue #3 reads them (disapprove), not a
  // cooperation merely not done.
  if (negated && expectation_denied && rule.type == "cooperate") {
    read_as(*FindStanceType("disapprove"), "fact");
    negated = false;
  }
  if (negated) {
    if (rule.negated == NegatedAction::kDrop) return std::string(kNegatedNoEvent);
    read_as(*FindStanceType(rule.negated_type), "negated");
  }
  // "repeated an invitation to Turkey to take the dispute to the
  // International Court": an invitation to do something other than come
  // and meet asks it of whom it invites.
  if (rule.type == "consult" && InvitedToAct(w, trigger))
    read_as(*FindStanceType("demand"), "fact");
  // In a sentence with "if", the stances in the if-clause and those
  // under a modal ("would retaliate") are hypothetical; the main verb is
  // not: "Biden warned that he could sanction Putin if Russia invaded"
  // is a warning made, and a sanction that may come.
  if (facts.conditional) {
    bool modal =
        first >= facts.conditional_at && !(facts.conditional_at < first && ClosesQuote(w, first) &&
                                           facts.quoted[facts.conditional_at]);
    for (std::size_t k = first > kIntentWindow ? first - kIntentWindow : 0; k < first; ++k) {
      modal = modal || (k >= clause_start && kModals.count(w.tokens[k].lower) > 0);
    }
    if (modal) mode = "conditional";
    // "Nigeria will withdraw its force from Chad unless the president
    // arranges a ceasefire": an act a side says it will take unless the
    // other acts is a threat made, as PLOVER codes it.
    // (conditional_at is past every token when no word made it conditional.)
    const bool ultimatum = modal && first < facts.conditional_at &&
                           facts.conditional_at < w.tokens.size() &&
                           w.tokens[facts.conditional_at].lower == "unless" &&
                           rule.type != "demand" && rule.type != "threaten";
    if (ultimatum) read_as(*FindStanceType("threaten"), "fact");
  }
  // "Crowe predicted Iran will retaliate": what someone forecasts another
  // will do has not been done or announced.
  std::size_t said_at = clause_start;
  if (said_at > 1 && w.tokens[said_at - 1].lower == "that") --said_at;
  if (said_at > 0 && kForecastVerbs.count(w.tokens[said_at - 1].lower)) mode = "conditional";
  // "he will not negotiate with Ankara until Turkey recognises Greek rights
  // and withdraws its troops": what "until" waits for, not yet done, is a
  // condition. ("fighting went on until Turkey withdrew" was done.)
  constexpr std::size_t kUntilReach = 12;
  if (!PastFormAt(w, first) && !EndsWith(w.tokens[first].lower, "ed", 2)) {
    for (std::size_t k = first; k > 0 && first - k < kUntilReach; --k) {
      const std::string_view word = w.tokens[k - 1].lower;
      if (word == "until" || word == "till") {
        // Not "until recently has been reluctant", "until now", "until
        // March": a time, no clause.
        const Token& next = w.tokens[k];
        const bool time = IsAdverb(next.lower) || kUntilTimes.count(next.lower) > 0 ||
                          (next.capitalized && k < first && !InsideMention(w, k)) ||
                          StartsWithDigit(next);
        if (!time) mode = "conditional";
        break;
      }
      if (!w.tokens[k - 1].is_word || kClauseOpeners.count(word)) break;
    }
  }
  // So is what someone is hopeful of, back to the verb that says so: 'he is
  // "cautiously optimistic" the proposal will be rejected by the EC'.
  constexpr std::size_t kHopeReach = 12;
  for (std::size_t k = first; k > 0 && first - k < kHopeReach; --k) {
    if (Is(w, k - 1, word_class::kSpeechVerb)) break;
    if (kHopeWords.count(w.tokens[k - 1].lower)) mode = "conditional";
    // "There is a good chance that the United States and Latin America will
    // agree": a forecast.
    if (kChanceNouns.count(w.tokens[k - 1].lower) && k < first && w.tokens[k].lower == "that") {
      mode = "conditional";
    }
  }
  // "the countries that must fully enforce sanctions": what someone must or
  // should do is asked of them (demand/must reads who asks), not done.
  // "Trump and Putin could cooperate", "the talks may lead to a deal": what
  // might happen has not.
  // So is what someone "has to" or "have to" do: "We have to agree to dismantle
  // these systems together" (not "we will have to draw the consequences", a
  // step announced).
  for (std::size_t k = intent_from; k < cues_end; ++k) {
    const Token& t = w.tokens[k];
    const bool has_to = (t.lower == "have" || t.lower == "has") && k + 1 < cues_end &&
                        w.tokens[k + 1].lower == "to" &&
                        !(k > 0 && kModals.count(w.tokens[k - 1].lower));
    // "could no longer rely on" says what has stopped, not what might be.
    const bool no_longer = k + 2 < w.tokens.size() && w.tokens[k + 1].lower == "no" &&
                           w.tokens[k + 2].lower == "longer";
    const bool possible = kPossibilities.count(t.text) > 0 && !no_longer;
    if (kObligations.count(t.lower) || possible || has_to) mode = "conditional";
  }
  // "fear of an upcoming attack", "the idea of engaging with Russian
  // contacts": what a phrase cue names just before the trigger is feared
  // or mooted, not done.
  constexpr std::size_t kPhraseReach = 6;  // the cue and up to four words after it
  std::size_t from = first;
  while (from > clause_start && first - from < kPhraseReach && w.tokens[from - 1].is_word) --from;
  const std::string before = LowerWords(w.tokens, from, first);
  for (const std::string& phrase : rules_.conditional_phrases) {
    if (HasPhrase(before, phrase)) mode = "conditional";
  }
  // "has considered threatening China", "is weighing sanctions against": a
  // step under consideration has not been taken.
  for (std::size_t k = from; k < first; ++k) {
    if (kConsiderVerbs.count(w.tokens[k].lower)) mode = "conditional";
  }
  // "a visit to Moscow by Shultz for arms discussions was under
  // consideration": nor has one the rest of the clause weighs. Nor has a
  // meeting named as the subject of "was being discussed" ("a meeting
  // between Trump and Putin at an Asian economic summit next week was being
  // discussed").
  const bool named_act = first > 0 && IsBareArticle(w.tokens[first - 1].lower);
  constexpr std::size_t kWeighedReach = 15;
  for (std::size_t k = trigger.last; k + 2 < w.tokens.size() && k < trigger.last + kWeighedReach &&
                                     !Is(w, k, word_class::kClauseBreak);
       ++k) {
    if (!kBeForms.count(w.tokens[k].lower)) continue;
    // "was under consideration", not "a bill being considered by".
    const std::string_view next = w.tokens[k + 1].lower;
    const bool under = next == "under" && kWeighedNouns.count(w.tokens[k + 2].lower);
    const bool being_weighed =
        named_act && next == "being" && kWeighedParticiples.count(w.tokens[k + 2].lower);
    // "the threat of additional sanctions on North Korea is another option":
    // an option, not a step taken.
    const bool option_after = k + 3 < w.tokens.size() && w.tokens[k + 3].lower == "option";
    const bool option = (next == "a" || next == "an" || next == "another" || next == "one") &&
                        (w.tokens[k + 2].lower == "option" || option_after);
    if (under || being_weighed || option) mode = "conditional";
  }
  return "";
}

}  // namespace sg::extract::reading
