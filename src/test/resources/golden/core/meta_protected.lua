-- getmetatable/setmetatable: __metatable protection, argument checks, return values.
local mt = { __metatable = "locked" }
local t = setmetatable({}, mt)
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
-- any value may be the protection field, including false (but not nil)
local f = setmetatable({}, { __metatable = false })
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local tbl_guard = setmetatable({}, { __metatable = { fake = true } })
print(getmetatable(tbl_guard).fake)
-- setmetatable returns its first argument
local u = {}
print(setmetatable(u, {}) == u, setmetatable(u, nil) == u, getmetatable(u))
-- argument errors
print(pcall(setmetatable, nil, {}))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
print(pcall(setmetatable))
print(pcall(getmetatable))
-- getmetatable on non-tables: strings have a shared metatable, others have none
print(getmetatable(1), getmetatable(nil), getmetatable(print), getmetatable(true))
print(type(getmetatable("")), getmetatable("a") == getmetatable("b"))
print(getmetatable("").__index == string)
-- the string metatable is not protected by __metatable, but setmetatable only works on tables
print(pcall(setmetatable, "x", nil))
-- rawequal/rawget/rawset/rawlen ignore metatables entirely
local guarded = setmetatable({ 1, 2 }, {
  __index = function() return "idx" end,
  __newindex = function() error("no writes") end,
  __len = function() return 99 end,
  __eq = function() return true end,
  __metatable = "guarded",
})
print(guarded.x, rawget(guarded, "x"), #guarded, rawlen(guarded))
rawset(guarded, "x", 1)
print(guarded.x, rawequal(guarded, {}), guarded == {})
-- a metatable may be shared and modified after use
local shared = {}
local a, b = setmetatable({}, shared), setmetatable({}, shared)
shared.__index = function(_, k) return "shared " .. k end
print(a.x, b.y)
-- metatables can be set on the metatable itself
local meta_of_meta = setmetatable({}, { __index = function() return "from meta-meta" end })
local obj = setmetatable({}, meta_of_meta)
print(obj.x, meta_of_meta.__index)
