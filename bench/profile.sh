#!/usr/bin/env bash
# Profiles one workload on Crescent (JDK 25) with Java Flight Recorder and prints where the
# time goes: execution samples aggregated by top frame (method and line), by top method, and
# by the innermost Crescent frame (method and line) for samples that stop in JDK code.
# Usage: bench/profile.sh workload [size] [rows]   (size defaults to the full size in
# workloads.list; the recording is left in target/bench-profiles/<workload>.jfr)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
name="$1"
read -r _ script full _ < <(grep -E "^$name[[:space:]]" "$here/workloads.list") \
  || { echo "profile.sh: no workload $name in workloads.list" >&2; exit 2; }
size="${2:-$full}"
rows="${3:-15}"
jdk="${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1 || true)}"
[ -n "$jdk" ] || { echo "profile.sh: needs JDK 25 (set JDK25)" >&2; exit 2; }
(cd "$root" && { mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package >/dev/null; })
jar="$(ls "$root"/target/crescent-*.jar | head -1)"
mkdir -p "$root/target/bench-profiles"
recording="$root/target/bench-profiles/$name.jfr"
"$jdk/bin/java" -Xss16m -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -XX:StartFlightRecording=filename="$recording",settings=profile,jdk.ExecutionSample#period=2ms \
  -jar "$jar" "$here/$script" "$size" >/dev/null 2>"$root/target/bench-profiles/$name.log"
"$jdk/bin/jfr" print --events jdk.ExecutionSample "$recording" | awk -v rows="$rows" '
  function trim(text) { sub(/^[ \t]+/, "", text); sub(/[ \t]+$/, "", text); return text }
  function report(title, counts,    key, n, i, j, order, swap) {
    n = 0
    for (key in counts) order[++n] = key
    for (i = 2; i <= n; i++) {          # insertion sort, most samples first
      swap = order[i]
      for (j = i - 1; j >= 1 && counts[order[j]] < counts[swap]; j--) order[j + 1] = order[j]
      order[j + 1] = swap
    }
    printf "\n%s\n", title
    for (i = 1; i <= n && i <= rows; i++) printf "%6.1f%%  %s\n", 100 * counts[order[i]] / total, order[i]
  }
  /stackTrace = \[/ { in_stack = 1; depth = 0; own = ""; next }
  in_stack && /^[ \t]*\]/ { in_stack = 0; if (own != "") owner[own]++; next }
  in_stack {
    frame = trim($0)
    if (frame == "...") next
    depth++
    if (depth == 1) {
      total++
      top[frame]++
      method = frame; sub(/ +line:.*$/, "", method); methods[method]++
    }
    if (own == "" && frame ~ /^org\.crescent\./) own = frame
  }
  END {
    if (total == 0) { print "no execution samples"; exit 1 }
    printf "%d execution samples\n", total
    report("By top frame (method, line):", top)
    report("By top method:", methods)
    report("By innermost Crescent frame (method, line):", owner)
  }' | while IFS= read -r line; do
  # Show the source text of Crescent lines beside them.
  if [[ "$line" =~ (org\.crescent\.[a-z.]+)\.([A-Za-z0-9]+)[.$][^\ ]*\ line:\ ([0-9]+) ]]; then
    file="$root/src/main/java/$(echo "${BASH_REMATCH[1]}" | tr . /)/${BASH_REMATCH[2]}.java"
    text="$(sed -n "${BASH_REMATCH[3]}p" "$file" 2>/dev/null | sed 's/^[[:space:]]*//' | cut -c1-70)"
    printf '%s    | %s\n' "$line" "$text"
  else
    printf '%s\n' "$line"
  fi
done
