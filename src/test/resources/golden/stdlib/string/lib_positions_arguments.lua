-- Index rules of sub and byte (lstrlib.c's posrelatI and getendpos) over a grid of
-- positions including the extreme integers, the init argument of find, match and gmatch,
-- and argument errors as each function reports them, called plainly and as methods.
local s = "hello"
local points = {math.mininteger, -100, -6, -5, -4, -1, 0, 1, 2, 4, 5, 6, 100, math.maxinteger}
for _, i in ipairs(points) do
  local row = {}
  for _, j in ipairs(points) do
    row[#row + 1] = "[" .. s:sub(i, j) .. "]"
  end
  print(i, table.concat(row))
end
print(s:sub(3), s:sub(-2), s:sub(0), s:sub(math.mininteger), s:sub(math.maxinteger))
for _, i in ipairs(points) do
  local row = {}
  for _, j in ipairs(points) do
    row[#row + 1] = table.concat({s:byte(i, j)}, ",")
  end
  print("byte", i, s:byte(i), "|" .. table.concat(row, "|"))
end
print(select("#", s:byte(10)), select("#", (""):byte()), ("\255\0\128"):byte(1, -1))

-- init of find, match and gmatch: negative from the end, beyond the end
for _, init in ipairs({-100, -3, -1, 0, 1, 3, 5, 6, 7, 100, math.maxinteger, math.mininteger}) do
  local words = {}
  for w in ("one two"):gmatch("%a*", init) do words[#words + 1] = "<" .. w .. ">" end
  print(init, s:find("l", init), s:find("", init), s:match("()", init), s:find("l", init, true),
    table.concat(words))
end

-- rep and char boundaries
print(("ab"):rep(3), ("ab"):rep(3, ", "), ("ab"):rep(1, ","), ("ab"):rep(0, ","), ("ab"):rep(-1),
  (""):rep(5), (""):rep(3, "x"), ("x"):rep(math.mininteger), #(""):rep(1000))
print(#("abc"):rep(1000), #("x"):rep(10, ""))
print(string.char(), string.char(0, 255, 65):byte(1, -1))
print(string.len(""), string.len("\0\0"), #string.reverse("\0ab"), string.reverse(""))
print(string.upper("aZ\0\255\233b"), string.lower("Az\0\200\201B"))

local function try(f, ...)
  print(pcall(f, ...))
end
try(string.rep, "x", 1 << 31)
try(string.rep, "x", 1 << 40, ",")
try(string.rep, "", 1 << 40, "ab")
try(string.rep, "ab", math.maxinteger)
try(string.char, 256)
try(string.char, 65, -1)
try(string.char, 65, "66", 67.0, "x")
try(string.char, 65, 66.5)
try(string.byte, "abc", {})
try(string.sub)
try(string.sub, "abc")
try(string.sub, "abc", 1, "x")
try(string.sub, "abc", 2^63)
try(string.find, "abc")
try(string.find, "abc", "b", "x")
try(string.match, nil, "x")
try(string.gmatch, "abc")
try(string.gsub, "abc", "b")
try(string.gsub, "abc", "b", true)
try(string.gsub, "abc", "b", "x", "y")
try(string.format)
try(string.format, "%d")
try(string.format, "%d", "x")
try(string.format, "%d", 1.5)
try(string.len)
try(string.upper, nil)
try(string.dump)
try(string.dump, 1)
try(string.unpack, "i4")
try(string.packsize)
try(string.pack, "i4")
try(string.pack, "i4 z", 1)
try(string.pack, "s1", {})

-- the names in messages when called as methods, as fields and through locals
local function call(f) print(select(2, pcall(f))) end
call(function() return ("x"):rep() end)
call(function() return ("x"):rep("y") end)
call(function() return ("x"):sub() end)
call(function() return ("x"):byte({}) end)
call(function() return string.rep() end)
call(function() local rep = string.rep; return rep("x", {}) end)
call(function() return ("%d"):format("x") end)
call(function() return ("x"):char() end)
call(function() return ("x"):find({}) end)
call(function() return ("x"):gsub("x", {}, "n") end)
call(function() return string.char(1, 2, 300) end)
call(function() return ("x"):rep(1e100) end)
