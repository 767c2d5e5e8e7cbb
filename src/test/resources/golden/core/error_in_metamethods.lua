-- Errors raised inside metamethods propagate with the metamethod's position;
-- errors about metamethod values name them.
local function try(label, f) print(label, pcall(f)) end
local mt = {
  __index = function(t, k) error("no field " .. k) end,
  __newindex = function(t, k) error("read-only " .. k, 2) end,
  __add = function() local x = nil; return x.y end,
  __call = function(self, a) return a.b end,
  __lt = function() error({ "table error" }) end,
  __len = function() error() end,
  __concat = function() error("concat failed", 0) end,
}
local obj = setmetatable({}, mt)
try("__index", function() return obj.missing end)
try("__newindex level 2", function() obj.x = 1 end)
try("__add", function() return obj + 1 end)
try("__call", function() return obj(nil) end)
local ok, e = pcall(function() return obj < obj end)
print("__lt", ok, type(e), e[1])
try("__len", function() return #obj end)
try("__concat", function() return obj .. "x" end)
-- metamethods that are not callable
local bad = setmetatable({}, { __index = 1, __add = "str", __call = {}, __unm = true })
try("__index number", function() return bad.x end)
try("__add string", function() return bad + 1 end)
try("__call table", function() return bad() end)
try("__unm boolean", function() return -bad end)
-- errors from C functions used as metamethods
local cmeta = setmetatable({}, { __index = rawget, __add = select })
try("__index = rawget", function() return cmeta.key end)
try("__add = select", function() return cmeta + 1 end)
-- an error in __tostring used by print/tostring
local ts = setmetatable({}, { __tostring = function() error("tostring broke") end })
try("__tostring", function() return tostring(ts) end)
-- an error inside __eq called from a comparison inside another function
local eqobj = setmetatable({}, { __eq = function(a, b) return a.x.y end })
try("__eq", function() return eqobj == setmetatable({}, getmetatable(eqobj)) end)
-- a chain __index -> function -> error at level 2 (the access line)
local chain = setmetatable({}, { __index = setmetatable({}, { __index = function(_, k)
  error("chained miss: " .. k, 2)
end }) })
try("chained __index", function() return chain.zzz end)
