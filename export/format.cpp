#include "export/format.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace sg::out {
namespace {

constexpr std::array<std::pair<std::string_view, Format>, 8> kExtensions{{
    {"graphml", Format::kGraphml},
    {"dot", Format::kDot},
    {"gv", Format::kDot},
    {"gexf", Format::kGexf},
    {"csv", Format::kCsv},
    {"json", Format::kJson},
    {"svg", Format::kSvg},
    {"png", Format::kPng},
}};

}  // namespace

std::optional<Format> FormatFromPath(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = file.rfind('.');
  // No stem (".dot") means a hidden file named "dot", not a DOT file.
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string extension(file.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  for (const auto& [name, format] : kExtensions) {
    if (extension == name) return format;
  }
  return std::nullopt;
}

bool IsImage(Format format) { return format == Format::kSvg || format == Format::kPng; }

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kGraphml:
      return "graphml";
    case Format::kDot:
      return "dot";
    case Format::kGexf:
      return "gexf";
    case Format::kCsv:
      return "csv";
    case Format::kJson:
      return "json";
    case Format::kSvg:
      return "svg";
    case Format::kPng:
      return "png";
  }
  return "unknown";
}

}  // namespace sg::out
