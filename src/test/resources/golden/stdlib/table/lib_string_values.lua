-- table functions on strings: element access goes through the string metatable's __index
print(pcall(table.unpack, "abc"))
print(table.unpack("abc", 1, 2))
print(pcall(table.concat, "abc"))
print(pcall(table.insert, "abc", 1))
local s = "xyz"
print(#s, table.unpack(s, -1, 1))
