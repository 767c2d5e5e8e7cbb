-- What each read format returns at end of file and on an empty file.
local name = "io_read_eof.tmp"
local function check(content)
  local f = assert(io.open(name, "w")); f:write(content); f:close()
  f = assert(io.open(name))
  f:read("a")     -- move to the end
  local results = {}
  for _, fmt in ipairs({ "l", "L", "n", "a", 0, 1, 5 }) do
    local v = f:read(fmt)
    results[#results + 1] = tostring(fmt) .. "=" .. (v == nil and "nil" or string.format("%q", v))
  end
  f:close()
  print(string.format("%q", content), table.concat(results, " "))
end
check("")
check("data")
check("line\n")
-- reading an empty file from its start
local f = assert(io.open(name, "w")); f:close()
f = assert(io.open(name))
print(f:read("l"), f:read("a"), f:read(0), f:read("n"))
f:close()
-- a file with only a newline
f = assert(io.open(name, "w")); f:write("\n"); f:close()
f = assert(io.open(name))
print(string.format("%q", f:read("l")), f:read("l"))
f:close()
f = assert(io.open(name))
print(string.format("%q", f:read("L")), f:read("L"))
f:close()
-- after a failed format, later formats in the same call are not read
f = assert(io.open(name, "w")); f:write("abc"); f:close()
f = assert(io.open(name))
print(f:read("n", "l"))
print(f:read("l", "l", "l"))
f:close()
print(os.remove(name))
