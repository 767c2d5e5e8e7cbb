-- Patterns and string functions on binary data: zero bytes, high bytes, byte ranges.
local data = "\0\1\2abc\0\255\254xyz\0"
print(#data, select(2, data:gsub("%z", "")), select(2, data:gsub("\0", "")))
print(data:find("\0", 1, true), data:find("%z", 2), data:find("[\0]", 8))
print(data:find("[\200-\255]+"), data:match("[\1-\31]+"):byte(1, -1))
print(data:match("%a+%z(.)"):byte())
print(data:gsub("[^%w]", function(c) return string.format("<%d>", c:byte()) end))
-- %c and %p on control and punctuation bytes in binary data
local mix = "a\tb\nc!d\127e"
print(mix:gsub("%c", "^"), mix:gsub("%p", "_"))
-- splitting on zero bytes
local parts = {}
for piece in ("one\0two\0\0three"):gmatch("([^\0]*)") do parts[#parts + 1] = "[" .. piece .. "]" end
print(table.concat(parts))
-- rep, reverse, sub on binary data
local b = "\0\255"
print(#b:rep(3, "\0"), b:reverse():byte(1, -1), b:sub(2):byte())
-- comparisons with zeros inside
print("a\0b" < "a\0c", "a\0" < "a\1", ("\0"):rep(3) > ("\0"):rep(2))
