#!/usr/bin/env bash
# Regenerates every golden .expected file from the reference interpreter lua5.4.
#
# For each src/test/resources/golden/<area>/.../<name>.lua the expectation is:
#   the exact stdout of `cd <its folder> && lua5.4 <name>.lua`,
#   and, only if the exit status is non-zero, a line `--- exit <status>` followed by
#   the stderr text whose leading `lua5.4: ` program-name prefix becomes `lua: `.
# The output is a pure function of the scripts, so running this twice changes nothing.
#
# Usage: scripts/golden-regenerate.sh [output-root]
#   output-root (default: the golden folder itself) receives the .expected files in the
#   same relative layout; golden-check.sh uses it to regenerate into a temporary place.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
golden_root="$repo_root/src/test/resources/golden"
output_root="${1:-$golden_root}"
lua="${GOLDEN_LUA:-lua5.4}"

if ! command -v "$lua" >/dev/null 2>&1; then
  echo "golden-regenerate: reference interpreter '$lua' not found (install lua5.4)" >&2
  exit 2
fi
if [ ! -d "$golden_root" ]; then
  echo "golden-regenerate: no golden folder at $golden_root" >&2
  exit 2
fi

stderr_file="$(mktemp)"
trap 'rm -f "$stderr_file"' EXIT

count=0
while IFS= read -r -d '' script; do
  relative="${script#"$golden_root"/}"
  folder="$(dirname "$script")"
  name="$(basename "$script")"
  target="$output_root/${relative%.lua}.expected"
  mkdir -p "$(dirname "$target")"
  status=0
  (cd "$folder" && LC_ALL=C TZ=UTC timeout 120 "$lua" "$name") >"$target" 2>"$stderr_file" </dev/null \
    || status=$?
  if [ "$status" -ne 0 ]; then
    printf -- '--- exit %d\n' "$status" >>"$target"
    # Only the first line carries the program-name prefix.
    sed '1s/^[^:]*lua5\.4: /lua: /' "$stderr_file" >>"$target"
  fi
  count=$((count + 1))
done < <(find "$golden_root" -name '*.lua' -type f -print0 | LC_ALL=C sort -z)

echo "golden-regenerate: $count scripts" >&2
