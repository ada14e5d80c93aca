// UnknownNames: the names in a corpus that look like actors but match no
// rule — the to-do list for a user's own dictionary (`stancegraph rules
// unknown`).
//
//   sg::extract::UnknownNames unknown(rules);
//   for (const Document& doc : corpus) unknown.Add(doc);
//   for (const UnknownName& n : unknown.Top(30)) std::cout << n.count << ' ' << n.name << '\n';
//
// A candidate is a run of capitalised words in a sentence that has a stance
// trigger, or that follows a role word ("Foreign Minister X", "President
// X"), and that no actor, person or adjective in the rules names. Sentence-
// initial function words, months and weekdays are not names.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/document.hpp"
#include "extract/rule_set.hpp"

namespace sg::extract {

struct UnknownName {
  std::string name;     // "Heiko Maas"
  long count = 0;       // sentences it appears in
  long after_role = 0;  // of which after a role word ("Foreign Minister ...")
  std::string example;  // the first sentence it was seen in
  std::string doc;      // and its document
};

class UnknownNames {
 public:
  explicit UnknownNames(const RuleSet& rules) : rules_(rules) {}

  // Counts the candidates of one document.
  void Add(const Document& doc);

  // The `n` most frequent candidates: those seen after a role word first,
  // then by count, then by name, so the list is the same on every run.
  std::vector<UnknownName> Top(std::size_t n) const;

 private:
  const RuleSet& rules_;
  std::map<std::string, UnknownName> names_;
};

}  // namespace sg::extract
