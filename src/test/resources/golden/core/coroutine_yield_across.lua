-- Yields from inside pcall, xpcall, metamethods, iterators and nested Lua calls.
local function pack(...) return { n = select("#", ...), ... } end
local function run(label, f)
  local co = coroutine.create(f)
  local out = {}
  local res = pack(coroutine.resume(co))
  while true do
    local parts = {}
    for i = 1, res.n do parts[i] = tostring(res[i]) end
    out[#out + 1] = "[" .. table.concat(parts, ",") .. "]"
    if coroutine.status(co) == "dead" then break end
    res = pack(coroutine.resume(co, "r" .. #out))
  end
  print(label, table.concat(out, " "))
end
run("pcall", function()
  local ok, v = pcall(function() return coroutine.yield("in pcall") end)
  return ok, v
end)
run("pcall error after yield", function()
  return pcall(function() coroutine.yield("y"); error("e", 0) end)
end)
run("xpcall", function()
  return xpcall(function() local v = coroutine.yield("in xpcall"); error(v, 0) end,
    function(m) return "handled " .. m end)
end)
run("nested pcall", function()
  return pcall(pcall, function() return coroutine.yield("deep") end)
end)
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __newindex = function(t, k, v) rawset(t, k, coroutine.yield("newindex " .. k)) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __le = function(a, b) return coroutine.yield("le") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __len = function(a) return coroutine.yield("len") end,
  __unm = function(a) return coroutine.yield("unm") end,
  __call = function(self, x) return coroutine.yield("call " .. tostring(x)) end,
}
local obj = setmetatable({}, mt)
local obj2 = setmetatable({}, mt)
run("__index", function() return obj.key end)
run("__newindex", function() obj.newkey = 1; return rawget(obj, "newkey") end)
run("__add", function() return obj + 1 end)
run("__lt", function() return obj < obj2 end)
run("__le", function() return obj <= obj2 end)
run("__eq", function() return obj == obj2 end)
run("__concat", function() return obj .. "s" end)
run("__len", function() return #obj end)
run("__unm", function() return -obj end)
run("__call", function() return obj(7) end)
run("__lt in if", function() if obj < obj2 then return "yes" else return "no" end end)
-- a yield inside a generic-for iterator
run("iterator", function()
  local acc = {}
  for v in function(_, c) c = c + 1; if c <= 3 then coroutine.yield("it" .. c); return c end end, nil, 0 do
    acc[#acc + 1] = v
  end
  return table.concat(acc, "+")
end)
-- yields across several Lua frames
run("nested frames", function()
  local function a() return coroutine.yield("a") .. "!" end
  local function b() return a() .. "?" end
  return b()
end)
-- yield inside a table.sort comparator is across a C call: not allowed
run("sort comparator", function()
  local t = { 3, 1, 2 }
  return pcall(table.sort, t, function(x, y) coroutine.yield("cmp"); return x < y end)
end)
-- isyieldable inside pcall within a coroutine is still true
run("isyieldable", function() return pcall(coroutine.isyieldable) end)
