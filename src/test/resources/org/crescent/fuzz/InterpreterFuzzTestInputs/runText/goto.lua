local out = {}
for i = 1, 10 do
  if i % 3 == 0 then goto continue end
  out[#out + 1] = i
  ::continue::
end
print(table.concat(out, " "))
local i = 1
::top::
i = i * 2
if i < 100 then goto top end
print(i)
for a = 1, 3 do
  for b = 1, 3 do
    if a * b == 4 then goto done end
  end
end
::done::
do goto skip; local x; ::skip:: end
