-- io.lines and file:lines: line iteration, formats, keeping newlines, closing.
local name = "io_lines.tmp"
local f = assert(io.open(name, "w"))
f:write("alpha\n", "beta\n", "\n", "gamma 1 2\n", "delta")
f:close()
for line in io.lines(name) do print("[" .. line .. "]") end
for line in io.lines(name, "L") do io.write("<", line, ">") end
print()
for a, b in io.lines(name, 1, 2) do io.write(a, "|", b, " ") end
print()
for n in io.lines(name, "n") do print("number", n) end
-- file:lines does not close the file at the end
f = assert(io.open(name))
local count = 0
for _ in f:lines() do count = count + 1 end
print("lines", count, io.type(f))
print(f:read("a") == "", f:seek("cur"))
f:close()
-- io.lines closes the file when the loop ends; calling the iterator again fails
local it = io.lines(name)
while it() do end
print(pcall(it))
-- reading with multiple formats per line
for word, num1, num2 in io.lines(name, 6, "n", "n") do
  print(string.format("%q", word), num1, num2)
end
-- errors
print(pcall(io.lines, "io_lines_missing.tmp"))
print(pcall(function() for l in io.lines(name, "x") do end end))
-- lines of an empty file
local e = assert(io.open(name, "w")); e:close()
local n = 0
for _ in io.lines(name) do n = n + 1 end
print("empty file lines", n)
-- a final line without newline, and a file ending with a newline
e = assert(io.open(name, "w")); e:write("only\n"); e:close()
for l in io.lines(name, "L") do print(string.format("%q", l)) end
print(os.remove(name))
