-- gsub with function and table replacements (what they receive, what their results do),
-- reentrant use of the pattern functions from inside callbacks, errors raised in and about
-- callbacks, and gmatch iterators (init, anchors, position captures, use across coroutines).
local function try(f, ...)
  print(pcall(f, ...))
end

-- what a replacement function receives
print(("hello world"):gsub("(o)(.)", function(a, b) return "[" .. a .. "|" .. b .. "]" end))
print(("hello world"):gsub("o", function(...) return select("#", ...) .. ... end))
print(("abc"):gsub("()", function(p) return p end))
print(("abc"):gsub("()(b)()", function(a, b, c) return a .. b .. c end))
print(("abc"):gsub("", "-"))
-- results: nil and false keep the match, numbers are converted, strings replace
print(("a1b2c3"):gsub("%d", function(d) if d == "2" then return nil end return d * 10 end))
print(("a1b2c3"):gsub("%d", function(d) return d == "2" and false or 1.5 end))
print(("abc"):gsub(".", function() end))
print(("abc"):gsub("x*", function() return "" end))
try(string.gsub, "abc", ".", function() return {} end)
try(string.gsub, "abc", ".", function() return true end)
try(string.gsub, "abc", ".", { a = print })
-- tables: indexed by the first capture (or the whole match), with __index
local t = setmetatable({ a = "A", ["1"] = "one" }, { __index = function(_, k) return k == "c" and "C" or nil end })
print(("abcd"):gsub(".", t))
print(("a1"):gsub("%w", t))
print(("abc"):gsub("()", { [1] = "first", [3] = 3.0 }))
print(("key=val"):gsub("(%w+)=(%w+)", { key = "K" }))
-- the count limit
for _, n in ipairs({ -1, 0, 1, 2, 2.0, "2", 100 }) do
  print(n, ("aaaa"):gsub("a", "b", n))
end
try(string.gsub, "aaa", "a", "b", 1.5)
-- anchored patterns replace at most once
print(("aaa"):gsub("^a", "b"), ("aaa"):gsub("^", ">"), ("aaa"):gsub("$", "<"))
-- replacement strings
print(("abc"):gsub("(b)", "%1%1%0%%"), ("abc"):gsub("b", "%0%0"), ("abc"):gsub("()b", "%1"))
try(string.gsub, "abc", "b", "%2")
try(string.gsub, "abc", "(b)", "%2")
try(string.gsub, "abc", "b", "%x")
try(string.gsub, "abc", "b", "%")
print(("abc"):gsub("b", 5), ("abc"):gsub("b", 0.5))

-- reentrancy: pattern functions inside callbacks and inside __tostring during format
local nested = ("a,b;c,d"):gsub("[^;]+", function(part)
  return (part:gsub("%a", function(letter)
    local found = ("xyz"):find("y")
    return letter:upper() .. found .. (letter:match("%a"))
  end))
end)
print(nested)
local pretty = setmetatable({}, { __tostring = function() return string.format("<%s:%d>", ("in"):rep(2), 7) end })
print(string.format("%s and %s", pretty, ("x"):gsub("x", function() return tostring(pretty) end)))
print(("abc"):gsub("%w", function(c) return string.format("%q", c) end))

-- errors inside callbacks propagate unchanged
try(string.gsub, "abc", "b", function() error("callback failed") end)
print(select(2, pcall(string.gsub, "abc", "b", function() error({ code = 1 }) end)).code)
try(string.gsub, "abc", "b", function() local x = nil; return x.y end)
-- a callback can not yield
local co = coroutine.wrap(function()
  return pcall(string.gsub, "abc", "b", function() coroutine.yield(1) end)
end)
print(co())

-- gmatch
local function collect(s, p, init)
  local out = {}
  for a, b in string.gmatch(s, p, init) do
    out[#out + 1] = tostring(a) .. (b ~= nil and ("/" .. tostring(b)) or "")
  end
  return table.concat(out, " ")
end
print(collect("one two three", "%a+"))
print(collect("k1=v1, k2=v2", "(%w+)=(%w+)"))
print(collect("abc", "()"), collect("abc", ""), collect("", ""))
print(collect("^a^a", "^a"), collect("aaa", "a*"), collect("abab", "b*"))
print(collect("one two three", "%a+", 5), collect("one two three", "%a+", -5), collect("abc", ".", 10))
print(collect("hello", "()(l+)()"))
local iterator = ("a1b2c3"):gmatch("%a(%d)")
print(iterator(), iterator(), iterator(), iterator(), iterator())
-- an iterator shared between coroutines keeps its position
local words = ("alpha beta gamma delta"):gmatch("%a+")
local first = coroutine.wrap(function() coroutine.yield(words()); coroutine.yield(words()) end)
print(first(), words(), first(), words(), words())
-- pattern errors surface when the iterator runs
local bad = string.gmatch("abc", "(")
try(bad)
try(function() for w in ("abc"):gmatch("%") do end end)
try(function() for w in ("abc"):gmatch("[a") do end end)
try(string.gmatch("abc", "%1"))
