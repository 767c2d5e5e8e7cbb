-- Errors raised by __close methods: they replace the current error (if any), the
-- remaining variables are still closed and see the newest error.
local log = {}
local function show(v) return type(v) == "string" and v or type(v) end
local function closer(name, fail)
  return setmetatable({}, {
    __close = function(_, err)
      log[#log + 1] = name .. "<" .. show(err) .. ">"
      if fail then error(fail, 0) end
    end,
  })
end
local function flush(label)
  print(label, table.concat(log, " "))
  log = {}
end
-- error in __close on a normal exit
print(pcall(function()
  local a <close> = closer("a")
  local b <close> = closer("b", "b failed")
  local c <close> = closer("c")
  return "not returned"
end))
flush("normal exit")
-- error in __close while unwinding an error: the newer error wins
print(pcall(function()
  local a <close> = closer("a")
  local b <close> = closer("b", "b failed")
  error("original", 0)
end))
flush("unwinding")
-- several failing __close methods: the last error raised wins
print(pcall(function()
  local a <close> = closer("a", "a failed")
  local b <close> = closer("b", "b failed")
  local c <close> = closer("c", "c failed")
end))
flush("all fail")
-- error objects of any type
print(pcall(function()
  local a <close> = closer("a", 42)
end))
flush("number error")
local ok, e = pcall(function()
  local a <close> = closer("a", { tag = "tbl" })
  error("first", 0)
end)
print(ok, type(e), e.tag)
flush("table error")
-- a __close that errors with a position (level 1 points into the metamethod)
local positioned = setmetatable({}, { __close = function() error("in close") end })
print(pcall(function() local p <close> = positioned end))
-- errors in __close inside a loop with break
print(pcall(function()
  for i = 1, 3 do
    local x <close> = closer("loop" .. i, i == 2 and "loop failed" or nil)
    if i == 3 then break end
  end
end))
flush("loop")
-- the closing happens before pcall returns; nested pcall inside __close is fine
local inner = setmetatable({}, { __close = function()
  local ok2, msg = pcall(error, "caught inside close", 0)
  log[#log + 1] = tostring(ok2) .. ":" .. msg
end })
print(pcall(function() local i <close> = inner; error("outer", 0) end))
flush("pcall in close")
-- a __close that is not a function
local bad = setmetatable({}, { __close = 42 })
print(pcall(function() local b <close> = bad end))
