-- os.time with tables: normalisation as mktime does (fields are written back), defaults,
-- field errors, and the limits of a C int year. Local time is UTC for these scripts.

local function show(t)
  print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
end

local base = os.time{year = 2000, month = 1, day = 1, hour = 0}
print(base, os.date("!%c", base))
print(os.time{year = 2000, month = 1, day = 1} - base)   -- hour defaults to 12

local t = {year = 2005, month = 1, day = 1, hour = 1, min = 0, sec = -3602}
print(os.time(t) - base)
show(t)

t = {year = 2000, month = 14, day = -3, hour = 25, min = 61, sec = 61}
print(os.time(t) - base)
show(t)

t = {year = 2000, month = 0, day = 0}
print(os.time(t) - base)
show(t)

t = {year = 2001, month = 2, day = 29, hour = 0}
print(os.time(t) - base)
show(t)

t = {year = 1999, month = -25, day = 400, hour = -50, min = -3000, sec = 100000}
print(os.time(t) - base)
show(t)

-- numbers in strings and integral floats are accepted
t = {year = "2000", month = 3.0, day = "1", hour = "0x10", min = 2^4}
print(os.time(t) - base)
show(t)

-- isdst: a zone without summer time takes 'true' as one hour ahead, as glibc does
print(os.time{year = 2000, month = 1, day = 1, hour = 0, isdst = false} - base)
print(os.time{year = 2000, month = 1, day = 1, hour = 0, isdst = true} - base)

-- round trips
for _, x in ipairs{0, 1, 1000, 0x7fffffff, 0x80000000, 951782400, 1700000000, -86400 * 365} do
  local d = os.date("*t", x)
  print(x, os.time(d) == x, d.isdst)
end

-- errors
print(pcall(os.time, {hour = 12}))
print(pcall(os.time, {year = 2000, day = 1}))
print(pcall(os.time, {year = 2000, month = 1}))
print(pcall(os.time, {year = 2000, month = 1, day = 1, hour = "x"}))
print(pcall(os.time, {year = 2000, month = 1, day = 1, hour = 1.5}))
print(pcall(os.time, {year = 2000, month = 1, day = 1, min = {}}))
print(pcall(os.time, {year = 2000, month = 1, day = 2^31}))
print(pcall(os.time, {year = 2000, month = -(1 << 31) - 1, day = 1}))
print(pcall(os.time, {year = (1 << 31) + 1900, month = 1, day = 1}))
print(pcall(os.time, {year = -(1 << 31) + 1899, month = 1, day = 1}))
print(pcall(os.time, {year = (1 << 31) + 1899, month = 12, day = 31, hour = 23, min = 59, sec = 59}))
print(pcall(os.time, {year = (1 << 31) + 1899, month = 12, day = 31, hour = 23, min = 59, sec = 60}))
print(pcall(os.time, {year = -(1 << 31) + 1900, month = 1, day = 1, hour = 0}))
print(pcall(os.time, {year = -(1 << 31) + 1900, month = 0, day = 1}))
print(pcall(os.time, {year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 59}))
print(pcall(os.time, 3))
print(pcall(os.time, "x"))
print(type(os.time()), os.time(nil) >= base)

-- fields through metamethods
local proxy = setmetatable({}, {__index = function(_, k)
  if k == "year" then return 2000 elseif k == "month" then return 6 elseif k == "day" then return 15 end
end})
print(os.time(proxy) - base, rawget(proxy, "month"), rawget(proxy, "yday"))
local log = {}
local watched = setmetatable({}, {
  __index = {year = 2000, month = 2, day = 30},
  __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end})
os.time(watched)
for i = 1, #log do io.write(log[i], " ") end
print()

-- difftime
print(os.difftime(10, 4), os.difftime(4, 10), os.difftime(0, 0))
print(os.difftime(1 << 62, -(1 << 62)))
print(pcall(os.difftime, 1))
print(pcall(os.difftime, 1.5, 1))
