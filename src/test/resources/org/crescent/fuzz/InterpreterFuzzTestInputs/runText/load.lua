local f = load("return 1 + ...")
print(f(41))
print(load("syntax error here"))
print(load(function() return nil end))
local env = {x = 5}
print(load("return x", "chunk", "t", env)())
local dumped = string.dump(function(a) return a * 2 end)
print(load(dumped, "d", "b")(21))
print(pcall(load, dumped, "d", "t"))
