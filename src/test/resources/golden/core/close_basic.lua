-- <close> variables: closed in reverse order at the end of their block, with the error
-- value (or nil) as second argument.
local log = {}
local function closer(name)
  return setmetatable({ name = name }, {
    __close = function(self, err) log[#log + 1] = self.name .. "(" .. tostring(err) .. ")" end,
  })
end
local function flush(label)
  print(label, table.concat(log, " "))
  log = {}
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local c <close> = closer("c")
  log[#log + 1] = "body"
end
flush("block")
-- nil and false are allowed and ignored
do
  local n <close> = nil
  local f <close> = false
  local x <close> = closer("x")
end
flush("nil/false")
-- nested blocks close inner first
do
  local outer <close> = closer("outer")
  do
    local inner <close> = closer("inner")
  end
  log[#log + 1] = "between"
end
flush("nested")
-- closing in a function, after the return values are computed
local function f()
  local r <close> = closer("r")
  log[#log + 1] = "returning"
  return "value", #log
end
print(f())
flush("return")
-- the value is the variable's value at declaration, and the variable is constant
print(load("local x <close> = nil; x = 1"))
-- values without __close are rejected when the declaration runs
print(pcall(function() local x <close> = {} end))
print(pcall(function() local x <close> = 42 end))
print(pcall(function() local y <close> = "str" end))
print(pcall(function() local t = setmetatable({}, { __index = function() return print end })
  local z <close> = t end))
-- __close looked up when closing: a later change of the metamethod is seen
local mt = { __close = function() log[#log + 1] = "first" end }
do
  local v <close> = setmetatable({}, mt)
  mt.__close = function() log[#log + 1] = "second" end
end
flush("late lookup")
-- a loop body's close variables close at every iteration
for i = 1, 3 do
  local c <close> = closer("it" .. i)
end
flush("loop")
-- varargs and multiple values: only the first value of a call is used
local function two() return closer("one"), closer("two") end
do
  local p <close> = two()
end
flush("call")
-- the closing value receives itself as first argument
do
  local seen
  local obj = setmetatable({}, { __close = function(o) seen = o end })
  do local h <close> = obj end
  print(seen == obj)
end
