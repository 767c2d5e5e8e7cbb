#!/usr/bin/env bash
# The benchmark table: runs every workload of bench/workloads.list on Crescent (JDK 25, and
# JDK 17 beside it), lua5.4, luajit -joff (interpreter only), luajit and LuaJ 3.0.1 (its
# interpreter), as whole processes, round-robin over the VMs in each round. Every output is
# checked against lua5.4's (a wrong answer is reported, not timed). Crescent is also timed
# in-process after warm-up (InProcessTimer: CPU time and heap bytes allocated per run).
# bench/report.lua then writes RESULTS.md (medians, ratios to C Lua, geometric means, peak
# memory) and the SVG chart of the ratios.
#
# Usage: bench/run.sh [--quick] [--rounds N] [--warmups N] [--only a,b,...] [--vms a,b,...]
#                     [--timeout SECONDS] [--output DIR]
#   --quick     tiny sizes, one round, no warm-up, and only lua5.4, crescent-jdk25, luajit and
#               luaj (the other two VMs are the same commands on another JDK or with a flag),
#               in-process timing of three workloads only; writes to target/bench-quick (for CI). Exits non-zero if the harness breaks
#               or Crescent prints a wrong answer.
#   --rounds    runs per workload and VM (default 3); the median is reported.
#   --only      a comma-separated subset of workloads; --vms a subset of VMs
#               (lua5.4 always runs: it gives the expected output).
#   --output    where RESULTS.md, ratios.svg and raw.tsv go (default: bench/, chart and
#               raw data in bench/results/).
#   --report-only  rewrite RESULTS.md and the chart from the raw.tsv and meta.txt already there.
# Installs lua5.4, luajit and GNU time with apt-get when missing, and LuaJ with Maven.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

quick=0 rounds=3 warmups=2 only="" vms_wanted="" timeout_seconds=300 output="" inprocess_only="" report_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; rounds=1; warmups=0; timeout_seconds=60; vms_wanted="${vms_wanted:-crescent-jdk25,luajit,luaj}"
             inprocess_only="fib_recursive,json,coroutine_pingpong" ;;
    --rounds) rounds="$2"; shift ;;
    --warmups) warmups="$2"; shift ;;
    --only) only="$2"; shift ;;
    --vms) vms_wanted="$2"; shift ;;
    --timeout) timeout_seconds="$2"; shift ;;
    --output) output="$2"; shift ;;
    --report-only) report_only=1 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$output" ]; then
  if [ "$quick" = 1 ]; then output="$root/target/bench-quick"; else output="$here"; fi
fi
mkdir -p "$output"
output="$(cd "$output" && pwd)"
if [ "$output" = "$here" ]; then chart_dir="$here/results"; else chart_dir="$output"; fi
mkdir -p "$chart_dir"
log() { echo "[bench] $*" >&2; }
write_report() {
  local chart_link
  chart_link="$(realpath --relative-to="$output" "$chart_dir/ratios.svg")"
  lua5.4 "$here/report.lua" "$chart_dir/raw.tsv" "$chart_dir/meta.txt" "$output/RESULTS.md" \
    "$chart_dir/ratios.svg" "$chart_link" "$here/workloads.list"
  log "wrote $output/RESULTS.md and $chart_dir/ratios.svg"
}
if [ "$report_only" = 1 ]; then write_report; exit 0; fi

# --- Tools -------------------------------------------------------------------------------
install_packages() {
  local sudo_command=""
  [ "$(id -u)" = 0 ] || sudo_command="sudo"
  log "installing $*"
  $sudo_command apt-get update -qq >/dev/null 2>&1 || true
  $sudo_command apt-get install -y -qq "$@" >/dev/null 2>&1 || log "could not install $*"
}
missing=()
command -v lua5.4 >/dev/null 2>&1 || missing+=(lua5.4)
command -v luajit >/dev/null 2>&1 || missing+=(luajit)
[ -x /usr/bin/time ] || missing+=(time)
[ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"
command -v lua5.4 >/dev/null 2>&1 || { echo "run.sh: needs lua5.4, the reference (apt-get install lua5.4)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time (apt-get install time)" >&2; exit 2; }

jdk25="${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1 || true)}"
jdk17="${JDK17:-$(ls -d /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17* 2>/dev/null | head -1 || true)}"
java_for_tools="${jdk25:-$jdk17}"
[ -n "$java_for_tools" ] || { echo "run.sh: needs a JDK 17 or 25 under /usr/lib/jvm (or JDK25/JDK17 set)" >&2; exit 2; }

luaj_version=3.0.1
luaj_jar="$HOME/.m2/repository/org/luaj/luaj-jse/$luaj_version/luaj-jse-$luaj_version.jar"
if [ ! -f "$luaj_jar" ]; then
  log "fetching LuaJ $luaj_version with Maven"
  mvn -q -B dependency:get -Dartifact="org.luaj:luaj-jse:$luaj_version" -Dtransitive=false >/dev/null 2>&1 \
    || log "could not fetch LuaJ; it is left out"
fi

log "building Crescent"
(cd "$root" && { mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package >/dev/null; })
jar="$(ls "$root"/target/crescent-*.jar | grep -v -e sources -e javadoc | head -1)"
timer_classes="$root/target/bench-classes"
mkdir -p "$timer_classes"
"$java_for_tools/bin/javac" --release 17 -nowarn -d "$timer_classes" -cp "$root/target/classes" \
  "$root"/src/test/java/org/crescent/bench/*.java

# --- VMs -----------------------------------------------------------------------------------
declare -A commands=() versions=()
all_vms=()
add_vm() { all_vms+=("$1"); commands[$1]="$2"; versions[$1]="$3"; }
java_version() { "$1/bin/java" -version 2>&1 | head -1 | sed 's/"//g'; }
add_vm lua5.4 "lua5.4" "$(lua5.4 -v 2>&1 | head -1 | cut -d' ' -f1-2)"
if [ -n "$jdk25" ]; then
  add_vm crescent-jdk25 "$jdk25/bin/java -Xss16m -jar $jar" "Crescent $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?') on $(java_version "$jdk25")"
fi
if [ -n "$jdk17" ]; then
  add_vm crescent-jdk17 "$jdk17/bin/java -Xss16m -jar $jar" "Crescent on $(java_version "$jdk17")"
fi
if command -v luajit >/dev/null 2>&1; then
  add_vm luajit-joff "luajit -joff" "$(luajit -v | cut -d' ' -f1-2), JIT off (interpreter)"
  add_vm luajit "luajit" "$(luajit -v | cut -d' ' -f1-2)"
fi
if [ -f "$luaj_jar" ]; then
  add_vm luaj "$java_for_tools/bin/java -cp $luaj_jar lua" "LuaJ $luaj_version (interpreter) on $(java_version "$java_for_tools")"
fi
vms=()
for vm in "${all_vms[@]}"; do
  if [ -z "$vms_wanted" ] || [ "$vm" = lua5.4 ] || [[ ",$vms_wanted," == *",$vm,"* ]]; then vms+=("$vm"); fi
done

# --- Workloads ---------------------------------------------------------------------------
names=() scripts=() sizes=()
while read -r name script full quick_size; do
  case "$name" in ''|'#'*) continue ;; esac
  if [ -n "$only" ] && [[ ",$only," != *",$name,"* ]]; then continue; fi
  names+=("$name"); scripts+=("$here/$script")
  if [ "$quick" = 1 ]; then sizes+=("$quick_size"); else sizes+=("$full"); fi
done < "$here/workloads.list"
[ ${#names[@]} -gt 0 ] || { echo "run.sh: no workload selected" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
raw="$chart_dir/raw.tsv"
printf 'workload\tvm\tround\tstatus\twall_s\tcpu_s\trss_kb\tallocated_bytes\tmessage\n' > "$raw"

# One line of raw.tsv from a finished whole-process run.
record_run() {
  local name=$1 vm=$2 round=$3 code=$4 out=$5 err=$6 timefile=$7 expected=$8
  local elapsed user system rss status message=""
  read -r elapsed user system rss < <(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$timefile" | tail -1)
  if [ "$code" = 124 ]; then
    status=timeout; message="over ${timeout_seconds} s"
  elif cmp -s "$out" "$expected" && [ "$code" = 0 ]; then
    status=ok
  elif [ -s "$err" ] || [ "$code" != 0 ]; then
    status=error
    message="$(grep -v '^[[:space:]]*$' "$err" | head -1 | tr '\t' ' ' | cut -c1-160)"
    [ -n "$message" ] || message="exit status $code"
  else
    status=wrong
    message="printed $(head -c 80 "$out" | tr '\t\n' '  ')"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t%s\n' "$name" "$vm" "$round" "$status" "$elapsed" \
    "$(awk -v u="${user:-0}" -v s="${system:-0}" 'BEGIN { printf "%.2f", u + s }')" "$rss" "$message" >> "$raw"
  echo "$status"
}

run_vm() {
  local name=$1 vm=$2 round=$3 script=$4 size=$5 expected=$6
  local out="$scratch/out" err="$scratch/err" timefile="$scratch/time" code=0
  /usr/bin/time -o "$timefile" -f '%e %U %S %M' timeout "$timeout_seconds" ${commands[$vm]} "$script" "$size" \
    >"$out" 2>"$err" </dev/null || code=$?
  record_run "$name" "$vm" "$round" "$code" "$out" "$err" "$timefile" "$expected"
}

commit="$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)"
start_load="$(uptime | sed 's/.*load average: //')"
start_date="$(date -u '+%Y-%m-%d %H:%M UTC')"
wrong_answers=0
for index in "${!names[@]}"; do
  name="${names[$index]}" script="${scripts[$index]}" size="${sizes[$index]}"
  expected="$scratch/$name.expected"
  declare -A broken=()
  for round in $(seq "$rounds"); do
    for vm in "${vms[@]}"; do
      [ -z "${broken[$vm]:-}" ] || continue
      if [ "$vm" = lua5.4 ] && [ "$round" = 1 ]; then
        # The reference run: its output is what every VM must print.
        code=0
        /usr/bin/time -o "$scratch/time" -f '%e %U %S %M' timeout "$timeout_seconds" lua5.4 "$script" "$size" \
          >"$expected" 2>"$scratch/err" </dev/null || code=$?
        if [ "$code" != 0 ]; then
          echo "run.sh: lua5.4 failed on $name: $(head -1 "$scratch/err")" >&2; exit 1
        fi
        status="$(record_run "$name" lua5.4 1 0 "$expected" "$scratch/err" "$scratch/time" "$expected")"
      else
        status="$(run_vm "$name" "$vm" "$round" "$script" "$size" "$expected")"
      fi
      if [ "$status" != ok ]; then
        broken[$vm]=1   # not timed again: one failed run says all there is
        [ "$status" != wrong ] || [[ "$vm" != crescent* ]] || wrong_answers=$((wrong_answers + 1))
      fi
      log "$name ($size) round $round $vm: $status"
    done
  done
  # Crescent in-process after warm-up: CPU time and bytes allocated per run.
  if [ -n "$jdk25" ] && [[ " ${vms[*]} " == *" crescent-jdk25 "* ]] && [ -z "${broken[crescent-jdk25]:-}" ] \
     && { [ -z "$inprocess_only" ] || [[ ",$inprocess_only," == *",$name,"* ]]; }; then
    code=0
    "$jdk25/bin/java" -Xss16m -cp "$jar:$timer_classes" org.crescent.bench.InProcessTimer \
      "$script" "$size" "$rounds" "$warmups" "$scratch/inprocess.out" >"$scratch/inprocess" 2>"$scratch/err" || code=$?
    if [ "$code" = 0 ] && cmp -s "$scratch/inprocess.out" "$expected"; then
      measured=0
      while IFS=$'\t' read -r kind cpu wall allocated; do
        [ "$kind" = measure ] || continue
        measured=$((measured + 1))
        printf '%s\tcrescent-jdk25-inprocess\t%s\tok\t%s\t%s\t\t%s\t\n' "$name" "$measured" "$wall" "$cpu" "$allocated" >> "$raw"
      done < "$scratch/inprocess"
      log "$name in-process: $(grep best "$scratch/inprocess")"
    else
      printf '%s\tcrescent-jdk25-inprocess\t1\terror\t\t\t\t\t%s\n' "$name" \
        "$(head -1 "$scratch/err" | tr '\t' ' ' | cut -c1-160)" >> "$raw"
      log "$name in-process: error"
    fi
  fi
  unset broken
done
end_load="$(uptime | sed 's/.*load average: //')"

# --- Report ------------------------------------------------------------------------------
meta="$chart_dir/meta.txt"
{
  echo "date=$start_date"
  echo "mode=$([ "$quick" = 1 ] && echo quick || echo full)"
  echo "rounds=$rounds"
  echo "warmups=$warmups"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cores), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "load_start=$start_load"
  echo "load_end=$end_load"
  echo "commit=$commit"
  for vm in "${vms[@]}"; do echo "vm.$vm=${versions[$vm]}"; done
  echo "vms=${vms[*]}"
} > "$meta"
write_report
if [ "$wrong_answers" -gt 0 ]; then
  echo "run.sh: Crescent printed $wrong_answers wrong answer(s): see $output/RESULTS.md" >&2
  exit 1
fi
