-- io.lines, f:lines, io.read/io.write with default files, io.input/io.output.

local name = "lib_lines_data.tmp"
local other = "lib_lines_other.tmp"

local f = assert(io.open(name, "w"))
f:write("one\n", "two\n", "\n", "3 4\n", "last")
f:close()

for l in io.lines(name) do io.write("[", l, "]") end
print()
for l in io.lines(name, "L") do io.write("[", l, "]") end
print()
for a, b in io.lines(name, 1, 2) do io.write("[", a, "|", tostring(b), "]") end
print()
for n in io.lines(name, "n") do print(n) end
for a, b, c in io.lines(name, "l", "n", "a") do print(a, b, c) end
print(select("#", io.lines(name)))
print(io.type(select(4, io.lines(name))))

-- an exhausted iterator closed its file
local it = io.lines(name)
local n = 0
while it() do n = n + 1 end
print(n)
print(pcall(it))
print(pcall(it))

-- breaking out of the loop closes the file (it is the loop's to-be-closed value)
local handle
local function capture(it, state, control, file) handle = file return it, state, control, file end
for l in capture(io.lines(name)) do break end
print(io.type(handle))
for l in capture(io.lines(name)) do end
print(io.type(handle))

-- f:lines does not close the file
f = assert(io.open(name))
for l in f:lines() do end
print(io.type(f), f:read("a"), f:seek("set", 0))
for l in f:lines("n") do print("n", l) end
print(f:read("l"))
f:close()
print(pcall(f.lines, f))

-- errors
print(pcall(io.lines, "lib_lines_missing.tmp"))
print(pcall(io.lines(name, "x")))
local bad = io.lines(name, "x")
print(pcall(function() for l in bad do end end))
bad = io.lines(name, "l", {})
print(pcall(function() for l in bad do end end))
local formats = {}
for i = 1, 250 do formats[i] = "l" end
print(select("#", io.lines(name, (function(...) return ... end)(table and table.unpack(formats)))) >= 1)
f = assert(io.open(name, "w"))
print(pcall(f:lines()))
f:close()
print(pcall(io.lines, {}))

-- default files
print(io.input() == io.stdin, io.output() == io.stdout)
print(io.input(name) ~= io.stdin, io.type(io.input()))
print(io.read(), io.read("L"), io.read("n", "l"))
print(io.read("n"), io.read(1), io.read("a"), io.read("a"), io.read(), io.read(0))
for l in io.lines() do print("never", l) end
print(io.type(io.input()))
print(io.close(io.input()))
print(pcall(io.read))
print(pcall(io.lines))
print(pcall(io.input, io.input()))
print(pcall(io.input, "lib_lines_missing.tmp"))
print(pcall(io.input, {}))
print((pcall(io.output, 42)))
os.remove("42")
print(io.input(io.stdin) == io.stdin)

print(io.output(other) ~= io.stdout)
print(io.write("to ", other, " ", 1, " ", 2.0, "\n") == io.output())
io.write("more\n")
print(io.close())
print(pcall(io.write, "x"))
print(pcall(io.flush))
print(pcall(io.close))
io.output(io.stdout)
for l in io.lines(other) do print(l) end
print(io.write("back on stdout\n") == io.stdout)
print(io.close())

-- io.output with an open handle, then writing through both
f = assert(io.open(other, "a"))
io.output(f)
io.write("appended\n")
f:write("directly\n")
io.output(io.stdout)
f:close()
for l in io.lines(other) do print(l) end

-- print and io.write share standard output
io.write("a")
print("b")
io.write("c\n")
io.stdout:write("d", "\n")

os.remove(name)
os.remove(other)
