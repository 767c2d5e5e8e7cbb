-- os.clock, os.difftime and os.time without arguments: types and argument checks
-- (their values depend on the moment and are not printed).
local c1 = os.clock()
local x = 0
for i = 1, 100000 do x = x + i end
local c2 = os.clock()
print(math.type(c1), c2 >= c1, c1 >= 0)
local now = os.time()
print(math.type(now), os.difftime(now, now), math.type(os.difftime(now, now - 60)), os.difftime(now, now - 60))
print(os.difftime(10, 4), os.difftime(4, 10), os.difftime(2^40, 0))
print(pcall(os.difftime))
print(pcall(os.difftime, 1))
print(pcall(os.difftime, "x", 1))
print(pcall(os.difftime, 1.5, 1))
print(pcall(os.time, 42))
print(pcall(os.time, { year = 2000, month = 1, day = 1, isdst = "maybe" }) == true)
-- os.date without "!" gives strings of the expected shape
local d = os.date("%Y-%m-%d")
print(#d, d:match("^%d%d%d%d%-%d%d%-%d%d$") ~= nil)
local t = os.date("*t")
print(type(t.year), type(t.isdst), t.month >= 1 and t.month <= 12)
