#!/usr/bin/env bash
# Fuzzes every Jazzer target (src/test/java/org/crescent/fuzz) for SECONDS each (default 10),
# one JVM per target, and fails if any target reports a finding.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 InterpreterFuzzTest.runGenerated
#
# Targets run through Jazzer's own driver (com.code_intelligence.jazzer.Jazzer) rather than
# `JAZZER_FUZZ=1 mvn test -Dtest=Class#method`: the same @FuzzTest methods and inputs, but no
# Maven start-up per target (about 20 s each), and the JVM's heap and stack are set here.
# The working corpus grows in target/fuzz/corpus/<target> (kept between runs, not committed);
# the committed inputs (src/test/resources/org/crescent/fuzz/*Inputs) seed it. A finding is
# written to target/fuzz/findings/<target>-crash-* (or timeout-*); to keep it as a regression
# test, copy it into src/test/resources/org/crescent/fuzz/<Class>Inputs/<method>/.
# Environment: FUZZ_JAVA_OPTIONS (default "-Xmx1g -Xss8m -XX:-DontCompileHugeMethods": coverage
# instrumentation pushes the dispatch loop past HotSpot's 8000-byte limit for compiling a method), FUZZ_TIMEOUT (seconds one input may
# take before libFuzzer reports a hang, default 20).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-10}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(CompilerFuzzTest.compileText CompilerFuzzTest.compileTokens CompilerFuzzTest.undumpMutated
           InterpreterFuzzTest.runText InterpreterFuzzTest.runGenerated LibraryFuzzTest.stringFunctions)
fi
java_options="${FUZZ_JAVA_OPTIONS:--Xmx1g -Xss8m -XX:-DontCompileHugeMethods}"
timeout="${FUZZ_TIMEOUT:-20}"
resources=src/test/resources/org/crescent/fuzz

# Offline first (this machine); online if something is missing from the local repository (CI).
maven() { mvn -o -q -B -Dstyle.color=never "$@" >/dev/null 2>&1 || mvn -q -B -Dstyle.color=never "$@" | sed 's/\x1b\[0m//g'; }
maven test-compile
maven dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz/classpath.txt
classpath="target/classes:target/test-classes:$(cat target/fuzz/classpath.txt)"

status=0
for target in "${targets[@]}"; do
  class="${target%%.*}"
  method="${target#*.}"
  corpus="target/fuzz/corpus/$target"
  mkdir -p "$corpus" target/fuzz/findings target/fuzz/logs
  seeds=()
  [ -d "$resources/${class}Inputs/$method" ] && seeds+=("$resources/${class}Inputs/$method")
  # The text targets share the hand-written snippets.
  case "$method" in
    runText) seeds+=("$resources/CompilerFuzzTestInputs/compileText") ;;
  esac
  dictionary=()
  case "$method" in
    compileText|runText) dictionary=("-dict=$resources/lua.dict") ;;
  esac
  log="target/fuzz/logs/$target.log"
  set +e
  # shellcheck disable=SC2086
  java $java_options -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
    --target_class="org.crescent.fuzz.$class" --target_method="$method" \
    --instrumentation_includes='org.crescent.**' \
    "-max_total_time=$seconds" "-timeout=$timeout" -rss_limit_mb=0 -max_len=4096 -len_control=0 \
    "-artifact_prefix=target/fuzz/findings/$target-" "${dictionary[@]}" \
    "$corpus" "${seeds[@]}" >"$log" 2>&1
  result=$?
  set -e
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  if [ $result -ne 0 ]; then
    status=1
    echo "fuzz: $target: FINDING (exit $result), see $log and target/fuzz/findings/"
    grep -E '^(== Java Exception|Caused by|java\.lang\.|\s+at org\.crescent)' "$log" | head -20 || true
  else
    echo "fuzz: $target: ${runs:-no run count} , no finding"
  fi
done
exit $status
