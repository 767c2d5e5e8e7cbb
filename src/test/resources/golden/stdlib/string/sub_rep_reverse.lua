-- string.sub, string.len, string.rep, string.reverse, string.upper, string.lower.
local s = "Hello, World"
local cases = { { 1, 5 }, { 8 }, { -5 }, { -5, -2 }, { 0 }, { 0, 0 }, { 5, 1 }, { 3, 3 },
  { -100, 3 }, { 10, 100 }, { 13 }, { -12, -12 }, { 2, -2 }, { -0x7fffffffffffffff - 1 },
  { 1, 0x7fffffffffffffff }, { 0x7fffffffffffffff } }
for _, c in ipairs(cases) do
  print(c[1], c[2], "[" .. s:sub(c[1], c[2]) .. "]")
end
print(pcall(string.sub))
print(pcall(string.sub, s, "x"))
print(s:sub("2", "3"), s:sub(2.0, 3.0), pcall(string.sub, s, 1.5))
print(string.len(""), string.len("\0\0"), s:len(), pcall(string.len))
print(string.len(123), string.sub(12345, 2, 3))
-- rep
print(("ab"):rep(3), ("ab"):rep(3, ","), ("x"):rep(0), ("x"):rep(-1), ("x"):rep(1, "sep"))
print(#("abc"):rep(1000), #("abc"):rep(1000, "--"), (""):rep(5), (""):rep(3, "+"))
print(pcall(string.rep, "x", 1e10))
print(pcall(string.rep))
print(pcall(string.rep, "x", 2.5))
-- reverse
print(s:reverse(), (""):reverse(), ("a"):reverse(), ("a\0b"):reverse() == "b\0a")
-- upper and lower: only ASCII letters change (C locale)
print(s:upper(), s:lower(), ("123 !?"):upper(), ("ÀÉ àé"):upper() == "ÀÉ àé")
print(("MiXeD CaSe"):lower(), ("\0a\0"):upper() == "\0A\0")
-- numbers are converted to strings by these functions
print(string.upper(1.5), string.rep(7, 3), string.reverse(123))
