local t = {10, 20, 30, x = 1, ["y z"] = 2, [3.0] = "three"}
t[#t + 1] = 40
table.insert(t, 1, 5)
print(#t, t[1], t.x, t["y z"], table.remove(t), table.concat(t, ","))
table.sort(t, function(a, b) return a > b end)
print(table.unpack(t))
local n = 0
for k, v in pairs(t) do n = n + 1 end
for i, v in ipairs(t) do n = n + v end
print(n, next({}), rawlen(t), rawget(t, 1), select("#", table.unpack({1, nil, 3}, 1, 3)))
print(table.move({1, 2, 3}, 1, 3, 2)[3], table.pack(1, nil, 3).n)
