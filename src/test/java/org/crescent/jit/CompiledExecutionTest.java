package org.crescent.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Compiled code gives exactly the interpreter's (and lua5.4's) results: numbers on every fast
 * path, every slow path left to the interpreter (exits), errors with their messages and lines,
 * coroutines that yield while compiled frames are on their stacks.
 */
class CompiledExecutionTest {
    private static JitRunner check(String source, String chunkName) {
        return JitRunner.checkBothWays(source, chunkName);
    }

    @Test
    void integerAndFloatArithmeticAndComparisons() {
        String source = String.join("\n",
                "local s, f = 0, 0.0",
                "for i = 1, 100 do",
                "  s = s + i * 3 - (i // 7) + (i % 5) - (-i) + (i << 2) + (i >> 1) + (i & 6) + (i | 1) + (i ~ 3) + ~i",
                "  f = f + i / 3 + i ^ 2 + (i * 0.5) // 2 + (i * 1.5) % 4 - (i + 0.25)",
                "end",
                "local m = math.mininteger",
                "print(s, f, m // -1, m % -1, 7 // 0.0, -7 // 0.0, 0/0 ~= 0/0, 5.5 % -2, -5 % 3, 5 % -3.0)",
                "local c = 0",
                "for i = -3, 3 do",
                "  local x = i * 1.0",
                "  if i < 2 then c = c + 1 end",
                "  if x <= 1 then c = c + 10 end",
                "  if i == x then c = c + 100 end",
                "  if x > -1 then c = c + 1000 end",
                "  if 2 >= i then c = c + 10000 end",
                "  if i ~= 0 then c = c + 100000 end",
                "  if x < i + 1 and i <= x and not (x ~= i) then c = c + 1000000 end",
                "end",
                "print(c, 1 < 1.5, 2^53 + 1 < 2^53, math.maxinteger + 0.0 == math.maxinteger)",
                "for x = 1.0, 2.0, 0.25 do io.write(x, ' ') end",
                "for i = 10, 1, -3 do io.write(i, ' ') end",
                "for i = 1, 3.7 do io.write(i, ' ') end",
                "for i = 3, 1 do io.write('never') end",
                "for i = math.maxinteger - 2, math.maxinteger do io.write(i - math.maxinteger, ' ') end",
                "print()");
        check(source, "arith.lua");
    }

    @Test
    void tablesUpvaluesAndLength() {
        String source = String.join("\n",
                "local t, h, total = {}, {}, 0",
                "local function bump(n) total = total + n end",
                "for i = 1, 50 do t[i] = i * 2; h['k' .. i] = i end",
                "for round = 1, 20 do",
                "  for i = 1, #t do total = total + t[i] + (t[i + 100] or 0) end",
                "  t[3] = t[3] + 1; t.name = 'x'; h.k7 = h.k7 + 1",
                "  total = total + #'abc' + t[1] + (h.k7 or 0) + (h[1000] or 1)",
                "  bump(round)",
                "end",
                "local sparse = {[1000] = 5, [-1] = 6, [2.5] = 7}",
                "for i = 1, 3 do total = total + sparse[1000] + sparse[-1] + sparse[2.5] end",
                "print(total, t[3], t.name, h.k7, #t, t[51], sparse[7])");
        check(source, "tables.lua");
    }

    @Test
    void slowPathsExitToTheInterpreter() {
        // Each function meets its slow path at once when called with the second kind of argument.
        String source = String.join("\n",
                "local mt = {__add = function(a, b) return 42 end, __index = function(t, k) return k .. '!' end,",
                "  __eq = function() return true end, __lt = function() return true end, __len = function() return 7 end,",
                "  __newindex = function(t, k, v) rawset(t, k, v * 2) end}",
                "local function add(a, b) return a + b end",
                "local function addi(a) return a + 1 end",
                "local function field(t) return t.name end",
                "local function index(t, k) return t[k] end",
                "local function equal(a, b) return a == b end",
                "local function less(a, b) return a < b end",
                "local function length(t) return #t end",
                "local function global() return missing_global end",
                "local function seti(t, v) t[1] = v return t[1] end",
                "local function setfield(t, v) t.x = v return rawget(t, 'x') end",
                "local function divide(a, b) return a // b end",
                "local callable = setmetatable({}, {__call = function(self, x) return x * 3 end})",
                "local function protected() local ok = pcall(divide, 1, 0) return callable(5) + (ok and 1 or 0) end",
                "local out = {}",
                "local function put(...) for i = 1, select('#', ...) do out[#out + 1] = tostring((select(i, ...))) end end",
                "for round = 1, 2 do",
                "  local t, u = setmetatable({}, mt), setmetatable({}, mt)",
                "  put(add(1, 2), add('10', 2), add(t, 1), addi(2.5), addi('3'), addi(t))",
                "  put(field({name = 'n'}), field(t), index({5}, 1), index(t, 'k'), index('abc', 'len') ~= nil)",
                "  put(equal(1, 1.0), equal(t, u), equal('a', 'a'), less(1, 2.5), less('a', 'b'), less(t, u))",
                "  put(length({1, 2}), length('abc'), length(t), global(), seti({0}, 3), seti(t, 4), setfield({x = 1}, 5), setfield(t, 6))",
                "  put(divide(7, 2), divide(7.5, 2), pcall(divide, 1, 0), protected())",
                "end",
                "print(table.concat(out, ' '))");
        JitRunner compiled = check(source, "slow.lua");
        for (String opcode : new String[] {"ADD", "ADDI", "GETFIELD", "GETTABLE", "EQ", "LT", "LEN", "GETTABUP",
                "SETI", "SETFIELD", "IDIV", "CALL", "RETURN1"}) {
            assertTrue(compiled.exitedAt(opcode), "no exit at " + opcode + ": " + compiled.exits);
        }
    }

    @Test
    void errorsKeepTheirMessagesAndLines() {
        String source = String.join("\n",
                "local function f(n)",
                "  local sum = 0",
                "  for i = 1, n do",
                "    sum = sum + i",
                "    if i == 50 then",
                "      local t = nil",
                "      sum = sum + t.x",
                "    end",
                "  end",
                "  return sum",
                "end",
                "print(pcall(f, 100))",
                "print(pcall(function() local x = 0 for i = 1, 10 do x = x + i // (5 - i) end end))",
                "print(pcall(function() local x = 0 for i = 1, 10 do x = x + i % (5 - i) end end))",
                "print(pcall(function() for i = 1, 10, 0 do end end))",
                "print(pcall(function() local s = 'x' for i = 1, 3 do s = s + 1 end end))",
                "print(pcall(function() local s = {} for i = 1, 3 do s = s < i end end))",
                "print(pcall(function() local s = 1.5 for i = 1, 3 do s = s | i end end))",
                "print(select(2, xpcall(f, debug.traceback, 60)):match('[^\\n]*\\n[^\\n]*\\n[^\\n]*'))",
                "local x = 0",
                "for i = 1, 10 do x = x + i end",
                "print(pcall(function() error('after the loop ' .. x) end))");
        check(source, "errors.lua");
    }

    @Test
    void coroutinesYieldAcrossCompiledFrames() {
        String source = String.join("\n",
                "local co = coroutine.wrap(function(n)",
                "  local acc = 0",
                "  for i = 1, n do",
                "    acc = acc + i * i",
                "    if i % 10 == 0 then coroutine.yield(acc) end",
                "  end",
                "  return 'done', acc",
                "end)",
                "local results = {}",
                "for _ = 1, 6 do results[#results + 1] = tostring(co(55)) end",
                "print(table.concat(results, ','))",
                "local gen = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i * 2) end end)",
                "local s = 0",
                "for _ = 1, 100 do s = s + gen() end",
                "print(s)");
        check(source, "coro.lua");
    }

    @Test
    void genericForAndWhileLoops() {
        String source = String.join("\n",
                "local t = {}",
                "for i = 1, 30 do t[i] = i end",
                "local s = 0",
                "for round = 1, 10 do",
                "  for i, v in ipairs(t) do s = s + i * v end",
                "  for k, v in pairs({a = 1, b = 2}) do s = s + v end",
                "end",
                "local n = 27",
                "local steps = 0",
                "while n ~= 1 do",
                "  if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end",
                "  steps = steps + 1",
                "end",
                "local r = 0",
                "repeat r = r + 1 until r >= 10",
                "print(s, steps, r)");
        check(source, "loops.lua");
    }

    @Test
    void tailCallsReturnsVarargsAndClosures() {
        String source = String.join("\n",
                "local function stage3(x) return x % 1000 end",
                "local function stage2(x, y) return stage3(x * 3 + y) end",
                "local function stage1(x) return stage2(x, 1) end",
                "local s = 0",
                "for i = 1, 200 do s = s + stage1(i) end",
                "print(s)",
                // a long chain of tail calls stays in bounded Java and Lua stacks
                "local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end",
                "print(count(100000, 0))",
                // tail calls of Java functions, of a table with __call, of pcall, of a vararg function
                "local callable = setmetatable({}, {__call = function(self, a, b) return a + b, 'called' end})",
                "local function java(x) return math.max(x, 3, 1) end",
                "local function meta(x) return callable(x, 2) end",
                "local function protected(x) return pcall(error, x) end",
                "local function packer(...) return select('#', ...), ... end",
                "local function spread(...) return packer(...) end",
                "for i = 1, 3 do print(java(i), meta(i), protected(i), spread(i, nil, 'z')) end",
                // several and variable results, varargs, CALL with B = 0 and C = 0
                "local function three(a) return a, a * 2, a * 3 end",
                "local function all(...) local n = select('#', ...) return n, ... end",
                "local function firsts(...) local a, b = ... return b, a end",
                "for i = 1, 3 do print(all(three(i)), firsts(three(i)), (three(i)), ({three(i)})[3], all()) end",
                "local function sum(...) local t = 0 for k = 1, select('#', ...) do t = t + (select(k, ...)) end return t end",
                "local total = 0",
                "for i = 1, 100 do total = total + sum(three(i)) + sum(i, three(i)) end",
                "print(total)",
                // closures made in loops capture fresh locals; shared upvalues stay shared
                "local fs = {}",
                "for i = 1, 5 do local j = i * 10 fs[i] = function(d) j = j + d return j end end",
                "print(fs[1](1), fs[2](2), fs[1](1), fs[5](0))",
                "local function counter() local c = 0 return function(d) c = c + d return c end, function() return c end end",
                "local bump, read = counter()",
                "for i = 1, 100 do bump(i % 3) end",
                "print(read())",
                "local function adder(k) return function(x) return x + k end end",
                "local function compose(f, g) return function(x) return f(g(x)) end end",
                "local acc = 0",
                "for r = 1, 50 do local add = adder(r % 7) acc = acc + compose(add, add)(r) end",
                "print(acc)",
                // a Java function that grows the stack, called from compiled code
                "local function wide(n) return table.unpack({}, 1, n) end",
                "for _, n in ipairs({10, 300, 5000}) do print(select('#', wide(n))) end");
        JitRunner compiled = check(source, "tailcalls.lua");
        assertTrue(compiled.exits.contains("TAIL_CALLED"), "no compiled tail call: " + compiled.exits);
        for (String opcode : new String[] {"TAILCALL", "RETURN", "VARARG", "CLOSURE"}) {
            assertFalse(compiled.exits.stream().filter(opcode::equals).count() > 20, "exits at " + opcode + ": " + compiled.exits);
        }
    }

    @Test
    void tailCallsKeepErrorsTracebacksAndDebugInformation() {
        String source = String.join("\n",
                "local function inner(x) if x > 2 then error('too big ' .. x) end return x end",
                "local function middle(x) return inner(x + 1) end",
                "local function outer(x) return middle(x) end",
                "for i = 0, 3 do print(pcall(outer, i)) end",
                "local function where() return debug.getinfo(1, 't').istailcall, debug.getinfo(2, 'n') ~= nil end",
                "local function via() return where() end",
                "for i = 1, 3 do print(via()) end",
                "local function head(s) return (s:match('[^\\n]*\\n[^\\n]*\\n[^\\n]*\\n[^\\n]*')) end",
                "print(head(select(2, xpcall(outer, debug.traceback, 5))))",
                "local function f(n) if n == 0 then return debug.traceback('bottom', 1) end return f(n - 1) end",
                "print(head(f(5)))",
                "local function closing() local x <close> = setmetatable({}, {__close = function() print('closed') end}) return math.abs(-4) end",
                "for i = 1, 2 do print(closing()) end",
                "print(pcall(function(...) return ... + 1 end, 'x'))",
                "print(pcall(function() local function g() return undefined_function(1) end return g() end))");
        check(source, "tailerrors.lua");
    }

    @Test
    void protectedCallsAndCoroutineSwitchesFromCompiledCode() {
        String source = String.join("\n",
                "local function risky(i) if i % 3 == 0 then error('bad ' .. i) end return i * 2 end",
                "local ok, failed, sum = 0, 0, 0",
                "for i = 1, 30 do",
                "  local good, value = pcall(risky, i)",
                "  if good then ok = ok + 1 sum = sum + value else failed = failed + 1 end",
                "  local g2, v2 = xpcall(risky, function(m) return 'handled ' .. m end, i)",
                "  if not g2 and i == 3 then print(v2) end",
                "end",
                "print(ok, failed, sum, pcall(pcall), pcall(math.floor, 2.5), select('#', pcall(error)))",
                "local co = coroutine.create(function(a) for i = 1, 3 do a = coroutine.yield(a + i) end return 'end' end)",
                "for i = 1, 6 do print(coroutine.resume(co, i * 10)) end",
                "local w = coroutine.wrap(function() coroutine.yield(1) end)",
                "w() w()",
                "print(pcall(w))",
                "local inner = coroutine.wrap(function()",
                "  for i = 1, 5 do",
                "    local good, err = pcall(function() if i == 2 then error('in pcall') end coroutine.yield(i) end)",
                "    if not good then coroutine.yield(err) end",
                "  end",
                "end)",
                "for i = 1, 5 do print(inner(), coroutine.isyieldable(), select(2, coroutine.running())) end",
                "local gen = coroutine.wrap(function() for i = 1, 200 do coroutine.yield(i) end end)",
                "local total = 0",
                "for i = 1, 200 do total = total + gen() end",
                "print(total, coroutine.status(co))");
        check(source, "switches.lua");
    }

    @Test
    void builtinsWithFramelessPaths() {
        // type, math.sqrt, math.abs and math.floor answer compiled callers without a frame for
        // numbers; strings, missing arguments and errors go through the functions themselves.
        String source = String.join("\n",
                "local t = {}",
                "for i = 1, 3000 do",
                "  local v = (i % 7 == 0) and -i or i * 0.75 - 1000",
                "  t[#t+1] = math.sqrt(math.abs(v)) + math.floor(v) + math.abs(i - 1500)",
                "  local a, b = math.floor(v), type(v)",
                "  if i % 500 == 0 then print(t[#t], a, b, type(nil), type(t), math.floor(2^70), math.abs(math.mininteger),",
                "    math.sqrt(-1), math.floor(-0.0), math.abs(-0.0), math.floor('3.7'), math.sqrt('4'), #{type(i)}, (type(i))) end",
                "end",
                "print(pcall(math.sqrt), pcall(math.floor, {}), pcall(type))",
                "local function f(x) return type(x), math.abs(x) end",
                "for i = 1, 3 do print(f(-i)) end");
        check(source, "builtins.lua");
    }

    @Test
    void coroutinesResumedFromCompiledCode() {
        String source = String.join("\n",
                // a chain of 100 coroutines, each resuming the next (deeper than the compiled depth)
                "local function chain(n) if n == 0 then return coroutine.wrap(function() while true do coroutine.yield(1) end end) end",
                "  local inner = chain(n - 1)",
                "  return coroutine.wrap(function() while true do coroutine.yield(inner() + 1) end end) end",
                "local top = chain(100)",
                "local s = 0",
                "for i = 1, 20 do s = s + top() end",
                "print(s)",
                // errors inside resumed coroutines, caught by resume and by pcall around wrap
                "local function failing(limit) return coroutine.create(function() for i = 1, limit do coroutine.yield(i) end error('over ' .. limit) end) end",
                "local co = failing(3)",
                "for i = 1, 5 do print(coroutine.resume(co)) end",
                "local w = coroutine.wrap(function() for i = 1, 2 do coroutine.yield(i) end error({code = 7}) end)",
                "for i = 1, 3 do local ok, v = pcall(w) print(ok, type(v) == 'table' and v.code or v) end",
                // a generator used by a generic for, and a coroutine finishing with values
                "local function range(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i, i * i) end end) end",
                "local a, b = 0, 0",
                "for i, sq in range(100) do a = a + i b = b + sq end",
                "print(a, b)",
                "local fin = coroutine.create(function(x, y) local z = coroutine.yield(x + y) return z * 2, 'end' end)",
                "print(coroutine.resume(fin, 1, 2))",
                "print(coroutine.resume(fin, 21))",
                "print(coroutine.resume(fin), coroutine.status(fin))",
                // status and running seen from inside a coroutine resumed by compiled code
                "local outer",
                "outer = coroutine.create(function() local inner = coroutine.create(function() return coroutine.status(outer) end)",
                "  return coroutine.resume(inner) end)",
                "for i = 1, 2 do print(coroutine.resume(outer)) end");
        check(source, "resumed.lua");
    }

    @Test
    void stringAndSelectFramelessPaths() {
        // string.len, string.byte, string.sub and select('#') on every position rule, with the
        // cases the frameless paths leave to the functions (conversions, nothing returned, errors).
        String source = String.join("\n",
                "local s = \"hello, world\"",
                "local acc, parts = 0, {}",
                "for i = -15, 15 do",
                "  acc = acc + (string.byte(s, i) or -1) + string.len(s) + select('#', i, nil, s)",
                "  parts[#parts + 1] = string.sub(s, i) .. '|' .. string.sub(s, i, -i) .. '|' .. string.sub(s, 3, i)",
                "end",
                "print(acc, table.concat(parts, ','))",
                "print(string.byte(s), string.byte(''), string.byte(s, 0), string.byte(s, 100), string.byte(s, 2.0), string.byte(12, 1))",
                "print(string.sub(s, 2.0), string.sub(123456, 2, 3), pcall(string.sub, s), pcall(string.byte, {}), string.len(42), pcall(string.len))",
                "print(select('#'), select('#', nil, nil), select(2, 'a', 'b', 'c'), pcall(select, 'x'), select(-1, 1, 2, 3))",
                "local function f(...) return select('#', ...), string.sub('abcdef', select('#', ...)) end",
                "for i = 1, 3 do print(f(1, 2), f()) end");
        check(source, "strings.lua");
    }
}
