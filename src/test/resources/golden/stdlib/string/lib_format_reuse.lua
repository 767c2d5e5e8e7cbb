-- string.format as the library uses it: %p identities (never printed, only compared),
-- nested formatting from __tostring, long results followed by short ones, %q read back.
local null = "(null)"
print(string.format("%p|%p|%p|%p", nil, true, 1, 2.5), string.format("%10p|%-8p|", false, nil))
local t1, t2 = {}, {}
print(string.format("%p", t1) == string.format("%p", t1), string.format("%p", t1) ~= string.format("%p", t2))
print(string.format("%p", print) == string.format("%p", print), string.format("%p", print) ~= string.format("%p", type))
print(string.format("%p", string.rep("a", 10)) == string.format("%p", string.rep("aa", 5)))
print(string.format("%p", coroutine.running()) ~= null, string.format("%p", "x") ~= null)
print(#string.format("%30p", {}), #string.format("%-25p", print), string.format("%p", {}):match("^0x%x+$") ~= nil)

-- formatting inside __tostring inside formatting
local depth = 0
local node = setmetatable({}, { __tostring = function(self)
  depth = depth + 1
  local inner = depth < 4 and string.format("(%s)", self) or "leaf"
  depth = depth - 1
  return string.format("%d:%s", depth, inner)
end })
print(string.format("[%s] [%5.2f] [%s]", node, 3.14159, node))
local weird = setmetatable({}, { __tostring = function() return 42 end })
print(pcall(string.format, "%s", weird))
local named = setmetatable({}, { __name = "MyType" })
print((string.format("%s", named):gsub("0x%x+", "ADDR")))

-- a long result, then short ones (the scratch buffer is reused)
local long = string.format("%s%s", string.rep("x", 100000), string.rep("y", 100000))
print(#long, long:sub(99999, 100002))
print(string.format("%d-%s", 1, "a"), string.format("%5s|%-5s|%.2s", "ab", "cd", "efgh"))
print(#string.format(string.rep("%s", 100), table.unpack((function() local t = {} for i = 1, 100 do t[i] = i end return t end)())))

-- %q reads back as the same value
local values = { "a\0b\n\"\\\r\t\1272", 0, -1, math.maxinteger, math.mininteger, 1.5, -0.0, 1e300, 1/0, -1/0, 2^-1074, true, false }
for _, v in ipairs(values) do
  local text = string.format("%q", v)
  local back = load("return " .. text)()
  print(text, back == v or (v ~= v and back ~= back), math.type(back) == math.type(v))
end
print(load("return " .. string.format("%q", 0/0))() ~= load("return " .. string.format("%q", 0/0))())
print(pcall(string.format, "%q", {}), pcall(string.format, "%10q", "x"))
print(pcall(string.format, "%", 1))
print(pcall(string.format, "%y", 1))
print(pcall(string.format, "%123d", 1))
print(pcall(string.format, "%s %s", 1))
print(pcall(string.format, "%10.3s|", "\0abc"))
print(string.format("%s|%5s", "a\0b", "x"):byte(1, -1))

-- a __tostring that resumes a coroutine which formats, packs and matches on its own stack
local worker = coroutine.wrap(function(x)
  while true do
    x = coroutine.yield(string.format("<%d|%s|%s>", x, string.pack("i2", x):byte(1), ("k" .. x):match("%d+")))
  end
end)
local switching = setmetatable({}, { __tostring = function() return worker(7) .. worker(8) end })
print(string.format("%s / %d / %s", switching, 5, switching))
print(string.pack("i4 s1", 1, tostring(switching)):len(), ("a b"):gsub("%a", function(c) return tostring(switching):sub(2, 2) .. c end))
