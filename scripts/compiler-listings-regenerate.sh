#!/usr/bin/env bash
# Regenerates the expected compiler listings: for every snippet
# src/test/resources/compiler/NAME.lua, runs `luac5.4 -l -l -p` (the reference compiler,
# C Lua 5.4.4 as Debian ships it, with upstream's fix for a <const> _ENV) and stores its listing as NAME.listing beside it, with memory addresses
# replaced by stable function ids (F0 for the first function listed, F1, ... in listing
# order), which is the form org.crescent.bytecode.Listing prints. CompilerListingTest
# compares our compiler's listings with these files.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$repo_root/src/test/resources/compiler"
command -v luac5.4 >/dev/null || { echo "luac5.4 not found" >&2; exit 1; }
luac5.4 -v | grep -q '^Lua 5\.4\.4' || { echo "need luac5.4 from Lua 5.4.4" >&2; exit 1; }

normalize='
local ids, count, lines = {}, 0, {}
for line in io.lines() do
  local address = line:match("^%a+ <.*> %(%d+ instructions? at (0x%x+)%)$")
  if address and not ids[address] then ids[address] = "F" .. count; count = count + 1 end
  lines[#lines + 1] = line
end
for _, line in ipairs(lines) do
  io.write((line:gsub("0x%x+", function(a) return ids[a] or a end)), "\n")
end
'

cd "$corpus"
for snippet in *.lua; do
  name="${snippet%.lua}"
  luac5.4 -l -l -p "$snippet" | lua5.4 -e "$normalize" > "$name.listing"
done
echo "regenerated $(ls *.listing | wc -l) listings in $corpus"
