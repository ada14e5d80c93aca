#include "export/xml_escape.hpp"

#include "export/utf8.hpp"

namespace sg::out {
namespace {

// XML 1.0 "Char" production: the code points a document may contain at all.
bool IsXmlChar(char32_t cp) {
  if (cp < 0x20) return cp == U'\t' || cp == U'\n' || cp == U'\r';
  return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string EscapeXml(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 8);
  ForEachCodePoint(utf8, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case U'&':
        out += "&amp;";
        return;
      case U'<':
        out += "&lt;";
        return;
      case U'>':
        out += "&gt;";
        return;
      case U'"':
        out += "&quot;";
        return;
      case U'\'':
        out += "&apos;";
        return;
      case U'\n':
        out += "&#10;";
        return;
      case U'\t':
        out += "&#9;";
        return;
      case U'\r':
        out += "&#13;";
        return;
      default:
        break;
    }
    if (IsXmlChar(cp)) out += bytes;
  });
  return out;
}

}  // namespace sg::out
