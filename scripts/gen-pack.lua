-- Generates expected results of string.pack, string.unpack and string.packsize from the
-- reference interpreter for org.crescent.stdlib.StringPackTest. Run from the repository
-- root (an optional argument names another output directory):  lua5.4 scripts/gen-pack.lua
-- Each line: operation, format, arguments, then "ok" and the results or "error" and the
-- message. Text fields are "=" and printable text or "#" and hex; values are i:<integer>,
-- f:<raw bits of a float>, s<text field>, nil, true.

local out_path = (arg[1] or "src/test/resources/org/crescent/stdlib") .. "/pack.txt"
math.randomseed(20240604, 9)

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end
local function text(s)
  if s:find("^[ -~]*$") and not s:find("[\\\t]") then return "=" .. s end
  return "#" .. hex(s)
end
local function bits(x) return (string.unpack("<i8", string.pack("<d", x))) end
local function value(v)
  if v == nil then return "nil" end
  if type(v) == "boolean" then return tostring(v) end
  if math.type(v) == "integer" then return "i:" .. v end
  if math.type(v) == "float" then return "f:" .. bits(v) end
  return "s" .. text(v)
end

local f = assert(io.open(out_path, "w"))
local function line(op, fmt, args, n, ok, ...)
  local fields = {op, text(fmt), tostring(n)}
  for i = 1, n do fields[#fields + 1] = value(args[i]) end
  fields[#fields + 1] = ok and "ok" or "error"
  if ok then
    for i = 1, select("#", ...) do fields[#fields + 1] = value((select(i, ...))) end
  else
    fields[#fields + 1] = text((...))
  end
  f:write(table.concat(fields, "\t"), "\n")
end
local function pack(fmt, ...)
  local args = table.pack(...)
  local results = table.pack(pcall(string.pack, fmt, ...))
  line("pack", fmt, args, args.n, table.unpack(results, 1, results.n))
  return results[1] and results[2]
end
local function unpack(fmt, data, init)
  local args = {data, init}
  local results = table.pack(pcall(string.unpack, fmt, data, init))
  line("unpack", fmt, args, 2, table.unpack(results, 1, results.n))
end
local function packsize(fmt)
  local results = table.pack(pcall(string.packsize, fmt))
  line("packsize", fmt, {}, 0, table.unpack(results, 1, results.n))
end

-- fixed cases ------------------------------------------------------------------
for _, fmt in ipairs{"i17", "i0", "!3i4", "!4 i3", "y", "c", "X", "Xc1", "Xi16", "X<", "X!4", "Xc",
  "!17", "!", "i99999999999", "c99999999999", "s", "z", "c2147483639c2147483639", "c100000000000000",
  "i4\0i4", "", "<>=", "b B h H l L j J T f d n i I i3 I5 i16 I16", "!8 i1 i8", "!i1 d", "i1 Xi8",
  "!4 i1 Xi8", "!2 i1 Xi8", "! b Xd", "!16 i1 i16", "!16 i1 Xi16", "c0", "xXi2", "i1 x X!2",
  "\200", "i4 s"} do
  packsize(fmt)
end
pack("i17", 1)
pack("i1", 127) pack("i1", 128) pack("i1", -128) pack("i1", -129)
pack("I1", 255) pack("I1", 256) pack("I1", -1)
pack("i2", 32767) pack("i2", -32769) pack("I7", (1 << 56) - 1) pack("I7", 1 << 56) pack("i7", -(1 << 55) - 1)
pack(">i16", -2) pack("<i16", -2) pack("<I16", -2) pack(">I9", -1) pack("<i9", math.mininteger)
pack("<I3 >h =j !8 d", 0x010203, -2, 3, 1.5)
pack("s1", string.rep("x", 255)) pack("s1", string.rep("x", 256)) pack("s2", "hi") pack(">s3", "abc")
pack("z", "a\0b") pack("z", "abc") pack("c2", "abc") pack("c5", "ab") pack("c0", "") pack("c0", "x")
pack("i4", 1.5) pack("i4", "x") pack("i4") pack("d", "x") pack("d", "0x10") pack("i4", "10") pack("i4", 2.0)
pack("s", 12) pack("z", 1.5) pack("c3", 12)
pack("f", 0.1) pack("f", 1e300) pack("f", -0.0) pack("f", 0/0) pack(">d", 1/0) pack("n", 2^53)
pack("!4 i1 i4 i1 i8 x i2", 1, 2, 3, 4, 5)
pack("i1 Xi4 i1", 1, 2) pack("!8 i1 Xi8 i1", 1, 2) pack("i4 \0 i4", 1, 2)
pack(" < > = ", 1) pack("bBhH", -1, 255, -1, 65535) pack("j J T", math.mininteger, -1, 0)
pack("!3 i1", 1) pack("!4 i3", 1) pack("!4 i1 i3", 1, 2) pack("!8 i1 i6", 1, 2) pack("!16 i1 d", 1, 2.0)
unpack("i4", "abc") unpack("z", "abc") unpack("i9", string.rep("\255", 8) .. "\1")
unpack("i9", string.rep("\255", 9)) unpack("I9", string.rep("\255", 9)) unpack("i9", string.rep("\255", 8) .. "\0")
unpack("<i16", string.rep("\255", 16)) unpack(">I16", string.rep("\0", 8) .. "\128" .. string.rep("\0", 7))
unpack("<i3", "\255\255\255") unpack("<I3", "\255\255\255") unpack(">i3", "\128\0\0")
unpack("z z", "ab\0cd\0") unpack("s1", "\3abc") unpack("s1", "\4abc") unpack("s16", string.rep("\255", 16))
unpack("i4", "abcd", 6) unpack("i4", "abcd", 5) unpack("i4", "abcdabcd", 5) unpack("i4", "abcd", -10)
unpack("i4", "abcd", -4) unpack("i4", "abcd", 0) unpack("", "abc", 4) unpack("b", "abc", 4)
unpack("!4 i1 i4", "a\0\0\0\1\0\0\0") unpack("f", string.pack("f", 0.1)) unpack("d", "\0\0\0\0\0\0\240\127")
unpack("c3", "abc") unpack("c4", "abc") unpack("c0", "") unpack("x", "a") unpack("xX", "a")
unpack("j", string.pack("j", math.mininteger)) unpack("z", "") unpack("z", "\0") unpack("s1", "")
unpack("i4", "abcd", math.mininteger) unpack("i4", "abcd", math.maxinteger)

-- random formats with random arguments, packed and unpacked ------------------------
local opts = {"b", "B", "h", "H", "l", "L", "j", "J", "T", "f", "d", "n", "i", "I", "s", "z", "x",
  "<", ">", "=", "!", " ", "c", "X"}
local function random_integer()
  local r = math.random(5)
  if r == 1 then return math.random(-300, 300)
  elseif r == 2 then return math.random(math.mininteger, math.maxinteger)
  elseif r == 3 then return math.random(math.mininteger, math.maxinteger) >> math.random(1, 63)
  elseif r == 4 then return -(math.random(math.mininteger, math.maxinteger) >> math.random(1, 63))
  else return ({0, -1, 1, 127, 128, 255, 256, 65535, 65536, math.maxinteger, math.mininteger})[math.random(11)] end
end
for k = 1, 2000 do
  local fmt, args = {}, {}
  for j = 1, math.random(1, 6) do
    local o = opts[math.random(#opts)]
    local spec = o
    if o == "i" or o == "I" or o == "s" or o == "!" then
      if math.random(3) > 1 then spec = o .. math.random(1, 16) end
      if math.random(40) == 1 then spec = o .. ({0, 17, 20})[math.random(3)] end
    elseif o == "c" then spec = "c" .. math.random(0, 6)
    elseif o == "X" then spec = "X" .. opts[math.random(#opts)] .. (math.random(2) == 1 and math.random(1, 8) or "") end
    fmt[#fmt + 1] = spec
    if o:find("[bBhHlLjJTiI]") then args[#args + 1] = random_integer()
    elseif o:find("[fdn]") then args[#args + 1] = (math.random() - 0.5) * 10.0^math.random(-40, 40)
    elseif o:find("[scz]") then
      local t = {}
      for m = 1, math.random(0, 7) do t[m] = string.char(math.random(math.random(10) == 1 and 0 or 1, 255)) end
      args[#args + 1] = table.concat(t)
    end
  end
  fmt = table.concat(fmt, math.random(4) == 1 and " " or "")
  packsize(fmt)
  local packed = pack(fmt, table.unpack(args))
  if packed then
    unpack(fmt, packed)
    if #packed > 0 then unpack(fmt, packed:sub(1, math.random(0, #packed - 1))) end
    if math.random(3) == 1 then unpack(fmt, "\0\0" .. packed, 3) end
  end
  if k % 3 == 0 then
    local junk = {}
    for m = 1, math.random(0, 40) do junk[m] = string.char(math.random(0, 255)) end
    unpack(fmt, table.concat(junk), math.random(-5, 5))
  end
end
f:close()
print("ok")
