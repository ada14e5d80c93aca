// The commands of stancegraph, each a run of the pipeline
// Document -> Event -> StanceGraph -> file.
//
//   int code = sg::app::RunCommand(options, std::cerr);
//
// Only this layer opens files and talks to the user: warnings and the summary
// line go to `log` (stderr), data to files or stdout.
#pragma once

#include <ostream>

#include "app/options.hpp"

namespace sg::app {

// Runs options.command. Returns the exit code for a run that finished
// (0, or 2 under --strict when there were warnings); throws sg::Error for a
// run that could not (bad rules, unwritable output).
int RunCommand(const Options& options, std::ostream& log);

}  // namespace sg::app
