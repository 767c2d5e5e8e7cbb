-- utf8 library: encoding, decoding, strict and lax modes, positions, errors
local function row(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring((select(i, ...))) end
  print(table.concat(out, " "))
end
print(utf8.charpattern)
print(utf8.char(72, 228, 8364, 128512, 0x10FFFF, 0x110000, 0x7FFFFFFF, 0))
print(utf8.char())
print(utf8.char(65))
print(utf8.char("66", 67.0))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, 65, 1.5))
print(pcall(utf8.char, 65, "x"))
print(pcall(utf8.char, math.mininteger))
for _, code in ipairs({0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x1FFFFF, 0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF, 0xD800, 0xDFFF}) do
  local s = utf8.char(code)
  row(code, #s, utf8.len(s), utf8.len(s, 1, -1, true), utf8.codepoint(s, 1, 1, true), pcall(utf8.codepoint, s))
end

local s = "héllo wörld €𝄞"
row(#s, utf8.len(s), utf8.len(s, 3), utf8.len(s, 4), utf8.len(s, -4), utf8.len(s, 1, 2), utf8.len(s, 1, 0), utf8.len("", 1), utf8.len("abc", 4))
row(utf8.codepoint(s, 1, -1))
row(utf8.codepoint(s))
row(utf8.codepoint(s, 2))
row(utf8.codepoint(s, -4))
row(utf8.codepoint(s, 4, 3))
row(select("#", utf8.codepoint("", 1, 0)))
print(pcall(utf8.codepoint, s, 3))
print(pcall(utf8.codepoint, s, 0))
print(pcall(utf8.codepoint, s, 1, 100))
print(pcall(utf8.codepoint, s, -100))
print(pcall(utf8.len, s, 0))
print(pcall(utf8.len, s, 100))
print(pcall(utf8.len, s, 1, 100))
print(pcall(utf8.len, s, #s + 1))
row(utf8.len(s, #s + 1))
print(pcall(utf8.len))
print(pcall(utf8.len, {}))
row(utf8.len(12345))

-- invalid sequences
local bad = {"\x80", "a\xC0\x80", "\xC2", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80",
  "\xFC\x84\x80\x80\x80\x80", "\xFE\x80\x80\x80\x80\x80\x80", "\xFF", "\xE0\x80\x80", "\xF0\x80\x80\x80", "ab\xC3", "\xC3\xA9\x80"}
for i, b in ipairs(bad) do
  row(i, utf8.len(b), utf8.len(b, 1, -1, true), pcall(utf8.codepoint, b, 1, -1), pcall(utf8.codepoint, b, 1, -1, true))
end

-- offset
local t = "aé€𝄞z"
for n = -6, 7 do row("offset", n, utf8.offset(t, n)) end
for i = 1, #t + 1 do row("at", i, utf8.offset(t, 0, i)) end
row(utf8.offset(t, 1, 2), utf8.offset(t, 2, 2), utf8.offset(t, -1, 4), utf8.offset(t, 1, #t + 1), utf8.offset(t, -1, #t + 1))
print(pcall(utf8.offset, t, 1, 3))
print(pcall(utf8.offset, t, -1, 3))
print(pcall(utf8.offset, t, 1, 0))
print(pcall(utf8.offset, t, 1, #t + 2))
print(pcall(utf8.offset, t, 1, -100))
print(pcall(utf8.offset, t))
print(pcall(utf8.offset, t, 1.5))
row(utf8.offset("", 1), utf8.offset("", 0), utf8.offset("", -1), utf8.offset("", 2))
row(utf8.offset("\x80\x80", 0, 2), utf8.offset("abc", 0, 2))
print(pcall(function() return utf8.offset("\x80", 1) end))

-- codes
local out = {}
local io = {write = function(...) for i = 1, select("#", ...) do out[#out + 1] = tostring((select(i, ...))) end end}
local print = function(...) if select("#", ...) == 0 then _G.print(table.concat(out)); out = {} else _G.print(...) end end
for p, c in utf8.codes(s) do io.write(p, ":", c, " ") end
print()
for p, c in utf8.codes("") do print("never") end
for p, c in utf8.codes("ab\x80c") do io.write(p, ":", c, " ") end
print()
print(pcall(function() for p, c in utf8.codes("ab\xFFc") do io.write(p, " ") end end))
print()
print(pcall(function() for p, c in utf8.codes("\xED\xA0\x80") do io.write(p, " ") end end))
for p, c in utf8.codes("\xED\xA0\x80\xF4\x90\x80\x80", true) do io.write(p, ":", c, " ") end
print()
print(pcall(utf8.codes))
print(pcall(utf8.codes, {}))
local f, str, start = utf8.codes("xy")
row(type(f), str, start, f(str, start))
row(f("xy", 1), f("xy", 2), f("xy", 5), f("xy", -1))
print(pcall(f, nil, 0))
print(pcall(f, "xy", "a"))
row(f("xy", "1"), f("xy", 1.0))
local lf = utf8.codes("x", true)
print(lf == f, lf("\xF4\x90\x80\x80", 0))
