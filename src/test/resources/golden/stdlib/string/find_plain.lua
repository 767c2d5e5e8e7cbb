-- string.find: plain searches, init positions, and special characters.
local function show(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring((select(i, ...))) end
  return table.concat(out, ",")
end
local function t(s, ...) print(string.format("%q", s), show(...), show(string.find(s, ...))) end
local s = "the quick brown fox jumps over the lazy dog"
t(s, "the"); t(s, "the", 2); t(s, "the", -8); t(s, "cat")
t(s, "o", 1, true); t(s, "o", 14, true); t(s, "", 1); t(s, "", 100)
t(s, "", #s + 1); t(s, "", #s + 2); t(s, "", -1); t(s, "", 0)
t("a.b.c", ".", 1, true); t("a.b.c", "."); t("a+b", "+", 1, true)
t("a%b", "%", 1, true); t("[x]", "[", 1, true); t("^start", "^", 1, true)
t("aaa", "aa", 2, true); t("aaa", "aa", 3, true); t("abc", "c", -1, true)
t("abc", "a", -100); t("abc", "abc", 1, true); t("abc", "abcd", 1, true)
t("x\0y\0z", "\0", 1, true); t("x\0y\0z", "\0z", 1, true); t("\0", "%z")
t("abc", "a", 4); t("abc", "", 4); t("abc", "", 5)
t("a.c", ".", 1, 1); t("a.c", ".", 1, false); t("a.c", ".", 1, nil)
-- numbers are converted
print(show(string.find(12345, 34)), show(string.find("x1.5y", 1.5, 1, true)))
-- errors
print(pcall(string.find))
print(pcall(string.find, "abc"))
print(pcall(string.find, "abc", "b", "x"))
print(pcall(string.find, "abc", {}))
