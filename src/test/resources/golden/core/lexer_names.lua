-- Names, keywords, and tokens made of several characters.
local _ = 1
local _x1, x_2, X, x, _ENVIRON = 1, 2, 3, 4, 5
print(_, _x1, x_2, X, x, _ENVIRON)
local And, OR, nil_, True = "And", "OR", "nil_", "True"
print(And, OR, nil_, True)
local t = {}
t["end"] = 1; t["while"] = 2; t["goto"] = 3
print(t["end"], t["while"], t["goto"])
-- tokens without spaces
local a,b=1,2;print(a+b,a-b,a*b,a/b,a%b,a^b,a//b,a&b,a|b,a~b,a<<b,a>>b,~a,-a)
print(a==b,a~=b,a<b,a<=b,a>b,a>=b,#"abc","a".."b")
print(1 .. 2, 1 ..2)
print(- -1, not not nil, - - -1)
print(2^-1, 2^ - 1, -2^2)
-- keywords can not be names
local keywords = { "and", "break", "do", "else", "elseif", "end", "false", "for",
  "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return",
  "then", "true", "until", "while" }
for _, k in ipairs(keywords) do
  local f, err = load("local " .. k .. " = 1")
  print(k, f and "accepted" or err)
end
-- names that are not keywords
for _, n in ipairs({ "End", "_G", "self", "goto_", "continue", "undef", "_ENV2" }) do
  local f, err = load("local " .. n .. " = 1; return " .. n)
  print(n, f and f() or err)
end
-- invalid characters
for _, src in ipairs({ "x = @", "x = $", "x = `", "x = 1 ! 2", "x = \1", "x = \200", "x = ?" }) do
  local f, err = load(src)
  print(f and "accepted" or err)
end
