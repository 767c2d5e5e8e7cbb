-- file:lines and io.lines with several formats per iteration, including counts and
-- "n", and the iteration ending at the first nil of the first format.
local name = "io_lines_formats.tmp"
local f = assert(io.open(name, "w"))
f:write("3 4 5\n", "10 20 30\n", "x y z\n")
f:close()
for a, b, c in io.lines(name, "n", "n", "n") do print("numbers", a, b, c) end
for a, b in io.lines(name, "n", "l") do print("number and rest", a, string.format("%q", b)) end
for c1, c2 in io.lines(name, 2, 3) do io.write(string.format("[%s|%s]", c1, c2)) end
print()
for l in io.lines(name, "L") do io.write(l) end
f = assert(io.open(name))
for a, rest in f:lines(1, "l") do print("first char", a, rest) end
f:close()
-- more than 250 formats is an error
print(pcall(io.lines, name, table.unpack((function() local t = {} for i = 1, 251 do t[i] = "l" end return t end)())))
print(os.remove(name))
