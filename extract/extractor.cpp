#include "extract/extractor.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/dates/date_finder.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"
#include "extract/text/boilerplate_filter.hpp"
#include "extract/text/normalizer.hpp"
#include "extract/text/sentence_splitter.hpp"
#include "extract/text/utf8.hpp"
#include "extract/tokenizer.hpp"

namespace sg::extract {
namespace reading {
namespace {

const char* KindName(MentionKind k) {
  switch (k) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kInstitution:
      return "institution";
    case MentionKind::kPerson:
      return "person";
    case MentionKind::kRoleNoun:
      return "role noun";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kObjectPronoun:
      return "object pronoun";
    case MentionKind::kFirstPerson:
      return "first person";
    case MentionKind::kReference:
      return "reference";
    case MentionKind::kStateNoun:
      return "state noun";
    case MentionKind::kIt:
      return "it";
    case MentionKind::kThey:
      return "they";
    case MentionKind::kPair:
      return "pair";
    case MentionKind::kLatter:
      return "the latter";
    case MentionKind::kUnlistedPerson:
      return "unlisted person";
  }
  return "";
}

// How many different actors the sentence names (by name, title or a
// person's name; not "he" or "the bloc").
std::size_t NamedActors(const Work& w) {
  std::set<int> actors;
  for (const Mention& m : w.mentions) {
    if (Named(m) && m.actor >= 0) actors.insert(m.actor);
  }
  return actors.size();
}

}  // namespace

std::string DocumentExtractor::Describe(const Work& w, const Mention& m) const {
  // Appended piece by piece: g++ 12 -O3 warns falsely (-Wrestrict) on
  // "'" + std::string here.
  std::string out = "'";
  out += JoinTokens(w.tokens, m.first, m.last - m.first);
  out += "' ";
  out += KindName(m.kind);
  if (m.actor >= 0) out += " -> " + rules_.actors[m.actor].code;
  if (m.person >= 0) out += " (" + rules_.people[m.person].name + ")";
  if (!m.title.empty()) out += " [" + m.title + "]";
  if (m.attribution) out += " speaker";
  if (m.object) out += " object";
  if (m.addressee) out += " addressee";
  if (m.weak) out += " target-only";
  return out;
}

Extraction DocumentExtractor::Run() {
  std::size_t repaired = 0;
  const std::string normalized = NormalizeText(RepairUtf8(doc_.text, &repaired));
  const CleanText clean =
      RemoveBoilerplate(normalized, rules_.boilerplate, rules_.boilerplate_any.get());
  if (trace_) {
    trace_->repaired_bytes = repaired;
    for (const DroppedLine& d : clean.dropped) {
      trace_->dropped_lines.push_back("line " + std::to_string(d.line) + " [" + d.rule_id +
                                      "]: " + d.text);
    }
  }

  WireCapitals wire_capitals(clean.text, &rules_.institution_last_words);
  for (const Sentence& s : SplitSentences(clean.text, OpeningOf(doc_.title, clean.text))) {
    Work& w = sentences_.emplace_back();
    w.sentence = s;
    w.text = std::string(s.text);
    std::replace(w.text.begin(), w.text.end(), '\n', ' ');
    w.lower_text = AsciiLower(w.text);
    w.tokens = Tokenize(w.text, w.lower_text);
    wire_capitals.Lower(w.tokens);
    w.classes.reserve(w.tokens.size());
    for (const Token& t : w.tokens) {
      const std::uint32_t* classes = word_classes_.find(t.lower);
      w.classes.push_back(classes == nullptr ? 0 : *classes);
    }
    JoinNameAcronyms(w);
    BreakAtAndClause(w);
    BreakAtAbsoluteWith(w);
    BreakAtParticipleClause(w);
    BreakAtRenamedAct(w);
    FindMentions(w);
    RememberShortNames(w);
    RememberAcronyms(w);
    RememberShortStateNames(w);
    RememberUnlistedPeople(w);
  }

  FindDocumentDate(normalized);
  if (trace_ && trace_->document_date.empty()) {
    trace_->document_date =
        doc_date_.empty() ? "unknown" : doc_date_ + " (" + doc_date_source_ + ")";
  }
  if (!doc_date_.empty()) doc_day_ = ParseIsoDate(doc_date_);

  for (Work& w : sentences_) {
    ResolveMentions(w);
    FindSpeaker(w);
  }
  PropagateQuotedSpeakers();
  event_dates_.assign(sentences_.size(), "");
  event_date_sources_.assign(sentences_.size(), "");
  event_date_assigned_.assign(sentences_.size(), false);

  Extraction result;
  result.sentences = sentences_.size();
  result.dropped_lines = clean.dropped.size();
  result.repaired_bytes = repaired;
  std::vector<graph::Event>& events = result.events;
  for (std::size_t i = 0; i < sentences_.size(); ++i) {
    Work& w = sentences_[i];
    if (trace_) {
      SentenceTrace st;
      st.index = static_cast<int>(i);
      st.text = w.text;
      for (const Token& t : w.tokens) st.tokens.emplace_back(t.text);
      for (const Mention& m : w.mentions) st.mentions.push_back(Describe(w, m));
      if (w.speaker.valid()) {
        st.speaker = rules_.actors[w.speaker.actor].code;
        if (w.speaker.person >= 0) st.speaker += " (" + rules_.people[w.speaker.person].name + ")";
        st.speaker += " via " + w.speaker.how;
      }
      AssignDate(i);
      st.date = event_dates_[i].empty() ? event_date_sources_[i]
                                        : event_dates_[i] + " (" + event_date_sources_[i] + ")";
      trace_->sentences.push_back(std::move(st));
    }
    const std::size_t before = events.size();
    FindEvents(w, i, events);
    if (w.stance_matched && NamedActors(w) >= 2) {
      ++result.two_actor_stance_sentences;
      if (events.size() > before) ++result.two_actor_stance_yield;
    }
  }
  return result;
}

}  // namespace reading

Extractor::Extractor(const RuleSet& rules)
    : rules_(rules), word_classes_(reading::BuildWordClasses(rules)) {}

Extraction Extractor::Extract(const Document& doc, DocumentTrace* trace) const {
  reading::DocumentExtractor run(rules_, word_classes_, doc, trace);
  return run.Run();
}

}  // namespace sg::extract
