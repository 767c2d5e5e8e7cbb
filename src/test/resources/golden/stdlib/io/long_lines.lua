-- Lines and reads larger than internal buffers.
local name = "io_long_lines.tmp"
local f = assert(io.open(name, "w"))
local long = string.rep("abcdefghij", 10000)
f:write(long, "\n", long:upper(), "\n", "short\n", string.rep("x", 70000))
f:close()
f = assert(io.open(name))
local a = f:read("l")
local b = f:read("L")
local c = f:read("l")
local d = f:read("l")
print(#a, a == long, #b, b:sub(-1) == "\n", c, #d, f:read("l"))
f:close()
f = assert(io.open(name))
local chunk = f:read(150000)
print(#chunk, #f:read("a"))
f:close()
-- io.lines over the long lines
local lengths = {}
for l in io.lines(name) do lengths[#lengths + 1] = #l end
print(table.concat(lengths, " "))
print(os.remove(name))
