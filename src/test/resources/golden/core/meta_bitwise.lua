-- Bitwise metamethods: every event, operand order, floats and strings as operands.
local events = { "__band", "__bor", "__bxor", "__shl", "__shr", "__bnot" }
local mt = {}
for _, e in ipairs(events) do
  mt[e] = function(a, b)
    local function s(v) return type(v) == "table" and "T" or tostring(v) end
    return e .. "(" .. s(a) .. "," .. s(b) .. ")"
  end
end
local T = setmetatable({}, mt)
print(T & 1, T | 2, T ~ 3, T << 4, T >> 5, ~T)
print(1 & T, 2 | T, 3 ~ T, 4 << T, 5 >> T)
print(1.5 & T, "x" | T, T ~ 2.5, T << "y")
-- a float operand without integer representation does not stop the metamethod
print(2^70 & T, T >> 0.5)
-- strings do not coerce for bitwise operators, but a metamethod on the other operand is used
print("3" & T, T | "10")
-- errors without metamethods
local function try(f) print(pcall(f)) end
try(function() return {} & 1 end)
try(function() local t = {}; return 1 | t end)
try(function() local s = "abc"; return s ~ 1 end)
try(function() local f = 1.5; return f << 1 end)
try(function() return ~{} end)
try(function() local x = nil; return ~x end)
try(function() local t = { f = 2.5 }; return t.f >> 1 end)
try(function() return 1 & 2.5 end)
try(function() return "1.5" | 0 end)
try(function() local b = true; return b & 1 end)
-- a bit-vector type using the metamethods
local Bits = {}
Bits.__index = Bits
local function bits(n) return setmetatable({ n = n }, Bits) end
local function val(v) return type(v) == "table" and v.n or v end
Bits.__band = function(a, b) return bits(val(a) & val(b)) end
Bits.__bor = function(a, b) return bits(val(a) | val(b)) end
Bits.__bxor = function(a, b) return bits(val(a) ~ val(b)) end
Bits.__shl = function(a, b) return bits(val(a) << val(b)) end
Bits.__shr = function(a, b) return bits(val(a) >> val(b)) end
Bits.__bnot = function(a) return bits(~val(a)) end
local x = bits(0xF0)
print((x & 0x3C).n, (x | 1).n, (x ~ 0xFF).n, (x << 4).n, (x >> 4).n, (~x).n, (3 | x).n)
