#!/usr/bin/env bash
# Runs files of the official Lua 5.4 test suite one at a time, in portable and soft mode
# (as `all.lua` does with _port and _soft set), and prints a table:
# file, PASS/FAIL/TIMEOUT, seconds, first error line.
#
# Usage: scripts/run-testes.sh [file.lua ...]
# Environment:
#   LUA_TESTES       folder of the test suite (default /work/testes); never copied here
#   LUA              interpreter command (default: this repo's bin/crescent);
#                    LUA=lua5.4 runs the reference, to check the harness itself
#   TESTES_TIMEOUT   seconds per file (default 300)
#   TESTES_LOGS      folder for each file's stdout/stderr (default target/testes-logs)
# Exit status: 0 if every file passed, 1 otherwise.
set -uo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
testes="${LUA_TESTES:-/work/testes}"
lua="${LUA:-$repo_root/bin/crescent}"
limit="${TESTES_TIMEOUT:-300}"
logs="${TESTES_LOGS:-$repo_root/target/testes-logs}"

# The order of all.lua. Left out: all.lua itself (the driver, which needs string.dump
# and a writable time.txt), api.lua/code.lua need the C test library T and only print
# a skip message without it (kept: they must still run), heavy.lua (not part of the
# suite), bwcoercion.lua and tracegc.lua (modules required by other files).
default_files=(main.lua gc.lua db.lua calls.lua strings.lua literals.lua tpack.lua
  attrib.lua gengc.lua locals.lua constructs.lua code.lua big.lua cstack.lua
  nextvar.lua pm.lua utf8.lua api.lua events.lua vararg.lua closure.lua
  coroutine.lua goto.lua errors.lua math.lua sort.lua bitwise.lua verybig.lua
  files.lua)

if [ "$#" -gt 0 ]; then files=("$@"); else files=("${default_files[@]}"); fi

if [ ! -d "$testes" ]; then
  echo "run-testes: no test suite at $testes (set LUA_TESTES)" >&2
  exit 2
fi
case "$lua" in
  */*) [ -x "$lua" ] || { echo "run-testes: $lua is not executable" >&2; exit 2; } ;;
  *) command -v "$lua" >/dev/null 2>&1 || { echo "run-testes: $lua not found" >&2; exit 2; } ;;
esac
mkdir -p "$logs"

# What all.lua sets before running the files. `T` (the C test library) and `_U` stay
# unset: a standalone interpreter has no `T`, and `_U` would only matter to all.lua.
# all.lua also sets the global `debug` to nil; the files require "debug" themselves.
prelude='_port=true; _soft=true; _nomsg=true; debug=nil'

printf '%-16s %-8s %9s  %s\n' FILE RESULT SECONDS "FIRST ERROR LINE"
failed=0
for file in "${files[@]}"; do
  name="$(basename "$file" .lua)"
  out="$logs/$name.out"
  err="$logs/$name.err"
  start="$(date +%s.%N)"
  (cd "$testes" && exec timeout --kill-after=10 "$limit" "$lua" -e "$prelude" "$name.lua") \
    >"$out" 2>"$err" </dev/null
  status=$?
  end="$(date +%s.%N)"
  seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')"
  if [ "$status" -eq 0 ]; then
    result=PASS
    message=""
  elif [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    result=TIMEOUT
    message="no result within ${limit}s"
    failed=1
  else
    result=FAIL
    message="$(grep -m1 -v '^[[:space:]]*$' "$err" | cut -c1-160)"
    [ -n "$message" ] || message="exit status $status, no error output"
    failed=1
  fi
  printf '%-16s %-8s %9s  %s\n' "$name.lua" "$result" "$seconds" "$message"
done
echo "(logs in $logs)"
exit "$failed"
