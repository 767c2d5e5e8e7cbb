-- Multiple results are expanded only at the end of a list, truncated elsewhere and
-- by parentheses.
local function none() end
local function one() return 1 end
local function three() return 1, 2, 3 end
local function count(...) return select("#", ...) end
-- call arguments
print(count(three()), count(three(), 10), count(10, three()), count((three())))
print(count(none()), count(none(), 10), count(10, none()), count((none())))
print(three(), three())
print((three()), three())
-- return lists
local function r1() return three() end
local function r2() return three(), 10 end
local function r3() return 10, three() end
local function r4() return (three()) end
local function r5() return none() end
print(count(r1()), count(r2()), count(r3()), count(r4()), count(r5()))
-- table constructors
local function len(t) local n = 0 for k in pairs(t) do n = n + 1 end return n end
print(len({ three() }), len({ three(), 10 }), len({ 10, three() }), len({ (three()) }))
print(len({ three(), three() }), len({ x = three() }), len({ [1] = three(), three() }))
print(len({ none() }), len({ none(), 1 }), len({ 1, none() }))
-- local declarations and assignments
local a, b, c, d = three()
print(a, b, c, d)
a, b, c, d = 0, three()
print(a, b, c, d)
a, b, c, d = three(), 0
print(a, b, c, d)
-- in expressions only the first value is used
print(three() + 10, -three(), three() .. "x", #{ three() } + three())
-- as a condition
if none() then print("none is true") else print("none is false") end
-- nested expansion through several levels of calls
local function id(...) return ... end
print(count(id(id(id(three())))), count(id(id(id(three()), 0))))
-- varargs and multiple results inside a long argument list
print(id(1, 2, three()))
print(id(three(), three(), three()))
-- results of pcall and select are also multiple results
print(count(pcall(three)), count(pcall(none)), select(2, pcall(three)))
