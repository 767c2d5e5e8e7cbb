#!/usr/bin/env lua -- a first line starting with '#' is skipped when loading a file
-- ...but not by load() on a string
print("shebang skipped")
print(load("#!x\nreturn 1"))
print(load("return 2\n#x"))
-- line numbers still count the skipped line
print(pcall(error, "where", 1))
local ok, msg = pcall(function() local x = nil; return x.y end)
print(msg)
