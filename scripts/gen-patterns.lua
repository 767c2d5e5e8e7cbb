-- Generates expected results of string.find, match, gmatch and gsub from the reference
-- interpreter for org.crescent.stdlib.LuaPatternTest. Run from the repository root
-- (an optional argument names another output directory):  lua5.4 scripts/gen-patterns.lua
-- Each line: operation, subject, pattern, extra arguments, then "ok" and the results or
-- "error" and the message. Text fields are "=" followed by printable text or "#" and hex.
-- Values: i:<integer>, s<text field>, nil, true, false. gmatch lists every iteration's
-- results separated by "|"; gsub replacements named fn:* and tbl are the callbacks below.

local out_path = (arg[1] or "src/test/resources/org/crescent/stdlib") .. "/patterns.txt"
math.randomseed(20240603, 5)

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end
local function text(s)
  if s:find("^[ -~]*$") and not s:find("[\\\t|]") then return "=" .. s end
  return "#" .. hex(s)
end
local function value(v)
  if v == nil then return "nil" end
  if type(v) == "boolean" then return tostring(v) end
  if math.type(v) == "integer" then return "i:" .. v end
  if type(v) == "string" then return "s" .. text(v) end
  error("unexpected " .. type(v))
end
local function values(...)
  local t = {}
  for i = 1, select("#", ...) do t[i] = value((select(i, ...))) end
  return table.concat(t, "\t")
end

-- gsub callbacks, mirrored by the Java test
local calls = 0
local callbacks = {
  ["fn:upper"] = function(a) return tostring(a):upper() end,
  ["fn:count"] = function(...) return select("#", ...) end,
  ["fn:false"] = function() return false end,
  ["fn:alternate"] = function(a) calls = calls + 1; if calls % 2 == 0 then return nil end return "<" .. tostring(a) .. ">" end,
  ["fn:table"] = function() return {} end,
  ["fn:join"] = function(...) local t = {} for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end return table.concat(t, ",") end,
  ["tbl"] = {a = "A", b = false, c = 42, d = {}, ["1"] = "one", [1] = "int one", [2] = "int two", ["()"] = "parens", x = 1.5},
}

local f = assert(io.open(out_path, "w"))
local function emit(op, s, p, extra, ok, ...)
  local fields = {op, text(s), text(p), extra}
  if ok then
    fields[#fields + 1] = "ok"
    fields[#fields + 1] = values(...)
  else
    fields[#fields + 1] = "error"
    fields[#fields + 1] = text((...))
  end
  f:write(table.concat(fields, "\t"), "\n")
end

local function find(s, p, init, plain)
  emit("find", s, p, value(init) .. " " .. value(plain), pcall(string.find, s, p, init, plain))
end
local function match(s, p, init)
  emit("match", s, p, value(init), pcall(string.match, s, p, init))
end
local function gmatch(s, p, init)
  local ok, err = pcall(function()
    local results = {}
    local n = 0
    for a, b, c, d in string.gmatch(s, p, init) do  -- at most 4 results are compared
      n = n + 1
      local t = {}
      for i, v in ipairs({a, b, c, d}) do t[i] = value(v) end
      results[#results + 1] = table.concat(t, " ")
      if n == 40 then break end
    end
    return table.concat(results, "|")
  end)
  if not ok then err = err:gsub("^[^:]*:%d+: ", "") end  -- the iterator's caller's position
  local fields = {"gmatch", text(s), text(p), value(init), ok and "ok" or "error", ok and err or text(err)}
  f:write(table.concat(fields, "\t"), "\n")
end
local function gsub(s, p, repl, n)
  local r = callbacks[repl] or repl
  calls = 0
  -- the library passes a number replacement on as its string form
  local extra = (callbacks[repl] and repl or value(type(repl) == "number" and tostring(repl) or repl)) .. " " .. value(n)
  emit("gsub", s, p, extra, pcall(string.gsub, s, p, r, n))
end

-- fixed cases ----------------------------------------------------------------
local subjects = {"", "hello world", "  key = value  ", "a,b,,c", "(foo(bar))baz", "THE (quick) fox",
  "abc\0def", "x = 10, y = 20", "aaa", "one two  three", "[[x]]", "%d%%", "\n\t ", "THE (quick) fox!"}
local patterns = {"", "o", "l+", "l*", "l-", "l?", "%a+", "%A+", "(%a+)", "()(%a+)()", "%s*(%S+)%s*",
  "(%w+)%s*=%s*(%w+)", "^%s*(.-)%s*$", "%b()", "%f[%w]%w+", "%f[%W]", "[%w_]+", "[^,]*", ",",
  "(h)(e)(l)(l)(o)", "(a)%1", "((a)(b))", "%d+", "[%a%d]+", "[a-f]+", "[]]", "[^]]+", "%]", "%[",
  "%%", "%.", ".", "..", "$", "^", "^$", "a$", "x*", "\0", "%z", "%Z+", "[%z]", "[a-]", "[-a]+",
  "(%s*)", "%p+", "%c", "%x+", "%u%l+", "%g+", "[%]]", "[^%s]+", "%f[%a]%a+%f[%A]", "(.)%1",
  "(()a)", "(.-)%s", "%w*$", "^(%w+)", ".-", ".*", "(x?)", "()"}
for _, s in ipairs(subjects) do
  for _, p in ipairs(patterns) do
    find(s, p)
    match(s, p)
    gmatch(s, p)
    gsub(s, p, "<%0>")
    gsub(s, p, "fn:join")
  end
end
for _, init in ipairs{math.mininteger, -100, -5, -1, 0, 1, 2, 5, 11, 12, 13, 100, math.maxinteger} do
  find("hello world", "o", init)
  find("hello world", "o", init, true)
  find("hello world", "", init)
  find("hello world", "", init, true)
  match("hello world", "()", init)
  match("hello world", "^(%w+)", init)
  gmatch("hello world", "%w+", init)
  gmatch("hello world", "", init)
  gmatch("hello world", "()", init)
end
for _, n in ipairs{math.mininteger, -1, 0, 1, 2, 3, 100} do
  gsub("hello world", "o", "0", n)
  gsub("hello world", "", "-", n)
  gsub("abc", "%w", "%0%0", n)
end
-- plain find with special characters
for _, p in ipairs{"(", "%", "[", ".", "a.c", "l*", "^h", "d$"} do
  find("a(b%c[d.e a.c l* ^h d$", p, 1, true)
  find("a(b%c[d.e a.c l* ^h d$", p, 1, false)
end
-- errors
local bad = {"%", "[a", "[^", "[", "[%", "%b", "%ba", "%f", "%fa", "%f[a", "(", ")", "a)", "(()", "%1",
  "(a)%2", "%0", "(a%1)", "(%1)", "[a-%%]", "x[%", "%g[", string.rep("(", 32) .. "a" .. string.rep(")", 32),
  string.rep("(", 33) .. "a" .. string.rep(")", 33), string.rep("a?", 199), string.rep("a?", 200),
  string.rep("a?", 201), string.rep("(a)", 40), string.rep("a*", 300), string.rep("%f[a]", 300)}
for _, p in ipairs(bad) do
  for _, s in ipairs{"", "a", "aaa", "()a"} do
    find(s, p)
    match(s, p)
    gmatch(s, p)
    gsub(s, p, "x")
  end
end
match(string.rep("a", 250), string.rep("a?", 250))
for n = 197, 202 do
  match(string.rep("a", 250), string.rep("a?", n))
  match(string.rep("a", 250), string.rep("(a)", 30) .. string.rep("a?", n - 60))
  match(string.rep("a", 250), string.rep("a*", n))
  match(string.rep("a", 250), string.rep("a-", n) .. "$")
end
match(string.rep("ab", 5000), "(.-)b$")
match(string.rep("a", 1000), ".-b")
match(string.rep("a", 1000), "a*b")
gsub(string.rep("x", 1000), "x", "%%")
-- gsub replacement strings
for _, r in ipairs{"%", "%%", "%0", "%1", "%2", "%9", "%a", "x%", "%1%1", "[%1|%2]", "", "%%1", "\0%0\0"} do
  gsub("hello world", "(o)", r)
  gsub("hello world", "o", r)
  gsub("hello world", "(o)(.)", r)
  gsub("hello world", "()o", r)
  gsub("hello world", "(o", r)
end
local names = {}
for name in pairs(callbacks) do names[#names + 1] = name end
table.sort(names)  -- pairs order varies between runs (string hashes are seeded)
for _, name in ipairs(names) do
  for _, p in ipairs{"%w+", "(%w)(%w)", "()", "(a)", "(%w+)(%s*)", "", "^a", "a", "(()b)"} do
    gsub("abc d c1 ba", p, name)
  end
end
gsub("abc", "%w", 12)
gsub("abc", "%w", 1.5)

-- random patterns over a small alphabet ------------------------------------------
local pieces = {"a", "b", "c", ".", "%a", "%d", "%s", "%w", "%p", "%x", "%l", "%u", "%c", "%g",
  "%A", "%S", "%W", "[abc]", "[^ab]", "[a-c]", "[%d%s]", "[%]]", "[]]", "[^]]", "[a-]", "%b()",
  "%bab", "%f[%w]", "%f[%W]", "%f[a]", "(", ")", "()", "%1", "%2", "*", "+", "-", "?", "^", "$",
  "%", "[", "1", " ", "%.", "%(", "x", "\0", "%z"}
local alphabet = {"a", "b", "c", "(", ")", " ", "1", "x", "%", ".", "[", "]", "\0", "\n", "A", "\200"}
for k = 1, 9000 do
  local p = {}
  for j = 1, math.random(1, 7) do p[j] = pieces[math.random(#pieces)] end
  local s = {}
  for j = 1, math.random(0, 14) do s[j] = alphabet[math.random(#alphabet)] end
  p, s = table.concat(p), table.concat(s)
  local op = k % 4
  if op == 0 then find(s, p, math.random(-3, 4))
  elseif op == 1 then match(s, p)
  elseif op == 2 then gmatch(s, p)
  else gsub(s, p, ({"<%0>", "%1", "fn:join", "tbl", "fn:alternate", "-"})[math.random(6)], math.random(8) == 1 and 2 or nil) end
end
f:close()
print("ok")
