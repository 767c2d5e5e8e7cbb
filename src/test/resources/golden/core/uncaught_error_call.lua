-- An uncaught error raised by error() with a level, from nested functions.
local t = {}
function t.check(v)
  if type(v) ~= "number" then
    error("expected a number, got " .. type(v), 2)
  end
  return v
end
local function use()
  return t.check("text")
end
print("calling")
print(use())
