-- Random chunk generator for differential testing of the parser against lua5.4: mutated
-- fragments of the official test suite (read from /work/testes at run time, never stored).
-- Usage: lua5.4 scripts/fuzz-mutations.lua SEED COUNT > /tmp/table.txt, then
--   mvn -o -q test -Dtest=SyntaxErrorTableTest -Dcrescent.syntaxTable=/tmp/table.txt
-- Output has the format of src/test/resources/org/crescent/parser/syntax-errors.txt.
local seed = tonumber(arg[1]) or 1
local count = tonumber(arg[2]) or 2000
math.randomseed(seed)
local files = {}
for name in io.popen("ls /work/testes/*.lua"):lines() do
  local f = io.open(name, "rb"); local s = f:read("a"); f:close()
  local lines = {}
  for l in (s .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
  files[#files + 1] = lines
end
local tokens = {"end", "(", ")", "=", "==", "local", "function", "[", "]", "{", "}", ",", ";", "::", "goto", "break",
  "return", "if", "then", "else", "elseif", "for", "in", "do", "while", "repeat", "until", "..", "...", "'", '"',
  "[[", "]]", "--[[", "\\", "0x", "1e", "<", ">", "<const>", "<close>", "x", ".", ":", "#", "~", "\n", "@", "\0", "\r", "\255", "\\u{", "\\x", "\\z", "[==[", "]==]", "0x1p", "1e+", "--", "\\\n"}
local function escape(s)
  return (s:gsub("[%c\\\128-\255]", function(c)
    if c == "\n" then return "\\n" elseif c == "\r" then return "\\r" elseif c == "\t" then return "\\t"
    elseif c == "\\" then return "\\\\" else return string.format("\\x%02x", c:byte()) end
  end))
end
for i = 1, count do
  local lines = files[math.random(#files)]
  local first = math.random(#lines)
  local last = math.min(#lines, first + math.random(0, 40))
  local s = table.concat(lines, "\n", first, last)
  local mutations = math.random(1, 3)
  for m = 1, mutations do
    local kind = math.random(3)
    local pos = math.random(0, #s)
    if kind == 1 then
      s = s:sub(1, pos) .. tokens[math.random(#tokens)] .. s:sub(pos + 1)
    elseif kind == 2 then
      s = s:sub(1, pos) .. s:sub(pos + math.random(1, 10))
    else
      s = s:sub(1, pos) .. " " .. tokens[math.random(#tokens)] .. " " .. s:sub(pos + 1)
    end
  end
  local f, msg = load(s)
  local outcome = f and "ok" or ("error: " .. msg:gsub("\nstack traceback:.*", ""))
  io.write("-\t", escape(s), "\t", escape(outcome), "\n")
end
