// Event: one actor-stance-target mention found in one sentence.
//
// This is the one contract between extract/ and graph/, and its JSON form
// (graph/event_json.hpp) is the events JSONL: the audit trail a user reads and
// the shard format `stancegraph merge` reduces. An Event therefore carries
// everything the graph needs (node attributes included), so a merge needs no
// rules and no text.
//
//   Event e;
//   e.doc = "001.txt"; e.actor = "RUS"; e.stance = "cooperate"; e.mode = "intent";
//   e.polarity = 1; e.target = "EU"; e.date = "2021-02-08";
#pragma once

#include <string>

namespace sg::graph {

struct Event {
  // Where it was found.
  std::string doc;         // Document id
  int sentence_index = 0;  // 0-based index of the sentence in the cleaned document
  std::string sentence;    // the sentence text, cleaned

  // Who. `actor` is a country or organisation code; `speaker` the person who
  // spoke for it, when one did.
  std::string actor;          // e.g. "RUS"
  std::string actor_name;     // e.g. "Russia"
  std::string actor_country;  // ISO alpha-3 the actor belongs to; "" for international orgs
  std::string actor_type;     // "government", "org", "person", ...
  std::string speaker;        // e.g. "Dmitry Peskov"; "" when none

  // What. `stance` is one of the 18 PLOVER event types.
  std::string stance;      // e.g. "cooperate"
  std::string mode;        // "fact", "intent", "negated" or "conditional"
  std::string cameo_root;  // "01".."20"; "" where no CAMEO root maps
  int quad_class = 0;      // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  int polarity = 0;        // +1 cooperative, 0 neutral, -1 conflictual
  double goldstein = 0.0;  // Goldstein-style weight, -10..+10, one decimal

  // Toward whom.
  std::string target;          // e.g. "EU"
  std::string target_name;     // e.g. "European Union"
  std::string target_country;  // as actor_country
  std::string target_type;     // as actor_type

  // When, and how we know.
  std::string date;         // ISO yyyy-mm-dd, or "" when it cannot be known
  std::string date_source;  // e.g. "explicit date in sentence", "document date", "unknown"

  std::string rule;  // id of the stance rule that fired, e.g. "cooperate/restore-ties"
};

}  // namespace sg::graph
