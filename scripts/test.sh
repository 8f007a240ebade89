#!/usr/bin/env bash
# Installs what is missing, builds linkchart with its tests, and runs them all (ctest).
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
bash scripts/build.sh "$@"
dir=build
if [[ "${1:-}" == "--sanitize" ]]; then
  dir=build-asan
  # Full stacks, so that tests/lsan.supp can tell Graphviz's own leaks from ours.
  export ASAN_OPTIONS=fast_unwind_on_malloc=0:detect_leaks=1
  export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
