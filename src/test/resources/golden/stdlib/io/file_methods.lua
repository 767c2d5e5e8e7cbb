-- File handle methods: write chaining, flush, setvbuf, close results, tostring,
-- closed-file errors, and garbage handles.
local name = "io_file_methods.tmp"
local f = assert(io.open(name, "w"))
print(f:write("a"):write("b", "c"):write(1, 2.5) == f)
print(f:flush(), io.type(f))
print(f:setvbuf("no"), f:setvbuf("full", 1024), f:setvbuf("line"))
print(pcall(f.setvbuf, f, "bad"))
print(f:close())
print(io.type(f), tostring(f))
print(pcall(f.close, f))
print(pcall(f.read, f))
print(pcall(f.lines, f))
print(pcall(f.seek, f))
print(pcall(f.flush, f))
print(pcall(f.setvbuf, f, "no"))
f = assert(io.open(name))
print(f:read("a"))
f:close()
-- io.close closes the given file or the default output
f = assert(io.open(name))
print(io.close(f), io.type(f))
-- methods called with a wrong self
print(pcall(f.read, 42))
print(pcall(io.stdout.write, "not a file", "x"))
-- file:lines with formats keeps the file open
f = assert(io.open(name, "w"))
f:write("1 2 3\n4 5 6\n")
f:close()
f = assert(io.open(name))
local sum = 0
for a, b, c in f:lines("n", "n", "n") do sum = sum + a + b + c end
print("sum", sum, io.type(f))
f:close()
-- a write error is reported as fail plus a message
f = assert(io.open(name, "r"))
local ok, msg, code = f:write("x")
print(ok, msg, code)
f:close()
print(os.remove(name))
