#include "fuzz/fuzz_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace sg::fuzz {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Decodes the code point at text[pos] if well-formed; sets `length` to its
// byte count, or to 0 when the sequence is ill-formed.
char32_t Decode(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  length = 0;
  if (lead < 0x80) {
    length = 1;
    return lead;
  }
  std::size_t n = 0;
  char32_t cp = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3, cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;  // overlong
    if (lead == 0xED) hi = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4, cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;  // overlong
    if (lead == 0xF4) hi = 0x8F;  // past U+10FFFF
  } else {
    return 0;
  }
  if (pos + n > text.size()) return 0;
  for (std::size_t i = 1; i < n; ++i) {
    const unsigned char b = byte(pos + i);
    if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  length = n;
  return cp;
}

bool XmlAllowed(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

void CheckFailed(const char* message, const char* file, int line) {
  std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", message, file, line);
  std::abort();
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  while (true) {
    const std::size_t at = text.find(separator);
    pieces.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return pieces;
    text.remove_prefix(at + 1);
  }
}

bool IsValidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t length = 0;
    Decode(text, pos, length);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

bool IsXmlSafe(std::string_view xml) {
  std::size_t pos = 0;
  while (pos < xml.size()) {
    std::size_t length = 0;
    const char32_t cp = Decode(xml, pos, length);
    if (length == 0 || !XmlAllowed(cp)) return false;
    pos += length;
    if (cp != U'&' || pos >= xml.size() || xml[pos] != '#') continue;
    // A character reference must name an allowed character too.
    const bool hex = pos + 1 < xml.size() && xml[pos + 1] == 'x';
    std::size_t digit = pos + (hex ? 2 : 1);
    unsigned long value = 0;
    std::size_t digits = 0;
    for (; digit < xml.size() && xml[digit] != ';'; ++digit, ++digits) {
      const char c = xml[digit];
      int v = -1;
      if (c >= '0' && c <= '9') v = c - '0';
      if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      if (v < 0 || digits > 8) return false;
      value = value * (hex ? 16 : 10) + static_cast<unsigned long>(v);
    }
    if (digits == 0 || digit >= xml.size() || value > 0x10FFFF) return false;
    if (!XmlAllowed(static_cast<char32_t>(value))) return false;
  }
  return true;
}

const extract::RuleLayer& DefaultRuleFiles() {
  static const extract::RuleLayer* const layer = [] {
    auto* files = new extract::RuleLayer;
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(SG_SOURCE_DIR "/rules")) {
      if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) files->files.push_back({path, ReadFile(path)});
    return files;
  }();
  return *layer;
}

const std::string& IsoCodes() {
  static const std::string* const iso =
      new std::string(ReadFile("/usr/share/iso-codes/json/iso_3166-1.json"));
  return *iso;
}

const extract::RuleSet& DefaultRules() {
  // Leaked on purpose: a fuzz process ends by exit() from any thread.
  static const extract::RuleSet* const rules =
      new extract::RuleSet(extract::LoadRules({DefaultRuleFiles()}, IsoCodes(), "iso_3166-1.json"));
  return *rules;
}

}  // namespace sg::fuzz
