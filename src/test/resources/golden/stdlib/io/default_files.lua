-- io.write/io.read through the default output and input files, io.output/io.input
-- redirection, io.type, and the standard files.
io.write("io.write returns the file: ", tostring(io.write("") == io.output()), "\n")
print(io.type(io.stdout), io.type(io.stderr), io.type(io.stdin), io.type(42), io.type(nil))
print(io.output() == io.stdout, io.input() == io.stdin)
local name = "io_default_files.tmp"
-- redirect output to a file
local old = io.output()
io.output(name)
io.write("first\n", 2, "\n")
print("print still goes to stdout")
io.output():close()
io.output(old)
-- redirect input from a file
io.input(name)
print(io.read(), io.read("n"))
io.input():close()
print(pcall(io.read))
io.input(io.stdin)
-- io.output with a file handle
local f = assert(io.open(name, "w"))
io.output(f)
io.write("through handle")
io.output(io.stdout)
f:close()
for l in io.lines(name) do print(l) end
-- errors
print(pcall(io.output, "io_default_files_missing_dir/x"))
print(pcall(io.input, "io_default_files_missing.tmp"))
-- file handles show their type through tostring (addresses are not printed)
local h = assert(io.open(name))
print(tostring(h):sub(1, 6), io.type(h))
h:close()
print(tostring(h))
print(os.remove(name))
-- io.write converts numbers, rejects other values
print(pcall(io.write, {}))
print(pcall(io.write, nil))
-- numbers are written with "%.14g" (floats get no ".0" suffix, unlike tostring)
io.write(1, " ", 1.0, " ", 1.5, " ", -0.0, " ", 2^63, " ", 1e100, "\n")
