-- string.dump and load of binary chunks: behaviour that does not depend on the bytes of
-- the format (which are Crescent's own and never printed): round trips of every kind of
-- constant and nesting, debug information kept or stripped, upvalues after loading, and
-- the errors for malformed chunks.
local function roundtrip(f, strip)
  return load(string.dump(f, strip), "dumped", "b")
end

-- constants of every kind
local function constants()
  return 1, -1, math.maxinteger, math.mininteger, 0.5, -0.0, 1/0, -1/0, 2^53, 1e-310,
    "", "short", string.rep("long string ", 20), "with\0zero\255", true, false, nil
end
local again = roundtrip(constants)
local a, b = table.pack(constants()), table.pack(again())
for i = 1, a.n do
  if a[i] ~= b[i] or math.type(a[i]) ~= math.type(b[i]) then print("differs at", i) end
end
print(a.n == b.n, 1/b[6], b[13] == a[13], #b[14])
local nan = roundtrip(function() return 0/0 end)()
print(nan ~= nan)

-- nested functions, varargs, loops, upvalues between the nested functions
local function maker(...)
  local count = select("#", ...)
  local total = 0
  local function add(x)
    total = total + x
    return function() return total, count end
  end
  for i = 1, 3 do add(i) end
  local results = {}
  for _, v in ipairs({ ... }) do results[#results + 1] = v * 2 end
  return add(10), table.concat(results, ",")
end
for _, strip in ipairs({ false, true }) do
  local loaded = roundtrip(maker, strip)
  local getter, doubled = loaded(1, 2, 3)
  print(strip, getter(), doubled)
end

-- dumping a loaded function gives the same chunk again
local chunk = string.dump(maker)
print(string.dump(load(chunk)) == chunk, string.dump(load(string.dump(maker, true)), true) == string.dump(maker, true))
print(string.dump(load(string.dump(maker, true))) == string.dump(maker, true))

-- debug information
local function described(p, q)
  local inner = p + q
  return inner
end
local info = debug.getinfo(roundtrip(described), "Su")
print(info.source, info.short_src, info.linedefined, info.lastlinedefined, info.what, info.nparams, info.isvararg)
info = debug.getinfo(roundtrip(described, true), "Su")
print(info.source, info.short_src, info.linedefined, info.lastlinedefined, info.what, info.nparams, info.isvararg)
info = debug.getinfo(load(string.dump(described), "=ignored"), "S")
print(info.source, info.short_src)
print(debug.getlocal(roundtrip(described), 1), debug.getlocal(roundtrip(described, true), 1))
local lines = {}
for line in pairs(debug.getinfo(roundtrip(described), "L").activelines) do lines[#lines + 1] = line end
table.sort(lines)
print(table.concat(lines, " "), next(debug.getinfo(roundtrip(described, true), "L").activelines))
local function failing(t) return t.field.subfield end
print(pcall(roundtrip(failing), {}))
print(pcall(roundtrip(failing, true), {}))
print(pcall(roundtrip(function() error("raised") end, true)))
print(pcall(roundtrip(function() error("raised", 2) end)))

-- upvalues: the first is set to the globals table (or the env given to load), others nil
local up1, up2 = "one", "two"
local function uses() return up1, up2 end
print(select("#", roundtrip(uses)()), roundtrip(uses)() == _G, select(2, roundtrip(uses)()))
print(debug.getupvalue(roundtrip(uses), 1), debug.getupvalue(roundtrip(uses), 2))
print(debug.getupvalue(roundtrip(uses, true), 1), debug.getupvalue(roundtrip(uses, true), 2))
local env = { print = print, marker = "from env" }
local reads = load("return marker")
print(load(string.dump(reads), "x", "b", env)())
print(load(string.dump(function() return 1 end))())

-- malformed chunks
local dumped = string.dump(maker)
local messages = {}
for i = 1, #dumped - 1 do
  local f, message = load(dumped:sub(1, i))
  messages[message or "loaded"] = true
end
for message in pairs(messages) do print(message) end
print(load(dumped:sub(1, 20), "=named"))
print(load(dumped:sub(1, 20), "@file.lua"))
print(load(dumped:sub(1, 20), "plain name"))
print(load("\27Lua"), load("\27Lux"))
print(load("\27Lua\x53\0"))
print(load(dumped, "t", "t"))
print(load(function() return nil end, "=empty", "b"))
print(pcall(string.dump, coroutine.wrap(function() end)))
print(pcall(string.dump, string.dump))

-- binary chunks in files, after a '#' first line too (its newline is dropped then)
local name = os.tmpname()
local file = assert(io.open(name, "wb"))
file:write("#!/usr/bin/env lua\n", string.dump(function(...) return "from file", select("#", ...) end))
file:close()
print(loadfile(name)(1, 2))
file = assert(io.open(name, "wb"))
file:write(string.dump(function() return 10, "\0alo\255" end, true))
file:close()
print(loadfile(name, "b", {})())
print(select(2, loadfile(name, "t")))
os.remove(name)
print(debug.getupvalue(string.gmatch("x", "x"), 3), debug.upvalueid(string.gmatch("x", "x"), 1) ~= nil)
