local a, b = ...
local r
r = a == b
r = a ~= b
r = a < b
r = a <= b
r = a > b
r = a >= b
r = a == 1
r = a ~= 1
r = 1 == a
r = a == 1.0
r = a == 1.5
r = a == "s"
r = "s" == a
r = a == nil
r = a == true
r = a == false
r = a < 1
r = a <= 1
r = a > 1
r = a >= 1
r = 1 < a
r = 1 <= a
r = 1 > a
r = 1 >= a
r = a < 1.0
r = a < 1.5
r = a < 1000
r = a < 1000.0
r = 1000.0 < a
r = a == 1000.0
r = a < -127
r = a < -128
r = a < 128
r = a.x < b.y
r = a < "x"
if a == b then r = 1 end
if a ~= 2 then r = 2 end
if a < b then r = 3 else r = 4 end
if not (a < b) then r = 5 end
if a.x == nil then r = 6 end
while a < 10 do a = a + 1 end
