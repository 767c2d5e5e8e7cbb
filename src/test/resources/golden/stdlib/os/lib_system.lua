-- os: environment, clock, locales, files, commands.

print(os.getenv("CRESCENT_SURELY_UNSET_VARIABLE"))
print(type(os.getenv("PATH")))
print(pcall(os.getenv))
print(type(os.clock()), os.clock() >= 0)

-- locales: C, POSIX and C.UTF-8 exist; others do not
print(os.setlocale())
print(os.setlocale("C"), os.setlocale("POSIX"), os.setlocale(nil, "numeric"))
print(os.setlocale("C.UTF-8", "ctype"))
print(os.setlocale())
print(os.setlocale(nil, "ctype"), os.setlocale(nil, "time"))
print(os.setlocale("C", "all"))
print(os.setlocale("xx_YY.nothing"), os.setlocale("xx_YY", "time"))
print(pcall(os.setlocale, "C", "everything"))
print(os.setlocale())

-- remove and rename with C's errno results
local name = "lib_system_file.tmp"
local other = "lib_system_other.tmp"
assert(io.open(name, "w")):close()
print(os.rename(name, other))
print(os.rename(name, other))
print(os.remove(name))
print(os.remove(other))
print(os.remove(other))
print(os.remove(""))
print(os.rename("", other))
print(os.remove("no_such_dir/x"))
print(os.remove("lib_system_missing_dir"))
print(pcall(os.remove))
print(pcall(os.rename, "a"))

-- directories
local dir = "lib_system_dir.tmp"
os.execute("mkdir " .. dir .. " && touch " .. dir .. "/inside")
print(os.remove(dir))
print(io.open(dir, "w"))
print(os.rename(name, dir .. "/inside/x"))
print(os.remove(dir .. "/inside"))
print(os.remove(dir))

-- commands
print(os.execute())
print(os.execute("exit 0"))
print(os.execute("exit 3"))
print(os.execute("exit 255"))
print(os.execute("true"))
print(os.execute("false"))
print(pcall(os.execute, {}))
