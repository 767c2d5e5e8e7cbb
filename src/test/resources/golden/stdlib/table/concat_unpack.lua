-- table.concat, table.pack, table.unpack, table.move.
print(table.concat({}), table.concat({ "a" }), table.concat({ "a", "b", "c" }))
print(table.concat({ "a", "b", "c" }, ", "), table.concat({ 1, 2.5, "x" }, "-"))
print(table.concat({ "a", "b", "c", "d" }, "", 2, 3), table.concat({ "a", "b" }, "x", 3), table.concat({ "a" }, "x", 1, 0))
print(pcall(table.concat, { "a", {}, "c" }))
print(pcall(table.concat, { "a", nil, "c" }, ",", 1, 3))
print(pcall(table.concat, { true }))
print(pcall(table.concat, {}, 1))
print(table.concat({ [1] = "x", [2] = "y", [5] = "z" }, ",", 1, 2))
print(#table.concat(setmetatable({}, { __index = function(_, i) return "i" .. i end, __len = function() return 3 end })))
-- pack
local p = table.pack()
print(p.n, #p)
p = table.pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
-- unpack
print(table.unpack({ 1, 2, 3 }))
print(table.unpack({ 1, 2, 3 }, 2))
print(table.unpack({ 1, 2, 3 }, 2, 5))
print(table.unpack({ 1, 2, 3 }, 3, 2))
print(select("#", table.unpack({}, 1, 0)), select("#", table.unpack({ n = 5 }, 1, 5)))
print(table.unpack({ "a", "b" }, -1, 1))
print(pcall(table.unpack, {}, 1, 1e8))
print(pcall(table.unpack, {}, -0x7fffffffffffffff - 1, 0x7fffffffffffffff))
print(table.unpack(setmetatable({}, { __index = function(_, i) return i * i end }), 1, 4))
-- move
local a = { 1, 2, 3, 4, 5 }
table.move(a, 2, 4, 1)
print(table.concat(a, ","))
a = { 1, 2, 3, 4, 5 }
table.move(a, 1, 3, 3)
print(table.concat(a, ","))
local b = table.move({ 1, 2, 3 }, 1, 3, 2, { "x" })
print(table.concat(b, ","))
print(table.move({}, 1, 0, 1) ~= nil, table.move({ 1, 2 }, 1, 2, 10, {})[11])
print(pcall(table.move, {}, 1, 0x7fffffffffffffff, 2))
print(pcall(table.move, { 1 }, -0x7fffffffffffffff, 1, 1))
print(pcall(table.move, {}, 1, 2))
-- move uses metamethods
local log = {}
local src = setmetatable({}, { __index = function(_, k) log[#log + 1] = "r" .. k; return k end })
local dst = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = "w" .. k; rawset(t, k, v) end })
table.move(src, 1, 3, 1, dst)
print(table.concat(log, " "), dst[1], dst[3])
