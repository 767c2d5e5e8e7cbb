local s = "Hello, World"
print(#s, s:upper(), s:lower(), s:sub(-5, -2), s:rep(2, "|"), s:byte(1, 3), string.char(72, 105))
print(s:find("o", 6), s:find("%s"), s:match("(%a+), (%a+)"), s:gsub("o", "0"))
print(string.format("%5d|%-5s|%.3f|%x|%q|%g", 42, "ab", math.pi, 255, "a\nb\0", 1e20))
for word in s:gmatch("%a+") do io.write(word, ";") end
print(("x"):rep(3), "a\z
      b", "\65\x42\u{43}", [[long
string]], [==[with ]] inside]==])
