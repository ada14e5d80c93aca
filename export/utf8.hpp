// UTF-8 decoding that never fails, shared by the escapers.
//
// Text reaching export/ should already be valid UTF-8 (the extractor repairs
// it), but a writer must never crash or emit a file its clients reject because
// one byte slipped through. These helpers decode leniently: every byte that is
// not part of a well-formed sequence (stray continuation byte, truncated or
// overlong sequence, surrogate, value above U+10FFFF) becomes U+FFFD.
//
//   sg::out::ForEachCodePoint(text, [&](char32_t cp, std::string_view bytes) {
//     if (cp == U'\n') out += "&#10;"; else out += bytes;
//   });
//   std::string clean = sg::out::ToValidUtf8("caf\xC3");  // "caf\uFFFD"
#pragma once

#include <string>
#include <string_view>

namespace sg::out {

// The replacement character U+FFFD encoded as UTF-8.
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// Decodes the code point starting at text[pos] and returns it, setting
// `length` to the number of bytes it used (>= 1 when pos < text.size()).
// An ill-formed sequence yields U+FFFD with length 1, so a caller loop always
// advances. Precondition: pos < text.size().
char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t& length);

// Calls fn(code_point, bytes) for each code point of `text` in order. `bytes`
// is the well-formed UTF-8 spelling of the code point: a slice of `text`, or
// kReplacementUtf8 where the input was ill-formed. Never throws by itself.
template <typename Fn>
void ForEachCodePoint(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t length = 0;
    const char32_t cp = DecodeUtf8(text, pos, length);
    const bool replaced = cp == U'\uFFFD' && text.substr(pos, length) != kReplacementUtf8;
    fn(cp, replaced ? kReplacementUtf8 : text.substr(pos, length));
    pos += length;
  }
}

// Returns `text` with every ill-formed byte replaced by U+FFFD; valid input
// comes back unchanged. Used where a library (RapidJSON) or a format (CSV)
// copies bytes through as they are.
std::string ToValidUtf8(std::string_view text);

}  // namespace sg::out
