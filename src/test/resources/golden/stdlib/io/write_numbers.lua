-- Numbers written by file:write use "%d" for integers and "%.14g" for floats,
-- and read back with "n".
local name = "io_write_numbers.tmp"
local values = { 0, -1, 42, math.maxinteger, math.mininteger, 0.0, -0.0, 1.0, 0.1, 1 / 3, 1e15, 1e16,
  1e100, -1e-100, 2^53, 2^63, 123456.789, 1 / 0, -1 / 0 }
local f = assert(io.open(name, "w"))
for _, v in ipairs(values) do f:write(v, "\n") end
f:close()
f = assert(io.open(name))
local text = f:read("a")
f:close()
io.write(text)
-- reading them back as numbers (inf and -inf are not numerals: reading stops there)
f = assert(io.open(name))
local back = {}
while true do
  local n = f:read("n")
  if not n then break end
  back[#back + 1] = tostring(n) .. ":" .. math.type(n)
end
print(table.concat(back, " "))
print(string.format("%q", f:read("a")))
f:close()
print(os.remove(name))
