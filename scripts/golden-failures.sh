#!/usr/bin/env bash
# Lists the golden scripts Crescent does not pass yet (paths relative to the golden folder),
# by running each through the built jar exactly as GoldenScriptTest does. With --write, stores
# the list in src/test/resources/golden/known-failures.txt.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
golden="$root/src/test/resources/golden"
(cd "$root" && mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package >/dev/null)
jar="$(ls "$root"/target/crescent-*.jar | head -1)"
failures=()
while IFS= read -r -d '' script; do
  expected="${script%.lua}.expected"
  [ -f "$expected" ] || continue
  folder="$(dirname "$script")"
  actual="$(mktemp)"
  errors="$(mktemp)"
  (cd "$folder" && timeout 120 java -Xss16m -jar "$jar" "$(basename "$script")" >"$actual" 2>"$errors" </dev/null)
  status=$?
  if [ "$status" != 0 ]; then
    printf -- '--- exit %s\n' "$status" >>"$actual"
    sed '1s/^crescent: /lua: /' "$errors" >>"$actual"
  fi
  cmp -s "$expected" "$actual" || failures+=("${script#"$golden"/}")
  rm -f "$actual" "$errors"
done < <(find "$golden" -name '*.lua' -print0 | sort -z)
if [ "${1:-}" = "--write" ]; then
  {
    echo "# Golden scripts Crescent does not pass yet (scripts/golden-failures.sh --write rewrites this)."
    echo "# GoldenScriptTest skips them while they fail and fails once one passes, so the list only shrinks."
    printf '%s\n' "${failures[@]}"
  } >"$golden/known-failures.txt"
fi
printf '%s\n' "${failures[@]}"
echo "${#failures[@]} failing" >&2
