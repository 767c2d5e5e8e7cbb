-- String escapes; bytes are shown as decimal codes so that output stays printable.
local function codes(s)
  local out = {}
  for i = 1, #s do out[i] = tostring(s:byte(i)) end
  return #s .. ":" .. table.concat(out, " ")
end
print(codes("\a\b\f\n\r\t\v\\\"\'"))
print(codes('\'"'), codes("'\""))
print(codes("\0\1\12\123\255"), codes("\0001"), codes("\1234"))
print(codes("\x00\x41\x7f\x80\xff\xAb"))
print(codes("\u{0}\u{41}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"))
print(codes("\u{110000}"), codes("\u{7FFFFFFF}"), codes("\u{0000000041}"))
print(codes("a\z
            b"), codes("a\z    b"), codes("a\z

                  b"))
print(codes("line1\
line2"))
print("tab:\tend", "quote:\"", 'apos:\'', "backslash:\\")
-- escapes through load, including the malformed ones
local sources = {
  [["\65\066\0671"]], [["\x41\x42"]], [["\u{48}\u{49}"]], [['\z  x']],
  [["\q"]], [["\x4"]], [["\xg0"]], [["\256"]], [["\999"]], [["\u{}"]], [["\u41"]],
  [["\u{80000000}"]], [["\u{41"]], [["\u{zz}"]], [["abc]], [["abc
def"]], [['unfinished\]], [["\300"]], [["\u{7FFFFFFF}"]], [["a\
b"]], "\"\\\r\nx\"", "\"\\\n\rx\"", "\"\\\n\nx\"",
}
for i, src in ipairs(sources) do
  local f, err = load("return " .. src)
  if f then print(i, "ok", codes(f())) else print(i, "error", err) end
end
