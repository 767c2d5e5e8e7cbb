-- String ordering is bytewise (the reference runs in the C locale): prefixes,
-- embedded zeros, bytes above 127, and sorting.
local function cmp(a, b)
  return (a < b and "<" or "") .. (a <= b and "<=" or "") .. (a > b and ">" or "") ..
         (a >= b and ">=" or "") .. (a == b and "==" or "")
end
local pairs_list = {
  { "a", "b" }, { "a", "a" }, { "a", "" }, { "", "" }, { "abc", "abd" }, { "abc", "ab" },
  { "A", "a" }, { "Z", "a" }, { "0", "9" }, { "10", "9" }, { "a\0", "a" }, { "a\0b", "a\0c" },
  { "\0", "" }, { "\127", "\128" }, { "\255", "\0" }, { "é", "e" }, { " ", "!" }, { "~", "\127" },
}
for _, p in ipairs(pairs_list) do
  local a, b = p[1], p[2]
  local function show(s)
    local out = {}
    for i = 1, #s do out[i] = s:byte(i) end
    return "{" .. table.concat(out, ",") .. "}"
  end
  print(show(a), show(b), cmp(a, b))
end
-- sorting strings
local words = { "banana", "Apple", "cherry", "apple", "Banana", "123", "_x", "a b", "ab", "" }
table.sort(words)
print(table.concat(words, "|"))
table.sort(words, function(x, y) return x > y end)
print(table.concat(words, "|"))
-- numbers as strings sort lexicographically
local nums = { "10", "9", "100", "1", "-1", "0.5" }
table.sort(nums)
print(table.concat(nums, " "))
