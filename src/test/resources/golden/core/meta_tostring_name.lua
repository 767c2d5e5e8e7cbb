-- __tostring and __name: used by tostring and print, and __name in error messages.
local T = setmetatable({}, { __tostring = function(self) return "custom T" end })
print(T, tostring(T))
print(pcall(tostring, setmetatable({}, { __tostring = function() return 42 end })))
print(pcall(tostring, setmetatable({}, { __tostring = function() return nil end })))
print(pcall(print, setmetatable({}, { __tostring = function() return {} end })))
print(pcall(tostring, setmetatable({}, { __tostring = function() error("tostring failed", 0) end })))
-- __tostring receives the object
local obj = setmetatable({ name = "widget" }, { __tostring = function(self) return "<" .. self.name .. ">" end })
print(obj, "in a list:", obj)
-- concatenation does not use __tostring
print(pcall(function() return "x" .. obj end))
-- __name changes how tostring shows the type (the address part is not printed here)
local named = setmetatable({}, { __name = "MyType" })
local s = tostring(named)
print(s:sub(1, 8) == "MyType: ", #s > 10)
-- __name only counts when it is a string
local badname = setmetatable({}, { __name = 42 })
print(tostring(badname):sub(1, 6))
-- __name appears in argument errors of library functions
print(pcall(setmetatable, named, 1))
print(pcall(rawlen, 5))
print(pcall(ipairs))
print(pcall(string.rep, named, 1))
-- __name in comparison errors
print(pcall(function() return named < named end))
print(pcall(function() return named < 1 end))
-- and in operator errors
print(pcall(function() return named + 1 end))
-- tostring of basic values
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(1.25), tostring("s"))
print(type(tostring(print)), tostring(print):sub(1, 9), tostring({}):sub(1, 6))
print(tostring(coroutine.create(print)):sub(1, 7))
print(pcall(tostring))
-- print calls tostring on every argument (through __tostring) and separates with tabs
print(1, nil, false, "s", T, 2.0)
