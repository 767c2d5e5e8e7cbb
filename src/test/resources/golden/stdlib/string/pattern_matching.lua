-- string.match and string.find with patterns: anchors, quantifiers, captures.
local function show(...)
  local n = select("#", ...)
  local out = {}
  for i = 1, n do
    local v = select(i, ...)
    out[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return n .. ":" .. table.concat(out, ",")
end
local cases = {
  { "hello world", "o" }, { "hello world", "^h" }, { "hello world", "^w" }, { "hello world", "d$" },
  { "hello world", "l+" }, { "hello world", "l*" }, { "hello world", "x*" }, { "hello world", "l-o" },
  { "hello world", "h.-o" }, { "hello world", "h.*o" }, { "hello world", "wor?" }, { "hello world", "worx?l" },
  { "aaa", "a-" }, { "aaa", "a-$" }, { "aaa", "^a-$" }, { "aaab", "a*b" }, { "b", "a*b" }, { "b", "a+b" },
  { "  trim  ", "^%s*(.-)%s*$" }, { "key = value", "(%w+)%s*=%s*(%w+)" }, { "2024-01-15", "(%d+)-(%d+)-(%d+)" },
  { "abc", "()" }, { "abc", "()b()" }, { "abc", "a()" }, { "abc", "(a)(b)(c)" }, { "abc", "((a)(b))" },
  { "x=1, y=2", "(%a)=(%d)" }, { "abcabc", "(abc)%1" }, { "abcabd", "(ab)c%1" }, { "aa", "(a)%1" },
  { "THE (quick) fox", "%((%a+)%)" }, { "f(a(b)c)d", "%b()" }, { "[[x]]", "%b[]" }, { "no close (", "%b()" },
  { "THE (quick) fox", "%f[%a]%a+" }, { "hello world", "%f[%w]%w+$" }, { "THE quick", "%f[%l]%a+" },
  { "abc", "$" }, { "abc", "^" }, { "", "^$" }, { "", ".*" }, { "", ".+" }, { "a$b", "a$b" }, { "a^b", "a^b" },
  { "a.b", "%." }, { "a+b", "a%+b" }, { "x", "[%a]" }, { "\0abc", "%z?a" }, { "a\0b", "a%zb" }, { "a\0b", "[%z]" },
  { "one two three", "(%a+) (%a+)" }, { "one", "(o)(n)(e)()" }, { "aaa", "(a*(.))" },
}
for _, c in ipairs(cases) do
  print(string.format("%q", c[1]), string.format("%q", c[2]), show(c[1]:match(c[2])), show(c[1]:find(c[2])))
end
-- init arguments
print(show(("abcabc"):match("b", 3)), show(("abcabc"):match("^b", 2)), show(("abc"):match("c", -1)))
print(show(("abc"):match(".", 10)), show(("abc"):match("", 4)), show(("abc"):find("()", 4)))
-- a pattern with 32 captures (the maximum)
local p = string.rep("(.)", 32)
print(select("#", string.rep("x", 32):match(p)))
print(pcall(string.match, string.rep("x", 33), string.rep("(.)", 33)))
