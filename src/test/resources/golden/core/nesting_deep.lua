-- Deeply nested constructs generated with load: blocks, functions, tables,
-- parentheses, and long chains of operators.
local function rep(s, n) return string.rep(s, n) end
-- 100 nested do-blocks with a local in each
local src = rep("do local x = 1 ", 100) .. "y = 'deep block'" .. rep(" end", 100)
load(src)()
print(y)
-- 50 nested functions, each returning the next (C Lua limits nesting to ~200 C levels)
src = "return " .. rep("function() return ", 50) .. "'innermost'" .. rep(" end", 50)
local f = load(src)()
for _ = 1, 50 do f = f() end
print(f)
-- nested closures capturing a variable from every level
local parts = { "local v0 = 0 return (function() " }
for i = 1, 40 do parts[#parts + 1] = "local v" .. i .. " = v" .. (i - 1) .. " + 1 return (function() " end
parts[#parts + 1] = "return v40 + v1"
for i = 1, 41 do parts[#parts + 1] = " end)()" end
print(load(table.concat(parts))())
-- 150 nested table constructors
src = "return " .. rep("{", 150) .. "'leaf'" .. rep("}", 150)
local t = load(src)()
for _ = 1, 150 do t = t[1] end
print(t)
-- 150 nested parentheses
print(load("return " .. rep("(", 150) .. "42" .. rep(")", 150))())
-- long flat chains of operators (not nested)
print(load("return " .. rep("1 + ", 5000) .. "1")())
print(#load("return " .. rep("'a' .. ", 150) .. "'a'")())   -- right associative: nests
print(load("return " .. rep("2 * ", 60) .. "1")())
print(load("local x = true return " .. rep("x and ", 1000) .. "x")())
print(load("return " .. rep("- ", 100) .. "1")(), load("return " .. rep("not ", 101) .. "nil")())
-- right-associative chains
print(load("return " .. rep("2 ^ ", 3) .. "2")())
-- nested if/elseif chains
parts = { "local n = ... " }
for i = 1, 200 do parts[#parts + 1] = (i == 1 and "if" or "elseif") .. " n == " .. i .. " then return 'branch " .. i .. "' " end
parts[#parts + 1] = "else return 'none' end"
local branch = load(table.concat(parts))
print(branch(1), branch(137), branch(200), branch(201))
-- nested loops
src = ""
for i = 1, 20 do src = src .. "for i" .. i .. " = 1, 1 do " end
src = src .. "count = (count or 0) + 1 " .. rep("end ", 20)
load(src)()
print(count)
