-- Long strings of several levels, first-newline skipping, nested brackets, comments.
local a = [[simple]]
local b = [[
first newline is skipped]]
local c = [==[contains ]] and ]=] but ends here]==]
local d = [=[
[[nested]] ]]=]
local e = [[
]]
local f = [[

two]]
local g = [[a\nb\65]]   -- no escapes inside long strings
local h = [====[]====]
print(a); print(b); print(c); print(d)
print(#e, #f, f, g, #h)
print([[line1
line2
line3]])
--[[ a long comment
print("not printed")
]]
--[==[ another one ]] still comment
print("not printed either")
]==]
print("after comments") --[[ inline ]] print("same line")
--[ this is a line comment, not a long one
print("line comment with [")
---[[ a trick: this line is a short comment
print("the block is live")
--]]
-- long strings through load
local sources = {
  "[[x]]", "[=[x]=]", "[==[ ]] ]=] ]==]", "[[\n\nx]]", "[[\r\nx]]", "[[\n\rx]]",
  "[[a\r\nb]]", "[[a\n\rb]]", "[[a\r\rb]]", "[=[x]]", "[[x", "[=x]=]", "[==x", "[=[]=",
  "--[[ unfinished comment", "--[==[ x ]=] ", "1 --[[ c ]] + 2", "[[]]..[[]]",
}
local function codes(s)
  local out = {}
  for i = 1, #s do out[i] = tostring(s:byte(i)) end
  return #s .. ":" .. table.concat(out, " ")
end
for i, src in ipairs(sources) do
  local fn, err = load("return " .. src)
  if not fn then
    print(i, "error", err)
  else
    local ok, v = pcall(fn)
    if type(v) == "string" then print(i, "string", codes(v)) else print(i, ok, v) end
  end
end
