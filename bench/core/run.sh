#!/usr/bin/env bash
# The core performance figures: a 400-million-iteration numeric for loop and recursive fib(38),
# timed as whole processes, alternating lua5.4 and Crescent (JDK 25, and JDK 17 beside it) in
# one run; prints the median of each and its ratio to lua5.4, then Crescent's heap allocation per
# call and per loop iteration. Usage: bench/core/run.sh [rounds] (default 5).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${1:-5}"
jdk25="${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}"
jdk17="${JDK17:-$(ls -d /usr/lib/jvm/java-17-openjdk* 2>/dev/null | head -1)}"
command -v lua5.4 >/dev/null || { echo "needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
(cd "$root" && mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package >/dev/null)
jar="$(ls "$root"/target/crescent-*.jar | head -1)"

declare -A commands=(
  [lua5.4]="lua5.4"
  [crescent-jdk25]="$jdk25/bin/java -Xss16m -jar $jar"
  [crescent-jdk17]="$jdk17/bin/java -Xss16m -jar $jar"
)
vms=(lua5.4 crescent-jdk25 crescent-jdk17)
workloads=("loop.lua 400000000" "fib.lua 38")

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-22s %-16s %10s %8s\n' workload vm median_s ratio
for workload in "${workloads[@]}"; do
  declare -A times=()
  for round in $(seq "$rounds"); do
    for vm in "${vms[@]}"; do
      times[$vm]+="$(seconds ${commands[$vm]} "$here/${workload%% *}" ${workload#* }) "
    done
  done
  base=$(echo ${times[lua5.4]} | tr ' ' '\n' | median)
  for vm in "${vms[@]}"; do
    m=$(echo ${times[$vm]} | tr ' ' '\n' | median)
    printf '%-22s %-16s %10.2f %8.2f\n' "$workload" "$vm" "$m" "$(echo "$m / $base" | bc -l)"
  done
  unset times
done
echo
(cd "$root" && mvn -q -B -o test-compile >/dev/null 2>&1 || true)
"$jdk25/bin/java" -cp "$root/target/classes:$root/target/test-classes:$jar" org.crescent.bench.AllocationProbe
