#!/usr/bin/env bash
# Configures and builds linkchart. Warnings are errors here, as in CI.
#   scripts/build.sh              -> build/
#   scripts/build.sh --sanitize   -> build-asan/ (AddressSanitizer + UBSan)
#   extra arguments after the option go to 'cmake --build' (e.g. --target linkchart)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
opts=(-DLINKCHART_WERROR=ON -DLINKCHART_TESTS=ON)
if [[ "${1:-}" == "--sanitize" ]]; then
  dir=build-asan
  opts+=(-DLINKCHART_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  shift
fi
cmake -S . -B "$dir" "${opts[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)" "$@"
