#!/usr/bin/env bash
# Differential testing: generates N random valid Lua programs (org.crescent.fuzz.ProgramGenerator,
# seeds SEED .. SEED+N-1), runs each on lua5.4 and on Crescent, and reports every program whose
# output differs. Mismatching programs and both outputs go to target/differential/.
#
#   scripts/differential.sh [N] [SEED]        defaults: 1000 programs from seed 1
#   java -cp target/classes:target/test-classes org.crescent.fuzz.DifferentialRunner print SEED
#                                              prints one program
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
seed="${2:-1}"
command -v lua5.4 >/dev/null || { echo "differential: lua5.4 is not installed" >&2; exit 2; }
# Offline first (this machine); online if something is missing from the local repository (CI).
maven() { mvn -o -q -B -Dstyle.color=never "$@" >/dev/null 2>&1 || mvn -q -B -Dstyle.color=never "$@" | sed 's/\x1b\[0m//g'; }
maven test-compile
exec java -Xss8m -cp target/classes:target/test-classes org.crescent.fuzz.DifferentialRunner "$count" "$seed" target/differential
