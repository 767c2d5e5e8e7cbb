-- table.insert / table.remove: positions, shifting, bounds, argument counts, proxies
local function show(t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  print("#" .. #t, table.concat(out, " "))
end

local t = {}
for i = 1, 5 do table.insert(t, i * 10) end
show(t)
table.insert(t, 1, "first")
show(t)
table.insert(t, 4, "mid")
show(t)
table.insert(t, #t + 1, "last")
show(t)
table.insert(t, 3.0, "float pos")
show(t)
print(pcall(table.insert, t, 0, "x"))
print(pcall(table.insert, t, #t + 2, "x"))
print(pcall(table.insert, t, -1, "x"))
print(pcall(table.insert, t, 1.5, "x"))
print(pcall(table.insert, t, "2", "x"))
show(t)
print(pcall(table.insert, t, "x", "y"))
print(pcall(table.insert, t))
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, 42, 1))
print(pcall(table.insert, "abc", 1))
print(select("#", table.insert(t, "ret")))
print(pcall(function() table.insert({}, 1, 2, 3) end))
print(pcall(function() table.insert({}, 5, 2) end))

-- remove
local r = {1, 2, 3, 4, 5, 6}
print(table.remove(r), #r)
print(table.remove(r, 1), #r)
show(r)
print(table.remove(r, 2), #r)
show(r)
print(table.remove(r, #r + 1), #r)
print(pcall(table.remove, r, #r + 2))
print(pcall(table.remove, r, 0))
print(pcall(table.remove, r, -1))
show(r)
local e = {}
print(table.remove(e), #e)
print(table.remove(e, 0), #e)
print(table.remove(e, 1), #e)
print(pcall(table.remove, e, 2))
print(pcall(table.remove, e, -1))
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
local z2 = {[0] = "zero"}
print(table.remove(z2), z2[0])
print(select("#", table.remove({})))
print(pcall(table.remove))
print(pcall(table.remove, {}, "x"))
print(pcall(function() table.remove({1, 2}, 7) end))

-- holes and hash part
local h = {}
h[1] = 1; h[2] = 2; h[4] = 4
table.insert(h, 1, 0)
print(h[1], h[2], h[3], h[4], h[5])
local big = {}
for i = 1, 100 do big[i] = i end
for i = 1, 50 do table.remove(big, 1) end
print(#big, big[1], big[50], big[51])
for i = 1, 30 do table.insert(big, 10, -i) end
print(#big, big[9], big[10], big[39], big[40], big[80])

-- proxies with __index / __newindex / __len
local log = {}
local store = {"a", "b", "c"}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k) .. "=" .. tostring(v); store[k] = v end,
  __len = function() log[#log + 1] = "len"; return #store end,
})
table.insert(proxy, "d")
table.insert(proxy, 2, "x")
print(table.concat(log, ", "))
log = {}
print(table.remove(proxy, 1))
print(table.remove(proxy))
print(table.concat(log, ", "))
print(table.concat(store, ","))

-- a userdata-like value: a table-typed check fails for a non-table without metamethods
local fake = setmetatable({}, {__len = function() return 2 end})
print(pcall(table.insert, fake, "v"))
print(rawget(fake, 3))

-- __len returning non-integers
local function withlen(v) return setmetatable({}, {__len = function() return v end}) end
print(pcall(table.insert, withlen(2.0), "v"))
print(pcall(table.insert, withlen("3"), "v"))
print(pcall(table.insert, withlen(2.5), "v"))
print(pcall(table.insert, withlen("x"), "v"))
print(pcall(table.insert, withlen(nil), "v"))
print(pcall(table.remove, withlen({})))
-- wrap around of the length
print(pcall(table.insert, withlen(math.maxinteger), "v"))
print(pcall(table.insert, withlen(math.maxinteger), 1, "v"))
print(pcall(table.remove, withlen(math.mininteger)))
local mt = withlen(-1)
print(pcall(table.remove, mt))
print(pcall(table.insert, mt, 1, "v"))
print(pcall(table.insert, mt, 0, "v"))
print(rawget(mt, 0))
-- __newindex that is a table
local target = {}
local redirect = setmetatable({}, {__newindex = target})
table.insert(redirect, "to target")
print(rawget(redirect, 1), target[1])
