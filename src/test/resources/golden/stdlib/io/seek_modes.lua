-- file:seek, open modes (r, w, a, r+, w+, a+, binary flag), and io.open errors.
local name = "io_seek_modes.tmp"
local f = assert(io.open(name, "w"))
f:write("0123456789")
print(f:seek(), f:seek("cur"), f:seek("set"), f:seek("end"), f:seek("set", 3), f:seek("cur", 2), f:seek("end", -1))
f:close()
f = assert(io.open(name, "r"))
f:seek("set", 4)
print(f:read(2), f:seek())
f:seek("end", -3)
print(f:read("a"))
f:seek("set")
print(f:read(1), f:seek("cur", -1), f:read(3))
print(pcall(f.seek, f, "bad"))
print(pcall(f.seek, f, "set", 1.5))
print(f:seek("set", -1))
f:close()
-- append mode writes at the end
f = assert(io.open(name, "a"))
f:write("AB")
f:close()
f = assert(io.open(name, "r")); print(f:read("a")); f:close()
-- r+ overwrites in place
f = assert(io.open(name, "r+"))
f:seek("set", 2)
f:write("xy")
f:close()
f = assert(io.open(name, "rb")); print(f:read("a")); f:close()
-- w+ truncates and allows reading back
f = assert(io.open(name, "w+"))
f:write("fresh")
f:seek("set")
print(f:read("a"))
f:close()
-- a+ appends but can read from anywhere
f = assert(io.open(name, "a+"))
f:write("!")
f:seek("set")
print(f:read("a"))
f:close()
-- invalid modes
for _, mode in ipairs({ "x", "rw", "r+b", "rb+", "wb", "", "+", "r++" }) do
  local ok, res = pcall(io.open, name, mode)
  print(mode, ok, ok and io.type(res) or res)
  if ok and res then res:close() end
end
-- opening missing files
print(io.open("io_seek_modes_missing.tmp"))
print(io.open("io_seek_modes_missing.tmp", "r"))
-- reading from a write-only file and writing to a read-only file
f = assert(io.open(name, "w"))
print(f:read("a"))
f:close()
f = assert(io.open(name, "r"))
print(f:write("x"))
f:close()
print(os.remove(name))
