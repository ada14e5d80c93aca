#!/usr/bin/env bash
# Quick start, part two: install what is missing, build, and run every test
# (unit, golden, end-to-end, real clients). Extra arguments go to ctest,
# e.g. scripts/test.sh -L unit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${SG_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)" "$@"
