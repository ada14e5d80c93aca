// LoadRules: JSON rule files -> a compiled, validated RuleSet.
//
//   std::vector<sg::extract::RuleLayer> layers = {
//       {{{"rules/countries.json", countries_text}, {"rules/stances.json", stances_text}}},
//       {{{"my-rules/extra.json", extra_text}}},      // a user's --rules DIR
//   };
//   sg::extract::RuleSet rules = sg::extract::LoadRules(layers, iso_json, "iso_3166-1.json");
//
// The format of the files is documented in rules/README.md. Layers are
// applied in order: within one layer a code, person id, stance id or alias
// may be defined once; a later layer refines or overrides what an earlier one
// said (a user's rules override the defaults, the defaults override
// iso-codes). Every error is found here, before any input is read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/rule_set.hpp"

namespace sg::extract {

struct RuleSource {
  std::string name;  // file name, used in error messages
  std::string text;  // the file's JSON
};

struct RuleLayer {
  std::vector<RuleSource> files;  // applied in this order
};

// Builds a RuleSet. `iso_codes_json` is Debian's iso-codes
// iso_3166-1.json (every country's alpha-3 code and names); it may be empty,
// and then only the countries the rule files define exist.
// Throws sg::Error{kInput} with file:line:column (and the rule id where there
// is one) for: JSON syntax errors, unknown sections or fields, missing or
// mistyped fields, unknown stance types, patterns RE2 cannot compile,
// invalid dates, roles naming an unknown actor, and duplicate definitions
// within one layer.
RuleSet LoadRules(const std::vector<RuleLayer>& layers, std::string_view iso_codes_json,
                  std::string_view iso_codes_name);

}  // namespace sg::extract
