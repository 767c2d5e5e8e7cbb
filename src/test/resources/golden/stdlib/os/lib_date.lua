-- os.date: every conversion glibc accepts in the C locale, UTC with '!', '*t' tables,
-- and C Lua 5.4.4's check of conversion specifiers.

local function show(t)
  print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
end

local times = {0, 1, 86399, 951782400, 1000000000, 1234567890, 1700000000,
               4102444799, -1, -86401, -2208988800, 253402300799}
for _, t in ipairs(times) do
  print(t, os.date("!%Y-%m-%d %H:%M:%S %a %A %b %B %j %u %w", t))
  show(os.date("!*t", t))
end

local t = 1700000000
print(os.date("!%c|%x|%X|%D|%F|%r|%R|%T|%e|%h|%p|%I|%n|%t|%%", t))
print(os.date("!%C|%y|%g|%G|%V|%U|%W|%z|%Z", t))
print(os.date("!%Ec|%EC|%Ex|%EX|%Ey|%EY", t))
print(os.date("!%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", t))

-- ISO weeks and week numbers around new year
for day = 26, 31 do
  local x = os.time{year = 2020, month = 12, day = day, hour = 12}
  print(os.date("!%F %a %U %W %V %G %g %u %w %j", x))
end
for day = 1, 6 do
  local x = os.time{year = 2021, month = 1, day = day, hour = 12}
  print(os.date("!%F %a %U %W %V %G %g %u %w %j", x))
end
for _, year in ipairs{2004, 2008, 2009, 2010, 2015, 2016, 2026, 2027} do
  local x = os.time{year = year, month = 1, day = 1, hour = 0}
  print(year, os.date("!%a %V %G %g %U %W", x), os.date("!%V %G", x - 86400))
end

-- far years: glibc prints them unpadded, with int arithmetic for the century
for _, year in ipairs{-12345, -1900, -101, -100, -1, 0, 1, 9, 99, 100, 999, 1000, 10000, 123456} do
  local x = os.time{year = year, month = 3, day = 1}
  print(year, os.date("!%Y|%C|%y|%G|%g|%F|%D|%c", x))
end

-- plain text, empty formats, zero bytes
print(os.date("!", 0) == "", os.date("", 0) == "", os.date("!plain text", 0))
print(os.date("!a\0b%Y", 0) == "a\0b1970")
print(os.date("!*t\0ignored", 0).year, os.date("!*tx", 0))
print(os.date("!%%%%%%", 0))
print(os.date("!%H%%", 3600))

-- invalid conversions: the message shows the rest of the format
for _, f in ipairs{"%", "%9", "%O", "%E", "%Ea", "%Ez abc", "%Oz", "%Q", "ok %Ex %k", "%Y\0%", "%#c", "%-d", "%5Y"} do
  print(pcall(os.date, f, 0))
end
print(pcall(os.date, "!%Y", 1.5))
print(pcall(os.date, "!%Y", "x"))
print(pcall(os.date, "!%Y", "86400"))
print(pcall(os.date, {}, 0))
print(pcall(os.date, "!%Y", 2^60))
print(os.date("!%Y", 2^55))
print(os.date("!%c", 67768036191676799))
print(pcall(os.date, "!%c", 67768036191676800))
print(os.date("!%c", -67768040609740800))
print(pcall(os.date, "!%c", -67768040609740801))
print(type(os.time()), type(os.date()), type(os.date("*t")))
