#include "export/utf8.hpp"

namespace sg::out {

char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  length = 1;
  if (lead < 0x80) return lead;

  std::size_t extra = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    extra = 1, cp = lead & 0x1Fu, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    extra = 2, cp = lead & 0x0Fu, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    extra = 3, cp = lead & 0x07u, min = 0x10000;
  } else {
    return U'\uFFFD';  // continuation byte, C0/C1 or F5..FF: never a lead byte
  }
  if (pos + extra >= text.size()) return U'\uFFFD';  // truncated at the end
  for (std::size_t i = 1; i <= extra; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0u) != 0x80u) return U'\uFFFD';
    cp = (cp << 6) | (next & 0x3Fu);
  }
  // Overlong forms, UTF-16 surrogates and values past Unicode are ill-formed
  // and are how filters get bypassed, so they are replaced, not passed on.
  if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return U'\uFFFD';
  length = extra + 1;
  return cp;
}

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

}  // namespace sg::out
