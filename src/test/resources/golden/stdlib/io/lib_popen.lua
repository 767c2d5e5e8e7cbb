-- io.popen and os.execute through /bin/sh, in the script's folder.

local name = "lib_popen_data.tmp"

local p = assert(io.popen("echo hello; echo world"))
print(io.type(p), p:read("l"), p:read("L"), p:read("a"), p:read("l"))
print(p:close())

p = assert(io.popen("printf 'a b\\n12 13\\n'", "r"))
for a, b in p:lines("l", "n") do print(a, b) end
print(p:close())

p = assert(io.popen("cat > " .. name, "w"))
print(p:write("written ", 1, " ", "through a pipe\n") == p)
print(p:read("l"))
print(p:seek())
print(p:close())
for l in io.lines(name) do print(l) end

p = assert(io.popen("exit 7"))
print(p:read("a"))
print(p:close())
print(io.type(p), pcall(p.read, p))

p = assert(io.popen("pwd > /dev/null; ls " .. name))
print(p:read("a"))
p:close()

print(pcall(io.popen, "true", "rw"))
print(pcall(io.popen, "true", "r+"))
print(pcall(io.popen, "true", ""))
print(pcall(io.popen, "true", "rb"))
print(pcall(io.popen))

print("before command")
print(os.execute("echo from a child process"))
print(os.execute("echo child error output >&2; exit 2"))
print(os.execute("test -f " .. name))
print(os.execute("exit 300"))

os.remove(name)
