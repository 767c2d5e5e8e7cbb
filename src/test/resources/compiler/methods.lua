local a = ...
a:m()
a.b.c:m(1)
("x"):upper()
a[1]:m()
a:m(a:n())
local s = ("%d"):format(1)
a:m{1}
a:m"s"
return a:m()
