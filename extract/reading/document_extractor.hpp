// DocumentExtractor reads one document for Extractor::Extract: the
// sentences' mentions, the document's date, then in document order who is
// meant by "he", "the spokesman" and "the bloc", who speaks, and the events
// each stance rule's match states. One DocumentExtractor per document: it
// keeps what the story has said so far. Private to extract/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "extract/document.hpp"
#include "extract/extractor.hpp"
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

// Asides set off by commas right after a name, as token ranges [first,
// last) with the commas: "Pakistan, a key U.S. ally, refused". A name in one
// describes the name before it, and is not the subject of a later verb. A
// list is no aside: "Britain, France, the United States and Japan agreed",
// "Russia, the EU, and NATO condemned".
std::vector<TokenRange> Asides(const Work& w);

class DocumentExtractor {
 public:
  DocumentExtractor(const RuleSet& rules, const WordMap<std::uint32_t>& word_classes,
                    const Document& doc, DocumentTrace* trace)
      : rules_(rules), word_classes_(word_classes), doc_(doc), trace_(trace) {}

  Extraction Run();

 private:
  void FindMentions(Work& w) const;
  // False when no stance in the sentence can have both an actor and a target
  // (named, speaking, or carried from the speaker's last statements).
  bool MayHaveTwoParties(const Work& w, std::size_t index) const;
  // Actors and the sentence they were named in: an actor's last targets or
  // last counterparts.
  using TargetsSeen = std::pair<std::vector<int>, std::size_t>;
  // What `actor` last took a stance toward, or failing that who last took
  // one toward it, within kCarryTargetSentences of sentence `index`.
  const TargetsSeen* CarriedTargets(int actor, std::size_t index) const;
  bool ListedAdjective(const std::vector<Token>& tokens, std::size_t at) const;
  bool MatchInstitution(const std::vector<Token>& tokens, std::size_t at, std::string* title,
                        std::size_t* length) const;
  void FindDocumentDate(const std::string& clean_text);
  bool HeaderDateContradicted(const std::string& iso) const;
  void ResolveMentions(Work& w);
  void RegisterPerson(int person);
  void RegisterTitles(int person);
  void FindSpeaker(Work& w);
  void PropagateQuotedSpeakers();
  const Work& Dated(std::size_t index);
  void AssignDate(std::size_t index);
  void FindEvents(Work& w, std::size_t index, std::vector<graph::Event>& out);
  std::string NotAStance(const Work& w, std::size_t first, std::size_t last,
                         const std::vector<TokenRange>& earlier, bool* governs) const;
  std::size_t ClauseStart(const Work& w, std::size_t token) const;
  std::size_t ClauseEnd(const Work& w, std::size_t token) const;
  int ActorOfPerson(int person) const;
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
  int last_person_ = -1;
  int last_speaker_ = -1;                       // the person last quoted
  std::map<std::string, int> person_by_title_;  // "spokesman" -> Peskov
  std::map<int, long> actor_seen_;              // actor -> when it was last mentioned
  long mention_clock_ = 0;
  int last_subject_actor_ = -1;     // what "it" stands for
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
