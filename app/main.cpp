// stancegraph's entry point: parse the command line, run the command, turn
// an error into one line on stderr and an exit code (see README, "Exit codes").
#include <exception>
#include <iostream>

#include "app/cli.hpp"
#include "app/pipeline.hpp"
#include "common/error.hpp"

int main(int argc, char** argv) {
  const sg::app::ParsedCommandLine parsed = sg::app::ParseCommandLine(argc, argv);
  if (parsed.exit_code) return *parsed.exit_code;
  try {
    return sg::app::RunCommand(parsed.options, std::cerr);
  } catch (const sg::Error& e) {
    std::cerr << "stancegraph: error: " << e.what() << '\n';
    switch (e.kind()) {
      case sg::ErrorKind::kUsage:
        return 1;
      case sg::ErrorKind::kInput:
        return 2;
      case sg::ErrorKind::kOutput:
        return 3;
    }
  } catch (const std::exception& e) {
    std::cerr << "stancegraph: internal error: " << e.what() << '\n';
  }
  return 4;
}
