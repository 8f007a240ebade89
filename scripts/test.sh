#!/usr/bin/env bash
# Installs what is missing, builds linkchart with its tests, and runs them all (ctest).
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh "$@"
dir=build
[[ "${1:-}" == "--sanitize" ]] && dir=build-asan
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
