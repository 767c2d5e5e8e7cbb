-- utf8.codepoint and utf8.len: ranges, negative indices, invalid sequences, lax mode.
local s = "aé€😀"           -- 1, 2, 3 and 4 byte sequences
print(#s, utf8.len(s), utf8.len(""), utf8.len("abc"))
print(utf8.codepoint(s), utf8.codepoint(s, 2), utf8.codepoint(s, 4), utf8.codepoint(s, 7))
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s, -4), select("#", utf8.codepoint(s, 3, 2)))
print(utf8.len(s, 2), utf8.len(s, 4), utf8.len(s, -4), utf8.len(s, 1, 1), utf8.len(s, 2, 2))
print(utf8.len(s, #s + 1), utf8.len(s, 1, -1), utf8.len(s, 1, 0))
-- invalid sequences: len returns fail and the position
local invalid = { "\x80", "a\xffb", "\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
  "\xC2", "ab\xE2\x82", "\xF8\x88\x80\x80\x80", "ok\xC3\xA9\x80" }
for _, bad in ipairs(invalid) do
  print(#bad, (pcall(utf8.codepoint, bad, 1, -1)), utf8.len(bad))
end
-- lax mode accepts surrogates and code points up to 2^31
local lax = { "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xFD\xBF\xBF\xBF\xBF\xBF" }
for _, l in ipairs(lax) do
  print(#l, utf8.len(l, 1, -1, true), select(2, pcall(utf8.codepoint, l, 1, 1, true)), utf8.len(l))
end
-- argument errors
print(pcall(utf8.codepoint, s, 3))
print(pcall(utf8.codepoint, s, 0))
print(pcall(utf8.codepoint, s, 1, 100))
print(pcall(utf8.len, s, 0))
print(pcall(utf8.len, s, 100))
print(pcall(utf8.len))
print(pcall(utf8.len, s, 3))
