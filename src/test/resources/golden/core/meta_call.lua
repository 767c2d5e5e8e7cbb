-- __call: callable tables, argument passing, chains of callables, errors.
local callable = setmetatable({ name = "obj" }, { __call = function(self, a, b)
  return self.name, a, b
end })
print(callable(1, 2))
print(callable())
print(pcall(callable, "via pcall"))
-- multiple results and varargs through __call
local multi = setmetatable({}, { __call = function(_, ...) return select("#", ...), ... end })
print(multi(nil, nil))
print(multi(1, 2, 3))
-- a __call that is itself a callable table: Lua 5.4 follows the chain
local inner = setmetatable({}, { __call = function(self, ...) return "inner", ... end })
local outer = setmetatable({}, { __call = inner })
local ok, who, first, second = pcall(outer, "x")
print(ok, who, first == outer, second)
-- method calls on callable fields
local obj = { f = callable }
print(obj.f("direct"))
local name, self_arg, arg = obj:f("method")
print(name, self_arg == obj, arg)
-- callable as a generic for iterator and as a metamethod
local it = setmetatable({}, { __call = function(_, _, c) if c < 3 then return c + 1 end end })
local seen = {}
for i in it, nil, 0 do seen[#seen + 1] = i end
print(table.concat(seen, " "))
-- an __index that is a callable table is indexed, not called
local idx = setmetatable({}, { __index = callable })
print(pcall(function() return idx.key end))
-- library functions that check for a function type reject callable tables
local cmp = setmetatable({}, { __call = function(_, a, b) return a > b end })
print(pcall(table.sort, { 3, 1, 2 }, cmp))
local handler = setmetatable({}, { __call = function(_, msg) return "handled: " .. msg end })
print(pcall(xpcall, error, handler, "oops", 0))
print(xpcall(error, function(m) return handler(m) end, "oops", 0))
-- calling values that are not callable
print(pcall(function() local t = {}; t() end))
print(pcall(function() local t = setmetatable({}, {}); t() end))
print(pcall(function() local t = setmetatable({}, { __call = 1 }); t() end))
print(pcall(function() local s = "str"; s() end))
print(pcall(function() local n = nil; n() end))
print(pcall(function() local b = true; b() end))
-- __call receives the callable itself even when called through a different name
local counter = setmetatable({ n = 0 }, { __call = function(self) self.n = self.n + 1; return self.n end })
local alias = counter
counter(); alias()
print(counter.n)
-- a deep chain of __call tables
local fn = function(...) return "end of chain", select("#", ...) end
local c = fn
for i = 1, 5 do c = setmetatable({}, { __call = c }) end
print(pcall(c, "arg"))
