-- table.move with overlapping ranges in both directions, other tables, and
-- negative or zero indices.
local function show(t, from, to)
  local out = {}
  for i = from, to do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, ",")
end
local function fresh() return { 1, 2, 3, 4, 5, 6, 7, 8 } end
local t = fresh(); table.move(t, 1, 5, 3); print(show(t, 1, 8))
t = fresh(); table.move(t, 3, 8, 1); print(show(t, 1, 8))
t = fresh(); table.move(t, 1, 8, 2); print(show(t, 1, 9))
t = fresh(); table.move(t, 2, 8, 1); print(show(t, 1, 8))
t = fresh(); table.move(t, 4, 4, 1); print(show(t, 1, 8))
t = fresh(); table.move(t, 5, 4, 1); print(show(t, 1, 8))
t = fresh(); table.move(t, 1, 3, -2); print(show(t, -2, 8))
t = fresh(); table.move(t, -1, 2, 5); print(show(t, -1, 8))
-- into another table, returning it
local dst = { "a", "b", "c" }
print(table.move(fresh(), 2, 4, 2, dst) == dst, show(dst, 1, 4))
print(show(table.move({}, 1, 3, 1, { 9, 9, 9, 9 }), 1, 4))
-- moving holes copies the nils
local holes = { 1, nil, 3 }
local target = table.move(holes, 1, 3, 1, { "x", "y", "z" })
print(show(target, 1, 3))
-- large moves
local big = {}
for i = 1, 10000 do big[i] = i end
table.move(big, 1, 10000, 5001)
print(big[1], big[5000], big[5001], big[15000], #big)
