// The one way writers report an output stream that failed.
//
//   WriteBody(graph, os);
//   sg::out::ThrowIfFailed(os, "GraphML");
#pragma once

#include <ostream>
#include <string_view>

namespace sg::out {

// Throws sg::Error(kOutput, {}, "could not write the <what> output") when
// `os` is in a failed or bad state (disk full, closed pipe). The caller (app/)
// knows the file name and adds it; a writer never sees paths.
void ThrowIfFailed(const std::ostream& os, std::string_view what);

}  // namespace sg::out
