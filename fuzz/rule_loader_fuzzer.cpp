// LoadRules on arbitrary bytes as one rule file. An input starting with
// byte 0x01 is loaded as a second layer over the real default rules, which
// reaches the cross-layer paths (overrides, roles naming default actors).
// The contract: a RuleSet, or an sg::Error of kind kInput naming the file.
//
// The default layer (with iso-codes) leaves out people.json and stances.json:
// compiling all of it takes seconds under ASan, which would bring the fuzzer
// to a few executions per second; the actors, language and boilerplate files
// are what a user's layer overrides or refers to.
#include <cstddef>
#include <cstdint>

#include "common/error.hpp"
#include "extract/rule_loader.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

const sg::extract::RuleLayer& DefaultLayer() {
  static const sg::extract::RuleLayer* const layer = [] {
    auto* small = new sg::extract::RuleLayer;
    for (const sg::extract::RuleSource& file : sg::fuzz::DefaultRuleFiles().files) {
      if (file.name.ends_with("/people.json") || file.name.ends_with("/stances.json")) continue;
      small->files.push_back(file);
    }
    return small;
  }();
  return *layer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = sg::fuzz::AsText(data, size);
  const bool layered = !text.empty() && text.front() == '\x01';
  if (layered) text.remove_prefix(1);
  std::vector<sg::extract::RuleLayer> layers;
  if (layered) layers.push_back(DefaultLayer());
  layers.push_back({{{"fuzz.json", std::string(text)}}});
  try {
    sg::extract::LoadRules(layers, layered ? sg::fuzz::IsoCodes() : "", "iso_3166-1.json");
  } catch (const sg::Error& error) {
    SG_FUZZ_CHECK(error.kind() == sg::ErrorKind::kInput, "rule error is not kInput");
    SG_FUZZ_CHECK(!error.where().file.empty(), "rule error names no file");
  }
  return 0;
}
