-- __concat and __len. (Each concatenation below involves at most one metamethod call:
-- see README about the reference's handling of several in one expression.)
local C = setmetatable({ name = "C" }, { __concat = function(a, b)
  local function s(v) return type(v) == "table" and (v.name or "table") or tostring(v) end
  return "[" .. s(a) .. "|" .. s(b) .. "]"
end })
print(C .. "x", "x" .. C, C .. 1, 1 .. C, C .. C, C .. 1.5)
print("a" .. "b" .. C)       -- strings on the left are joined after the right side
print(C .. "b" .. "c")       -- "b" .. "c" first, then the metamethod once
print(C .. true, nil .. C, C .. {})
-- numbers are converted, other values are errors
print(1 .. 2, 1.5 .. "", -0.0 .. "", 2^63 .. "")
print(pcall(function() return "a" .. {} end))
print(pcall(function() local t = {}; return t .. "a" end))
print(pcall(function() local b = true; return "a" .. b end))
print(pcall(function() local n; return n .. "a" end))
print(pcall(function() local t = { f = {} }; return "x" .. t.f end))
print(pcall(function() return "x" .. print end))
-- __len
local L = setmetatable({ 1, 2, 3 }, { __len = function(t) return 42 end })
print(#L, rawlen(L))
local S = setmetatable({}, { __len = function() return "not a number", "ignored" end })
print(#S)
local N = setmetatable({}, { __len = function() return nil end })
print(#N)
-- # on strings never uses metamethods
print(#"hello", #"", #"\0\0")
-- __len receives the operand twice (like other unary events)
local seen
local U = setmetatable({}, { __len = function(a, b) seen = rawequal(a, b); return 0 end })
local _ = #U
print(seen)
-- errors
print(pcall(function() return #5 end))
print(pcall(function() local n = nil; return #n end))
print(pcall(function() local b = false; return #b end))
print(pcall(function() local t = {}; return #t.missing end))
print(pcall(function() return #print end))
-- length of tables with holes is "a border"; only sequences are tested here
print(#{}, #{ 1 }, #{ 1, 2, 3 }, #{ n = 1 }, #{ 1, 2, nil }, #{ nil })
local grow = {}
for i = 1, 100 do grow[i] = i end
print(#grow)
for i = 100, 51, -1 do grow[i] = nil end
print(#grow)
