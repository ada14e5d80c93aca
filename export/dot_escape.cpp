#include "export/dot_escape.hpp"

#include "export/utf8.hpp"

namespace sg::out {

std::string EscapeDot(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 8);
  ForEachCodePoint(utf8, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case U'\\':
        out += "\\\\";
        return;
      case U'"':
        out += "\\\"";
        return;
      case U'&':
        out += "&amp;";
        return;
      case U'\n':
        out += "\\n";
        return;
      case U'\t':
        out += ' ';
        return;
      default:
        break;
    }
    if (cp < 0x20 || cp == 0x7F) return;
    out += bytes;
  });
  return out;
}

std::string QuoteDot(std::string_view utf8) { return '"' + EscapeDot(utf8) + '"'; }

}  // namespace sg::out
