-- The fourth value of a generic for is a to-be-closed variable: closed when the loop
-- ends normally, by break, by return, by goto and by error.
local log = {}
local function closing(name)
  return setmetatable({}, { __close = function(_, err)
    log[#log + 1] = "close " .. name .. (err ~= nil and (" err=" .. tostring(err)) or "")
  end })
end
local function flush(label)
  print(label, table.concat(log, "; "))
  log = {}
end
local function counter(n, name)
  local i = 0
  return function()
    i = i + 1
    log[#log + 1] = "step" .. i
    if i <= n then return i end
  end, nil, nil, closing(name)
end
for i in counter(2, "normal") do end
flush("normal end")
for i in counter(5, "break") do
  if i == 2 then break end
end
flush("break")
local function ret()
  for i in counter(5, "return") do
    if i == 3 then return "returned " .. i end
  end
end
print(ret())
flush("return")
for i in counter(5, "goto") do
  if i == 1 then goto out end
end
::out::
flush("goto")
print(pcall(function()
  for i in counter(5, "error") do
    if i == 2 then error("stop", 0) end
  end
end))
flush("error")
-- nil and false as the closing value are allowed
for i in function(_, c) if c < 2 then return c + 1 end end, nil, 0, nil do end
for i in function(_, c) if c < 2 then return c + 1 end end, nil, 0, false do end
print("nil/false closing values accepted")
-- a non-closable fourth value is an error when the loop starts
print(pcall(function() for i in next, {}, nil, {} do end end))
print(pcall(function() for i in next, {}, nil, 42 do end end))
-- extra (fifth) values are ignored
for i in counter(1, "fifth"), nil, nil, nil, "ignored" do end
flush("truncated call, fifth value ignored")
-- a closing value that comes from a function returning many values
local function all() return counter(1, "from call") end
for i in all() do end
flush("multiple results")
-- nested loops close inner first
for i in counter(1, "outer") do
  for j in counter(1, "inner") do end
end
flush("nested")
