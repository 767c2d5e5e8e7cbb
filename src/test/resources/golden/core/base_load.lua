-- load: text chunks, chunk names, modes, environments, reader functions.
local f = load("return 1 + 1")
print(f())
print(load("syntax error here"))
print(load("return ...", "varargs")(1, 2, 3))
-- chunk names: "=name" literal, "@file" file name, anything else a [string "..."]
print(pcall(load("error('x')", "=literal")))
print(pcall(load("error('x')", "@path/to/file.lua")))
print(pcall(load("error('x')", "source text")))
print(pcall(load("error('x')")))
print(pcall(load("\n\n\nerror('x')")))
print(pcall(load("error('x')", "")))
-- modes
print(type(load("return 1", "m", "t")))
print(load("return 1", "m", "b"))
print(pcall(load, "return 1", "m", "x"))
print(load("return 2", "m", "bt") ~= nil)
-- a custom environment
local env = { x = 10, y = 20 }
local g = load("z = x + y; return z", "env chunk", "t", env)
print(g(), env.z, rawget(_G, "z"))
local h = load("return print", "no print", "t", {})
print(h())
-- an environment with __index to _G
local sandbox = setmetatable({}, { __index = _G })
load("sandboxed = tostring(123)", "sb", "t", sandbox)()
print(sandbox.sandboxed, rawget(_G, "sandboxed"))
-- env = nil: globals are indexed in nil
local nilenv = load("return x", "nil env", "t", nil)
print(pcall(nilenv))
-- reader functions: called until they return nil or an empty string
local pieces = { "return ", "'pie", "ces'", " .. ", "'!'" }
local i = 0
local reader = function() i = i + 1; return pieces[i] end
print(load(reader)())
i = 0
pieces = { "return 1", "", "+ 1" }
print(load(reader)())
-- a reader that returns a non-string
print(pcall(load, function() return {} end))
-- a reader that errors: load returns nil and the message. (Inside pcall so that the
-- standalone interpreter's traceback handler is not the active message handler.)
print(pcall(load, function() error("reader failed") end))
-- a reader that yields one character at a time
local src = "local a, b = 3, 4 return a * b"
local pos = 0
print(load(function() pos = pos + 1; if pos <= #src then return src:sub(pos, pos) end end)())
-- the reader's chunk name default is "=(load)"
print(pcall(load(function() if pos > 0 then pos = 0; return "error('r')" end end)))
-- argument errors
print(pcall(load))
print(pcall(load, 42))
print(pcall(load, nil))
-- a loaded chunk is a vararg function with _ENV as its only upvalue
print(load("local a = ... return a")("arg"))
print(load("return _ENV")() == _G)
-- load does not run the chunk; errors appear only when called
local deferred = load("error('deferred', 0)")
print(type(deferred), pcall(deferred))
-- empty chunks
print(load("")(), select("#", load("")()))
print(load("-- only a comment")())
