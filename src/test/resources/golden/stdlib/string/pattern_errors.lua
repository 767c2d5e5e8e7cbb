-- Malformed patterns and pattern limits report errors.
local patterns = { "(", ")", "%", "[a", "[", "[^", "(()", "%b", "%ba", "%f", "%fa", "%1", "(a)%2",
  "(a%1)", "[a-", "[%", "%g(", "a)", "((a)", "x*)", "%0", "[]", "[^]" }
for _, p in ipairs(patterns) do
  print(string.format("%q", p), pcall(string.find, "abc(a)", p))
end
-- a pattern too complex for the matcher (deep recursion in backtracking)
local ok, err = pcall(string.match, string.rep("a", 300000), string.rep("a?", 300000) .. string.rep("a", 300000))
print("complex pattern", ok, ok and "" or err)
-- many captures
print(pcall(string.find, "a", string.rep("()", 33)))
print(select("#", string.find("a", string.rep("()", 32))))
-- position captures in gsub replacement
print(string.gsub("abc", "()", "%1"))
-- back reference to an unfinished or position capture
print(pcall(string.find, "aa", "(a%1)"))
print(pcall(string.find, "11", "()%1"))
