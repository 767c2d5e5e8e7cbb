local function r0() return end
local function r1(a) return a end
local function r2(a, b) return a, b end
local function r3() return 1 end
local function r4() return 1, 2, 3 end
local function r5(...) return ... end
local function r6(...) return 1, ... end
local function r7() return f() end
local function r8() return (f()) end
local function r9() return f(), g() end
local function r10() return g.x end
local function r11(a) return a.x, a.y end
local function r12(a) return a + 1 end
local function r13() return nil end
local function r14() return true end
local function r15(a) return not a end
local function r16(a, b) return a and b end
local function r17(a) return a:m() end
local function r18(a) local x = a; return x end
local function r19() return {} end
local function r20(...) return ...; end
