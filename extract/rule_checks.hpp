// CheckRules: what a rule set allows but is probably a mistake, for
// `stancegraph rules check`. The loader already refuses what cannot work
// (syntax, unknown types, patterns that do not compile, duplicate aliases);
// these are the doubts left for a person to look at.
//
//   for (const std::string& doubt : sg::extract::CheckRules(rules)) std::cerr << doubt << '\n';
#pragma once

#include <string>
#include <vector>

#include "extract/rule_set.hpp"

namespace sg::extract {

// One line per doubt, in a stable order:
// - a person holding the same title for the same actor twice at once
//   (overlapping date ranges: one of them is a typo);
// - a name two people share while both hold a role (the document date cannot
//   tell them apart then);
// - a stance pattern that matches a bare function word ("said", "the"), and so
//   fires in almost every sentence.
std::vector<std::string> CheckRules(const RuleSet& rules);

}  // namespace sg::extract
