#include "extract/text/utf8.hpp"

#include <cstdint>

namespace sg::extract {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the well-formed prefix of a multi-byte sequence starting at `i`
// (0 when the lead byte itself is invalid), and whether it is complete. The
// second-byte ranges come from Unicode Table 3-7; they are what excludes
// overlongs (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and > U+10FFFF.
struct SequenceCheck {
  std::size_t valid_prefix = 0;
  bool complete = false;
};

SequenceCheck CheckSequence(std::string_view bytes, std::size_t i) {
  const auto lead = static_cast<std::uint8_t>(bytes[i]);
  std::size_t length = 0;
  std::uint8_t second_low = 0x80;
  std::uint8_t second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_low = 0xA0;
    if (lead == 0xED) second_high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_low = 0x90;
    if (lead == 0xF4) second_high = 0x8F;
  } else {
    return {};  // 80..C1 and F5..FF never start a sequence
  }
  SequenceCheck check{1, false};
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= bytes.size()) return check;
    const auto byte = static_cast<std::uint8_t>(bytes[i + k]);
    const std::uint8_t low = k == 1 ? second_low : 0x80;
    const std::uint8_t high = k == 1 ? second_high : 0xBF;
    if (byte < low || byte > high) return check;
    ++check.valid_prefix;
  }
  check.complete = true;
  return check;
}

}  // namespace

std::string RepairUtf8(std::string_view bytes, std::size_t* replaced) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto byte = static_cast<std::uint8_t>(bytes[i]);
    if (byte < 0x80) {
      if (byte != 0) out.push_back(bytes[i]);
      ++i;
      continue;
    }
    const SequenceCheck check = CheckSequence(bytes, i);
    if (check.complete) {
      out.append(bytes.substr(i, check.valid_prefix));
      i += check.valid_prefix;
    } else {
      out.append(kReplacement);
      ++count;
      // An invalid lead byte is consumed alone; a truncated sequence is
      // consumed up to (not including) the byte that broke it.
      i += check.valid_prefix == 0 ? 1 : check.valid_prefix;
    }
  }
  if (replaced != nullptr) *replaced = count;
  return out;
}

}  // namespace sg::extract
