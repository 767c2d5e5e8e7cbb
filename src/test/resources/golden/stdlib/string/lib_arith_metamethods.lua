-- The arithmetic metamethods of the string metatable: numeral strings are coerced,
-- other strings raise lstrlib's "attempt to <op> a 'x' with a 'y'" (with the position of
-- the Lua code doing the arithmetic), and a non-string second operand's own metamethod
-- takes over.
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    t[i] = math.type(v) and (math.type(v) .. ":" .. tostring(v)) or tostring(v)
  end
  print(table.concat(t, " "))
end

show("10" + 1, "10" - 1, "10" * 2, "10" / 4, "10" % 3, "2" ^ 10, "7" // 2, -"3")
show("3.0" + 1, "0x10" * 2, " 5 " // 2, "1e2" + 0, -"0", -"0.0", "-7" % "3", "7.5" // "2")
show(1 + "2", 1.5 * "2", 10 // "3.0", 2 ^ "0.5" > 1.41, "9223372036854775807" + 1)
show("0x7fffffffffffffff" + 1, "9223372036854775808" + 0, -"-9223372036854775808")
show("1" + "2", "10" / "0", -"10" / "0", "0" / "0" ~= "0" / "0")

local function try(f, ...)
  local ok, message = pcall(f, ...)
  print(ok, message)
end

try(function() return "abc" + 1 end)
try(function() return 1 - "abc" end)
try(function() return "abc" * {} end)
try(function() return {} % "abc" end)
try(function() return "abc" ^ true end)
try(function() return nil / "1" end)
try(function() return "x" // "y" end)
try(function() return -"abc" end)
try(function() return "10" // 0 end)
try(function() return "10" % "0" end)
try(function() return 10 // "0" end)
try(function() return "10" // "0.0" end)
try(function() return "1" + "0x" end)
try(function() return "1\0" + 1 end)

-- the second operand's metamethod is called with both operands, in order
local meta = setmetatable({}, {
  __add = function(a, b) return "add(" .. type(a) .. "," .. type(b) .. ")" end,
  __unm = function(a) return "unm" end,
  __idiv = function(a, b) return type(a) .. "//" .. type(b) end,
})
show("abc" + meta, meta + "abc", "abc" // meta, meta // "1", -meta)
try(function() return "abc" - meta end)

-- calling the metamethods directly, with odd arguments
local mt = getmetatable("")
show(mt.__add("1", "2"), mt.__sub(5, "2"), mt.__unm("4"), mt.__mul(2, 3))
try(mt.__add)
try(mt.__add, "1")
try(mt.__mod, "a", "b")
try(mt.__pow, {}, 1)
try(mt.__div, 1, nil)
try(mt.__unm, "4", "x")
print(mt.__index == string, rawget(mt, "__concat"), rawget(mt, "__eq"), rawget(mt, "__lt"))
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))

-- comparison, concatenation and bitwise operators are not coerced through the metatable
try(function() return "10" < 5 end)
try(function() return "3" & 1 end)
print("1" .. 2, 1 .. "2", "10" == 10)
-- methods through __index
print(("abc"):upper(), ("%d"):format(42), ("x"):rep(3, "-"), #("abc"):rep(0))
try(function() return ("abc"):nosuchmethod() end)
try(function() local s = "abc"; return s.len.x end)
