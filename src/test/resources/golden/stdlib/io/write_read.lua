-- Writing a file and reading it back with every read format.
local name = "io_write_read.tmp"
local f = assert(io.open(name, "w"))
print(io.type(f), f:write("line one\n", "line two\n", 42, " ", 3.5, "\n") == f)
f:write("last line without newline")
print(f:close(), io.type(f))
print(pcall(f.write, f, "x"))
f = assert(io.open(name, "r"))
print(f:read())                 -- default "l"
print(f:read("l"))
print(f:read("n"), f:read("n"))
print(f:read("L"))              -- rest of the numbers line, with its newline
print(f:read("a"))
print(f:read("a"), f:read("l"), f:read("n"), f:read(0))
f:close()
-- several formats in one call, and counts
f = assert(io.open(name))
print(f:read(4, 1, "l", 0, "L"))
print(f:read(1000))
print(f:read(1))
f:close()
-- read(0) tests for end of file
f = assert(io.open(name))
print(f:read(0))
f:read("a")
print(f:read(0))
f:close()
-- the old-style formats with '*' are still accepted
f = assert(io.open(name))
print(f:read("*l"), f:read("*L"))
print(#f:read("*a"))
f:close()
-- invalid formats
f = assert(io.open(name))
print(pcall(f.read, f, "x"))
print(pcall(f.read, f, {}))
f:close()
print(os.remove(name))
