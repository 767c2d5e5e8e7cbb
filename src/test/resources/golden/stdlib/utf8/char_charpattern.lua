-- utf8.char and utf8.charpattern.
local function hex(s)
  local out = {}
  for i = 1, #s do out[i] = string.format("%02X", s:byte(i)) end
  return table.concat(out, " ")
end
for _, cp in ipairs({ 0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x1FFFFF,
                      0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF, 0xD800, 0xDFFF }) do
  print(string.format("U+%X", cp), hex(utf8.char(cp)))
end
print(utf8.char(), utf8.char(72, 0xE9, 0x4E16, 0x1F600) == "H\u{E9}\u{4E16}\u{1F600}")
print(hex(utf8.char(72, 101, 108, 108, 111)))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, "x"))
print(pcall(utf8.char, 1.5))
print(utf8.char("65", 66.0))
print(hex(utf8.charpattern), #utf8.charpattern)
local count = 0
for c in ("héllo wörld €"):gmatch(utf8.charpattern) do count = count + 1 end
print("characters", count)
