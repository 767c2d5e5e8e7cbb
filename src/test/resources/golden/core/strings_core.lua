-- Strings at the language level: length in bytes, comparison, concatenation with
-- numbers, embedded zeros, immutability, and strings as table keys.
local s = "hello"
print(#s, #"", #"\0", #"a\0b\0", #"\u{10FFFF}", #"\xff\xfe")
print("a" < "b", "a\0" > "a", "a\0a" < "a\0b", "\0" < "\1", "" < "\0")
print("abc" == "abc", "abc" == "abd", "abc" ~= "ABC", ("a"):rep(3) == "aaa")
-- concatenation converts numbers with the same rules as tostring
print("n=" .. 1, "f=" .. 1.0, "e=" .. 1e100, "neg=" .. -0.0, 1 .. 2, 1.5 .. 2.5)
print("int " .. 0x7fffffffffffffff, "min " .. (-0x7fffffffffffffff - 1))
-- strings are values: operations create new strings
local t = s
t = t .. "!"
print(s, t)
-- strings as table keys are compared by content
local keys = {}
keys["k" .. "ey"] = 1
keys["key"] = keys["key"] + 1
print(keys.key, keys["k" .. "e" .. "y"])
-- long strings built by repeated concatenation
local acc = ""
for i = 1, 1000 do acc = acc .. (i % 10) end
print(#acc, acc == ("1234567890"):rep(100))
-- embedded zeros survive concatenation and comparison
local z = "a\0" .. "\0b"
print(#z, z == "a\0\0b", z < "a\0\1", z > "a")
-- byte values above 127
local high = "\200\201\255"
print(#high, high > "\199", high:byte(1, -1))
-- a string is not a number: equality never converts
print("10" == 10, "10" + 0 == 10, tostring(10) == "10")
-- integer-looking keys and string keys are different
local mixed = { [1] = "number key", ["1"] = "string key" }
print(mixed[1], mixed["1"], mixed[tonumber("1")])
-- escape sequences produce the same strings as their raw counterparts
print("\65\066\x43\u{44}" == "ABCD", "\z
       x" == "x", "tab\tx" == "tab	x")
-- very long strings and their length
local big = ("x"):rep(1 << 20)
print(#big, #(big .. big))
