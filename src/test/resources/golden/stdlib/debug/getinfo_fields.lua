-- debug.getinfo fields for Lua functions, C functions and the main chunk.
local function fields(info)
  local keys = {}
  for k in pairs(info) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = info[k]
    if type(v) == "function" then v = "<function>"
    elseif type(v) == "table" then
      local lines = {}
      for line in pairs(v) do lines[#lines + 1] = line end
      table.sort(lines)
      v = "{" .. table.concat(lines, ",") .. "}"
    end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(out, " ")
end
local function sample(a, b, ...)
  local x = a + b
  return x
end
print(fields(debug.getinfo(sample)))
print(fields(debug.getinfo(print)))
print(fields(debug.getinfo(1)))
print(fields(debug.getinfo(sample, "S")))
print(fields(debug.getinfo(sample, "l")))
print(fields(debug.getinfo(sample, "u")))
print(fields(debug.getinfo(sample, "L")))
print(fields(debug.getinfo(sample, "")))
print(debug.getinfo(sample, "f").func == sample)
-- a function defined on one line, a vararg main chunk from load, a chunk with a name
local one = function() end
print(fields(debug.getinfo(one, "Sl")))
local chunk = load("local a = 1\nreturn a", "=custom")
print(fields(debug.getinfo(chunk, "Su")))
chunk = load("return 1", "@some/file.lua")
print(fields(debug.getinfo(chunk, "S")))
chunk = load(string.rep("x = 1\n", 3) .. "return 'a long source text that is cut in short_src because it is long'")
print(fields(debug.getinfo(chunk, "S")))
-- currentline follows execution
local function where() return debug.getinfo(2, "l").currentline end
print(where(), where())
-- invalid levels and options
print(debug.getinfo(100))
print(pcall(debug.getinfo, 1, "?"))
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo))
-- getinfo of a coroutine's level
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
local ci = debug.getinfo(co, 1, "Sl")
print(ci.what, ci.currentline, ci.linedefined, ci.short_src)
print(debug.getinfo(co, 2))
