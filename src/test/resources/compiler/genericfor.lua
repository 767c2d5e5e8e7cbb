local t = ...
for k, v in pairs(t) do print(k, v) end
for i, v in ipairs(t) do end
for k in next, t do end
for a, b, c, d, e in f() do print(a, b, c, d, e) end
for k, v in pairs(t) do
  if k then break end
end
for k, v in pairs(t) do
  local g = function() return k, v end
end
for x in f, t, nil, 1, 2 do end
for x in f do end
for k, v in pairs(t) do
  for k2, v2 in pairs(v) do
    print(k, k2)
  end
end
local function iter() return nil end
for x in iter do return x end
