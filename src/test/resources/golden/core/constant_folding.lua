-- Operations on literal constants (which a compiler may fold) must give exactly the
-- same results and errors as the same operations on runtime values.
local function show(v)
  if v ~= v then return "nan" end
  return tostring(v)
end
local operands = { "0", "1", "-1", "2", "3", "-7", "0.0", "-0.0", "0.5", "2.5", "-2.5",
  "0x7fffffffffffffff", "(-0x7fffffffffffffff - 1)", "1e308", "(1/0)", "3.0", "1e15", "2^53" }
local ops = { "+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>", "==", "<", "<=" }
local shown_a = { ["-7"] = true, ["2.5"] = true, ["0x7fffffffffffffff"] = true, ["-0.0"] = true }
local shown_b = { ["2"] = true, ["-2.5"] = true, ["0"] = true, ["0.0"] = true }
local mismatches, total = 0, 0
local lines = {}
for _, op in ipairs(ops) do
  for _, a in ipairs(operands) do
    for _, b in ipairs(operands) do
      -- (C Lua compiles "x - 0" as "x + -0", which turns -0.0 - 0 into 0.0: skipped)
      if a == "-0.0" and op == "-" and b == "0" then goto continue end
      local folded = load("return (" .. a .. ") " .. op .. " (" .. b .. ")")
      local runtime = load("local a, b = " .. a .. ", " .. b .. "; return a " .. op .. " b")
      local ok1, r1 = pcall(folded)
      local ok2, r2 = pcall(runtime)
      -- error messages differ in variable names, so only their presence is compared
      local s1 = ok1 and show(r1) or ("error: " .. tostring(r1))
      local s2 = ok2 and show(r2) or "error"
      total = total + 1
      if ok1 ~= ok2 or (ok1 and s1 ~= s2) then
        mismatches = mismatches + 1
        print("MISMATCH", a, op, b, s1, s2)
      end
      if shown_a[a] and shown_b[b] then
        lines[#lines + 1] = a .. " " .. op .. " " .. b .. " = " .. s1
      end
      ::continue::
    end
  end
end
print("checked", total, "mismatches", mismatches)
for _, l in ipairs(lines) do print(l) end
-- unary operators
for _, a in ipairs(operands) do
  for _, op in ipairs({ "-", "~", "not " }) do
    local ok1, r1 = pcall(load("return " .. op .. "(" .. a .. ")"))
    local ok2, r2 = pcall(load("local a = " .. a .. "; return " .. op .. "a"))
    local s1 = ok1 and show(r1) or "error"
    local s2 = ok2 and show(r2) or "error"
    print(op .. a, s1, s1 == s2 and "same" or ("DIFFERENT " .. s2))
  end
end
