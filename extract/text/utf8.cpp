#include "extract/text/utf8.hpp"

#include <cstdint>

#include "common/utf8.hpp"

namespace sg::extract {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

}  // namespace

std::string RepairUtf8(std::string_view bytes, std::size_t* replaced) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    // Runs of ASCII, most of any news text, are copied whole.
    std::size_t run = i;
    while (run < bytes.size() && bytes[run] != '\0' &&
           static_cast<std::uint8_t>(bytes[run]) < 0x80) {
      ++run;
    }
    out.append(bytes.substr(i, run - i));
    i = run;
    if (i == bytes.size()) break;
    if (bytes[i] == '\0') {  // dropped
      ++i;
      continue;
    }
    // An ill-formed sequence is consumed up to (not including) the byte
    // that broke it, an invalid lead byte alone, and becomes one U+FFFD.
    const Utf8Sequence sequence = ReadUtf8Sequence(bytes, i);
    if (sequence.valid) {
      out.append(bytes.substr(i, sequence.length));
    } else {
      out.append(kReplacement);
      ++count;
    }
    i += sequence.length;
  }
  if (replaced != nullptr) *replaced = count;
  return out;
}

}  // namespace sg::extract
