-- Generates expected results of string.format from the reference interpreter for
-- org.crescent.stdlib.StringFormatTest. Run from the repository root
-- (an optional argument names another output directory):  lua5.4 scripts/gen-format.lua
-- Each line: format, then arguments, then "ok" and the result or "error" and the message.
-- Text fields are "=" followed by printable text, or "#" followed by hex bytes.
-- Arguments: i:<integer>, f:<raw bits of a float>, s<text field>, nil, true, false, table.

local out_path = (arg[1] or "src/test/resources/org/crescent/stdlib") .. "/format.txt"
math.randomseed(20240602, 3)

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end
local function text(s)
  if s:find("^[ -~]*$") and not s:find("[\\\t]") then return "=" .. s end
  return "#" .. hex(s)
end
local function bits(x) return (string.unpack("<i8", string.pack("<d", x))) end
local function float(b) return (string.unpack("<d", string.pack("<i8", b))) end
local TABLE = {}
local function argument(v)
  if v == nil then return "nil" end
  if v == TABLE then return "table" end
  if type(v) == "boolean" then return tostring(v) end
  if type(v) == "string" then return "s" .. text(v) end
  if math.type(v) == "integer" then return "i:" .. v end
  return "f:" .. bits(v)
end

local function random_double(k)
  local kind = k % 9
  if kind == 0 then return float(math.random(math.mininteger, math.maxinteger))
  elseif kind == 1 then return math.random(-10^6, 10^6) / 10^math.random(0, 8)
  elseif kind == 2 then return math.random() * 10.0^math.random(-30, 30)
  elseif kind == 3 then return (math.random(-2^53, 2^53) + 0.0) * 2.0^math.random(-60, 60)
  elseif kind == 4 then return 10.0^math.random(-320, 308)
  elseif kind == 5 then return math.random(-1000, 1000) + 0.5
  elseif kind == 6 then return math.random(-2^40, 2^40) + 0.0
  elseif kind == 7 then return float(math.random(0, 2^52)) * (math.random(0, 1) * 2 - 1)
  else return ({0.0, -0.0, 1/0, -1/0, 0/0, -(0/0), 0.5, 1.5, 2.5, 0.125, 1e15, 1e16, 9.5, 0.05})[math.random(14)] end
end
local function random_integer()
  local kind = math.random(6)
  if kind == 1 then return math.random(-100, 100)
  elseif kind == 2 then return math.random(math.mininteger, math.maxinteger)
  elseif kind == 3 then return ({0, 1, -1, math.maxinteger, math.mininteger, 255, 256, 65, 8, 7})[math.random(10)]
  else return math.random(math.mininteger, math.maxinteger) >> math.random(0, 63) end
end
local function random_string()
  local t = {}
  for i = 1, math.random(0, 12) do
    local r = math.random(10)
    if r == 1 then t[i] = string.char(math.random(0, 255))
    elseif r == 2 then t[i] = ({"\n", "\r", "\0", "\"", "\\", "\t", "1", "\127", "\200"})[math.random(9)]
    else t[i] = string.char(math.random(32, 126)) end
  end
  if math.random(20) == 1 then t[#t + 1] = string.rep("x", math.random(95, 130)) end
  return table.concat(t)
end

local f = assert(io.open(out_path, "w"))
local function case(fmt, ...)
  local n = select("#", ...)
  local args = {...}
  local fields = {text(fmt), tostring(n)}
  for i = 1, n do fields[#fields + 1] = argument(args[i]) end
  local real = {}
  for i = 1, n do real[i] = args[i] == TABLE and {} or args[i] end
  local ok, result = pcall(string.format, fmt, table.unpack(real, 1, n))
  fields[#fields + 1] = ok and "ok" or "error"
  fields[#fields + 1] = text(result)
  f:write(table.concat(fields, "\t"), "\n")
end

-- fixed cases
case("")
case("plain text")
case("%%")
case("a%%b%%")
case("%")
case("%", 1)
case("%d")
case("%d %d", 1)
case("%5%")
case("%-5%", 1)
case("%\0d", 1)
case("%d\0%d", 1, 2)
case("%0000000000000000000000d", 7)
case("%000000000000000000000d", 7)
case("%-----------------5d", 7)
case("%100d", 7)
case("%1.", 1)
case("%.f", 1.5)
case("%5.d", 3)
case("%.3c", 65)
case("%05c", 65)
case("%c", 321)
case("%c%c%c", 0, 65, -1)
case("%10.3p", 1)
case("%p", 1)
case("%p", nil)
case("%p", true)
case("%-10p|", 1.5)
case("%10p|", 1)
case("%.3p", 1)
case("%q", TABLE)
case("%5q", 1)
case("%-q", 1)
case("%q", math.mininteger)
case("%q", math.maxinteger)
case("%q", 1 / 0)
case("%q", -1 / 0)
case("%q", 0 / 0)
case("%q", nil)
case("%q", true)
case("%q", false)
case("%q", "\0\0001\n\r\t\"\\\127\128\255")
case("%s", "a\0b")
case("%5s", "a\0b")
case("%.2s", "a\0b")
case("%d", "10")
case("%d", " 0x10 ")
case("%d", "1e2")
case("%d", "1.5")
case("%d", "x")
case("%d", 1.5)
case("%d", 2^63)
case("%d", -2^63)
case("%d", TABLE)
case("%d", nil)
case("%d", true)
case("%x", 3.0)
case("%f", "1.5")
case("%f", "0x10")
case("%f", "abc")
case("%f", TABLE)
case("%s", 1)
case("%s", 1.5)
case("%s", -0.0)
case("%s", nil)
case("%s", true)
case("%10s", 12)
case("%.3s", 1e100)
case("%5.1s|%-5.1s|", "abc", "abc")
case("%F", 1)
case("%y", 1)
case("%ld", 1)
case("%lld", 1)
case("%hd", 1)
case("%n", 1)
case("%b", 1)
case("%#c", 65)
case("%+s", "x")
case("% u", 1)
case("%+x", 1)
case("%#d", 1)
case("%#i", 1)
case("%099d", 7)
case("%99.99d", 7)
case("%.99f", 1e308)
case("%.99f", -1.7976931348623157e308)
case("%99.99f", 0.1)
case("%.99e", 1 / 3)
case("%.99g", 1 / 3)
case("%.99a", 1 / 3)
case("%99.99a", -0.0)
case("%-99.99s|", "x")
case("%s %s %s", 1, 2)
case("%d %s %q %x %g %a %c", 1, "two", "three\n", 255, 0.1, 1.0, 65)
case(string.rep("%d", 50), table.unpack((function() local t = {} for i = 1, 50 do t[i] = i end return t end)()))

-- random specifications
local conversions = "diuoxXcaAeEfgGsq%pyFlhnb"
local flagset = "-+ #0"
for k = 1, 12000 do
  local spec = {"%"}
  for j = 1, math.random(0, 3) do
    if math.random(3) == 1 then
      local r = math.random(#flagset)
      spec[#spec + 1] = flagset:sub(r, r)
    end
  end
  local w = math.random(6)
  if w == 1 then spec[#spec + 1] = tostring(math.random(1, 9))
  elseif w == 2 then spec[#spec + 1] = tostring(math.random(10, 40))
  elseif w == 3 and math.random(10) == 1 then spec[#spec + 1] = tostring(math.random(100, 200)) end
  local p = math.random(6)
  if p == 1 then spec[#spec + 1] = "."
  elseif p == 2 then spec[#spec + 1] = "." .. math.random(0, 9)
  elseif p == 3 then spec[#spec + 1] = "." .. math.random(10, 25)
  elseif p == 4 and math.random(10) == 1 then spec[#spec + 1] = "." .. math.random(0, 200) end
  local c = math.random(#conversions)
  if c > 17 and math.random(3) > 1 then c = math.random(17) end
  local conv = conversions:sub(c, c)
  spec[#spec + 1] = conv
  local fmt = table.concat(spec)
  local arg
  local r = math.random(30)
  if conv:find("[diuoxXc]") then
    arg = r <= 25 and random_integer() or (r <= 27 and random_double(k) or (r <= 29 and tostring(random_integer()) or TABLE))
  elseif conv:find("[aAeEfgG]") then
    arg = r <= 20 and random_double(k) or (r <= 26 and random_integer() or (r <= 29 and tostring(random_double(k)) or TABLE))
  elseif conv == "p" then
    arg = ({1, 1.5, true, false, nil})[math.random(5)]
  else
    local pick = math.random(6)
    if pick <= 3 then arg = random_string()
    elseif pick == 4 then arg = random_integer()
    elseif pick == 5 then arg = random_double(k)
    else arg = ({true, false, nil, TABLE})[math.random(4)] end
    if conv == "s" and arg == TABLE then arg = nil end
  end
  case(fmt, arg)
end

-- number formatting in bulk
local bulk = {"%.14g", "%a", "%.3a", "%.0a", "%A", "%5.3e", "%.0f", "%.17g", "%g", "%.20e", "%.1f", "%#.3g",
  "%.13a", "%.12a", "%.1a", "%e", "%f", "%G", "%.25f"}
for k = 1, 4000 do
  local x = random_double(k)
  case(bulk[k % #bulk + 1], x)
  if k % 4 == 0 then case(bulk[(k // 4) % #bulk + 1], x) end
end
for k = 1, 60 do case("%.99f", random_double(k)) end
for k = 1, 3000 do
  local i = random_integer()
  local fmts = {"%d", "%x", "%X", "%o", "%u", "%#x", "%#o", "%+d", "%.20d", "%-25d|", "%025d", "% d", "%i", "%c", "%q"}
  case(fmts[k % #fmts + 1], i)
end
for k = 1, 1500 do case("%q", random_string()) end
for k = 1, 1500 do case("%q", random_double(k)) end
f:close()
print("ok")
