-- string.pack/unpack/packsize with integer formats, endianness and sizes.
local function hex(s)
  local out = {}
  for i = 1, #s do out[i] = string.format("%02x", s:byte(i)) end
  return table.concat(out, " ")
end
local function show(fmt, ...)
  local ok, packed = pcall(string.pack, fmt, ...)
  if not ok then print(fmt, "pack error:", packed) return end
  local res = { pcall(string.unpack, fmt, packed) }
  local parts = {}
  for i = 2, #res do parts[#parts + 1] = tostring(res[i]) end
  print(fmt, hex(packed), res[1] and table.concat(parts, ",") or ("unpack error: " .. tostring(res[2])))
end
show("<i4", 1); show(">i4", 1); show("<i4", -1); show("<I4", 0xffffffff)
show("<b", -128); show("<B", 255); show("<h", -2); show(">H", 0xabcd); show("<i8", 0x0102030405060708)
show("<j", -0x7fffffffffffffff - 1); show(">J", -1); show("<T", 1234)
show("<i3", -5); show("<I3", 0xabcdef); show("<i16", -2); show(">i16", 1); show("<I16", 3)
show("<i1", 127); show("<i1", 128); show("<I1", 256); show("<i2", 32768); show("<I2", -1)
show("<i", 7); show("<I", 7)   -- ("l" and "L" depend on the C long of the platform)
show(">i2 i2 <i2", 1, 2, 3)
show("<i4", 3.0); show("<i4", "42")
show("<i4", 2.5)
-- packsize
for _, fmt in ipairs({ "b", "h", "i", "j", "T", "i3", "i16", "b h", "!8 b i8", "!4 b i8", "<!2 b h b",
                       "f", "d", "n", "c10", "x", "Xi4", "b Xi8", "!2 b Xh" }) do
  print("packsize", fmt, pcall(string.packsize, fmt))
end
-- unpacking integers larger than lua_Integer
print(pcall(string.unpack, "<i16", string.rep("\255", 16)))
print(pcall(string.unpack, "<I9", "\1\0\0\0\0\0\0\0\1"))
print(pcall(string.unpack, "<i9", "\1\0\0\0\0\0\0\0\0"))
print(pcall(string.unpack, "<i9", "\255\255\255\255\255\255\255\127\0"))
-- size limits
print(pcall(string.pack, "i17", 1))
print(pcall(string.pack, "i0", 1))
-- unpack positions
local data = string.pack("<i2 i2 i2", 10, 20, 30)
print(string.unpack("<i2", data, 3), string.unpack("<i2", data, -2))
print(pcall(string.unpack, "<i2", data, 6))
print(pcall(string.unpack, "<i2", data, 10))
print(string.unpack("<i2 i2", data, 1))
