-- Errors of numeric for loops.
local function try(label, f) print(label, pcall(f)) end
try("step zero", function() for i = 1, 10, 0 do end end)
try("float step zero", function() for i = 1, 10, 0.0 do end end)
try("step zero, empty", function() for i = 10, 1, 0 do end end)
try("nil initial", function() for i = nil, 10 do end end)
try("nil limit", function() for i = 1, nil do end end)
try("nil step", function() local s; for i = 1, 10, s do end end)
try("table initial", function() for i = {}, 10 do end end)
try("string limit", function() for i = 1, "x" do end end)
try("bool step", function() for i = 1, 2, true do end end)
try("string initial", function() for i = "a", 2 do end end)
try("float initial, string limit", function() for i = 1.5, "abc" do end end)
-- NaN bounds: a NaN limit or step never runs; a NaN start runs once (its
-- first test compares limit < start, which is false)
local nan = 0 / 0
local count = 0
for i = 1, nan do count = count + 1 end
print("nan limit", count)
count = 0
for i = nan, 1 do count = count + 1 end
print("nan start", count)
count = 0
for i = 1.0, 2.0, nan do count = count + 1 end
print("nan step", count)
count = 0
for i = 1, 2, nan do count = count + 1 end
print("nan step, integer bounds", count)
-- infinite float step and limits
count = 0
for i = 1, 1e308 * 10, 1e308 * 10 do count = count + 1; if count > 5 then break end end
print("inf step ran (capped)", count)
count = 0
for i = 0.0, 1e308 * 10, 1e307 do count = count + 1; if count > 100 then break end end
print("large float steps", count)
-- error messages name the problem even inside nested functions
local function nested()
  local start = "not a number"
  for i = start, 10 do end
end
try("nested", nested)
