-- Differential check against lua5.4: random sequences of reads ("n", "l", "L", counts) and seeks on files, with a
-- fixed linear congruential generator so that the sequence is the same everywhere.
-- Needs the string library (string.format's %q, string.rep, table.pack).

local seed
local name = "lib_random_reads.tmp"
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n end

for _, start in ipairs{1, 2, 3} do
seed = start
print("seed", start)
local pieces = {"0", "1", "12", "-", "+", ".", "e", "E", "x", "X", "0x", "p", "P", " ", "\t", "\n", "\n", "a", "f", "F", "9", "  ", "\r\n", "1e5", "0x1p4", ".5", "-.5e-3", "inf", "nan", "00", "\0", "\255"}
for round = 1, 50 do
  local parts = {}
  for i = 1, rand(40) do parts[#parts + 1] = pieces[rand(#pieces) + 1] end
  local text = table.concat(parts)
  local f = io.open(name, "wb") f:write(text) f:close()
  f = io.open(name, "rb")
  local out = {}
  for step = 1, 12 do
    local k = rand(9)
    local r
    if k == 0 then r = table.pack(f:read("n"))
    elseif k == 1 then r = table.pack(f:read("l"))
    elseif k == 2 then r = table.pack(f:read("L"))
    elseif k == 3 then r = table.pack(f:read(rand(5)))
    elseif k == 4 then r = table.pack(f:read("n", "n"))
    elseif k == 5 then r = table.pack(f:seek("set", rand(#text + 2)))
    elseif k == 6 then r = table.pack(f:read(0))
    elseif k == 7 then r = table.pack(f:read("n", 1))
    else r = table.pack(f:seek("cur", rand(5) - 2)) end
    out[#out + 1] = "<" .. k .. ">"
    for i = 1, r.n do
      local v = r[i]
      out[#out + 1] = type(v) == "string" and string.format("%q", v) or tostring(v)
    end
  end
  out[#out + 1] = string.format("%q", f:read("a"))
  f:close()
  print(round, table.concat(out, ","))
end
end
os.remove(name)
