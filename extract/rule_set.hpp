// RuleSet: the compiled, validated rules the extractor matches with.
//
// A RuleSet is made once by LoadRules (rule_loader.hpp) and then only read:
// every pattern compiled, every reference resolved, so matching cannot fail.
// It is shared read-only by all extraction threads.
//
//   sg::extract::RuleSet rules = sg::extract::LoadRules(sources, iso_codes_json);
//   for (const NameRef& ref : rules.FindName("Kremlin")) ...   // -> actor RUS
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "common/error.hpp"
#include "extract/literal_set.hpp"
#include "extract/text/boilerplate_filter.hpp"
#include "extract/word_set.hpp"

namespace sg::extract {

// A country or organisation: what becomes a graph node.
struct Actor {
  std::string code;     // "RUS", "EU"
  std::string name;     // "Russia"
  std::string country;  // ISO alpha-3, "" for international organisations
  std::string type;     // "government", "igo", "armed group", ...
  // The actor this one's names meant before `predecessor_until` (ISO date,
  // exclusive): "Moscow" in 1987 is the Soviet Union. -1 if none.
  int predecessor = -1;
  std::string predecessor_until;
};

// Whether the actor is a state ("government"), not an organisation, a
// territory or a group.
inline bool IsState(const Actor& a) { return a.type == "government"; }

// A territory ("PRI", country "USA") and the state it belongs to are one
// state: what passes between them is domestic news.
inline bool IsDomestic(const Actor& a, const Actor& b) {
  return (a.type == "territory" && a.country == b.code) ||
         (b.type == "territory" && b.country == a.code);
}

// A person speaks for an actor in a role between two dates.
struct Role {
  int actor = -1;     // index into RuleSet::actors
  std::string title;  // "president", "spokesman", ...
  std::string from;   // ISO date, inclusive; "" = always
  std::string until;  // ISO date, exclusive; "" = still
};

// Whom "he" or "she" may mean; unknown fits both.
enum class Gender { kUnknown, kFemale, kMale };

struct Person {
  std::string id;    // "dmitry-peskov"
  std::string name;  // "Dmitry Peskov"
  std::vector<Role> roles;
  Gender gender = Gender::kUnknown;
  // A surname many people share ("Kim", "Moon"): it stands for this person
  // only alone, in a story that has named the state of one of their roles.
  std::string shared_surname;
};

// What a name in the text refers to.
struct NameRef {
  enum class Kind {
    kActor,      // "Russia", "Kremlin"
    kAdjective,  // "Russian": an actor only before an institution noun
    kPerson,     // "Dmitry Peskov", "Peskov"
  };
  Kind kind = Kind::kActor;
  int index = -1;  // into actors (kActor, kAdjective) or people (kPerson)
};

enum class NegatedAction {
  kDrop,  // a negated trigger is no event ("does not want to distance itself")
  kFlip,  // it is an event of another type (`negated_type`)
};

struct StanceRule {
  std::string id;    // "cooperate/restore-ties"
  std::string type;  // PLOVER type
  std::string mode;  // "fact" or "intent"
  int polarity = 0;
  int quad_class = 0;
  std::string cameo_root;
  double goldstein = 0.0;
  NegatedAction negated = NegatedAction::kDrop;
  std::string negated_type;  // PLOVER type emitted when kFlip
  // A wrong one finds in others ("meddled in", "was wrong to"): reported by
  // a speaker of another actor, it is that speaker's accusation of the doer;
  // stated by no one else, it is no stance at all.
  bool accusation = false;
  // A judgement of the subject ("U.S. actions in Syria were unacceptable"):
  // whoever says so judges the doer the subject names; with no doer named
  // it is the speaker's stance like any other ("this was unacceptable").
  bool judgement = false;
  // A view rather than an act ("could no longer rely on the US"): reported
  // from a speaker of another actor, it is the speaker's stance.
  bool speaker_view = false;
  // Whom the act is toward when no target is named, if the document has
  // named it: "Russia vetoed an extension" in a story about the Security
  // Council is toward the UN. Its code, and the actor it names (-1: none).
  std::string implied_target_code;
  Location implied_target_where;  // of the code, for a message
  int implied_target = -1;
  // A wrong named by a noun ("Saudi aggression", "abuses by the army"): its
  // doer is the name that qualifies it, and whoever reports it (the speaker,
  // or the subject of the clause naming it) disapproves of that doer.
  bool named_wrong = false;
  // A go-between's stance ("mediated between"): the names after "between"
  // are its targets. Without it a trigger ending in "between" names the
  // parties themselves ("the war between Iran and Iraq").
  bool mediator = false;
  // A stance toward whom the trigger addresses, named right after it
  // ("warned North Korea", "a warning to Iran"). What it warns of is no
  // target: "warned that the EU could no longer rely on the US" threatens
  // neither.
  bool addressed = false;
  // Parties listed as the subject act toward each other ("Angola and
  // Uruguay established relations"), as in every agree, consult, cooperate
  // and fight rule.
  bool reciprocal = false;
  // Toward a state or body only ("helped Nigeria with its debt"): a
  // person named as its object ("help Trump defeat Clinton") is helped as a
  // candidate or a private person, not as a state.
  bool body_target = false;
  // An act both sides do to each other ("clashed with", "traded insults
  // with"): each target takes the stance toward each source too.
  bool mutual = false;
  // Talks of the subject's parties with each other, and with no one else
  // ("Flynn and Kislyak discussed sanctions"); a subject of one party gives
  // no event.
  bool between_subjects = false;
  // A visit or a trip ("visited", "flew to"): an infinitive right after its
  // phrase says what it is for, an act of the traveller's ("visited NATO in
  // May to admonish European leaders"), not something asked for.
  bool journey = false;
  std::unique_ptr<RE2> pattern;  // case-insensitive, wrapped in \b(?:...)\b
  struct Alternative {
    std::string pattern;  // as written in the rule file
    Location where;
  };
  std::vector<Alternative> alternatives;  // what `pattern` joins
  Location where;                         // where the rule was defined
};

class RuleSet {
 public:
  RuleSet() = default;
  // Compiled patterns are owned once; a RuleSet is moved, never copied.
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;
  RuleSet(RuleSet&&) = default;
  RuleSet& operator=(RuleSet&&) = default;

  std::vector<Actor> actors;
  std::vector<Person> people;
  std::vector<int> people_with_shared_surname;  // indices into people
  std::vector<StanceRule> stances;
  std::vector<BoilerplateRule> boilerplate;
  // All boilerplate patterns in one set: most lines match none (one scan).
  std::unique_ptr<RE2::Set> boilerplate_any;

  // Names: exact, case-sensitive token sequences joined by single spaces.
  // A name has one referent, except a surname two people share in different
  // years ("Bush"): those are told apart by the document date.
  WordMap<std::vector<NameRef>> names;
  std::size_t max_name_tokens = 1;
  // First token of every name -> the most tokens a name starting with it
  // has: most tokens start no name, and are passed over with one look-up.
  WordMap<std::size_t> name_starts;
  void AddNameStart(std::string_view first_token, std::size_t tokens);
  // The most tokens a name starting with `token` has; 0 if none starts so.
  std::size_t LongestNameFrom(std::string_view token) const;

  // The literals each stance pattern requires ("atoms"), found in a sentence
  // in one pass, select the patterns worth running on it.
  // Each alternative of each rule is a pattern of its own there (RE2 would
  // factor "invade|invasion|incursion" into "in..." and require nothing of
  // three letters); stance_filter_rule maps the filter's ids to rules.
  std::unique_ptr<re2::FilteredRE2> stance_filter;
  std::vector<int> stance_filter_rule;
  LiteralSet stance_atoms;

  // Indices of the stance rules that may match `sentence` (a superset of
  // those that do), ascending.
  std::vector<int> StanceCandidates(std::string_view sentence) const;
  // Whether any stance pattern matches somewhere in `sentence`.
  bool HasStance(std::string_view sentence) const;

  // Common nouns that stand for an actor after "the": "the bloc" -> EU or
  // ASEAN, whichever the document named last. Keyed by lower-case tokens.
  // Indices into `stances` of the rules with an implied target.
  std::vector<int> implied_target_rules;

  std::unordered_map<std::string, std::vector<int>> references;
  std::size_t max_reference_tokens = 1;
  // Nouns that stand for the state last named (cues.state_nouns): "the
  // country", and with words describing it, "the South Asian nation".
  WordSet state_nouns;

  WordSet speech_verbs;                          // "said", "told", ...
  WordSet negation_words;                        // "not", "n't", "never", ...
  WordSet conditional_words;                     // "if", "unless", ...
  std::vector<std::string> conditional_phrases;  // "provided that", and mooted: "upcoming"
  std::unique_ptr<RE2> intent_cue;               // alternation of the intent cues
  // Institution nouns as token sequences: "foreign ministry" -> {"foreign", "ministry"}.
  std::vector<std::vector<std::string>> institution_nouns;
  // First word -> indices into institution_nouns, longest noun first.
  WordMap<std::vector<std::size_t>> institution_nouns_by_first_word;
  WordSet institution_first_words;  // "foreign", "minister": a quick no for most tokens
  WordSet institution_last_words;   // "minister", "ministry": the words that end a title

  // Parts of a state that do not act for its government (cues.sectors):
  // "Syrian rebels", "the Russian opposition". The loader derives one actor
  // per state and sector, coded as the state's code and the sector's
  // ("SYRREB"), whose country is the state, so `--collapse country` folds it
  // back in.
  struct Sector {
    std::string type;  // "rebels": the derived actors' type
    std::string code;  // "REB"
  };
  std::vector<Sector> sectors;
  std::unordered_map<std::string, int> sector_of_noun;  // "rebel forces" -> index in sectors
  // actor * sectors.size() + sector -> the derived actor; -1 for no state.
  std::vector<int> sector_actors;
  // The actor a state's `noun` names ("rebels": its rebels), or `actor`
  // itself when the noun names no sector or the actor is no state.
  int SectorActor(int actor, std::string_view noun) const;

  // The referents of an exact name (empty when none).
  const std::vector<NameRef>& FindName(std::string_view name) const;
  // The name of a state or body that `word` misspells by one letter left out
  // or one put in ("Ethopia", "Afganistan", "Brittain"), or "" when none or
  // more than one. Only one-word names of seven letters or more, and never a
  // first or last letter, so "Indian" is no "Indiana" and "Columbia" (one
  // letter changed) no "Colombia". People's names are never guessed.
  std::string CorrectSpelling(std::string_view word) const;
  // Fills `misspellings` from `names`; the loader calls it once all names are in.
  void IndexMisspellings();
  // One-word names with one inner letter left out -> the name ("" when two
  // names give the same key).
  std::unordered_map<std::string, std::string> misspellings;
  // Index of the actor with `code`, or -1.
  int FindActor(std::string_view code) const;
  // Index of the person with `id`, or -1.
  int FindPerson(std::string_view id) const;
  // The role `person` holds on `date` (ISO; "" = unknown: the latest role
  // started), or nullptr when the person held none that day.
  const Role* RoleOn(const Person& person, std::string_view date) const;
  // The actor that `actor`'s names meant on `date` (ISO; "" = unknown: the
  // actor itself): its predecessor before the predecessor's end date.
  int ActorOn(int actor, std::string_view date) const;

  // Filled by the loader.
  std::unordered_map<std::string, int> actor_index;   // code -> index in actors
  std::unordered_map<std::string, int> person_index;  // id -> index in people
};

}  // namespace sg::extract
