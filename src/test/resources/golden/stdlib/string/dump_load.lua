-- string.dump and loading binary chunks: behaviour only (the bytes are
-- implementation specific and never printed).
local function add(a, b) return a + b end
local dumped = string.dump(add)
print(type(dumped), #dumped > 0, dumped:sub(1, 4) == "\27Lua")
local again = load(dumped)
print(again(2, 3))
print(load(dumped, "binary", "b") ~= nil)
print(load(dumped, "binary", "t"))
print(load("return 1", "text", "b"))
-- upvalues are not preserved: load sets the first upvalue of the loaded function
-- to the global table and the others to nil
local captured, other = 10, 20
local function uses() return captured, other end
local restored = load(string.dump(uses))
local first, second = restored()
print(first == _G, second)
local chunk = load("return x_global_for_dump")
x_global_for_dump = "seen through _ENV"
print(load(string.dump(chunk))())
-- stripping debug information
local function fails() local t = nil; return t.field end
print(pcall(load(string.dump(fails))))
print(pcall(load(string.dump(fails, true))))
-- C functions can not be dumped
print(pcall(string.dump, print))
print(pcall(string.dump))
-- a truncated binary chunk
print(load(dumped:sub(1, 10)))
