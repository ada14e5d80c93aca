// Extractor: one Document -> the Events its sentences state.
//
//   sg::extract::Extractor extractor(rules);      // rules outlive the extractor
//   std::vector<sg::graph::Event> events = extractor.Extract(document).events;
//
//   sg::extract::DocumentTrace trace;            // for `stancegraph explain`
//   extractor.Extract(document, &trace);
//
// Per document: repair UTF-8, normalise punctuation, drop boilerplate lines,
// split sentences, find the document's date; per sentence: tokens, mentions
// of actors and people (names, "Russian" + institution noun, "the
// spokesman", "he"), who speaks, which stance rules match, and for each match
// its actor (the subject before it, or the speaker), its targets (the actors
// named after it in the same clause), negation, intention, condition, and the
// date. Extract is const and keeps no state between calls: one Extractor
// serves all threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/document.hpp"
#include "extract/rule_set.hpp"
#include "extract/word_set.hpp"
#include "graph/event.hpp"

namespace sg::extract {

// What the extractor saw in one sentence, in words a rule writer can read.
struct SentenceTrace {
  int index = 0;
  std::string text;
  std::vector<std::string> tokens;
  std::vector<std::string> mentions;  // "Dmitry Peskov -> RUS (person, spokesman)"
  std::string speaker;                // "RUS (Dmitry Peskov) via 'Peskov said'"; "" if none
  std::vector<std::string>
      matches;       // "cooperate/restore-ties 'restoring ties' -> RUS cooperate EU"
  std::string date;  // "2021-02-08 (weekday relative to document date)"
};

struct DocumentTrace {
  std::string document_date;               // "2021-02-09 (dateline, line 1)"
  std::vector<std::string> dropped_lines;  // "line 12 [read-also]: Read Also: ..."
  std::size_t repaired_bytes = 0;          // invalid UTF-8 sequences replaced
  std::vector<SentenceTrace> sentences;
};

// What one document gave.
struct Extraction {
  std::vector<graph::Event> events;  // in sentence order
  std::size_t sentences = 0;         // sentences after cleaning
  std::size_t dropped_lines = 0;     // boilerplate lines removed
  std::size_t repaired_bytes = 0;    // invalid UTF-8 sequences replaced
  // Coverage: sentences that name two different actors and match a stance
  // rule, and how many of them gave an event (the rest were judged no
  // stance between them: a noun phrase, a negated hope, a missing target).
  std::size_t two_actor_stance_sentences = 0;
  std::size_t two_actor_stance_yield = 0;
};

class Extractor {
 public:
  explicit Extractor(const RuleSet& rules);

  // The events of `doc`, in sentence order. Never throws on any input text.
  // Fills `trace` when given.
  Extraction Extract(const Document& doc, DocumentTrace* trace = nullptr) const;

 private:
  const RuleSet& rules_;
  WordMap<std::uint32_t> word_classes_;  // the word lists each token is tested against
};

}  // namespace sg::extract
