-- Reading numbers with "n": integer and float syntax, hexadecimal, signs, failures.
local name = "io_read_numbers.tmp"
local f = assert(io.open(name, "w"))
f:write("10 -20 +30 0x1F 1.5 -2.5e3 .5 5. 0x1p4 1e+2 9223372036854775807 9223372036854775808 ",
        "0xffffffffffffffff   \t\n  77 abc 12")
f:close()
f = assert(io.open(name))
local results = {}
for i = 1, 15 do
  local v = f:read("n")
  results[#results + 1] = tostring(v) .. ":" .. tostring(math.type(v))
  if v == nil then break end
end
print(table.concat(results, " "))
print(f:read("a"))
f:close()
-- malformed numbers consume characters up to where they stop being numerals
local cases = { "1e", "0x", "--1", "1..2", "abc", "", "  ", "1e5x", "0x1p", ".e5", "12345678901234567890123",
  "inf", "nan", "1 2", "-", "+", "0x.8", "00012", "1,5" }
for _, text in ipairs(cases) do
  f = assert(io.open(name, "w")); f:write(text); f:close()
  f = assert(io.open(name))
  local n = f:read("n")
  local rest = f:read("a")
  print(string.format("%q", text), n, string.format("%q", rest))
  f:close()
end
-- several numbers in one read call
f = assert(io.open(name, "w")); f:write("1 2 3 x"); f:close()
f = assert(io.open(name))
print(f:read("n", "n", "n", "n"))
f:close()
-- a numeral longer than the buffer limit (200 characters) fails
f = assert(io.open(name, "w")); f:write(string.rep("1", 250)); f:close()
f = assert(io.open(name))
print(f:read("n"), #f:read("a"))
f:close()
print(os.remove(name))
