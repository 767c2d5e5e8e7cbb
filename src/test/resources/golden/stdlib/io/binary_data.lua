-- Files hold arbitrary bytes: all 256 byte values, embedded zeros, CR/LF untouched.
local name = "io_binary_data.tmp"
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local all = table.concat(bytes)
local f = assert(io.open(name, "wb"))
f:write(all, all)
f:close()
f = assert(io.open(name, "rb"))
local back = f:read("a")
f:close()
print(#back, back == all .. all)
-- "l" splits only at \n; \r stays part of the line
f = assert(io.open(name, "wb"))
f:write("a\r\nb\rc\n\0\n")
f:close()
f = assert(io.open(name, "rb"))
local l1, l2, l3 = f:read("l", "l", "l")
print(#l1, l1:byte(1, -1))
print(#l2, l2:byte(1, -1))
print(#l3, l3:byte(1, -1))
f:close()
-- reading counts across zero bytes
f = assert(io.open(name, "rb"))
print(f:read(3):byte(1, -1))
print(#f:read(100))
print(f:read(1))
f:close()
-- large file written in chunks and read back by lines
f = assert(io.open(name, "w"))
for i = 1, 10000 do f:write(i, "\n") end
f:close()
local count, total = 0, 0
for line in io.lines(name) do count = count + 1; total = total + tonumber(line) end
print(count, total)
f = assert(io.open(name))
print(f:seek("end"))
f:close()
print(os.remove(name))
