// Reading the rule folders a run uses: the only place rule files are opened.
//
//   sg::extract::RuleSet rules = sg::app::LoadRuleFiles(options);
#pragma once

#include "app/options.hpp"
#include "extract/rule_set.hpp"

namespace sg::app {

// The defaults (unless options.no_default_rules), then each --rules folder
// on top: every *.json file of a folder, in name order, plus iso-codes for
// the country names. Throws sg::Error{kInput} naming the file, line and
// column of any problem, before any input is read.
extract::RuleSet LoadRuleFiles(const Options& options);

// Where the rules shipped with stancegraph are: SG_DEFAULT_RULES_DIR from the
// build, or share/stancegraph/rules beside an installed binary.
std::string FindDefaultRulesDir(const char* argv0);

}  // namespace sg::app
