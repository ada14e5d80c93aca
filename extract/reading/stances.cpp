// The events of a sentence: which stance rules match it, and for each
// match its actors, its targets, and its mode (fact, intent, negated,
// conditional).
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <re2/re2.h>

#include "extract/plover.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

// How far (in tokens) a cue may stand before the trigger it modifies.
constexpr std::size_t kNegationWindow = 12;
constexpr std::size_t kIntentWindow = 6;
// How far after a trigger its target may be named.
constexpr std::size_t kTargetWindow = 14;
// How many sentences an actor's last target stays the implicit target of its
// next statements.
constexpr std::size_t kCarryTargetSentences = 3;

void AddUnique(std::vector<Speaker>& speakers, const Speaker& s) {
  for (const Speaker& other : speakers) {
    if (other.actor == s.actor) return;
  }
  speakers.push_back(s);
}

// Stances two parties take toward each other when they act together.
bool IsReciprocal(const StanceType& type) {
  return type.name == "consult" || type.name == "agree" || type.name == "cooperate" ||
         type.name == "fight";
}

}  // namespace

bool DocumentExtractor::MayHaveTwoParties(const Work& w, std::size_t index) const {
  if (Parties(w) + (w.speaker.valid() ? 1 : 0) >= 2) return true;
  // A speaker's statement naming no one answers whom it last spoke about.
  return w.speaker.valid() && CarriedTargets(w.speaker.actor, index) != nullptr;
}

const DocumentExtractor::TargetsSeen* DocumentExtractor::CarriedTargets(int actor,
                                                                        std::size_t index) const {
  for (const auto* seen : {&last_targets_, &last_counterparts_}) {
    const auto it = seen->find(actor);
    if (it != seen->end() && index - it->second.second <= kCarryTargetSentences) {
      return &it->second;
    }
  }
  return nullptr;
}

void DocumentExtractor::FindEvents(Work& w, std::size_t index, std::vector<graph::Event>& out) {
  // A stance needs an actor and a target: most sentences of a story cannot
  // have both and skip the pattern scan, the costliest step in perf.
  // `explain` still shows which rules match them.
  if (trace_ == nullptr && !MayHaveTwoParties(w, index)) return;
  if (w.mentions.empty() && !w.speaker.valid()) return;
  const std::vector<Match> kept = MatchStances(w);
  w.stance_matched = !kept.empty();
  if (kept.empty()) return;
  const SentenceFacts facts = FindSentenceFacts(w);

  EventsSeen seen;
  SentenceTargets sentence_targets;
  std::vector<TokenRange> earlier_triggers;
  for (const Match& match : kept) {
    Trigger trigger = LocateTrigger(w, match);
    const std::size_t first = trigger.first, last = trigger.last;
    bool governs = false;
    if (const std::string why = NotAStance(w, first, last, earlier_triggers, &governs);
        !why.empty()) {
      if (governs) earlier_triggers.emplace_back(first, last);
      Note(trigger, why);
      continue;
    }
    const std::size_t clause_start = trigger.clause_start = ClauseStart(w, first);
    // "called on Tehran to release", "threatened to impose sanctions": what
    // another stance asks for or threatens is not an event of its own; nor is
    // what it offers, when the two patterns overlap ("offered to provide
    // aid to").
    const bool governed =
        std::any_of(earlier_triggers.begin(), earlier_triggers.end(),
                    [&](const auto& r) { return r.first < first && r.first >= clause_start; });
    const bool infinitive = first > 0 && w.tokens[first - 1].lower == "to";
    earlier_triggers.emplace_back(first, last);
    if (infinitive && governed) {
      Note(trigger, "what an earlier stance in the clause asks for or threatens, not an event");
      continue;
    }
    trigger.clause_end = ClauseEnd(w, last);

    Actors actors;
    if (const std::string why = ChooseActors(w, trigger, facts, earlier_triggers, &actors);
        !why.empty()) {
      Note(trigger, why);
      continue;
    }
    Targets targets;
    if (const std::string why =
            ChooseTargets(w, index, trigger, facts, &actors, sentence_targets, &targets);
        !why.empty()) {
      Note(trigger, why);
      continue;
    }
    StanceReading reading;
    if (const std::string why = ReadMode(w, trigger, facts, &reading); !why.empty()) {
      Note(trigger, why);
      continue;
    }
    AddEvents(w, index, trigger, actors.sources, targets, reading, seen, out);
  }
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

std::vector<Match> DocumentExtractor::MatchStances(const Work& w) const {
  std::vector<int> candidates = rules_.StanceCandidates(w.text);
  if (candidates.empty()) return {};
  std::sort(candidates.begin(), candidates.end());

  std::vector<Match> matches;
  for (int r : candidates) {
    const RE2& re = *rules_.stances[r].pattern;
    re2::StringPiece input(w.text), m;
    std::size_t pos = 0;
    while (pos <= w.text.size() && re.Match(input, pos, w.text.size(), RE2::UNANCHORED, &m, 1)) {
      const std::size_t begin = static_cast<std::size_t>(m.data() - w.text.data());
      const std::size_t end = begin + m.size();
      matches.push_back({static_cast<std::size_t>(r), begin, end});
      pos = end > begin ? end : end + 1;
    }
  }
  // A match inside a longer match of another rule is that rule's detail:
  // "restore ties" inside "ready to restore ties".
  std::vector<Match> kept;
  for (const Match& a : matches) {
    bool inside = false;
    for (const Match& b : matches) {
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

SentenceFacts DocumentExtractor::FindSentenceFacts(const Work& w) const {
  SentenceFacts facts;
  facts.conditional_at = w.tokens.size();
  for (std::size_t k = 0; k < w.tokens.size(); ++k) {
    if (Is(w, k, word_class::kConditional) && !facts.conditional) {
      facts.conditional = true;
      facts.conditional_at = k;
    }
  }
  if (!facts.conditional) {
    const std::string words = LowerWords(w.tokens, 0, w.tokens.size());
    for (const std::string& phrase : rules_.conditional_phrases) {
      facts.conditional = facts.conditional || HasPhrase(words, phrase);
    }
  }

  facts.quoted.assign(w.tokens.size(), false);
  for (std::size_t k = 0, marks = 0; k < w.tokens.size(); ++k) {
    if (w.tokens[k].text == "\"") ++marks;
    facts.quoted[k] = marks % 2 == 1;
  }
  facts.asides = Asides(w);
  return facts;
}

std::string ChooseActors(const Work& w, const Trigger& trigger, const SentenceFacts& facts,
                         const std::vector<TokenRange>& earlier_triggers, Actors* actors) {
  const std::size_t first = trigger.first, last = trigger.last;
  const std::size_t clause_start = trigger.clause_start, clause_end = trigger.clause_end;
  std::vector<Speaker>& sources = actors->sources;
  std::optional<std::size_t>& subject = actors->subject;
  std::vector<int>& passive_patient = actors->passive_patient;

  // Who: the nearest mention before the trigger in its clause that is not
  // an object or an addressee, with the names listed with it ("France and
  // Germany condemned"); "we" and no one at all mean the speaker.
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    // "Mattis met Pakistan's leaders and urged ...": a name right after
    // an earlier trigger is its object.
    // A comma ends that object: in "before landing in Seoul, Mattis held"
    // Mattis is the subject of "held".
    const bool after_trigger =
        std::any_of(earlier_triggers.begin(), earlier_triggers.end() - 1, [&](const auto& r) {
          if (r.second > m.first || m.first - r.second > 2) return false;
          for (std::size_t g = r.second; g < m.first; ++g) {
            if (!w.tokens[g].is_word) return false;
          }
          return true;
        });
    // 'Trump said "China can fix this", urging Beijing': "urging" is Trump's.
    const bool same_voice = facts.quoted[m.first] == facts.quoted[first];
    if (m.last <= first && m.first >= clause_start && !m.object && !m.addressee && !m.weak &&
        !after_trigger && same_voice && !facts.InAside(m, first)) {
      subject = k;
    }
  }
  // In a relative clause the subject is the name "which"/"who" refers to:
  // "Biden, who accused Putin", "Macedonia, which is preparing an offensive".
  if (!subject && clause_start > 0 && kRelativePronouns.count(w.tokens[clause_start - 1].lower)) {
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      const std::size_t gap = clause_start - 1 - std::min(m.last, clause_start - 1);
      if (m.last <= clause_start - 1 && gap <= 1 && !m.weak) subject = k;
    }
  }

  // The passive turns the roles round: "Putin was accused by Biden",
  // "sanctions were imposed on Moscow by Washington".
  const std::string_view verb = w.tokens[first].lower;
  const bool participle = verb.size() > 3 && (verb.compare(verb.size() - 2, 2, "ed") == 0 ||
                                              verb.compare(verb.size() - 2, 2, "en") == 0);
  std::size_t be = first;
  if (be > 0 && w.tokens[be - 1].lower.size() > 2 &&
      w.tokens[be - 1].lower.compare(w.tokens[be - 1].lower.size() - 2, 2, "ly") == 0) {
    --be;  // "was strongly condemned"
  }
  bool passive = participle && !kStateParticiples.count(verb) && be > 0 &&
                 kBeForms.count(w.tokens[be - 1].lower) > 0;
  // ... or a reduced one: "the guarantees demanded by the Kremlin", and
  // the agent of a noun: "missile attacks by the Houthis on Saudi Arabia".
  // "a course opposed by Russia" is passive, but "alarmed by" names what
  // the subject feels about, not who acts.
  passive = passive || (!kFeelingParticiples.count(verb) && last < w.tokens.size() &&
                        w.tokens[last].lower == "by");
  // ... or a passive inside the trigger: "sanctions were imposed on".
  for (std::size_t k = first; k + 1 < last && !passive; ++k) {
    const std::string_view next = w.tokens[k + 1].lower;
    passive = kBeForms.count(w.tokens[k].lower) && next.size() > 3 &&
              next.compare(next.size() - 2, 2, "ed") == 0 && !kStateParticiples.count(next);
  }
  if (passive) {
    std::optional<std::size_t> agent;
    for (std::size_t k = 0; k < w.mentions.size() && !agent; ++k) {
      const Mention& m = w.mentions[k];
      if (m.first > last && m.first < clause_end && m.first > 0 &&
          w.tokens[m.first - 1].lower == "by" && m.actor >= 0 && !m.weak) {
        agent = k;
      }
    }
    if (!agent) return "passive with no agent named ('by ...'): no actor";
    // The patient (the passive subject) becomes a target; the agent acts.
    std::vector<int> patient;
    if (subject && w.mentions[*subject].actor >= 0) patient.push_back(w.mentions[*subject].actor);
    subject = agent;
    passive_patient = patient;
  }
  if (subject && w.mentions[*subject].kind != MentionKind::kFirstPerson) {
    for (std::size_t k : Coordinated(w, *subject, -1)) {
      const Mention& m = w.mentions[k];
      if (m.actor >= 0 && m.kind != MentionKind::kFirstPerson && !m.weak) {
        AddUnique(sources, Speaker{m.actor, m.person, "subject"});
        if (m.second_actor >= 0) AddUnique(sources, Speaker{m.second_actor, -1, "subject"});
      }
    }
  } else if (w.speaker.valid()) {
    sources.push_back(w.speaker);
    sources.back().how = "speaker";
  }
  if (sources.empty()) return "no actor (no subject in the clause and no speaker)";
  return "";
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

  // Toward whom: the first actor named in or after the trigger in the same
  // clause, with the names listed with it ("with both the US and the EU").
  targets = actors->passive_patient;
  // "U.S. intelligence agencies concluded that Russia interfered": the
  // speaker accuses the doer.
  std::string accusation_note;
  if (rule.accusation && w.speaker.valid() &&
      std::none_of(sources.begin(), sources.end(),
                   [&](const Speaker& s2) { return s2.actor == w.speaker.actor; })) {
    targets.clear();
    for (const Speaker& doer : sources) targets.push_back(doer.actor);
    sources = {w.speaker};
    sources.back().how = "speaker";
    accusation_note = ", the speaker's accusation of the doer";
  }
  for (std::size_t k = 0; k < w.mentions.size() && targets.empty(); ++k) {
    const Mention& m = w.mentions[k];
    // Targets follow the trigger or sit inside it ("restore EU ties").
    if (m.first <= first || m.first >= clause_end || m.attribution) continue;
    if (m.first > last && m.first - last > kTargetWindow) break;
    // What is said or met happens somewhere: "agreed in Paris to",
    // "called for hearings on an attack in Niger", "met in Beijing", "on
    // the sidelines of the APEC summit" name where, not whom. A
    // preposition the pattern ends with takes its object as the target
    // ("arrived in Beijing"); "talks with leaders of Romania" are with
    // Romania. A threat, or a refusal, to act in a place is about it
    // ("refused to deploy peacekeepers in Iraq").
    const bool consult = type->name == "consult";
    if (m.first > 0 && (consult || type->quad_class == 1 || type->name == "demand" ||
                        type->name == "disapprove")) {
      std::size_t p = m.first;
      if (consult) {
        while (p > 0 && (w.tokens[p - 1].lower == "the" || w.tokens[p - 1].lower == "a")) --p;
      }
      const std::string_view before_name = p > 0 ? w.tokens[p - 1].lower : std::string_view();
      const bool of_people = p > 1 && before_name == "of" && Is(w, p - 2, word_class::kTitleWord);
      const bool place = consult ? kLocatives.count(before_name) && !of_people
                                 : kPlacePrepositions.count(before_name) > 0;
      if (p > 0 && p - 1 >= last && place) continue;
      // "spoke ... and covered topics including Syria", "talks about
      // Ukraine": what was discussed, not with whom.
      if (consult && p > 0 && p - 1 >= last && kTopicMarkers.count(before_name)) {
        k = Coordinated(w, k, +1).back();  // the whole list of topics
        continue;
      }
    }
    const int actor = m.kind == MentionKind::kFirstPerson ? w.speaker.actor : m.actor;
    if (actor < 0 || (sources.size() == 1 && actor == sources.front().actor)) continue;
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
  for (const Mention& m : w.mentions) {
    if (m.last <= first && m.first >= std::max(clause_start, after_subject) && !m.attribution &&
        !facts.InAside(m, first) && !m.addressee && m.actor >= 0 &&
        m.kind != MentionKind::kFirstPerson &&
        std::none_of(sources.begin(), sources.end(),
                     [&](const Speaker& src) { return src.actor == m.actor; })) {
      (m.weak ? before_weak : before_target) = m.actor;
    }
  }
  if (before_target < 0) before_target = before_weak;
  target_note = accusation_note;
  const bool among_sources = std::all_of(targets.begin(), targets.end(), [&](int t) {
    return std::any_of(sources.begin(), sources.end(),
                       [&](const Speaker& src) { return src.actor == t; });
  });
  // Several parties that agree or meet do so with each other, whatever
  // else they agree on: "Trump and Putin met ... and agreed on a joint
  // statement on Syria".
  const bool mutual = sources.size() > 1 && (type->name == "agree" || type->name == "consult");
  if (mutual && !targets.empty() && !among_sources) {
    for (const Speaker& src : sources) {
      if (std::find(targets.begin(), targets.end(), src.actor) == targets.end()) {
        targets.push_back(src.actor);
      }
    }
    target_note = ", with each other";
  } else if (among_sources && sources.size() > 1 && IsReciprocal(*type)) {
    targets.clear();
    // "Putin and Xi met", "Russian and Ukrainian negotiators met": each
    // party toward each other.
    for (const Speaker& s2 : sources) targets.push_back(s2.actor);
    target_note = ", reciprocal";
  } else if (targets.empty() && before_target >= 0) {
    // "the aggressive activity of NATO ... is unacceptable": the actor
    // named before the trigger in its clause.
    targets.push_back(before_target);
    target_note = ", target named before the trigger";
  } else if (targets.empty() && sentence_targets.count(sources.front().actor)) {
    // "blamed Israel for the attack and vowed revenge": one actor, one
    // target, two stances.
    targets = sentence_targets[sources.front().actor];
    target_note = ", target of its earlier stance in the sentence";
  } else if (targets.empty() && sources.front().how != "speaker") {
    return "no target named after the trigger in its clause";
  } else if (targets.empty()) {
    // A statement with no target answers what its speaker last spoke
    // about, or, failing that, who last spoke about the speaker.
    const TargetsSeen* carried = CarriedTargets(sources.front().actor, index);
    if (carried == nullptr) return "no target named after the trigger in its clause";
    targets = carried->first;
    target_note = ", target carried from sentence " + std::to_string(carried->second);
  } else {
    for (const Speaker& s2 : sources) {
      last_targets_[s2.actor] = {targets, index};
      sentence_targets[s2.actor] = targets;
    }
    for (int t : targets) {
      std::vector<int> counterparts;
      for (const Speaker& s2 : sources) counterparts.push_back(s2.actor);
      last_counterparts_[t] = {counterparts, index};
    }
  }
  return "";
}

std::string DocumentExtractor::ReadMode(const Work& w, const Trigger& trigger,
                                        const SentenceFacts& facts, StanceReading* out) const {
  const StanceRule& rule = *trigger.rule;
  const std::size_t first = trigger.first, clause_start = trigger.clause_start;

  // Negation and intention are read in the words just before the trigger.
  std::size_t neg_from = first;
  while (neg_from > clause_start && first - neg_from < kNegationWindow &&
         !kNegationStops.count(w.tokens[neg_from - 1].lower)) {
    --neg_from;
  }
  const std::string window = LowerWords(w.tokens, neg_from, first);
  bool negated = false;
  for (const std::string& cue : rules_.negation_words) {
    negated = negated || HasPhrase(window, cue);
  }
  bool intent = rule.mode == "intent";
  const std::size_t intent_from =
      std::max(clause_start, first > kIntentWindow ? first - kIntentWindow : 0);
  if (!intent && rules_.intent_cue && intent_from < first) {
    const std::size_t b = w.tokens[intent_from].begin;
    intent = RE2::PartialMatch(re2::StringPiece(w.text.data() + b, trigger.match.begin - b),
                               *rules_.intent_cue);
  }

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
  if (negated) {
    if (rule.negated == NegatedAction::kDrop) return "negated: no event";
    const StanceType* flipped = FindStanceType(rule.negated_type);
    stance = rule.negated_type;
    mode = "negated";
    polarity = flipped->polarity;
    quad = flipped->quad_class;
    cameo = std::string(flipped->cameo_root);
    goldstein = flipped->goldstein;
  }
  // In a sentence with "if", the stances in the if-clause and those
  // under a modal ("would retaliate") are hypothetical; the main verb is
  // not: "Biden warned that he could sanction Putin if Russia invaded"
  // is a warning made, and a sanction that may come.
  if (facts.conditional) {
    bool modal = first >= facts.conditional_at;
    for (std::size_t k = first > kIntentWindow ? first - kIntentWindow : 0; k < first; ++k) {
      modal = modal || (k >= clause_start && kModals.count(w.tokens[k].lower) > 0);
    }
    if (modal) mode = "conditional";
  }
  return "";
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
      if (!seen.insert({source.actor, reading.stance, target}).second) continue;
      const Actor& a = rules_.actors[source.actor];
      const Actor& b = rules_.actors[target];
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
      e.date = event_dates_[index];
      e.date_source = event_date_sources_[index];
      e.rule = trigger.rule->id;
      Note(trigger, "-> " + a.code + " " + reading.stance + " " + b.code + " (" + reading.mode +
                        ", actor from " + source.how + targets.note + ")");
      out.push_back(std::move(e));
    }
  }
}

}  // namespace sg::extract::reading
