local a,
      b = 1,
          2
local t = {
  1,
  2,
  x = 3,
}
local r = a +
  b
r = f(
  a,
  b
)
r = a
  .x
  .y
if a
then
  r = 1
elseif b then
  r = 2
else
  r = 3
end
while a do
  a = a - 1
end
for i = 1,
  10 do
  r = i
end
local function g(x,
                 y)
  return x
    + y
end
repeat
  a = a + 1
until a
  > 10
r = a
  and b
  or f()
