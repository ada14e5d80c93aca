// Pictures of the graph (-o graph.svg, -o graph.png), drawn by the installed
// Graphviz from the DOT that export/dot_writer writes.
//
//   std::ostringstream dot;
//   const out::DotSummary s = out::WriteDot(graph, dot, options);
//   AtomicFile png("graph.png");
//   RenderDot(dot.str(), s.engine, out::Format::kPng, png.stream(), warn);
//   png.Commit();
//
// Graphviz is a program, not a library we link: it is found on PATH and run
// without a shell, and a missing Graphviz is an sg::Error(kOutput) (exit 3)
// that says how to install it, checked before any input is read.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "common/error.hpp"
#include "export/dot_writer.hpp"
#include "export/format.hpp"

namespace sg::app {

// The full path of `program` in a folder of $PATH, or "" when none holds an
// executable of that name.
std::string FindProgram(const std::string& program);

// Throws sg::Error(kOutput) naming `output_path` unless Graphviz's `dot` and
// `sfdp` are on PATH.
void RequireGraphviz(const std::string& output_path);

// Runs `engine -T<svg|png>` on `dot_text` and copies the picture to `out`.
// Whatever Graphviz printed on stderr while succeeding goes to `warn`, one
// call per line. Throws sg::Error(kOutput) naming `output_path` when the
// engine is missing, cannot be started, or fails (with its first error line).
// Temporary files go to the system's temporary folder and are removed.
void RenderDot(const std::string& dot_text, out::DotEngine engine, out::Format format,
               const std::string& output_path, std::ostream& out,
               const std::function<void(const Warning&)>& warn);

}  // namespace sg::app
