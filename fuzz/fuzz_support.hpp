// Shared helpers of the fuzz targets: reading the fuzz bytes as text, loading
// the default rules once, and the output checks every exporter must pass.
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
//     const std::string_view bytes = sg::fuzz::AsText(data, size);
//     ...
//     SG_FUZZ_CHECK(sg::fuzz::IsValidUtf8(output), "output is not UTF-8");
//   }
//
// A failed check prints its message and aborts, which libFuzzer reports as a
// crash with the input that caused it, and the replay test as a failure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rule_loader.hpp"

namespace sg::fuzz {

// Prints "fuzz check failed: MESSAGE (FILE:LINE)" to stderr and aborts.
[[noreturn]] void CheckFailed(const char* message, const char* file, int line);

#define SG_FUZZ_CHECK(condition, message) \
  ((condition) ? static_cast<void>(0) : ::sg::fuzz::CheckFailed(message, __FILE__, __LINE__))

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits `text` at every `separator`; n separators give n + 1 pieces.
std::vector<std::string_view> Split(std::string_view text, char separator);

// True when `text` is well-formed UTF-8 (Unicode 15, table 3-7): no stray
// continuation bytes, overlong forms, surrogates or code points past U+10FFFF.
bool IsValidUtf8(std::string_view text);

// True when every character of `xml` (raw, or written as a character
// reference &#N; / &#xN;) is allowed in XML 1.0: tab, LF, CR, U+0020-U+D7FF,
// U+E000-U+FFFD, U+10000-U+10FFFF. `xml` must be valid UTF-8.
bool IsXmlSafe(std::string_view xml);

// The default rule files of the source tree (rules/*.json), read once.
const extract::RuleLayer& DefaultRuleFiles();

// iso-codes' country list if installed, else "" (the loader accepts both).
const std::string& IsoCodes();

// The default rules compiled once, as `stancegraph` loads them.
const extract::RuleSet& DefaultRules();

}  // namespace sg::fuzz
