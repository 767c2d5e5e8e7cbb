-- os.time with a table and os.date in UTC ("!") for fixed times: deterministic parts.
local t0 = os.time({ year = 2000, month = 1, day = 1, hour = 0, min = 0, sec = 0 })
local t1 = os.time({ year = 2000, month = 1, day = 2, hour = 0 })
print(math.type(t0), t1 - t0, os.difftime(t1, t0), math.type(os.difftime(t1, t0)))
-- normalisation of out-of-range fields
local a = os.time({ year = 2021, month = 1, day = 31, hour = 12 })
local b = os.time({ year = 2021, month = 2, day = 0, hour = 12 })
local c = os.time({ year = 2021, month = 13, day = 1, hour = 12 })
local d = os.time({ year = 2022, month = 1, day = 1, hour = 12 })
print(a == b, c == d, os.time({ year = 2020, month = 3, day = 1, hour = 12 }) - os.time({ year = 2020, month = 2, day = 28, hour = 12 }))
-- os.date with "!" formats a time in UTC
local fixed = 1700000000
print(os.date("!%Y-%m-%d %H:%M:%S", fixed))
print(os.date("!%y %j %a %A %b %B %p %I %w %u", fixed))
print(os.date("!%c", fixed))
print(os.date("!%x %X %D %T %R %F", fixed))
print(os.date("!%e|%G|%g|%V|%U|%W|%h|%n|%t|%%|%C|%Ec|%Oy|%z|%Z", fixed))
print(os.date("!%Y", 0), os.date("!%Y-%m-%d", 86400 * 365), os.date("!%H:%M", 3600 * 25 + 60))
print(os.date("!%Y-%m-%d", -86400), os.date("!%Y-%m-%d %H:%M:%S", 2^31), os.date("!%Y", 253402300799))
-- "*t" and "!*t" tables
local t = os.date("!*t", fixed)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", tostring(t[k]), " ") end
print()
-- the table from "!*t" round-trips through os.time only in UTC; check differences instead
local t2 = os.date("!*t", fixed + 86400 + 3661)
print(t2.day - t.day, t2.hour - t.hour, t2.min - t.min, t2.sec - t.sec, t2.yday - t.yday, t2.wday - t.wday)
-- errors
print(pcall(os.date, "!%Ez", fixed))
print(pcall(os.date, "!%", fixed))
print(pcall(os.date, "!%Q", fixed))
print(pcall(os.time, { year = 2000 }))
print(pcall(os.time, { year = 2000, month = 1 }))
print(pcall(os.time, { year = "x", month = 1, day = 1 }))
print(pcall(os.time, { year = 2000, month = 1.5, day = 1 }))
print(pcall(os.time, { year = 2000, month = 1, day = 1, hour = 2^40 }))
print(pcall(os.date, "!%Y", 2^60))
print(pcall(os.date, 1))
print(os.date("!", fixed) == "", os.date("!literal text", fixed))
-- clock and time return numbers
print(math.type(os.clock()), math.type(os.time()), os.time() > 1600000000)
