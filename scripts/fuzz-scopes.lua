-- Random programs of nested blocks, locals with attributes, gotos, labels and breaks, for
-- differential testing of scope and goto rules against lua5.4.
-- Usage: lua5.4 scripts/fuzz-scopes.lua SEED COUNT > /tmp/table.txt, then
--   mvn -o -q test -Dtest=SyntaxErrorTableTest -Dcrescent.syntaxTable=/tmp/table.txt
math.randomseed(tonumber(arg[1]) or 1)
local labels = {"a", "b", "c"}
local vars = {"x", "y", "z"}
local function escape(s)
  return (s:gsub("[%c\\\128-\255]", function(c)
    if c == "\n" then return "\\n" elseif c == "\\" then return "\\\\" else return string.format("\\x%02x", c:byte()) end
  end))
end
local gen
local function stat(depth)
  local r = math.random(20)
  local l, v = labels[math.random(#labels)], vars[math.random(#vars)]
  if r <= 3 then return "goto " .. l
  elseif r <= 6 then return "::" .. l .. "::"
  elseif r <= 8 then
    local attrs = {"", "", " <const>", " <close>"}
    return "local " .. v .. attrs[math.random(#attrs)] .. (math.random(2) == 1 and " = 1" or "")
  elseif r == 9 then return v .. " = 1"
  elseif r == 10 then return "break"
  elseif r == 11 then return ";"
  elseif depth > 3 then return "f(" .. v .. ")"
  elseif r == 12 then return "do\n" .. gen(depth + 1) .. "\nend"
  elseif r == 13 then return "while " .. v .. " do\n" .. gen(depth + 1) .. "\nend"
  elseif r == 14 then return "repeat\n" .. gen(depth + 1) .. "\nuntil " .. v
  elseif r == 15 then return "if " .. v .. " then\n" .. gen(depth + 1) .. "\nelse\n" .. gen(depth + 1) .. "\nend"
  elseif r == 16 then return "local function " .. v .. "()\n" .. gen(depth + 1) .. "\nend"
  elseif r == 17 then return "for " .. v .. " = 1, 2 do\n" .. gen(depth + 1) .. "\nend"
  elseif r == 18 then return "for " .. v .. " in f do\n" .. gen(depth + 1) .. "\nend"
  elseif r == 19 then return "f(function() " .. v .. " = 2 end)"
  else return "return" end
end
function gen(depth)
  local n = math.random(0, 5)
  local t = {}
  for i = 1, n do t[#t + 1] = stat(depth) end
  return table.concat(t, "\n")
end
for i = 1, tonumber(arg[2]) or 1000 do
  local s = gen(0)
  local f, msg = load(s)
  local outcome = f and "ok" or ("error: " .. msg)
  io.write("-\t", escape(s), "\t", escape(outcome), "\n")
end
