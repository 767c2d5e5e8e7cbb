-- io: opening modes, reading formats, writing, seeking, buffering, closing, errors.

local name = "lib_files_data.tmp"
local other = "lib_files_other.tmp"

local function contents(file)
  local f = assert(io.open(file, "rb"))
  local all = f:read("a")
  f:close()
  return all
end

-- modes
for _, mode in ipairs{"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb",
                      "", "rw", "rb+", "r+bk", "+", "b", "x", "ra", "w+-", "r\0junk"} do
  local ok, f, msg, code = pcall(io.open, name, mode)
  if ok and f then f:close() end
  print(mode, ok, ok and io.type(f) or f, msg, code)
end
os.remove(name)

print(io.open(name))
print(io.open(name, "r+"))
print(io.open("no_such_dir/" .. name, "w"))
print(io.open(".", "w"))
print(io.open("", "r"))
print(pcall(io.open))
print(pcall(io.open, name, {}))

-- write returns the file; numbers are written as %.14g / %d
local f = assert(io.open(name, "w"))
print(f:write("a", 1, " ", 2.5, " ", -0.0, " ", 1e100, " ", 2^63, " ", 10 // 3, "\n") == f)
print(f:write() == f)
print(pcall(f.write, f, {}))
print(pcall(f.write, f, nil))
print(pcall(f.write, f, true))
print(f:close())
print(contents(name))

-- reading formats
f = assert(io.open(name, "w"))
f:write("first line\n", "second line\n", "\n", "12 0x1F -3.5e2 .5 0x.8p1 9223372036854775807 9223372036854775808\n",
        "last line without newline")
f:close()
f = assert(io.open(name))
print(f:read())
print(f:read("L"))
print(f:read("l"))
print(f:read("n", "n", "*n", "n", "n", "n", "n"))
print(f:read(0))
print(f:read("l"))
print(f:read(4), f:read(0), f:read(100))
print(f:read(0), f:read("a"), f:read("a"), f:read("l"), f:read("L"), f:read(1), f:read("n"))
print(pcall(f.read, f, "x"))
print(pcall(f.read, f, "*"))
print(pcall(f.read, f, ""))
print(pcall(f.read, f, {}))
print(pcall(f.read, f, 1.5))
print(pcall(f.read, f, "l", "?"))
print(f:seek("set", 0))
print(f:read("a", "a", 0, "l"))
f:close()

-- the "n" format: longest valid prefix, at most 200 characters
f = assert(io.open(name, "w"))
f:write("-12.3-\t-0xffff+  .3|5.E-3X  +234e+13E 0xDEADBEEFDEADBEEFx\n0x1.13Ap+3e\n")
f:write("1234")
for i = 1, 300 do f:write("0") end
f:write("\n.e+\t0.e;\t--;  0xX;\n- 1 +. 0x 1e 0x1p 00012 0009 1..2 --1\n")
f:close()
f = assert(io.open(name))
print(f:read("n"), f:read(1), f:read("n"), f:read(2), f:read("n"), f:read(1))
print(f:read("n"), f:read(1), f:read("n"), f:read(1), f:read("n"), f:read(2))
print(f:read("n"), f:read(1))
print(f:read("n"), #f:read("L"))
print(f:read("n"), f:read(2), f:read("n"), f:read(1), f:read("n"), f:read(2))
print(f:read("n"), f:read(1), f:read("n"), f:read(2))
for i = 1, 10 do io.write(tostring(f:read("n")), "|", tostring(f:read(1)), " ") end
print()
print(f:read("n"), f:read(1), f:read("n"), f:read(0))
f:close()

-- seek
f = assert(io.open(name, "w+"))
f:write("0123456789")
print(f:seek(), f:seek("cur"), f:seek("set"), f:seek("end"), f:seek("cur", -3), f:read(2))
print(f:seek("set", 20), f:read(1), f:write("X") == f, f:seek("end"))
print(f:seek("set", -1))
print(f:seek("cur", -100))
print(pcall(f.seek, f, "middle"))
print(pcall(f.seek, f, "set", 1.5))
print(pcall(f.seek, f, "set", "2"))
f:seek("set", 2)
f:write("ab")
print(f:read(3), f:seek())
f:close()
print(contents(name) == "01ab456789" .. "\0\0\0\0\0\0\0\0\0\0" .. "X")

-- r+ keeps the contents, w truncates, a appends whatever the position
f = assert(io.open(name, "w")) f:write("hello world\n") f:close()
f = assert(io.open(name, "r+"))
print(f:read(6), f:write("W") == f, f:seek("cur"), f:read("a"))
f:close()
print(contents(name))
f = assert(io.open(name, "a+"))
print(f:read("a"), f:seek())
f:seek("set", 0)
f:write("tail\n")
print(f:seek(), f:seek("set", 0), f:read("a"))
f:close()
f = assert(io.open(name, "a"))
print(f:read())
print(f:seek("set", 0), f:write("more\n") == f, f:seek())
f:close()
print(contents(name))
f = assert(io.open(name, "w"))
print(f:read())
f:close()
print(#contents(name))
f = assert(io.open(name, "r"))
print(f:write("no"))
print(f:read("a"), f:read(1))
f:close()

-- buffering: another handle sees data only once it is flushed
local w = assert(io.open(name, "w"))
local r = assert(io.open(name, "r"))
print(w:setvbuf("full", 2000))
w:write("x")
print(r:read("a"))
print(w:flush(), r:seek("set"), r:read("a"))
print(w:setvbuf("no"))
w:write("y")
r:seek("set")
print(r:read("a"))
print(w:setvbuf("line"))
w:write("z")
r:seek("set")
print(r:read("a"))
w:write("!\n")
r:seek("set")
print(r:read("a"))
print(pcall(w.setvbuf, w))
print(pcall(w.setvbuf, w, "huge"))
w:close()
r:close()

-- closing
f = assert(io.open(name))
print(io.type(f), tostring(f) == tostring(f))
print(f:close())
print(io.type(f), tostring(f))
print(pcall(f.close, f))
print(pcall(f.read, f))
print(pcall(f.write, f, "x"))
print(pcall(f.lines, f))
print(pcall(f.seek, f))
print(pcall(f.flush, f))
print(pcall(f.setvbuf, f, "no"))
print(pcall(io.close, f))
print(getmetatable(f).__gc(f), getmetatable(f).__close(f))
print(pcall(getmetatable(f).__tostring, {}))
print(pcall(f.read, {}))
print(pcall(f.close))
print(io.type(nil), io.type({}), io.type(io.stdout), io.type(print))
print(pcall(io.type))

-- to-be-closed handles
do
  local g <close> = assert(io.open(name, "w"))
  g:write("closed by scope\n")
  f = g
end
print(io.type(f), contents(name))

-- tmpfile
local t = io.tmpfile()
print(io.type(t), t:write("temporary") == t, t:seek("set"), t:read("a"))
print(t:close())

-- standard files
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
print(io.stdout:close())
print(io.close(io.stderr))
print(io.stdin:write("x"))
print(io.stdout:read())
print(io.stdout:setvbuf("full"), io.stdout:flush(), io.flush())
print(getmetatable(io.stdout).__name, getmetatable(io.stdout).__index.read == io.stdin.read)

os.remove(name)
os.remove(other)
