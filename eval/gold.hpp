// Gold annotations: the events a careful human coder expects in each sentence.
//
// Two readers turn annotation files into one value type, GoldEvent, which
// eval/scorer.hpp compares with what the extractor found:
//
//   std::ifstream in("tests/gold/samples.jsonl");
//   std::vector<sg::eval::GoldEvent> gold = sg::eval::ReadGoldJsonl(in, "samples.jsonl");
//
//   std::ifstream gsr("PLOVER_GSR_CAMEO.txt");
//   std::vector<sg::eval::GoldEvent> plover = sg::eval::ReadPloverRecords(gsr,
//   "PLOVER_GSR_CAMEO.txt");
//
// The project's own format is JSONL, one expected event per line, keyed by the
// document and the exact sentence text (tests/gold/README.md is the guideline):
//
//   {"doc":"01_restore_ties.txt","sentence":"...","actor":"RUS","target":"EU",
//    "stance":"cooperate","polarity":1,"mode":"intent","date":"2021-02-08",
//    "phenomena":["reported_speech","intent"]}
//   {"doc":"01_restore_ties.txt","sentence":"Read Also:
//   ...","none":true,"phenomena":["boilerplate"]}
//
// A "none" line puts a sentence in scope with no event: anything the tool finds
// there is a false alarm.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sg::eval {

// One expected event (or, with `none`, one sentence that must give no event).
struct GoldEvent {
  std::string doc;                     // document id as the tool reports it
  std::string sentence;                // the sentence text, as annotated
  std::string actor;                   // country/org code of who speaks or acts, e.g. "RUS"
  std::string target;                  // code of whom the stance is toward; may be "" (PLOVER)
  std::string stance;                  // one of the 18 PLOVER types, lower case
  std::string mode;                    // "fact", "intent", "negated" or "conditional"
  std::string date;                    // yyyy-mm-dd, or "" when the text does not say
  int polarity = 0;                    // +1, 0 or -1; always the stance's polarity
  bool none = false;                   // true: the sentence must give no event
  std::vector<std::string> phenomena;  // tags such as "reported_speech", "negation"
  int line = 0;                        // 1-based line in the annotation file
};

// The polarity of a PLOVER stance type: +1 for agree, support, concede,
// cooperate, aid, retreat; 0 for consult; -1 for the other eleven. Returns
// nullopt when `stance` (lower case) is not one of the 18 types.
std::optional<int> StancePolarity(std::string_view stance);

// Reads the project's gold JSONL from `in`. Blank lines are skipped.
// `source_name` only labels errors. Every line is checked: it must be a JSON
// object with string fields doc and sentence, and either "none": true or
// string fields actor, target and a known stance; polarity, when given, must
// equal the stance's (it is filled in when absent); mode defaults to "fact"
// and must be fact/intent/negated/conditional; date, when not empty, must be
// yyyy-mm-dd; phenomena is a list of strings; unknown fields are refused so a
// misspelt key cannot silently drop an annotation.
// Throws sg::Error{kInput, {source_name, line, column}} on the first bad line.
std::vector<GoldEvent> ReadGoldJsonl(std::istream& in, const std::string& source_name);

// Reads the PLOVER gold-standard records (openeventdata/PLOVER,
// PLOVER_GSR_CAMEO.txt): one JSON list of records with id, text, event,
// source[] and target[] ({actorText, code, sector}).
//
// Mapping, one GoldEvent per distinct (source code, target code) pair:
//   doc = record id, sentence = text, stance = event lower-cased,
//   polarity = StancePolarity(stance), mode = "fact" (PLOVER's `mode` is a
//   sub-type such as "visit" or "heavy-weapons"; it is kept as the phenomenon
//   "plover_mode:<value>"), date = record date, line = line of the record id.
//   Codes: the sector (GOV, MIL, REB, ...) is dropped, since stancegraph codes
//   actors at country/organisation level. The three non-ISO country codes in
//   the file become ISO (JAP->JPN, ITL->ITA, VTN->VNM). "IGO" is resolved
//   from actorText to UN, NATO, EU, IAEA or OSCE where the name says so, and
//   stays "IGO" otherwise.
//   Reciprocal events (several sources, empty target: "A and B agreed") give
//   A->B and B->A; a single source with no target gives target "".
// The DOCUMENT record that documents the file is skipped.
// Throws sg::Error{kInput, {source_name, line, column}} on invalid JSON, a
// record without text or event, or an event that is not a PLOVER type.
std::vector<GoldEvent> ReadPloverRecords(std::istream& in, const std::string& source_name);

}  // namespace sg::eval
