// DocumentExtractor reads one document for Extractor::Extract: the
// sentences' mentions, the document's date, then in document order who is
// meant by "he", "the spokesman" and "the bloc", who speaks, and the events
// each stance rule's match states. One DocumentExtractor per document: it
// keeps what the story has said so far. Private to extract/.
//
// Its passes run in order in Run (extract/extractor.cpp); the methods are
// defined by job in this folder: mentions.cpp, speakers.cpp, event_dates.cpp,
// clauses.cpp, and for each stance rule's match stances.cpp with its steps
// stance_actors.cpp, stance_targets.cpp and stance_mode.cpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "extract/document.hpp"
#include "extract/extractor.hpp"
#include "extract/plover.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/rule_set.hpp"
#include "extract/word_set.hpp"
#include "graph/event.hpp"

namespace sg::extract::reading {

// Helpers over one sentence's mentions, in clauses.cpp.

// The mentions listed together with mentions[anchor] ("X, Y and Z"), in
// token order, anchor included; `direction` -1 looks back, +1 ahead. A list
// needs a conjunction somewhere: commas alone separate clauses as often.
std::vector<std::size_t> Coordinated(const Work& w, std::size_t anchor, int direction);

// The first token of the list of names that ends with `m`, back over names,
// articles, "and" and commas: in "backed by the Netherlands and Denmark" the
// token after "by". What stands before it says what the list is.
std::size_t ListStart(const Work& w, const Mention& m);

// Asides set off by commas right after a name, as token ranges [first,
// last) with the commas: "Pakistan, a key U.S. ally, refused". A name in one
// describes the name before it, and is not the subject of a later verb. A
// list is no aside: "Britain, France, the United States and Japan agreed",
// "Russia, the EU, and NATO condemned".
std::vector<TokenRange> Asides(const Work& w);

// The first token of the words before `first` that say where in a country:
// its articles and a compass or region word ("in south China", "in northern
// Iraq" start at "south", "northern").
std::size_t StartBeforePartOf(const Work& w, std::size_t first);

// Whether the mention is a place right after "in" or "at": "the embassy in
// Moscow", "an attack in Niger".
bool AfterPlacePreposition(const Work& w, const Mention& m);

// Where the words after a mention ending at `from` stop being its name: the
// rest of a name longer than the rules' ("Russia" in "Russia Today") and
// an acronym in brackets ("(RT)"), up to `limit`.
std::size_t RestOfName(const Work& w, std::size_t from, std::size_t limit);

// Whether the country or organisation name starting at token i is part of
// a longer name the rules do not know ("New Jersey", "Air Canada"): a
// capitalised name prefix (kNamePrefixes) stands before it.
bool InsideLongerName(const Work& w, std::size_t i);

// Where a verb joined by "and" to an earlier one starts its own predicate:
// the "and" before `verb` in "criticized the plan and praised Xi", "...,
// and repeatedly praised Xi". Only a past-tense verb counts: "talks and
// deals with China" share their object. Empty when `verb` is no such verb.
std::optional<std::size_t> CoordinatedVerbAt(const Work& w, std::size_t verb);

// The first token of the clause holding `token`, and the token that ends
// it: a clause runs between breaks (kClauseBreaks) and speech verbs.
std::size_t ClauseStart(const Work& w, std::size_t token);
std::size_t ClauseEnd(const Work& w, std::size_t token);

// A name's acronym in brackets is part of the name, not a break between
// clauses: "accused Russia Today (RT) and Sputnik of meddling". Clears the
// brackets' clause-break class.
void JoinNameAcronyms(Work& w);

// Whether token `k` is a quote that closes what was quoted: written right
// after a comma or a full stop (',"', '."'), not an opening one (', "').
bool IsClosingQuote(const Work& w, std::size_t k);
// Whether token `k` is a quote that opens what is quoted: a space before it
// and a word right after ('said the two sides "underscored').
bool IsOpeningQuote(const Work& w, std::size_t k);

// Whether the trigger at token `trigger` is the verb of a quote's
// attribution: "'Either we agree ... or the confrontation increases,' he
// warns." Then it is toward whom the speaker last spoke about, and what the
// quote says does not make it conditional.
bool ClosesQuote(const Work& w, std::size_t trigger);

// Where a relative clause set off by commas ends, if the trigger at `token`
// is in one: "Italy, which refused to join the pact, was invited back by
// Baker" ends at the comma before "was". Past every token otherwise.
std::size_t RelativeClauseEnd(const Work& w, std::size_t clause_start, std::size_t token);
// Where a clause of time or contrast that opens the sentence ("At a time
// when ..., ", "While ..., ") ends, if the trigger at `token` is in one: its
// comma. Past every token otherwise.
std::size_t OpeningClauseEnd(const Work& w, std::size_t clause_start, std::size_t token);
// ClauseStart, except that a trigger opening a phrase of ", in" right after
// a "which"/"who" aside belongs to the clause before the aside ("the ADB,
// which opened in Tokyo today, in protest at").
std::size_t ClauseStartPastAside(const Work& w, std::size_t first);

// "added that X was alarming and that the crisis would be addressed", "this
// is regrettable and we will have to draw the consequences": an "and"
// before a second "that" or a subject pronoun opens another clause. Gives
// that "and" the clause-break class.
void BreakAtAndClause(Work& w);

// "It failed, with the Security Council adopting a resolution demanding
// ...": after a comma, "with" and a name with an -ing verb open a clause
// whose subject is that name. Gives that "with" the clause-break class.
void BreakAtAbsoluteWith(Work& w);

// "Tokyo and Canberra agreed to deepen cooperation, a move Beijing
// criticised": a comma before an act's noun that renames what the clause
// before did, with a name after it, ends that clause. Gives the comma the
// clause-break class.
void BreakAtRenamedAct(Work& w);

// "welcomed the deal before accusing Uganda of cheating": "after",
// "before", "since" or "without" before an -ing verb opens a clause whose
// subject is the main clause's. Gives that word the clause-break class.
void BreakAtParticipleClause(Work& w);

// Why ReadMode gives no event for a negated trigger whose rule drops it; a
// negated tie or talk toward the speaker's side is read again as a complaint.
inline constexpr std::string_view kNegatedNoEvent = "negated: no event";

// The values FindEvents passes between its steps (stances.cpp).

// A stance rule's pattern matched in a sentence.
struct Match {
  std::size_t rule;
  std::size_t begin, end;  // bytes in the sentence text
};

// A match read as a trigger: its rule, its tokens and its clause.
struct Trigger {
  const StanceRule* rule = nullptr;
  const StanceType* type = nullptr;  // the rule's PLOVER type
  Match match{};
  std::string text;                              // the matched text
  std::size_t first = 0, last = 0;               // trigger tokens
  std::size_t clause_start = 0, clause_end = 0;  // ClauseStart, ClauseEnd
  // ", killing 90 people": the subject of the verb a participle after a
  // comma follows (w.mentions index), which the participle shares.
  std::optional<std::size_t> shared_subject;
  // "will visit Colombo next month to start negotiations": what a journey is
  // for, done by the travellers together with whom they visit, not with
  // each other.
  bool journey_purpose = false;
  // "supported the imposition of an embargo on": an act backed, wanted but
  // not done by the one who backs it (mode intent).
  bool backed = false;
};

// Why a reject trigger is a denial of an accusation ("rejected charges that
// the boats were spy boats", "denied U.S. accusations"), which gives no
// event; empty when it is not one.
std::string DenialOfCharges(const Work& w, const Trigger& trigger);

// Why an investigate trigger examines a letter, a proposal or a request put
// to its actor, which is considering it, no inquiry into anyone; empty when
// it does not.
std::string ProposalExamined(const Work& w, const Trigger& trigger);
// Why a noun trigger inside a phrase that opens its sentence and sets the
// scene ("In recent talks with Uganda, Kenya ...") states no stance, or "".
std::string InOpeningPhrase(const Work& w, std::size_t first, std::size_t last);
// Why a noun trigger that a verb keeps from happening ("to deter Iranian
// attacks") states no stance, or "".
std::string PreventedAct(const Work& w, std::size_t first);
// Why a consult trigger held up by its verb ("obstructing talks with")
// states no meeting, or "" when it is not.
std::string TalksObstructed(const Work& w, const Trigger& trigger);
// Why a sanction done for a practical reason ("cancelled a trip to
// Australia because of pressing business at home") states no stance, or "".
std::string PracticalReason(const Work& w, const Trigger& trigger);

// What every trigger of a sentence is read against, found once per sentence.
struct SentenceFacts {
  bool conditional = false;        // a conditional word ("if", "unless")
  std::size_t conditional_at = 0;  // first conditional word
  // Which tokens stand inside a quotation ('"' tokens counted from the
  // sentence start): a trigger outside a quote takes no subject from it.
  std::vector<bool> quoted;
  std::vector<TokenRange> asides;  // Asides(w)
  // Where a sentence that ends in "?" starts asking, after its last colon
  // or quote mark; past every token when it asks nothing.
  std::size_t question_from = static_cast<std::size_t>(-1);
  // Where a trailing attribution starts: the comma before a speech verb
  // that ends the sentence (", a member of the Chadian team has said."),
  // or past every token when there is none.
  std::size_t attribution_from = static_cast<std::size_t>(-1);

  // A mention inside an aside that closes before the trigger at `first`.
  bool InAside(const Mention& m, std::size_t first) const {
    return std::any_of(asides.begin(), asides.end(), [&](const TokenRange& r) {
      return r.first < m.first && m.last <= r.second && r.second <= first;
    });
  }
};

// Whether `actor` is one of the trigger's actors.
inline bool IsSource(const std::vector<Speaker>& sources, int actor) {
  return std::any_of(sources.begin(), sources.end(),
                     [&](const Speaker& src) { return src.actor == actor; });
}

// Who takes a trigger's stance.
struct Actors {
  std::vector<Speaker> sources;        // the subject and the names listed with it, or the speaker
  std::optional<std::size_t> subject;  // w.mentions index of the subject (a passive's agent)
  std::vector<int> passive_patient;    // the passive subject, a target
  std::size_t agent_begin = 0;         // first token of a passive's list of agents, else 0
  std::size_t agent_end = 0;           // token after a passive's list of agents, else 0
};

// Toward whom a trigger's stance is taken.
struct Targets {
  std::vector<int> actors;
  std::string note;  // how they were found, for the trace: ", reciprocal"
};

// The stance a trigger states once negation, intention and condition are read.
struct StanceReading {
  std::string stance, mode, cameo;
  int polarity = 0, quad = 0;
  double goldstein = 0;
};

// A stance read as `type` in `mode`: its name, polarity, quad class, CAMEO
// root and Goldstein weight.
inline StanceReading ReadingOf(const StanceType& type, std::string mode) {
  return {std::string(type.name), std::move(mode), std::string(type.cameo_root),
          type.polarity,          type.quad_class, type.goldstein};
}

// The actor, the subject and the names listed with it, of the trigger in
// the sentence `w` (or the agent of a passive), or the speaker.
// `earlier_triggers` are the sentence's triggers read so far, this one last.
// Returns why there is none, or "" with `actors` filled (stance_actors.cpp).
std::string ChooseActors(const Work& w, const Trigger& trigger, const SentenceFacts& facts,
                         const std::vector<TokenRange>& earlier_triggers, Actors* actors);

class DocumentExtractor {
 public:
  DocumentExtractor(const RuleSet& rules, const WordMap<std::uint32_t>& word_classes,
                    const Document& doc, DocumentTrace* trace)
      : rules_(rules), word_classes_(word_classes), doc_(doc), trace_(trace) {}

  Extraction Run();

 private:
  // Mentions (mentions.cpp).
  void FindMentions(Work& w) const;
  // Adds the mention "the Saudi-led coalition" (or the target-only backer of
  // "Iran-backed militias") starting at token i; the number of tokens it
  // covers, 0 if none.
  std::size_t LedInstitution(Work& w, std::size_t i) const;
  bool ListedAdjective(const std::vector<Token>& tokens, std::size_t at) const;
  // The token of a state noun (cues.state_nouns) from token `at` on, after
  // up to three words describing it: "country", "South Asian nation",
  // "impoverished country". 0 if there is none.
  std::size_t DescribedStateNoun(const Work& w, std::size_t at) const;
  bool MatchInstitution(const std::vector<Token>& tokens, std::size_t at, std::string* title,
                        std::size_t* length) const;
  void ResolveMentions(Work& w);
  std::vector<UnlistedPerson> FindUnlistedPeople(const Work& w) const;
  // Keeps in `w` the people FindUnlistedPeople finds, for ResolveMentions,
  // and remembers the surnames of the full names, for FindMentions in the
  // sentences after ("Lyng said").
  void RememberUnlistedPeople(Work& w);
  // Whether "both sides" may stand for actors a and b: each named once as
  // one who may act, or the two joined as in "U.S.-Japanese relations".
  bool MayBeTwoSides(int a, int b) const;
  // Records the parts of each full name of a person in `w` that the story
  // may use alone later: "Kim" after "Kim Jong Un", "Mattis" after "Jim
  // Mattis".
  void RememberShortNames(const Work& w);
  // Records the acronyms `w` defines in brackets after a name: "(ADB)".
  void RememberAcronyms(const Work& w);
  // Records the short name that ends a state's full name in `w` when the
  // rules give it to another actor: "Congo" after "Democratic Republic of
  // Congo".
  void RememberShortStateNames(const Work& w);
  void RegisterPerson(int person);
  void RegisterTitles(int person);
  void RegisterInstitution(const Mention& m);
  int ActorOfPerson(int person) const;
  // The actor the person named by mention `m` acts for: as ActorOfPerson,
  // but an administration named after a past office-holder ("the Obama
  // administration" in 2017) is the government of the last office held.
  int ActorOfPersonNamed(const Work& w, const Mention& m, int person) const;
  // Whether "he" or "she" at token `k` may mean `person`, by gender.
  bool PronounFits(const Work& w, std::size_t k, int person) const;
  // Whom "he" or "she" (or "him", "her") at token `k` means: `preferred`
  // when it fits, else the last person named lately who fits, other than
  // `excluded`; -1 if none.
  int PersonForPronoun(const Work& w, std::size_t k, int preferred, int excluded = -1) const;
  // The person who is the subject of the clause mention `m` is in, if one
  // was named before it there: "Xi" in "Xi thanked him".
  int SubjectPersonOfClause(const Work& w, const Mention& m) const;

  // Speakers (speakers.cpp).
  void FindSpeaker(Work& w);
  // The length of a person's office written in lower case from token `at`
  // on ("foreign minister" in "Kenya's foreign minister"), 0 if none.
  std::size_t PersonOfficeAt(const Work& w, std::size_t at) const;
  // Whether a person's office starts at token `at` and ends its clause:
  // '", said Kenya's foreign minister.'
  bool OfficeEndsClause(const Work& w, std::size_t at) const;
  // Whether an office ("home affairs minister") takes exactly tokens
  // [from, to).
  bool OfficeFills(const Work& w, std::size_t from, std::size_t to) const;
  // The speaker a name gives: before or after a speech verb, "according to".
  void FindNamedSpeaker(Work& w);
  void PropagateQuotedSpeakers();

  // Dates (event_dates.cpp).
  void FindDocumentDate(const std::string& clean_text);
  bool HeaderDateContradicted(const std::string& iso) const;
  const Work& Dated(std::size_t index);
  void AssignDate(std::size_t index);
  // The date in the trigger's own clause, of a sentence with several; null
  // when there is none (the sentence's date then stands). After Dated.
  const DateMention* TriggerDate(std::size_t index, const Trigger& trigger) const;
  // Drops a group whose members the subject lists after it, set off by
  // commas: they act, not it toward them (stance_actors.cpp).
  void LeaveOutGroupOfListedMembers(const Work& w, Actors* actors) const;

  // Clauses (clauses.cpp).
  // How far a trigger rules the infinitives after it: "threatened to impose
  // sanctions" imposes none; the threat does.
  enum class Reach {
    kNone,       // nothing after it
    kClause,     // every infinitive later in its clause
    kPurpose,    // a journey or work done with someone, whose "to" may say what it is for
    kOwnPhrase,  // a noun set aside as background: the infinitive of its own phrase only,
                 // and it is no stance a later trigger may be the object of
    kObject,     // the object of an earlier stance: as kClause, and a second object
                 // joined to it ("an embargo against X as well as sanctions against")
                 // is one too
  };
  std::string NotAStance(const Work& w, const Trigger& trigger,
                         const std::vector<TokenRange>& earlier, const std::vector<Reach>& reaches,
                         Reach* reach) const;

  // Stances and their events (stances.cpp): FindEvents reads each match in
  // steps, each step saying why a match gives no event as the trace shows it.
  void FindEvents(Work& w, std::size_t index, std::vector<graph::Event>& out);
  // Whether sentence `index` or the one before it names `actor`.
  bool NamedNearby(int actor, std::size_t index) const;
  // False when no stance in the sentence can have both an actor and a target
  // (named, speaking, or carried from the speaker's last statements).
  bool MayHaveTwoParties(const Work& w, std::size_t index) const;
  // The stance rules' matches in the sentence, in text order, each match
  // inside a longer one dropped.
  std::vector<Match> MatchStances(const Work& w) const;
  SentenceFacts FindSentenceFacts(const Work& w) const;
  Trigger LocateTrigger(const Work& w, const Match& match) const;
  // (actor, stance, target) of the sentence's events so far.
  using EventsSeen = std::set<std::tuple<int, std::string, int>>;
  // One event per source and target not yet in `seen`.
  void AddEvents(const Work& w, std::size_t index, const Trigger& trigger,
                 const std::vector<Speaker>& sources, const Targets& targets,
                 const StanceReading& reading, EventsSeen& seen, std::vector<graph::Event>& out);
  // A negated tie or talk toward the speaker's side, whose ReadMode
  // gave `why`: the speaker's complaint of its actors, added to `out`.
  // Whether it was one.
  bool ComplaintOfRefusal(const Work& w, std::size_t index, const Trigger& trigger,
                          const Actors& actors, const Targets& targets, const std::string& why,
                          EventsSeen& seen, std::vector<graph::Event>& out);
  // A trigger of a named-wrong rule ("Saudi aggression"), read on its own
  // (named_wrongs.cpp): the doer the noun names is the target, whoever reports
  // it the actor. It governs no trigger after it.
  void ReadNamedWrong(const Work& w, std::size_t index, Trigger& trigger,
                      const SentenceFacts& facts, EventsSeen& seen, std::vector<graph::Event>& out);
  // Adds `what` to the trace of the sentence's matches, under the trigger.
  void Note(const Trigger& trigger, const std::string& what) const;

  // Targets (stance_targets.cpp).
  // Actors and the sentence they were named in: an actor's last targets or
  // last counterparts.
  using TargetsSeen = std::pair<std::vector<int>, std::size_t>;
  // Each actor's targets so far in the sentence, with where the trigger
  // that named them ends.
  struct StanceTargets {
    std::vector<int> targets;
    std::size_t trigger_end = 0;
  };
  using SentenceTargets = std::map<int, StanceTargets>;
  // The targets of the trigger: named after it in its clause, each other,
  // named before it, or carried from the speaker's earlier statements.
  // Returns why there is none, or "" with `out` filled. An accusation gives
  // the stance to the speaker: `actors->sources` becomes the speaker. Records
  // the targets found in `sentence_targets` and the discourse state.
  std::string ChooseTargets(const Work& w, std::size_t index, const Trigger& trigger,
                            const SentenceFacts& facts, Actors* actors,
                            SentenceTargets& sentence_targets, Targets* out);
  // Whether the sentence names a party other than `sources` and `carried`, the
  // targets a statement with none of its own would carry from before.
  bool NamesAnotherParty(const Work& w, const std::vector<Speaker>& sources,
                         const std::vector<int>& carried) const;
  // What `actor` last took a stance toward, or failing that who last took
  // one toward it, within kCarryTargetSentences of sentence `index`.
  const TargetsSeen* CarriedTargets(int actor, std::size_t index) const;
  // Whom a wrong the speaker `speaker` reports in sentence `index` points
  // back to when its doer is left to what came before ("This was a
  // mistake", "Its influence campaigns"): the speaker's carried targets
  // from an earlier sentence, unless this one names another party.
  const TargetsSeen* PointedBackTo(const Work& w, const Speaker& speaker, std::size_t index) const;
  // Who last took a stance toward `actor`, within kCarryTargetSentences of
  // sentence `index`.
  const TargetsSeen* LastActedOn(int actor, std::size_t index) const;

  // Mode (stance_mode.cpp).
  // The stance, mode (fact, intent, negated, conditional) and scores the
  // trigger states. Returns why it states none (a negation that drops the
  // event), or "" with `out` filled.
  std::string ReadMode(const Work& w, const Trigger& trigger, const SentenceFacts& facts,
                       StanceReading* out) const;

  // The trace (extractor.cpp).
  std::string Describe(const Work& w, const Mention& m) const;

  const RuleSet& rules_;
  const WordMap<std::uint32_t>& word_classes_;
  const Document& doc_;
  DocumentTrace* trace_;

  std::string doc_date_, doc_date_source_;
  // A deque: tokens are views into each Work's text, so a Work must never
  // move once built.
  std::deque<Work> sentences_;
  std::optional<boost::gregorian::date> doc_day_;  // doc_date_ as a date
  // Each sentence's event date, filled by AssignDate when first needed.
  std::vector<std::string> event_dates_, event_date_sources_;
  std::vector<bool> event_date_assigned_;

  // Discourse state while reading the document in order.
  // A part of a full name named so far -> the people it stood in
  // (RememberShortNames); read by FindMentions in the sentences after.
  std::map<std::string, std::vector<int>, std::less<>> short_names_;
  // Acronyms the story defined after a name the rules know, with that name's
  // actor (RememberAcronyms): "the Asian Development Bank (ADB)".
  std::map<std::string, std::vector<NameRef>, std::less<>> acronyms_;
  // Short names the story's full names gave to another actor than the rules
  // do (RememberShortStateNames): "Congo" after "Democratic Republic of
  // Congo" is that state, not the Republic of the Congo.
  std::map<std::string, std::vector<NameRef>, std::less<>> short_state_names_;
  int last_person_ = -1;
  // The actor of the person last named, whom "he" means; a person no rule
  // knows may still have one ("State Department spokeswoman Phyllis Oakley").
  int last_person_actor_ = -1;
  // Surnames of people no rule knows, named in full so far ("Page" of
  // "Carter Page"), with their actor or -1: a later "Page" is that person.
  std::map<std::string, int, std::less<>> unlisted_surnames_;
  int last_speaker_ = -1;  // the person last quoted
  // The last sentence's speaker that was an actor, and how many sentences
  // ago: whose "the statement added" goes on ("the White House said in a
  // statement ... the statement added").
  Speaker last_voice_;
  std::size_t sentences_since_voice_ = 0;
  // The speaker of the sentence being read, else the first person named as
  // a subject in it; and the same of the sentence before.
  int subject_person_ = -1, previous_subject_person_ = -1;
  // People only, for "the Russian president": "president" -> Putin.
  std::map<std::string, int> person_by_title_;
  // Whom "the" + a title means: the person or institution last named with
  // it. "spokesman" -> Peskov, "ministry" -> the Cuban foreign ministry.
  struct TitleHolder {
    int person = -1;
    int actor = -1;
  };
  std::map<std::string, TitleHolder> title_holders_;
  std::map<int, long> actor_seen_;   // actor -> when it was last mentioned
  std::map<int, long> leader_seen_;  // actor -> when a person acting for it was last named
  std::set<int> named_as_actor_;     // named at least once by a mention that may act
  std::set<std::pair<int, int>> joined_sides_;  // names joined by "and" or "-", smaller first
  long mention_clock_ = 0;
  int last_subject_actor_ = -1;   // what "it" stands for
  int last_named_state_ = -1;     // what "the country" stands for
  int earlier_named_state_ = -1;  // the state named before that one
  // The first subject named in the sentence being read and in the one before:
  // whom an "It" opening a sentence means ("Russia has demanded guarantees
  // that the alliance will halt ... It has massed troops").
  int first_subject_actor_ = -1, previous_first_subject_actor_ = -1;
  // The parties of that first subject when it is plural ("Russia and China
  // held talks", "Russian officials said"), whom a "They" opening the next
  // sentence means: up to two actors, else empty.
  std::vector<int> first_subject_group_, previous_first_subject_group_;
  // Whether a sentence opened with a document that speaks ("The communique
  // said, ...") and no sentence has opened with an actor since: then an
  // "It" opening a sentence is that document.
  bool document_speaking_ = false;
  std::vector<int> recent_people_;  // every person named so far, in order
  Speaker previous_speaker_;
  // The targets each actor's last event had, and in which sentence: a
  // statement that names no target continues the speaker's last one
  // ("We don't see reciprocity," the spokesman added).
  std::map<int, TargetsSeen> last_targets_;
  // Who last took a stance toward each actor, and in which sentence.
  std::map<int, TargetsSeen> last_counterparts_;
};

}  // namespace sg::extract::reading
