// The command line: argv -> Options, with CLI11.
//
//   sg::app::ParsedCommandLine parsed = sg::app::ParseCommandLine(argc, argv);
//   if (parsed.exit_code) return *parsed.exit_code;   // --help, --version, or a usage error
//   run(parsed.options);
#pragma once

#include <optional>

#include "app/options.hpp"

namespace sg::app {

struct ParsedCommandLine {
  Options options;
  std::optional<int> exit_code;  // set when parsing already answered (help, error, dump)
};

// Parses the command line. Help and usage errors are printed here (CLI11
// formats them); the returned exit_code is 0 after help, 1 after an error.
ParsedCommandLine ParseCommandLine(int argc, char** argv);

}  // namespace sg::app
