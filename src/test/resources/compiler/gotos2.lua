local a = ...
do
  goto e
  local x = 1
  local f = function() return x end
  ::e::
end
do
  local y = 1
  local g = function() return y end
  goto e2
  ::e2::
end
do
  goto e3
  ::e3:: ; ::e4::
  a = 1
end
while a do
  do
    local z = a
    local h = function() return z end
    goto cont
  end
  ::cont::
end
do
  ::l1::
  do
    local q = a
    local k = function() return q end
    goto l1
  end
end
repeat
  local r = a
  local m = function() return r end
  goto done
  ::done::
until r
do
  goto x1
  do
    local s = 1
    local n = function() return s end
    goto x1
  end
  ::x1::
  ::x2::
end
