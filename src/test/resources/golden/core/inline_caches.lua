-- Inline caches of field and method lookups (GETFIELD, SELF, SETFIELD through __index chains,
-- a string's methods, "no __index/__newindex" answers): each must see every change to the
-- tables involved: rawset, removal, growth and rehash, setmetatable, weak tables, __index
-- turned into a function, and chains longer than the cache follows.
local Animal = {}
Animal.__index = Animal
function Animal.new(name) return setmetatable({ name = name }, Animal) end
function Animal:speak() return self.name .. " makes a sound" end
local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name) return setmetatable({ name = name }, Dog) end
function Dog:fetch() return self.name .. " fetches" end

local function call_all(list, method)
  local out = {}
  for i, obj in ipairs(list) do
    local ok, result = pcall(function() return obj[method](obj) end)
    out[i] = ok and tostring(result) or ("error: " .. tostring(result):gsub("^.-:%d+: ", ""))
  end
  return table.concat(out, " | ")
end
local function speak(obj) return obj:speak() end       -- one SELF site, reused below
local function kind(obj) return obj.kind end            -- one GETFIELD site, reused below

local a, d = Animal.new("cat"), Dog.new("rex")
for _ = 1, 3 do print(speak(a), speak(d), kind(a), kind(d)) end
-- the method changes: rawset, plain assignment, removal, restore
rawset(Animal, "speak", function(self) return self.name .. " purrs" end)
print(speak(a), speak(d))
Dog.speak = function(self) return self.name .. " barks" end
print(speak(a), speak(d))
Dog.speak = nil
print(speak(a), speak(d))
Animal.kind = "animal"
print(kind(a), kind(d))
-- an object's own field shadows the method; removing it uncovers the method again
d.speak = function() return "own speak" end
print(speak(d))
d.speak = nil
print(speak(d))
-- growth and rehash of the class and of the metatable after the caches were filled
for i = 1, 200 do Animal["method" .. i] = function() return i end end
print(speak(a), speak(d), d:method150(), a.method7())
local meta = getmetatable(d)
for i = 1, 100 do meta["extra" .. i] = i end
print(speak(d), d.extra50)
for i = 1, 200 do Animal["method" .. i] = nil end
print(speak(a), pcall(function() return d:method150() end))
-- setmetatable: another class, no metatable, a metatable without __index, then with one
local Robot = { __index = { speak = function() return "beep" end } }
setmetatable(d, Robot)
print(speak(d), kind(d))
setmetatable(d, nil)
print(pcall(speak, d), kind(d))
local bare = {}
setmetatable(d, bare)
print(pcall(speak, d), kind(d))
bare.__index = { speak = function() return "late index" end, kind = "late" }
print(speak(d), kind(d))
-- __index replaced by a function, then by a table again
bare.__index = function(_, key) return key == "speak" and function() return "from function" end or "fn:" .. key end
print(speak(d), kind(d))
bare.__index = Animal
print(speak(d), kind(d))
-- __newindex arriving after raw stores into missing keys
local stores = setmetatable({}, {})
local function put(obj, v) obj.field = v end
put(stores, 1); stores.field = nil; put(stores, 2)
print(rawget(stores, "field"))
stores.field = nil
getmetatable(stores).__newindex = function(t, k, v) rawset(t, k, "via newindex " .. v) end
put(stores, 3)
print(stores.field)
local rawmeta = {}
local other = setmetatable({}, rawmeta)
put(other, 4)
rawset(rawmeta, "__newindex", function(t, k, v) rawset(t, k, v * 100) end)
other.field = nil
put(other, 5)
print(other.field)
-- weak tables as object, as metatable and as class
local weakclass = setmetatable({ speak = function() return "weak class" end }, { __mode = "k" })
local weakobj = setmetatable({}, { __index = weakclass, __mode = "v" })
print(speak(weakobj), kind(weakobj))
local weakmeta = setmetatable({ __index = Animal }, { __mode = "k" })
local w = setmetatable({ name = "weak" }, weakmeta)
print(speak(w))
-- chains longer than the cache follows, and a loop
local base = { deep = "bottom" }
local level = base
for _ = 1, 12 do level = setmetatable({}, { __index = level }) end
print(level.deep, level.missing)
local loop = {}
setmetatable(loop, { __index = loop })
print(pcall(function() return loop.anything end))
local loop2 = setmetatable({}, {})
getmetatable(loop2).__index = setmetatable({}, { __index = loop2 })
print(pcall(function() return loop2.anything end))
-- string methods, and a string metatable whose __index changes
local s = "hello"
local function upper(x) return x:upper() end
print(upper(s), s:len(), type(s.len), ("x"):rep(3))
local string_meta = getmetatable("")
local saved = string_meta.__index
string_meta.__index = setmetatable({ upper = function() return "patched" end }, { __index = saved })
print(upper(s), s:len())
string_meta.__index = function(_, key) return function() return "fn " .. key end end
print(upper(s))
string_meta.__index = saved
print(upper(s), s.nothing)
print(pcall(function() local n = 5; return n:foo() end))
-- one site, many shapes of object (polymorphic) and many metatables
local shapes = {}
for i = 1, 20 do
  local class = { __index = { speak = function() return "class" .. i end } }
  local obj = setmetatable({}, class)
  for j = 1, i do obj["f" .. j] = j end
  shapes[i] = obj
end
local out = {}
for round = 1, 2 do
  for i = 1, 20 do out[#out + 1] = speak(shapes[i]) end
end
print(table.concat(out, ","))
print(call_all({ a, d, weakobj, shapes[3], {} }, "speak"))
