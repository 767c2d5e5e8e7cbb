#!/usr/bin/env bash
# Builds and runs the JMH micro-benchmarks of Crescent's hot paths (opcode dispatch, table
# access, calls, strings, coroutine switches) on JDK 25 (JAVA_HOME or /usr/lib/jvm/temurin-25*,
# else the java on PATH). Extra arguments go to JMH, e.g. a benchmark regex:
#   bench/jmh/run.sh 'TableBenchmark' -f 1 -wi 3 -i 5
#   bench/jmh/run.sh --quick     every benchmark once, briefly, in this JVM (checks they run)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
java_home="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1 || true)}"
java_command="${java_home:+$java_home/bin/}java"
(cd "$here" && { mvn -q -B -o package >/dev/null 2>&1 || mvn -q -B package; })
classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"
if [ "${1:-}" = "--quick" ]; then
  shift
  exec "$java_command" -Xss16m -cp "$classpath" org.openjdk.jmh.Main -f 0 -wi 0 -i 1 -r 50ms \
    -p length=8 -foe true "$@"
fi
exec "$java_command" -Xss16m -cp "$classpath" org.openjdk.jmh.Main "$@"
