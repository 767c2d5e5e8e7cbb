-- utf8.offset and utf8.codes.
local s = "aé€😀b"
for _, n in ipairs({ 1, 2, 3, 4, 5, 6, 7, 0, -1, -2, -5, -6 }) do
  print("offset", n, utf8.offset(s, n))
end
print(utf8.offset(s, 0, 3), utf8.offset(s, 0, 4), utf8.offset(s, 0, 8), utf8.offset(s, 0, 11))
print(utf8.offset(s, 2, 2), utf8.offset(s, -1, 4), utf8.offset(s, 1, #s + 1), utf8.offset(s, -1, #s + 1))
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, 1, 100))
print(pcall(utf8.offset, s, 1, 0))
print(utf8.offset("", 1), utf8.offset("", 0), utf8.offset("", -1))
-- codes iterates positions and code points
for p, c in utf8.codes(s) do print("code", p, c, utf8.char(c) == s:sub(p, utf8.offset(s, 2, p) - 1)) end
for p, c in utf8.codes("") do print("never", p, c) end
-- invalid sequences raise errors while iterating
print(pcall(function() for p, c in utf8.codes("ab\xffcd") do end end))
print(pcall(function() for p, c in utf8.codes("\xC2") do end end))
print(pcall(function() for p, c in utf8.codes("a\xED\xA0\x80") do end end))
-- lax iteration
local got = {}
for p, c in utf8.codes("a\xED\xA0\x80b", true) do got[#got + 1] = p .. ":" .. c end
print(table.concat(got, " "))
print(pcall(utf8.codes))
