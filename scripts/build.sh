#!/usr/bin/env bash
# Configures and builds stancegraph in build/ (or $SG_BUILD_DIR).
# Extra arguments go to CMake, e.g. -DSG_SANITIZE=address,undefined.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${SG_BUILD_DIR:-build}"
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S . -B "$build_dir" -DSG_WERROR="$werror" "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
