local s = utf8.char(72, 228, 8364, 128512)
print(#s, utf8.len(s), utf8.codepoint(s, 1, -1))
for p, c in utf8.codes(s) do io.write(p, ":", c, " ") end
print(utf8.offset(s, 3), utf8.len("\xff"), utf8.charpattern)
