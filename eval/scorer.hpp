// Scorer: precision, recall and F1 of extracted events against gold annotations.
//
//   std::vector<sg::eval::GoldEvent> gold = sg::eval::ReadGoldJsonl(gold_in, "samples.jsonl");
//   std::vector<sg::graph::Event> predicted = ...;  // from the extractor or an events JSONL
//   sg::eval::EvalReport report = sg::eval::Score(gold, predicted);
//   sg::eval::PrintReport(report, std::cout, /*max_errors=*/20);
//   // report.actor_target_stance.F1() is the headline number.
//
// Scoring rules (the same for every corpus):
//  - Scope: only sentences that appear in the gold count. Predicted events in
//    other sentences are ignored (a gold file may annotate part of a corpus),
//    and "none" gold lines bring a sentence into scope with no event.
//  - Documents match by id; a predicted id that is a path also matches a gold
//    id equal to one of its trailing components ("samples/01_x.txt" ~ "01_x.txt").
//  - Sentences match when their normalised text is equal or, failing that, when
//    one contains the other (the tool's splitter may join or cut sentences
//    differently from the annotator); the shorter text must have at least
//    kMinContainedChars characters. Normalised = the tool's own text
//    normalisation (NormalizeText: quotes, dashes, spaces, ellipsis), then
//    whitespace collapsed, trimmed, ASCII case-folded. Gold sentences joined
//    by one predicted sentence are scored together, as one unit.
//  - Events with mode "conditional", gold or predicted, are not counted (a
//    conditional threat is not an event yet); their sentence stays in scope.
//  - Within a unit, gold and predicted events are compared as multisets at
//    three levels of strictness: (actor, target), (actor, target, polarity),
//    (actor, target, stance). Mode and date are not part of any level.
//  - Misses and false alarms are listed at the strictest level.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "eval/gold.hpp"
#include "graph/event.hpp"

namespace sg::eval {

// Shortest text (after normalisation) that may match by containment; below
// this, fragments like "he added." would match half the corpus.
inline constexpr size_t kMinContainedChars = 20;

// True positives, false positives, false negatives of one comparison.
// Each ratio is 0 when its denominator is 0.
struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double Precision() const;  // tp / (tp + fp)
  double Recall() const;     // tp / (tp + fn)
  double F1() const;         // harmonic mean of the two
};

// One missed gold event or one false alarm, with what each side had in the
// sentence so a reader can tell a wrong stance from a missing actor.
struct Mismatch {
  std::string doc;
  std::string sentence;  // misses: the gold sentence; false alarms: the tool's sentence
  std::string event;     // the event missed or falsely found, FormatEvent-style
  std::vector<std::string> gold_events;       // all gold events of the sentence
  std::vector<std::string> predicted_events;  // all counted predicted events there
};

struct EvalReport {
  Counts actor_target_polarity, actor_target_stance, actor_target;
  std::map<std::string, Counts> per_stance;  // at the (actor, target, stance) level
  std::vector<Mismatch> misses, false_alarms;
  long sentences_in_scope = 0;      // distinct (doc, sentence) pairs in the gold
  long predicted_out_of_scope = 0;  // predicted events in sentences the gold lacks
  long predicted_conditional = 0;   // predicted events skipped as conditional
};

// Normalises a sentence for matching (see the rules above).
std::string NormalizeSentence(std::string_view text);

// "RUS -[cooperate intent +1]-> EU", the form used in mismatches and reports.
std::string FormatEvent(const std::string& actor, const std::string& stance,
                        const std::string& mode, int polarity, const std::string& target);

// Scores `predicted` against `gold`. Pure: reads only its arguments. The order
// of misses and false alarms follows the gold file (doc, then sentence order).
EvalReport Score(const std::vector<GoldEvent>& gold, const std::vector<graph::Event>& predicted);

// Writes a plain-text report to `out`: the three levels with tp/fp/fn and
// P/R/F1, one row per stance present in gold or prediction, then up to
// `max_errors` misses and `max_errors` false alarms (0: none listed), each
// with its doc, sentence and the events on both sides.
void PrintReport(const EvalReport& report, std::ostream& out, int max_errors);

}  // namespace sg::eval
