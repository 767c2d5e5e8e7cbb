-- special values: infinities, NaN signs (as x86 glibc gives them), edge conversions
local nan = 0/0
local pnan = -(0/0)
local inf = 1/0
print("nan", nan, pnan)
local cases = {
 {"sin", inf}, {"sin", -inf}, {"sin", nan}, {"sin", pnan},
 {"cos", inf}, {"tan", inf}, {"asin", 2}, {"asin", -2}, {"acos", 2}, {"acos", -2},
 {"log", -1}, {"log", -inf}, {"log", nan}, {"log", pnan}, {"log", 0}, {"log", -0.0},
 {"sqrt", -1}, {"sqrt", -inf}, {"sqrt", pnan}, {"sqrt", nan}, {"exp", nan}, {"exp", pnan},
 {"log10", -1}, {"log10", pnan}, {"cosh", nan}, {"cosh", pnan}, {"sinh", pnan}, {"tanh", pnan}, {"abs", nan}, {"abs", pnan},
 {"floor", nan}, {"floor", pnan}, {"ceil", pnan}, {"atan", nan}, {"atan", pnan},
}
for _, c in ipairs(cases) do print(c[1], c[2], math[c[1]](c[2])) end
print("log2", math.log(-1, 2), math.log(pnan, 2), math.log(nan, 2), math.log(0, 2), math.log(-2, 10))
print("logb", math.log(2, -1), math.log(2, pnan), math.log(-1, 3), math.log(pnan, 3), math.log(0, 0), math.log(1, 1), math.log(inf, inf))
print("fmod", math.fmod(1, 0.0), math.fmod(inf, 1), math.fmod(-inf, 1), math.fmod(nan, 1), math.fmod(pnan, 1), math.fmod(1, nan), math.fmod(1, pnan), math.fmod(1, inf), math.fmod(-0.0, 1), math.fmod(-1, 1.0), math.fmod(-6.5, 2))
print("pow", math.pow(-8, 1/3), math.pow(nan, 0), math.pow(1, nan), math.pow(pnan, 1), math.pow(nan, 1), math.pow(2, pnan), math.pow(-inf, 0.5))
print("modf", math.modf(nan)) print("modf", math.modf(pnan)) print(math.modf(inf)) print(math.modf(-inf)) print(math.modf(-0.0)) print(math.modf(0.5))
print("atan2", math.atan(nan, 1), math.atan(1, pnan), math.atan(0, -0.0), math.atan(-0.0, -1))
print("frexp", math.frexp(nan), math.frexp(pnan), math.frexp(inf)) print(math.frexp(5e-324)) print(math.frexp(-0.0)) print(math.frexp(1e308)) print(math.frexp(3))
print("ldexp", math.ldexp(1, 1024), math.ldexp(1, -1075), math.ldexp(3, 2^32+1), math.ldexp(pnan, 1))
print("deg", math.deg(pnan), math.rad(nan), math.deg(1), math.rad(180))
print("minmax", math.max(nan, 1), math.max(1, nan), math.min(nan, 1), math.min(1, nan), math.max(1, 2.0, 2), math.min(2, 1.0, 1))
print(math.floor(-0.0), math.ceil(-0.5), math.floor(2^63), math.floor(-2^63), math.ceil(2^62+0.5), math.abs(-0.0))
