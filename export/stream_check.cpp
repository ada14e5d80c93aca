#include "export/stream_check.hpp"

#include <string>

#include "common/error.hpp"

namespace sg::out {

void ThrowIfFailed(const std::ostream& os, std::string_view what) {
  if (!os) {
    throw Error(ErrorKind::kOutput, {}, "could not write the " + std::string(what) + " output");
  }
}

}  // namespace sg::out
