-- string.pack/unpack with floats, strings (z, s[n], c[n]), padding and alignment.
local function hex(s)
  local out = {}
  for i = 1, #s do out[i] = string.format("%02x", s:byte(i)) end
  return table.concat(out, " ")
end
local function roundtrip(fmt, ...)
  local ok, packed = pcall(string.pack, fmt, ...)
  if not ok then print(fmt, "pack error:", packed) return end
  local res = { pcall(string.unpack, fmt, packed) }
  local parts = {}
  for i = 2, #res do
    local v = res[i]
    parts[#parts + 1] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  print(fmt, hex(packed), res[1] and table.concat(parts, ",") or ("unpack error: " .. tostring(res[2])))
end
roundtrip("<f", 1.5); roundtrip(">f", -2.25); roundtrip("<f", 0.1); roundtrip("<f", 1e40)
roundtrip("<d", 1.5); roundtrip(">d", 0.1); roundtrip("<d", -0.0); roundtrip("<d", 1 / 0)
roundtrip("<n", 2^53); roundtrip("<d", 3); roundtrip("<f", "2.5")
roundtrip("z", "hello"); roundtrip("z", ""); roundtrip("zz", "a", "b")
roundtrip("<s1", "abc"); roundtrip(">s2", "abc"); roundtrip("<s4", ""); roundtrip("<s", "xyz")
roundtrip("c5", "abc"); roundtrip("c3", "abc"); roundtrip("c0", "")
roundtrip("c2", "abc")
roundtrip("<s1", string.rep("x", 300))
roundtrip("z", "a\0b")
-- padding and alignment
roundtrip("<b x i2", 1, 2)
roundtrip("<!4 b i4", 1, 2)
roundtrip("<!8 b d", 1, 2.0)
roundtrip("<!2 b h", 1, 2)
roundtrip("<!4 b Xi4 b", 1, 2)
roundtrip("<!4 i3 !2 i3", 1, 2)
roundtrip("<b xx b", 1, 2)
roundtrip(" < b  > h ", 1, 2)
-- invalid formats
for _, fmt in ipairs({ "y", "i17", "c", "!17", "Xz", "X", "!3 i4", "s0" }) do
  print(fmt, pcall(string.pack, fmt, 1))
end
-- unpack of truncated data and of strings with declared lengths beyond the data
print(pcall(string.unpack, "<s1", "\5abc"))
print(pcall(string.unpack, "z", "no terminator"))
print(pcall(string.unpack, "<d", "1234567"))
print(pcall(string.unpack, "c4", "abc"))
-- pack with missing arguments
print(pcall(string.pack, "i4 i4", 1))
print(pcall(string.pack, "z", nil))
print(select("#", string.unpack("", "")), string.unpack("", "abc", 2))
