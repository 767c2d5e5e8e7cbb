-- Generates the expected results of number <-> text conversions and of number
-- arithmetic from the reference interpreter, for the JUnit tests of
-- org.crescent.runtime. Run from the repository root (an optional argument names another
-- output directory):  lua5.4 scripts/gen-numbers.lua
-- Every file is tab-separated; strings are written as hex bytes; floats as the
-- signed 64-bit integer of their raw bits.

local out_dir = (arg[1] or "src/test/resources/org/crescent/runtime") .. "/"
math.randomseed(20240601, 7)

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end
local function bits(x) return (string.unpack("<i8", string.pack("<d", x))) end
local function float(b) return (string.unpack("<d", string.pack("<i8", b))) end
local function encode(v)
  if v == nil then return "nil" end
  if type(v) == "boolean" then return tostring(v) end
  if math.type(v) == "integer" then return "i:" .. v end
  return "f:" .. bits(v)
end

-- A varied supply of doubles: uniform bit patterns, "nice" decimals, integers,
-- powers, and neighbours of rounding boundaries.
local function random_double(k)
  local kind = k % 8
  if kind == 0 then return float(math.random(math.mininteger, math.maxinteger))
  elseif kind == 1 then return math.random(-10^6, 10^6) / 10^math.random(0, 8)
  elseif kind == 2 then return math.random() * 10.0^math.random(-30, 30)
  elseif kind == 3 then return (math.random(-2^53, 2^53) + 0.0) * 2.0^math.random(-60, 60)
  elseif kind == 4 then return 10.0^math.random(-320, 308)
  elseif kind == 5 then
    local x = 10.0^math.random(-20, 22) * (math.random(1, 99999) + 0.5)
    return float(bits(x) + math.random(-2, 2))
  elseif kind == 6 then return math.random(-2^40, 2^40) + 0.0
  else return float(math.random(0, 2^52)) * (math.random(0, 1) * 2 - 1) end
end

local specials = {0.0, -0.0, 1/0, -1/0, 0/0, -(0/0), 1.0, -1.0, 0.1, 0.5, 1e14, 1e15, 1e16,
  99999999999999.0, 123456789012345.0, 1e100, 2^53, 2^63, -2^63, 2^64, 1e-4, 1e-5, 5e-324,
  2.2250738585072014e-308, 1.7976931348623157e308, 9.99999999999995e14, 0.1 + 0.2, 1/3,
  99999999999999.5, 999999999999999.4, 9.9999999999999e-5, 0.00001234567890123456}

-- tostring of floats and integers ------------------------------------------
do
  local f = assert(io.open(out_dir .. "tostring.txt", "w"))
  local function emit(x) f:write(encode(x), "\t", tostring(x), "\n") end
  for _, x in ipairs(specials) do emit(x) end
  for k = 1, 6000 do emit(random_double(k)) end
  for _, i in ipairs{0, 1, -1, 9, 10, -10, math.maxinteger, math.mininteger, 1000000} do emit(i) end
  for k = 1, 500 do emit(math.random(math.mininteger, math.maxinteger) >> math.random(0, 63)) end
  f:close()
end

-- tonumber(s) ----------------------------------------------------------------
do
  local f = assert(io.open(out_dir .. "tonumber.txt", "w"))
  local function emit(s) f:write(hex(s), "\t", encode(tonumber(s)), "\n") end
  local fixed = {"", " ", "0", "-0", "+0", "1", "-1", "  12  ", "\t\n\v\f\r12\r\n", "1 2", "1\0",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "00000000000000000000000000000001", "0x", "0x1", "0X1F", "-0x10",
    "0xffffffffffffffff", "0x10000000000000000", "0x7fffffffffffffff", "0x8000000000000000",
    "1e", "1e+", "1e-", "1e5", "1E5", "1e+5", "1e-5", ".5", "5.", ".", "-.5", "+.5e1", "..5",
    "1.5.5", "0x.8", "0x8.", "0x.", "0x.p1", "0xA.8p-1", "0x1p4", "0x1P-4", "0x1p", "0x1p+",
    "inf", "-inf", "nan", "INF", "Infinity", "NaN", "0x1n", "1e99999999999999999999",
    "1e-99999999999999999999", "0x1p99999999999", "0x1p-99999999999", "1e308", "1e309",
    "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
    "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023", "0x0.0000000000001p-1022",
    "0x0.00000000000008p-1022", "0x0.00000000000008000001p-1022", "0x0.00000000000018p-1022",
    "0x1.0000000000000800000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
    "0x123456789abcdef0123456789p0", "0x.000000000000000000000000001p0",
    "123456789012345678901234567890", "0.000000000000000000000000000000000001234",
    "1" .. string.rep("0", 400), "0." .. string.rep("0", 400) .. "1", "1" .. string.rep("0", 400) .. "e-400",
    "9007199254740993", "9007199254740993.0", "9007199254740992.5", "1.7976931348623158e308",
    "1.7976931348623159e308", " 0x10 ", "0x 10", "- 1", "--1", "+-1", "1e1.5", "0b101", "1_000",
    "１", "\2001", "0e", "00", "0x00", "1.e5", "0.0e0", "-0.0", "  -0x0p0  ", "1f", "1d", "1L"}
  for _, s in ipairs(fixed) do emit(s) end
  for k = 1, 3000 do
    local x = random_double(k)
    emit(string.format("%.17g", x))
    emit(string.format("%a", x))
    if k % 3 == 0 then emit(string.format("%.25e", x)) end
    if k % 5 == 0 then emit(string.format(" %.3g ", x)) end
  end
  -- random numerals from grammar pieces (many of them invalid)
  local pieces = {"0", "1", "9", "5", "0x", "0X", ".", "e", "E", "p", "P", "+", "-", " ",
    "a", "f", "F", "7", "12345678901234567890", "00000", "x", "\t"}
  for k = 1, 4000 do
    local t = {}
    for j = 1, math.random(1, 8) do t[j] = pieces[math.random(#pieces)] end
    emit(table.concat(t))
  end
  f:close()
end

-- tonumber(s, base) ------------------------------------------------------------
do
  local f = assert(io.open(out_dir .. "tonumber-base.txt", "w"))
  local function emit(s, base) f:write(hex(s), "\t", base, "\t", encode(tonumber(s, base)), "\n") end
  local fixed = {"", " ", "10", "-10", "+10", " 10 ", "1 0", "zz", "ZZ", "z", "8", "ff", "FF",
    "7fffffffffffffff", "ffffffffffffffff", "10000000000000000", "1.5", "0x10", "-", "+",
    "1\0", "11111111111111111111111111111111111111111111111111111111111111111", "\t\n1\v\f\r"}
  for _, s in ipairs(fixed) do
    for base = 2, 36 do emit(s, base) end
  end
  local digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -+."
  for k = 1, 2000 do
    local t = {}
    for j = 1, math.random(1, 20) do
      local d = math.random(#digits)
      t[j] = digits:sub(d, d)
    end
    emit(table.concat(t), math.random(2, 36))
  end
  f:close()
end

-- arithmetic and comparisons ---------------------------------------------------
do
  local f = assert(io.open(out_dir .. "arithmetic.txt", "w"))
  local ints = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 1 << 53, -(1 << 53), (1 << 53) + 1,
    -(1 << 53) - 1, math.maxinteger, math.mininteger, math.maxinteger - 1, math.mininteger + 1, 63, 64, 65, -63, -64, -65}
  for k = 1, 20 do ints[#ints + 1] = math.random(math.mininteger, math.maxinteger) >> math.random(0, 63) end
  local floats = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.0, 3.0, -3.0, 1/0, -1/0, 0/0,
    2^53, 2^53 + 2, -2^53, 2^63, -2^63, 2^63 - 1024, -2^63 - 2048, 2^64, 1e300, -1e300, 5.3, -5.3, 1e-300}
  for k = 1, 15 do floats[#floats + 1] = random_double(k) end
  local function try(fn, a, b)
    local ok, r = pcall(fn, a, b)
    if ok then return encode(r) else return "error" end
  end
  for _, a in ipairs(ints) do
    for _, b in ipairs(ints) do
      f:write("ii\t", a, "\t", b, "\t", try(function(x, y) return x // y end, a, b), "\t",
        try(function(x, y) return x % y end, a, b), "\t", encode(a << b), "\t", encode(a >> b), "\n")
    end
  end
  for _, a in ipairs(floats) do
    for _, b in ipairs(floats) do
      f:write("ff\t", bits(a), "\t", bits(b), "\t", encode(a // b), "\t", encode(a % b), "\t",
        encode(a ^ b), "\n")
    end
  end
  for _, i in ipairs(ints) do
    for _, x in ipairs(floats) do
      f:write("if\t", i, "\t", bits(x), "\t", tostring(i < x), "\t", tostring(i <= x), "\t",
        tostring(x < i), "\t", tostring(x <= i), "\t", tostring(i == x), "\n")
    end
  end
  for _, x in ipairs(floats) do
    f:write("f\t", bits(x), "\t", encode(math.tointeger(x)), "\t",
      encode(math.floor(x) == math.floor(x) and math.tointeger(math.floor(x)) or nil), "\t",
      encode(math.ceil(x) == math.ceil(x) and math.tointeger(math.ceil(x)) or nil), "\n")
  end
  -- numeric for loops with an integer start and step and a float limit: the first
  -- values (at most 3) and whether the loop ran
  local inits = {0, 1, -1, 5, math.maxinteger, math.mininteger, math.maxinteger - 2, math.mininteger + 2}
  local steps = {1, -1, 2, -2, 3, math.maxinteger, math.mininteger}
  for _, init in ipairs(inits) do
    for _, step in ipairs(steps) do
      for _, limit in ipairs(floats) do
        local seen = {}
        for v = init, limit, step do
          seen[#seen + 1] = v
          if #seen == 3 then break end
        end
        local all = {}
        local n = 0
        for v = init, limit, step do n = n + 1; if n > 5 then break end end
        f:write("for\t", init, "\t", bits(limit), "\t", step, "\t", #seen, "\t", n > 5 and "many" or n, "\t", table.concat(seen, ","), "\n")
      end
    end
  end
  f:close()
end
print("ok")
