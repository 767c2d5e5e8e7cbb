local t = {}
for i = 1, 50 do t[i] = (i * 37) % 101 end
table.sort(t)
print(t[1], t[25], t[50])
local words = {"pear", "apple", "fig", "banana"}
table.sort(words, function(a, b) return #a < #b end)
print(table.concat(words, " "))
print(pcall(table.sort, {1, "x", 2}))
