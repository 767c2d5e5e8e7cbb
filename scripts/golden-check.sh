#!/usr/bin/env bash
# Fails, listing the files, if any committed golden .expected file differs from what
# lua5.4 produces now, or if a script has no .expected file, or an .expected file has no
# script. CI runs this.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
golden_root="$repo_root/src/test/resources/golden"
fresh_root="$(mktemp -d)"
trap 'rm -rf "$fresh_root"' EXIT

"$repo_root/scripts/golden-regenerate.sh" "$fresh_root"

failures=()
while IFS= read -r -d '' fresh; do
  relative="${fresh#"$fresh_root"/}"
  committed="$golden_root/$relative"
  if [ ! -f "$committed" ]; then
    failures+=("missing: $relative")
  elif ! cmp -s "$fresh" "$committed"; then
    failures+=("differs: $relative")
  fi
done < <(find "$fresh_root" -name '*.expected' -type f -print0 | LC_ALL=C sort -z)

while IFS= read -r -d '' committed; do
  relative="${committed#"$golden_root"/}"
  if [ ! -f "$fresh_root/$relative" ]; then
    failures+=("orphan (no script): $relative")
  fi
done < <(find "$golden_root" -name '*.expected' -type f -print0 | LC_ALL=C sort -z)

if [ "${#failures[@]}" -ne 0 ]; then
  echo "golden-check: ${#failures[@]} file(s) out of date; run scripts/golden-regenerate.sh:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  for line in "${failures[@]}"; do
    case "$line" in
      differs:*)
        relative="${line#differs: }"
        diff -u "$golden_root/$relative" "$fresh_root/$relative" | head -20 >&2 || true ;;
    esac
  done
  exit 1
fi
echo "golden-check: all expectations match lua5.4" >&2
