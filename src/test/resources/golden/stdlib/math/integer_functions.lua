-- math functions on integers: type, tointeger, abs, ult, max/min integer, fmod, floor/ceil.
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil), math.type({}))
print(pcall(math.type))
for _, v in ipairs({ 3, 3.0, 3.5, -0.0, "8", "8.0", "0x10", 2^53, 2^63, -2^63, 1 / 0, "x", {} }) do
  print("tointeger", type(v) == "table" and "{}" or tostring(v), math.tointeger(v))
end
print(math.abs(-5), math.abs(5), math.abs(-0.0), math.abs(-1.5), math.abs(math.mininteger), math.abs(-2^63))
print(math.ult(1, 2), math.ult(-1, 2), math.ult(2, -1), math.ult(math.maxinteger, math.mininteger), math.ult(0, 0))
print(pcall(math.ult, 1.5, 2))
print(pcall(math.ult, 1))
print(math.floor(3), math.floor(-3), math.floor(3.7), math.floor(-3.7), math.floor(-0.0), math.floor(2^62 + 0.0))
print(math.ceil(3), math.ceil(3.2), math.ceil(-3.2), math.ceil(-0.5), math.ceil(1e100), math.floor(-1e100))
print(math.floor(2^63), math.ceil(-2^63), math.floor(1 / 0), math.ceil(-1 / 0))
print(math.type(math.floor(3.5)), math.type(math.floor(1e100)), math.type(math.ceil(-2^63)))
print(pcall(math.floor, "x"))
print(math.floor("3.7"), math.ceil("3.2"))
-- fmod on integers and floats
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), math.fmod(0, 5))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(1, 0.0) ~= math.fmod(1, 0.0), math.fmod(5, 1 / 0))
print(math.fmod(math.mininteger, -1), math.fmod(math.mininteger, math.maxinteger), math.fmod(3, math.mininteger))
print(pcall(math.fmod, 1, 0))
print(pcall(math.fmod, 1))
print(math.type(math.fmod(7, 3)), math.type(math.fmod(7, 3.0)))
-- max and min keep the type of the chosen argument
print(math.max(1, 2.5, -1), math.max(3, 3.0), math.max(3.0, 3), math.min(1, 2.5, -1), math.min(-0.0, 0))
print(math.max(5), math.min(math.mininteger, math.maxinteger), math.max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(pcall(math.max))
print(pcall(math.min, 1, "x"))
