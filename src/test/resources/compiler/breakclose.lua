for k, v in pairs(t) do
  local g = function() return k end
  if k then break end
end
for i = 1, 2 do
  local h = function() return i end
  if i then break end
end
