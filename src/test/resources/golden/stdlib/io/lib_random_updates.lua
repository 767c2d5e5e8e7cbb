-- Differential check against lua5.4: random mixes of writes, reads, seeks and flushes in every mode, with small buffers on files, with a
-- fixed linear congruential generator so that the sequence is the same everywhere.
-- Needs the string library (string.format's %q, string.rep, table.pack).

local seed
local name = "lib_random_updates.tmp"
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n end

for _, start in ipairs{1, 2, 3} do
seed = start
print("seed", start)
local modes = {"w+", "r+", "a+", "a", "w", "r"}
for round = 1, 50 do
  local f0 = io.open(name, "wb") f0:write(string.rep("abcdefghij", rand(5))) f0:close()
  local mode = modes[rand(#modes) + 1]
  local f = io.open(name, mode)
  local out = {mode}
  if rand(3) == 0 then f:setvbuf("full", 1 + rand(8)) end
  for step = 1, 15 do
    local k = rand(8)
    local r
    if k == 0 then r = table.pack(f:write(string.rep(("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):sub(1 + rand(26)):sub(1, 1), rand(12))))
    elseif k == 1 then r = table.pack(f:read(rand(6)))
    elseif k == 2 then r = table.pack(f:seek("set", rand(60)))
    elseif k == 3 then r = table.pack(f:seek("cur", rand(10) - 5))
    elseif k == 4 then r = table.pack(f:seek("end", -rand(5)))
    elseif k == 5 then r = table.pack(f:read("l"))
    elseif k == 6 then r = table.pack(f:flush())
    else r = table.pack(f:seek()) end
    out[#out + 1] = "<" .. k .. ">"
    for i = 1, r.n do
      local v = r[i]
      out[#out + 1] = io.type(v) and "file" or type(v) == "string" and string.format("%q", v) or tostring(v)
    end
  end
  f:close()
  local g = io.open(name, "rb") out[#out + 1] = string.format("%q", g:read("a")) g:close()
  print(round, table.concat(out, ","))
end
end
os.remove(name)
