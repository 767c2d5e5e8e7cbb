-- gsub with anchors, frontiers, empty matches next to previous matches, and
-- backtracking-heavy patterns.
local function g(s, p, r, n) local res, count = s:gsub(p, r, n); print(string.format("%q %q -> %q %d", s, p, res, count)) end
g("hello world", "^", ">")
g("hello world", "$", "<")
g("hello world", "^h", "H")
g("hello hello", "^hello", "bye")
g("abc", ".*", "x")
g("abc", "b*", "-")
g("abc", "%w*", "[%0]")
g("a,b,c", "[^,]*", "<%0>")
g("THE (quick) fox", "%f[%a]%a+", "W")
g("THE (quick) fox", "%f[%A]", "|")
g("hello.world", "%f[%w]%w+", string.upper)
g("  lots   of   space  ", "%s+", " ")
g("x = 1 + 2", "%s*([=+])%s*", "%1")
g("aaa", "a-", "!")
g("aaa", "a?", "!")
g("one two three", "(%w+) (%w+)", "%2 %1", 1)
g("key=val; k2=v2", "(%w+)=(%w+)", "%2=%1")
g("abc", "", "")
g(string.rep("a", 20) .. "b", "a-b", "X")
g(string.rep("ab", 10), "(ab)%1", "<%1>")
g("f(a(b)c)d(e)", "%b()", "[]")
g("if x then y end", "%f[%w](%w+)%f[%W]", "<%1>")
-- nested quantifiers with backtracking
g("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", "a*a*a*c", "ok")
g(string.rep("x", 50), "^(x*)(x*)$", "%2|%1")
-- replacement function returning false keeps the match
g("a b c", "%a", function(c) if c == "b" then return false end return c:upper() end)
-- numbers as subject and replacement
print(string.gsub(12321, 2, 9))
print(string.gsub("1.5", "%.", ","))
