-- string.gmatch: iteration over matches, captures, empty matches, anchors, init.
local function collect(s, p, init)
  local out = {}
  for a, b in string.gmatch(s, p, init) do
    out[#out + 1] = b ~= nil and (tostring(a) .. "=" .. tostring(b)) or tostring(a)
  end
  return #out .. ": " .. table.concat(out, " | ")
end
print(collect("hello world from lua", "%a+"))
print(collect("key1=val1, key2=val2", "(%w+)=(%w+)"))
print(collect("abc", ""))
print(collect("abc", ".-"))
print(collect("a,b,,c", "([^,]*)"))
print(collect("one two  three", "%S+"))
print(collect("aaa", "a*"))
print(collect("abc", "()"))
print(collect("hello", "^h"))       -- in gmatch '^' is no anchor: it is a literal character
print(collect("x^hy^h", "^h"))
print(collect("abcabc", "b", 3))
print(collect("abcabc", "()b", -2))
print(collect("x = 1; y = 22; z = 333", "(%a) = (%d+)"))
print(collect("THE (quick) [brown] {fox}", "%b()"))
print(collect("  spaces  ", "%s*"))
print(collect("", ".*"))
print(collect("", "x*"))
-- the iterator can be called directly
local it = ("a1b2"):gmatch("%a(%d)")
print(it(), it(), it())
-- modifying the subject variable during iteration does not affect the iterator
local s = "x y z"
local seen = {}
for w in s:gmatch("%a") do s = "changed"; seen[#seen + 1] = w end
print(table.concat(seen), s)
-- errors
print(pcall(string.gmatch, "abc"))
print(pcall(function() for _ in ("abc"):gmatch("(") do end end))
print(pcall(function() for _ in ("abc"):gmatch("%") do end end))
