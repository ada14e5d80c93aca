// One UTF-8 sequence read as Unicode's Table 3-7 defines a well-formed one:
// the single decoder behind extract/'s repair of scraped bytes and export/'s
// escapers, which differ only in what they do with an ill-formed sequence.
//
//   const Utf8Sequence s = ReadUtf8Sequence(text, i);
//   if (s.valid) use(s.code_point, text.substr(i, s.length));
//   i += s.length;  // always >= 1
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sg {

struct Utf8Sequence {
  char32_t code_point = U'\uFFFD';  // the decoded value when valid
  // Bytes the sequence spans when valid; when not, its maximal well-formed
  // prefix (the lead and the continuation bytes that fit), at least 1.
  std::size_t length = 1;
  bool valid = false;
};

// The sequence starting at text[i]; precondition: i < text.size(). The
// second-byte ranges of Table 3-7 are what exclude overlong forms (E0 80..9F,
// F0 80..8F), UTF-16 surrogates (ED A0..BF) and values past U+10FFFF (F4 90..).
inline Utf8Sequence ReadUtf8Sequence(std::string_view text, std::size_t i) {
  const auto lead = static_cast<std::uint8_t>(text[i]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t cp = 0;
  std::uint8_t second_low = 0x80, second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0Fu;
    if (lead == 0xE0) second_low = 0xA0;
    if (lead == 0xED) second_high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07u;
    if (lead == 0xF0) second_low = 0x90;
    if (lead == 0xF4) second_high = 0x8F;
  } else {
    return {};  // 80..C1 and F5..FF never start a sequence
  }
  Utf8Sequence s;
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= text.size()) return s;  // cut short by the end of the text
    const auto byte = static_cast<std::uint8_t>(text[i + k]);
    if (byte < (k == 1 ? second_low : 0x80) || byte > (k == 1 ? second_high : 0xBF)) return s;
    cp = (cp << 6) | (byte & 0x3Fu);
    ++s.length;
  }
  return {cp, length, true};
}

}  // namespace sg
