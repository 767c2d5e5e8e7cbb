-- Character classes, their complements, sets, ranges and escapes, over all bytes.
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local function members(class)
  local out, count = {}, 0
  for i = 0, 255 do
    local c = string.char(i)
    if c:find("^" .. class .. "$") then
      count = count + 1
      if i >= 33 and i <= 126 then out[#out + 1] = c else out[#out + 1] = "<" .. i .. ">" end
    end
  end
  return count, table.concat(out)
end
local function label(p) return (p:gsub("[^%g ]", function(c) return "\\" .. c:byte() end)) end
for _, class in ipairs({ "%a", "%c", "%d", "%g", "%l", "%p", "%s", "%u", "%w", "%x",
                         "%A", "%D", "%S", "%W", "%X" }) do
  local count, list = members(class)
  if count > 100 then list = "(" .. count .. " bytes)" end
  print(class, count, list)
end
-- sets and ranges
for _, set in ipairs({ "[abc]", "[a-f]", "[^a-z]", "[%d%s]", "[%a_]", "[-a]", "[a-]", "[]]",
                       "[^]]", "[%]]", "[%-]", "[a%-z]", "[z-a]", "[%w%p]", "[^%w%p%s]", "[.]",
                       "[%%]", "[\0-\31]", "[\200-\255]", "[%^x]", "[x^]" }) do
  local count, list = members(set)
  if count > 100 then list = "(" .. count .. " bytes)" end
  print(label(set), count, list)
end
-- escaped magic characters
for _, esc in ipairs({ "%.", "%%", "%(", "%)", "%[", "%]", "%*", "%+", "%-", "%?", "%^", "%$", "%!", "%@", "." }) do
  local count, list = members(esc)
  if count > 100 then list = "(" .. count .. " bytes)" end
  print(esc, count, list)
end
print(#all:gsub("%w", ""), #all:gsub("[%z]", ""), select(2, all:gsub("%z", "")))
