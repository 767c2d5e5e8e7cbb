-- Processing UTF-8 text with utf8 and string functions together.
local text = "Grüße aus Köln: 日本語 and emoji 🎉!"
print(#text, utf8.len(text))
-- reverse by code points
local cps = {}
for _, c in utf8.codes(text) do table.insert(cps, 1, c) end
print(utf8.char(table.unpack(cps)))
-- substring by character positions using utf8.offset
local function usub(s, i, j)
  local from = utf8.offset(s, i)
  local to = utf8.offset(s, j + 1)
  return s:sub(from, (to or #s + 1) - 1)
end
print(usub(text, 1, 5), usub(text, 17, 19), usub(text, 31, 31))
-- count characters by byte length classes
local classes = { 0, 0, 0, 0 }
for _, c in utf8.codes(text) do
  local n = #utf8.char(c)
  classes[n] = classes[n] + 1
end
print(table.concat(classes, " "))
-- gmatch with charpattern
local widths = {}
for ch in text:gmatch(utf8.charpattern) do widths[#widths + 1] = #ch end
print(#widths, table.concat(widths, ""))
-- code point ranges
print(utf8.codepoint(text, utf8.offset(text, 17), utf8.offset(text, 19)))
-- escapes \u{} build the same strings
print("\u{47}\u{72}\u{FC}\u{DF}\u{65}" == usub(text, 1, 5))
-- string.upper leaves non-ASCII bytes alone
print(text:upper())
