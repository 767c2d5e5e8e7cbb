#!/usr/bin/env bash
# Regenerates the reference cases of the number, format, pattern and pack tests from lua5.4
# into a temporary directory and fails if any committed file differs. With --write, updates
# the committed files instead.
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
runtime_dir=src/test/resources/org/crescent/runtime
stdlib_dir=src/test/resources/org/crescent/stdlib
if [ "${1:-}" = "--write" ]; then
  lua5.4 scripts/gen-numbers.lua "$runtime_dir"
  for script in format patterns pack; do lua5.4 "scripts/gen-$script.lua" "$stdlib_dir"; done
  exit 0
fi
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
mkdir -p "$fresh/runtime" "$fresh/stdlib"
lua5.4 scripts/gen-numbers.lua "$fresh/runtime" >/dev/null
for script in format patterns pack; do lua5.4 "scripts/gen-$script.lua" "$fresh/stdlib" >/dev/null; done
status=0
for file in "$fresh"/runtime/*.txt; do
  cmp -s "$file" "$runtime_dir/$(basename "$file")" || { echo "differs: $runtime_dir/$(basename "$file")" >&2; status=1; }
done
for file in "$fresh"/stdlib/*.txt; do
  cmp -s "$file" "$stdlib_dir/$(basename "$file")" || { echo "differs: $stdlib_dir/$(basename "$file")" >&2; status=1; }
done
[ "$status" = 0 ] && echo "string-cases-check: all reference cases match lua5.4" >&2
exit "$status"
