// Which export format an output path asks for.
//
// The command line picks the writer from each -o file's extension:
//
//   auto format = sg::out::FormatFromPath("out/graph.GraphML");  // Format::kGraphml
//   if (!format) throw sg::Error(sg::ErrorKind::kUsage, {}, "unknown output extension");
//   std::cout << sg::out::FormatName(*format);                  // "graphml"
#pragma once

#include <optional>
#include <string_view>

namespace sg::out {

enum class Format {
  kGraphml,
  kDot,
  kGexf,
  kCsv,
  kJson,
  kSvg,  // an image: the DOT rendered by Graphviz (app/graphviz_render.hpp)
  kPng,  // likewise
};

// The format for `path`'s extension, compared case-insensitively:
//   .graphml -> kGraphml   .dot .gv -> kDot   .gexf -> kGexf
//   .csv -> kCsv (edges; the nodes table goes beside it, see csv_writer.hpp)
//   .json -> kJson   .svg -> kSvg   .png -> kPng
// Returns nullopt for anything else, including .jsonl (the events file, not a
// graph format), a path without an extension, a dot-file like ".dot" with no
// stem, and "-". Only the text of `path` is looked at; nothing is opened.
std::optional<Format> FormatFromPath(std::string_view path);

// True for the formats that are pictures drawn by Graphviz from the DOT
// (kSvg, kPng), rather than files a writer here produces.
bool IsImage(Format format);

// A lower-case name for messages and --help: "graphml", "dot", "gexf", "csv",
// "json", "svg", "png". The view points to static storage.
std::string_view FormatName(Format format);

}  // namespace sg::out
