local function v(...)
  local a, b = ...
  return select("#", ...), a, b, select(-1, ...)
end
print(v(1, nil, 3))
print(pcall(v))
print((v(1, 2)))
local t = {v(4, 5)}
print(#t, table.pack(...).n, ...)
local function tail(...) return select(2, ...) end
print(tail("a", "b", "c"))
