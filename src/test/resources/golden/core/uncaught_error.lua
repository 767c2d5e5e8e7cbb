-- An uncaught error ends the script with status 1: stdout so far, then the message
-- and a traceback on stderr.
print("before the error")
local function inner(x)
  return x.field
end
local function outer()
  local r = inner(nil)
  return r
end
outer()
print("never printed")
