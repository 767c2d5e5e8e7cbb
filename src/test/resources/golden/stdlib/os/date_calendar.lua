-- os.date in UTC across calendar edge cases: leap years, year boundaries, week
-- numbers, day of year, and negative times.
local function utc(y, m, d, h, mi, s)
  -- days from civil date (proleptic Gregorian), independent of the local time zone
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  local days = era * 146097 + doe - 719468
  return days * 86400 + (h or 0) * 3600 + (mi or 0) * 60 + (s or 0)
end
local dates = {
  { 1970, 1, 1 }, { 1999, 12, 31, 23, 59, 59 }, { 2000, 1, 1 }, { 2000, 2, 29 }, { 2000, 3, 1 },
  { 1900, 3, 1 }, { 2100, 2, 28 }, { 2024, 2, 29, 12 }, { 2024, 12, 31 }, { 2021, 1, 3 },
  { 2020, 12, 31 }, { 2026, 6, 15, 8, 30 }, { 1969, 7, 20, 20, 17 }, { 1901, 12, 14 }, { 2038, 1, 19, 3, 14, 8 },
}
for _, d in ipairs(dates) do
  local t = utc(d[1], d[2], d[3], d[4], d[5], d[6])
  print(t, os.date("!%Y-%m-%d %H:%M:%S %a %j U%U W%W V%V G%G", t))
end
-- os.date("!*t") fields agree with the formatted output
local t = os.date("!*t", utc(2024, 2, 29, 13, 14, 15))
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
-- os.time round trip through a table is only exact in the local zone; the difference
-- between two table times is exact when both are in the same DST period
local a = os.time({ year = 2023, month = 7, day = 10, hour = 12 })
local b = os.time({ year = 2023, month = 7, day = 11, hour = 12, min = 30, sec = 15 })
print(b - a)
-- fields are normalised: 25 hours, day 0, month 0, negative minutes
local base = os.time({ year = 2023, month = 7, day = 10, hour = 12 })
print(os.time({ year = 2023, month = 7, day = 10, hour = 12 + 25 }) - base)
print(os.time({ year = 2023, month = 7, day = 10, hour = 12, min = -90 }) - base)
print(os.time({ year = 2023, month = 7, day = 10 + 30, hour = 12 }) - base)
-- os.time fills a table argument with the normalised values
local tbl = { year = 2023, month = 14, day = 35, hour = 12 }
os.time(tbl)
print(tbl.year, tbl.month, tbl.day, tbl.yday, tbl.wday)
