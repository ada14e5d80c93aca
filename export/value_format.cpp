#include "export/value_format.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace sg::out {

std::optional<std::string> FormatDouble(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  // to_chars gives the shortest round-trip form and ignores the locale, which
  // ostream << double does not (a German locale would write "4,5").
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  std::string text(buffer.data(), result.ptr);
  if (text == "-0") text = "0";
  return text;
}

// Both are appended rather than "e" + std::to_string(...): g++ 12 at -O3
// warns falsely (-Wrestrict) on that operator+.
std::string EdgeId(long index) {
  std::string id = "e";
  id += std::to_string(index);
  return id;
}

std::string NodeId(graph::Vertex v) {
  std::string id = "n";
  id += std::to_string(v);
  return id;
}

std::string EvidenceLine(const graph::Evidence& evidence) {
  std::string line = "[" + evidence.doc + "#" + std::to_string(evidence.sentence_index);
  if (!evidence.date.empty()) line += " " + evidence.date;
  line += "] ";
  line += evidence.sentence;
  return line;
}

std::string EvidenceText(const std::vector<graph::Evidence>& evidence) {
  std::string text;
  for (const auto& item : evidence) {
    if (!text.empty()) text += '\n';
    text += EvidenceLine(item);
  }
  return text;
}

Rgb PolarityColor(int polarity) {
  if (polarity > 0) return {0x2e, 0x7d, 0x32};
  if (polarity < 0) return {0xc6, 0x28, 0x28};
  return {0x75, 0x75, 0x75};
}

std::string HexColor(Rgb color) {
  constexpr std::string_view kDigits = "0123456789abcdef";
  std::string hex = "#";
  for (const int channel : {color.r, color.g, color.b}) {
    hex += kDigits[(channel >> 4) & 0xF];
    hex += kDigits[channel & 0xF];
  }
  return hex;
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10) return false;
  for (std::size_t i = 0; i < date.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? date[i] != '-' : (date[i] < '0' || date[i] > '9')) return false;
  }
  return true;
}

}  // namespace sg::out
