#!/usr/bin/env bash
# Rewrites every golden file from the current build (exporters' fixture graph
# and the samples' outputs). Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
SG_REGENERATE_GOLDEN=1 ctest --test-dir "${SG_BUILD_DIR:-build}" -L golden >/dev/null || true
ctest --test-dir "${SG_BUILD_DIR:-build}" -L golden --output-on-failure
git status --short -- tests/app/golden tests/export/golden
