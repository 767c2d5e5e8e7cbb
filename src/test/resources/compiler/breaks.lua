local a = ...
while a do
  if a then break end
  if a then break; end
  if a then break else a = 1 end
  if a then break elseif a then a = 2 end
  if a.x then break end
  if a == 1 then break end
  if not a then break end
  if a and a.y then break end
  if a or a.z then break end
  if a then a = 3 elseif a then break end
  if a then break a = 4 end
end
for i = 1, 10 do
  local v = i
  local f = function() return v end
  if v then break end
  do
    local w = v
    local g = function() return w end
    if w then break end
  end
end
repeat
  local u = a
  local h = function() return u end
  if u then break end
until u
