// A wrong named by a noun: "what he called Saudi aggression", "abuses by the
// Burmese military", "Russia's violations of the treaty". The noun names its
// doer; whoever reports the wrong accuses that doer, as the accusation rules
// do for a wrong stated with a verb ("Russia interfered").
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

// The subject of the verb at token `verb`: the nearest name before it in its
// clause that no preposition governs, if it is a name that may act.
std::optional<std::size_t> SubjectBefore(const Work& w, std::size_t verb) {
  const std::size_t clause_start = ClauseStart(w, verb);
  std::optional<std::size_t> subject;
  for (std::size_t j = 0; j < w.mentions.size(); ++j) {
    const Mention& m = w.mentions[j];
    if (m.last <= verb && m.first >= clause_start && !m.object && !m.addressee) {
      subject = m.actor >= 0 && m.kind != MentionKind::kFirstPerson && !m.weak
                    ? std::optional<std::size_t>(j)
                    : std::nullopt;
    }
  }
  return subject;
}

// The mentions index of the doer a wrong's noun at [first, last) names: the
// name after its "by" ("atrocities by Serb forces", "abuses by some among
// the Burmese military"), else the name that qualifies it right before it,
// over up to two describing words: an adjective ("Saudi aggression",
// "Iraqi military aggression") or a possessive ("Russia's repeated
// violations of", "China ... by its aggression"), or the subject of a verb
// that commits it ("Serb forces committed atrocities") or of "be" that says
// it ("the incursion was an act of aggression"). A name that only qualifies
// others ("U.S.-backed rebels") is none.
std::optional<std::size_t> NamedDoer(const Work& w, std::size_t first, std::size_t last) {
  const std::vector<Token>& t = w.tokens;
  const auto doer = [&](const Mention& m) {
    return m.actor >= 0 && m.kind != MentionKind::kFirstPerson;
  };
  if (t[last - 1].lower == "by") {
    constexpr std::size_t kWordsBeforeDoer = 3;  // "some among the"
    for (std::size_t k = 0; k < w.mentions.size(); ++k) {
      const Mention& m = w.mentions[k];
      if (m.first < last) continue;
      if (m.first - last > kWordsBeforeDoer || !OnlyWords(w, last, m.first) || !doer(m)) break;
      return k;
    }
    return std::nullopt;
  }
  std::size_t k = first;
  for (int words = 0; k > 0 && words < 2; ++words) {
    const Token& prev = t[k - 1];
    if (!prev.is_word || prev.capitalized || InsideMention(w, k - 1) ||
        Is(w, k - 1,
           word_class::kDeterminer | word_class::kPreposition | word_class::kConjunction |
               word_class::kClauseBreak | word_class::kSpeechVerb)) {
      break;
    }
    --k;
  }
  // "constitutes contemporary human rights violation and genocide": the
  // second of two wrongs joined by "and" is said of what the first is.
  if (k > 1 && (t[k - 1].lower == "and" || t[k - 1].lower == "or")) {
    constexpr std::size_t kFirstWrongWords = 5;
    const auto says_wrong = [&](std::size_t j) {
      return kBeForms.count(t[j].lower) || kConstituteVerbs.count(t[j].lower) ||
             kCommitVerbs.count(t[j].lower);
    };
    for (std::size_t j = k - 1; j > 0 && k - 1 - j < kFirstWrongWords; --j) {
      if (says_wrong(j - 1)) {
        k = j;
        break;
      }
      const Token& word = t[j - 1];
      if (!word.is_word || word.capitalized || InsideMention(w, j - 1) ||
          Is(w, j - 1, word_class::kPreposition | word_class::kConjunction)) {
        break;
      }
    }
  }
  // "Serb forces committed atrocities": the subject of a verb that commits
  // the wrong.
  std::size_t verb = k;
  while (verb > 0 && Is(w, verb - 1, word_class::kDeterminer)) --verb;
  if (verb > 0 && kCommitVerbs.count(t[verb - 1].lower)) return SubjectBefore(w, verb - 1);
  // "Russians tried to tip the election through hacking": the means the
  // subject acts by.
  if (verb == first && verb > 0 && (t[verb - 1].lower == "through" || t[verb - 1].lower == "by")) {
    return SubjectBefore(w, verb - 1);
  }
  // "Iran's supply of rockets was an act of \"direct military aggression\"",
  // "the incursion constitutes a violation of": a wrong said of the subject.
  std::size_t be = k;
  while (be > 0 && t[be - 1].text == "\"") --be;
  if (be > 2 && t[be - 1].lower == "of" && kActNounsOfWrong.count(t[be - 2].lower)) {
    be -= 2;
    // "a textbook case of", "a clear act of": one describing word.
    if (be > 1 && t[be - 1].is_word && !t[be - 1].capitalized &&
        Is(w, be - 2, word_class::kArticle)) {
      --be;
    }
  }
  while (be > 0 && Is(w, be - 1, word_class::kArticle)) --be;
  if (be > 0 && (kBeForms.count(t[be - 1].lower) || kConstituteVerbs.count(t[be - 1].lower))) {
    return SubjectBefore(w, be - 1);
  }
  // "described the military's actions as a textbook case of ethnic
  // cleansing", "called Uganda's raid an act of aggression": what a verb of
  // naming calls the wrong is done by the first name of its object.
  if (be > 0 && t[be - 1].lower == "as") --be;
  constexpr std::size_t kLongestObject = 6;  // "the military's actions in Rakhine"
  for (std::size_t v = be; v > 0 && be - v <= kLongestObject; --v) {
    if (!kNamingVerbs.count(t[v - 1].lower)) continue;
    for (std::size_t j = 0; j < w.mentions.size(); ++j) {
      const Mention& m = w.mentions[j];
      if (m.first < v || m.last > be) continue;
      if (doer(m) && !m.weak) return j;
      break;
    }
    break;
  }
  // "China in Asia by its aggression": the owner "its" or "their" points back
  // to is the nearest name before it in its clause.
  if (k > 0 && (t[k - 1].lower == "its" || t[k - 1].lower == "their")) {
    const std::size_t clause_start = ClauseStart(w, k - 1);
    std::optional<std::size_t> owner;
    for (std::size_t j = 0; j < w.mentions.size() && w.mentions[j].last < k; ++j) {
      if (w.mentions[j].first >= clause_start) owner = j;
    }
    if (owner && doer(w.mentions[*owner]) && !w.mentions[*owner].weak) return owner;
    return std::nullopt;
  }
  const bool possessive = k > 0 && t[k - 1].lower == "'s";
  for (std::size_t j = 0; j < w.mentions.size(); ++j) {
    const Mention& m = w.mentions[j];
    if (!doer(m)) continue;
    // "Saudi aggression": an adjective's mention takes the noun after it.
    if (m.first < first && first < m.last && m.kind == MentionKind::kInstitution) return j;
    if (possessive ? m.last == k - 1 && !m.weak
                   : m.last == k && m.kind == MentionKind::kInstitution)
      return j;
  }
  return std::nullopt;
}

// Who reports a wrong named at token `first`: the sentence's speaker, else
// the subject of its clause ("Kenya denounced Ugandan aggression"), the
// last name before it there that no preposition or verb governs.
std::optional<Speaker> Reporter(const Work& w, std::size_t first, std::size_t clause_start,
                                const SentenceFacts& facts) {
  if (w.speaker.valid()) {
    Speaker s = w.speaker;
    s.how = "speaker";
    return s;
  }
  std::optional<Speaker> subject;
  for (const Mention& m : w.mentions) {
    if (m.last <= first && m.first >= clause_start && m.actor >= 0 && !m.object && !m.addressee &&
        !m.weak && m.kind != MentionKind::kFirstPerson && !facts.InAside(m, first)) {
      subject = Speaker{m.actor, m.person, "subject"};
    }
  }
  return subject;
}

// Whether the wrong at token `first` is what a punishment before it is
// for: "imposed sanctions on ... over what it called serious human rights
// abuses", "expelled the diplomats for espionage". Over up to five words
// ("what it called serious human rights").
bool PunishedFor(const Work& w, std::size_t first) {
  constexpr std::size_t kWordsToWrong = 5;
  for (std::size_t k = first; k > 0 && first - k <= kWordsToWrong; --k) {
    const Token& word = w.tokens[k - 1];
    if (word.lower == "over" || word.lower == "for") return true;
    if (!word.is_word || word.capitalized) return false;
  }
  return false;
}

// Whether "its" or "their" opens the clause of the wrong at token `first`,
// over up to two describing words: "Its influence campaigns", "Their
// repeated violations of".
bool PossessiveOpensClause(const Work& w, std::size_t first, std::size_t clause_start) {
  const std::vector<Token>& t = w.tokens;
  std::size_t start = clause_start;
  while (start < first && !t[start].is_word) ++start;
  constexpr std::size_t kDescribingWords = 2;
  return start < first && first - start <= kDescribingWords + 1 &&
         (t[start].lower == "its" || t[start].lower == "their") && OnlyWords(w, start, first);
}

}  // namespace

void DocumentExtractor::ReadNamedWrong(const Work& w, std::size_t index, Trigger& trigger,
                                       const SentenceFacts& facts, EventsSeen& seen,
                                       std::vector<graph::Event>& out) {
  const std::size_t first = trigger.first, last = trigger.last;
  trigger.clause_start = ClauseStart(w, first);
  trigger.clause_end = ClauseEnd(w, last);
  if (first >= facts.question_from) {
    Note(trigger, "inside a question, which states nothing: no event");
    return;
  }
  // "despite concerns about human rights abuses by the Bucharest
  // government, the president had decided": a wrong conceded is not what the
  // sentence says.
  constexpr std::size_t kWordsToConcession = 4;  // "despite concerns about"
  for (std::size_t k = first; k > 0 && first - k < kWordsToConcession && w.tokens[k - 1].is_word;
       --k) {
    if (w.tokens[k - 1].lower == "despite" || w.tokens[k - 1].lower == "notwithstanding") {
      Note(trigger, "conceded ('" + std::string(w.tokens[k - 1].text) + " ...'), not stated");
      return;
    }
  }
  const std::optional<std::size_t> doer = NamedDoer(w, first, last);
  std::optional<Speaker> reporter = Reporter(w, first, trigger.clause_start, facts);
  int doer_actor = doer ? w.mentions[*doer].actor : -1;
  std::string note = ", the doer of the wrong it names";
  // "imposed sanctions on seven North Korean individuals ... over what it
  // called serious human rights abuses": the wrong a punishment this
  // sentence told of is for is whoever it punished.
  if (!doer && reporter && PunishedFor(w, first)) {
    for (const graph::Event& e : out) {
      if (e.sentence_index != static_cast<int>(index) || e.polarity >= 0 ||
          rules_.FindActor(e.actor) != reporter->actor) {
        continue;
      }
      doer_actor = rules_.FindActor(e.target);
      note = ", whom the punishment it is for fell on";
    }
  }
  // "'Its influence campaigns blend covert intelligence operations ...,'
  // the document said": a possessive that opens the clause points back to
  // whom the speaker last spoke about.
  if (doer_actor < 0 && reporter && reporter->how == "speaker" &&
      PossessiveOpensClause(w, first, trigger.clause_start)) {
    const TargetsSeen* carried = PointedBackTo(w, *reporter, index);
    if (carried != nullptr && carried->first.size() == 1) {
      doer_actor = carried->first.front();
      note = ", the doer it points back to, spoken about in sentence " +
             std::to_string(carried->second);
    }
  }
  if (doer_actor < 0) {
    Note(trigger,
         "a wrong whose doer is not named (an adjective, a possessive, 'by ...', who commits it)");
    return;
  }
  // "Russia's violations of the treaty, Mattis said": the doer named as the
  // clause's subject is no reporter of its own wrong; the speaker is.
  if (reporter && reporter->actor == doer_actor) reporter.reset();
  if (!reporter) {
    Note(trigger, "a wrong no other actor reports: no stance");
    return;
  }
  StanceReading reading;
  if (const std::string why = ReadMode(w, trigger, facts, &reading); !why.empty()) {
    Note(trigger, why);
    return;
  }
  Targets targets;
  targets.actors = {doer_actor};
  targets.note = note;
  AddEvents(w, index, trigger, {*reporter}, targets, reading, seen, out);
}

}  // namespace sg::extract::reading
