-- string.byte and string.char: ranges, negative indices, limits and errors.
local s = "ABCDEF"
print(string.byte(s), s:byte(2), s:byte(-1), s:byte(1, 3), s:byte(-3, -1))
print(s:byte(0), s:byte(10), s:byte(3, 2), s:byte(-100, 2), s:byte(5, 100))
print(select("#", s:byte(1, -1)), select("#", s:byte(4, 3)), select("#", (""):byte()))
print(("\0\1\127\128\255"):byte(1, -1))
print(string.char(), string.char(72, 105), string.char(0):byte(), #string.char(0, 0, 0))
print(string.char(255, 128, 127):byte(1, -1))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, "x"))
print(pcall(string.char, 65.5))
print(string.char("65", 66.0))
print(pcall(string.byte, s, 1.5))
print(pcall(string.byte))
print(s:byte(1.0, 2.0), s:byte("2"))
-- round trip of all bytes
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local bytes = table.concat(all)
print(#bytes)
local ok = true
for i = 1, 256 do if bytes:byte(i) ~= i - 1 then ok = false end end
print("round trip", ok)
-- byte with extreme indices
print(s:byte(-0x7fffffffffffffff - 1, 2), s:byte(1, 0x7fffffffffffffff))
