#include "extract/text/normalizer.hpp"

#include <cstdint>

namespace sg::extract {
namespace {

// Decodes the code point at `i` (assumed well-formed) and its byte length;
// returns length 1 and code point 0xFFFFFFFF for a byte that starts nothing,
// so the caller copies it through.
struct Decoded {
  char32_t code_point;
  std::size_t length;
};

Decoded Decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<std::uint8_t>(s[i]);
  auto continuation = [&](std::size_t k) -> std::uint32_t {
    return i + k < s.size() ? static_cast<std::uint8_t>(s[i + k]) & 0x3Fu : 0u;
  };
  if (b0 < 0x80) return {b0, 1};
  if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < s.size()) {
    return {((b0 & 0x1Fu) << 6) | continuation(1), 2};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF && i + 2 < s.size()) {
    return {((b0 & 0x0Fu) << 12) | (continuation(1) << 6) | continuation(2), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && i + 3 < s.size()) {
    return {
        ((b0 & 0x07u) << 18) | (continuation(1) << 12) | (continuation(2) << 6) | continuation(3),
        4};
  }
  return {0xFFFFFFFF, 1};
}

enum class Action { kKeep, kDrop, kReplace };

struct Mapping {
  Action action;
  std::string_view replacement;
};

Mapping Map(char32_t c) {
  switch (c) {
    case U'\t':
      return {Action::kReplace, " "};
    case U'\n':
      return {Action::kKeep, {}};
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2035:
      return {Action::kReplace, "'"};
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x2036:
      return {Action::kReplace, "\""};
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return {Action::kReplace, " "};
    case 0x2212:
      return {Action::kReplace, "-"};
    case 0x2026:
      return {Action::kReplace, "..."};
    case 0x0085:
    case 0x2028:
    case 0x2029:
      return {Action::kReplace, "\n"};
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
    case 0x200E:
    case 0x200F:
      return {Action::kDrop, {}};
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return {Action::kReplace, " "};
  if (c >= 0x2010 && c <= 0x2015) return {Action::kReplace, "-"};
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return {Action::kDrop, {}};
  return {Action::kKeep, {}};
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    // Runs of printable ASCII and line breaks, which map to themselves, are
    // copied whole.
    std::size_t run = i;
    while (run < utf8.size() && ((utf8[run] >= 0x20 && utf8[run] < 0x7F) || utf8[run] == '\n')) {
      ++run;
    }
    out.append(utf8.substr(i, run - i));
    i = run;
    if (i == utf8.size()) break;
    // CR LF and lone CR are both one line break: Windows and old Mac pages.
    if (utf8[i] == '\r') {
      out.push_back('\n');
      i += (i + 1 < utf8.size() && utf8[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    const Decoded d = Decode(utf8, i);
    const Mapping m = Map(d.code_point);
    if (m.action == Action::kKeep || d.code_point == 0xFFFFFFFF) {
      out.append(utf8.substr(i, d.length));
    } else if (m.action == Action::kReplace) {
      out.append(m.replacement);
    }
    i += d.length;
  }
  return out;
}

}  // namespace sg::extract
