-- os.getenv of a missing variable, os.remove/os.rename on files in this folder.
print(os.getenv("CRESCENT_GOLDEN_SURELY_UNDEFINED_VARIABLE"))
print(pcall(os.getenv))
local name = "os_getenv_files.tmp"
local other = "os_getenv_files_renamed.tmp"
os.remove(name); os.remove(other)
-- remove / rename of missing files return fail, a message and an error code
print(os.remove(name))
print(os.rename(name, other))
-- create, rename, remove
local f = assert(io.open(name, "w"))
f:write("content")
f:close()
print(os.rename(name, other))
print(io.open(name) == nil, io.open(other) ~= nil)
local g = assert(io.open(other))
print(g:read("a"))
g:close()
print(os.remove(other))
print(os.remove(other))
print(pcall(os.remove))
print(pcall(os.rename, "a"))
