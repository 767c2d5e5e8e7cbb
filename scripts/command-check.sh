#!/usr/bin/env bash
# Checks the packaged command: `java -jar` on the built jar, bin/crescent, and the official
# suite's main.lua (portable mode off: it drives the command through the shell, with Ctrl-C
# sent by kill -INT). main.lua runs twice: driven by lua5.4 with bin/crescent as the command
# under test, then driven by Crescent itself.
#
# Usage: scripts/command-check.sh      Environment: LUA_TESTES (default /work/testes)
# Exit status: 0 if the jar and bin/crescent work; main.lua's results are reported, not counted.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
testes="${LUA_TESTES:-/work/testes}"
(cd "$root" && mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package >/dev/null) || exit 1
jar="$(ls "$root"/target/crescent-*.jar | head -1)"
failed=0
check() {  # check NAME EXPECTED COMMAND...
  local name="$1" expected="$2"; shift 2
  local actual
  actual="$("$@" 2>&1)"
  if [ "$actual" = "$expected" ]; then echo "PASS $name"; else echo "FAIL $name: got '$actual'"; failed=1; fi
}
check "java -jar" "3" java -jar "$jar" -e "print(1 + 2)"
check "bin/crescent" "hello" "$root/bin/crescent" -e "print('hello')"
check "bin/crescent script" "Hello from Crescent, Lua 5.4" "$root/bin/crescent" "$root/examples/hello.lua"
check "exit status" "1" bash -c "'$root/bin/crescent' -e 'error(1)' 2>/dev/null; echo \$?"
if [ -f "$testes/main.lua" ] && command -v lua5.4 >/dev/null 2>&1; then
  work="$(mktemp -d)"
  (cd "$testes" && timeout 600 lua5.4 -e "arg[-3] = '$root/bin/crescent'" main.lua) >"$work/out" 2>"$work/err" </dev/null
  echo "main.lua driven by lua5.4: exit $?; $(grep -E -m1 ': main.lua:[0-9]+:' "$work/err" || echo 'no error')"
  (cd "$testes" && timeout 600 "$root/bin/crescent" main.lua) >"$work/out" 2>"$work/err" </dev/null
  echo "main.lua driven by crescent: exit $?; $(grep -E -m1 ': main.lua:[0-9]+:' "$work/err" || echo 'no error')"
  rm -rf "$work"
else
  echo "main.lua not run (needs $testes/main.lua and lua5.4)"
fi
exit "$failed"
