-- The table library goes through metamethods (__index, __newindex, __len) for every
-- access, so proxies work with it.
local log = {}
local data = { "a", "b", "c" }
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return data[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k) .. "=" .. tostring(v); data[k] = v end,
  __len = function() log[#log + 1] = "len"; return #data end,
})
local function flush(label) print(label, table.concat(log, "; ")); log = {} end
print(table.concat(proxy, ","))
flush("concat")
table.insert(proxy, "d")
flush("insert at end")
print(table.remove(proxy))
flush("remove")
print(table.unpack(proxy))
flush("unpack")
table.sort(proxy, function(x, y) return x > y end)
print(table.concat(data, ","))
log = {}
table.move(proxy, 1, 2, 2)
flush("move")
print(table.concat(data, ","))
-- __len returning a non-integer
local weird = setmetatable({}, { __len = function() return 2.5 end })
print(pcall(table.insert, weird, 1))
print(pcall(table.concat, setmetatable({}, { __len = function() return "3" end })))
print(pcall(table.unpack, setmetatable({}, { __len = function() return nil end })))
-- table.pack does not use metamethods (it creates a new table)
local p = table.pack(1, 2)
print(getmetatable(p), p.n)
-- # of a proxy without __len is the raw length
print(#setmetatable({ 1, 2 }, { __index = function() return 0 end }))
