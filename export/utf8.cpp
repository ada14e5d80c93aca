#include "export/utf8.hpp"

#include "common/utf8.hpp"

namespace sg::out {

char32_t DecodeUtf8(std::string_view text, std::size_t pos, std::size_t& length) {
  // Overlong forms, UTF-16 surrogates and values past Unicode are ill-formed
  // and are how filters get bypassed: each of their bytes becomes U+FFFD.
  const Utf8Sequence sequence = ReadUtf8Sequence(text, pos);
  length = sequence.valid ? sequence.length : 1;
  return sequence.valid ? sequence.code_point : U'\uFFFD';
}

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

}  // namespace sg::out
