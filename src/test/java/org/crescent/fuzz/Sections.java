package org.crescent.fuzz;

/**
 * The sections of a generated program, one per area of the language. Each writes the body of
 * a {@code do ... end} block using the prelude's {@code show}, {@code check} and {@code dump};
 * loops are bounded, tables never get holes, and nothing prints an address or depends on
 * traversal order, so lua5.4 and Crescent must print the same bytes.
 */
final class Sections {
    private final ProgramGenerator g;
    private final Expressions e;

    Sections(ProgramGenerator generator) {
        this.g = generator;
        this.e = generator.expressions;
    }

    private int depth() {
        return 1 + g.below(3);
    }

    /** Locals holding edge-case numbers, then expressions over them, each under pcall. */
    void arithmetic() {
        String a = g.fresh("a"), b = g.fresh("b"), c = g.fresh("c");
        g.line("local " + a + ", " + b + ", " + c + " = " + e.literal() + ", " + e.literal() + ", " + e.literal());
        e.variables = new String[] {a, b, c};
        int checks = 1 + g.below(6);
        for (int i = 0; i < checks; i++) {
            if (g.chance(3)) {
                g.line("check(function() return " + e.numeric(depth()) + ", " + e.numeric(depth()) + " end)");
            } else {
                g.line("check(function() return " + e.numeric(depth()) + " end)");
            }
        }
        if (g.chance(2)) {
            g.line("check(function() " + a + " = " + e.numeric(depth()) + "; " + b + " = " + a + " " + g.pick("+", "*", "//", "%", "-") + " " + c + "; return " + a + ", " + b + " end)");
        }
        e.variables = new String[0];
    }

    void strings() {
        int checks = 1 + g.below(6);
        for (int i = 0; i < checks; i++) {
            if (g.chance(2)) {
                g.line("check(function() return " + e.stringQuery(depth()) + " end)");
            } else {
                g.line("check(function() return " + e.string(depth()) + " end)");
            }
        }
        if (g.chance(3)) {
            String words = g.fresh("words");
            g.line("local " + words + " = {}");
            g.line("for w in (" + e.string(1) + "):gmatch(" + g.pick(Expressions.PATTERNS) + ") do " + words + "[#" + words + " + 1] = w if #" + words + " > 20 then break end end");
            g.line("show(#" + words + ", table.concat(" + words + ", '|'))");
        }
    }

    private String value() {
        switch (g.below(4)) {
            case 0: return g.pick(Expressions.STRINGS);
            case 1: return g.pick(Expressions.FLOATS);
            default: return g.pick(Expressions.INTEGERS);
        }
    }

    private String values(int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ", ").append(value());
        }
        return list.toString();
    }

    /** Sequences (never with holes) and records, through table functions and raw access. */
    void tables() {
        String t = g.fresh("t");
        g.line("local " + t + " = {" + values(g.below(7)) + (g.chance(2) ? ", name = " + value() : "") + "}");
        int operations = 1 + g.below(8);
        for (int i = 0; i < operations; i++) {
            switch (g.below(16)) {
                case 0: g.line(t + "[#" + t + " + 1] = " + value()); break;
                case 1: g.line("check(table.insert, " + t + ", " + value() + ")"); break;
                case 2: g.line("check(table.insert, " + t + ", " + g.pick("1", "#" + t, "#" + t + " + 1", "0", "#" + t + " + 2") + ", " + value() + ")"); break;
                case 3: g.line("check(table.remove, " + t + ")"); break;
                case 4: g.line("check(table.remove, " + t + ", " + g.pick("1", "#" + t, "#" + t + " + 1", "0", "#" + t + " + 2") + ")"); break;
                case 5: g.line(t + "[" + g.pick("'k'", "2^53", "1.5", "-0.0", "'1'", "true", "math.mininteger") + "] = " + value()); break;
                case 6: g.line("check(function() " + t + "[" + g.pick("0/0", "nil") + "] = 1 end)"); break;
                case 7: g.line("check(function() return #" + t + ", " + t + "[1], " + t + "[#" + t + "], rawlen(" + t + "), select('#', table.unpack(" + t + ")) end)"); break;
                case 8: g.line("show(dump(" + t + "))"); break;
                case 9: g.line("check(table.concat, " + t + ", " + g.pick("','", "''") + g.pick("", ", 2", ", 1, 2", ", 3, 1") + ")"); break;
                case 10: g.line("check(table.sort, " + t + ")"); g.line("show(dump(" + t + "))"); break;
                case 11: g.line("check(table.sort, " + t + ", function(x, y) return " + g.pick("x > y", "tostring(x) < tostring(y)", "#tostring(x) < #tostring(y)") + " end)"); break;
                case 12: g.line("check(function() return dump(table.move(" + t + ", " + g.pick("1, 2, 2", "1, #" + t + ", 1, {}", "2, 3, 1", "1, 0, 5") + ")) end)"); break;
                case 13: g.line("check(function() local s = 0 for i, v in ipairs(" + t + ") do s = s + i end return s end)"); break;
                case 14: g.line("check(function() return table.unpack(" + t + ", " + g.pick("1, 2", "-1, 1", "2, 1", "#" + t + " - 1, #" + t + " + 1") + ") end)"); break;
                default: g.line("check(function() return rawget(" + t + ", " + g.pick("1", "1.0", "'name'", "2^53") + "), next({}), " + t + ".name, " + t + ".missing end)"); break;
            }
        }
        g.line("show(dump(" + t + "))");
    }

    /** Counters, closures over loop variables, shared upvalues, recursion with overflow. */
    void closures() {
        switch (g.below(4)) {
            case 0: {
                String counter = g.fresh("counter");
                g.line("local function " + counter + "(n, step) return function() n = n + step return n end end");
                g.line("local c1, c2 = " + counter + "(" + e.literal() + ", " + e.literal() + "), " + counter + "(" + e.literal() + ", 1)");
                g.line("check(function() return c1(), c1(), c2(), c1(), c2() end)");
                break;
            }
            case 1: {
                String fs = g.fresh("fs");
                g.line("local " + fs + " = {}");
                g.line("for i = 1, " + (1 + g.below(5)) + " do local k = i * " + g.pick(Expressions.INTEGERS) + " " + fs + "[i] = function() return i, k end end");
                g.line("for i = 1, #" + fs + " do show(" + fs + "[i]()) end");
                break;
            }
            case 2: {
                g.line("local shared = " + e.literal());
                g.line("local function get() return shared end");
                g.line("local function set(v) shared = v end");
                g.line("set(" + e.literal() + ") show(get()) set(get() " + g.pick("..", "+", "*") + " 2) show(get())");
                break;
            }
            default: {
                String fact = g.fresh("fact");
                g.line("local function " + fact + "(n) if n <= 1 then return 1 end return n * " + fact + "(n - 1) end");
                g.line("check(" + fact + ", " + g.pick("5", "20", "21", "25", "25.0", "'10'", "30") + ")");
                String fib = g.fresh("fib");
                g.line("local memo = {}");
                g.line("local function " + fib + "(n) if n < 2 then return n end if memo[n] then return memo[n] end local v = " + fib + "(n - 1) + " + fib + "(n - 2) memo[n] = v return v end");
                g.line("check(" + fib + ", " + g.pick("10", "50", "92", "93", "100") + ")");
                break;
            }
        }
    }

    private String arguments() {
        StringBuilder list = new StringBuilder();
        int count = g.below(6);
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ", ").append(g.chance(3) ? "nil" : value());
        }
        return list.toString();
    }

    void varargs() {
        String va = g.fresh("va");
        String args = arguments();
        g.line("local function " + va + "(...) local a, b = ... return select('#', ...), a, b, ... end");
        g.line("show(" + va + "(" + args + "))");
        g.line("show((" + va + "(" + args + ")))");
        g.line("check(function(...) return select(" + g.pick("1", "2", "-1", "-2", "0", "'#'", "10", "-10") + ", ...) end" + (args.isEmpty() ? "" : ", " + args) + ")");
        g.line("check(function(...) return table.pack(...).n, table.unpack({...}, " + g.pick("1, 3", "2, 2", "1, select('#', ...)") + ") end" + (args.isEmpty() ? "" : ", " + args) + ")");
        g.line("show(" + va + "(" + args + "), " + va + "(" + args + "))");
        g.line("check(function(...) local t = {..., 'last'} return t[1], t[2] end" + (args.isEmpty() ? "" : ", " + args) + ")");
    }

    private static final String[][] METAMETHODS = {
        {"__add", "function(a, b) return val(a) + val(b) end"},
        {"__sub", "function(a, b) return val(a) - val(b) end"},
        {"__mul", "function(a, b) return val(a) * val(b) end"},
        {"__div", "function(a, b) return val(a) / val(b) end"},
        {"__mod", "function(a, b) return val(a) % val(b) end"},
        {"__idiv", "function(a, b) return val(a) // val(b) end"},
        {"__pow", "function(a, b) return val(a) ^ val(b) end"},
        {"__unm", "function(a) return -val(a) end"},
        {"__band", "function(a, b) return val(a) & val(b) end"},
        {"__shl", "function(a, b) return val(a) << val(b) end"},
        {"__bnot", "function(a) return ~val(a) end"},
        {"__concat", "function(a, b) return tostring(val(a)) .. '~' .. tostring(val(b)) end"},
        {"__len", "function(a) return 42 end"},
        {"__eq", "function(a, b) return val(a) == val(b) end"},
        {"__lt", "function(a, b) return val(a) < val(b) end"},
        {"__le", "function(a, b) return val(a) <= val(b) end"},
        {"__index", "function(t, k) return 'missing ' .. tostring(k) end"},
        {"__index", "{extra = 'from table', v = 'shadowed'}"},
        {"__newindex", "function(t, k, v) rawset(t, k, v .. '!') end"},
        {"__call", "function(self, x, y) return val(self), x, y end"},
        {"__tostring", "function(a) return 'V(' .. tostring(val(a)) .. ')' end"},
        {"__close", "function(a, err) print('close', val(a), err) end"},
        {"__metatable", "'locked'"},
    };

    /** Objects whose metatable has a random subset of metamethods, used with every operator. */
    void metatables() {
        g.line("local mt = {}");
        g.line("local function val(a) if type(a) == 'table' then return rawget(a, 'v') end return a end");
        int count = 1 + g.below(10);
        boolean tostring = false;
        boolean close = false;
        for (int i = 0; i < count; i++) {
            String[] method = METAMETHODS[g.below(METAMETHODS.length)];
            tostring |= method[0].equals("__tostring");
            close |= method[0].equals("__close");
            g.line("mt." + method[0] + " = " + method[1]);
        }
        g.line("local function new(v) return setmetatable({v = v}, mt) end");
        g.line("local x, y = new(" + e.literal() + "), new(" + e.literal() + ")");
        int checks = 1 + g.below(6);
        for (int i = 0; i < checks; i++) {
            switch (g.below(9)) {
                case 0: g.line("check(function() return x " + g.pick("+", "-", "*", "/", "%", "//", "^", "&", "<<", "..") + " " + g.pick("y", "2", "'3'", "1.5") + " end)"); break;
                case 1: g.line("check(function() return " + g.pick("2", "'3'", "1.5") + " " + g.pick("+", "-", "*", "&", "..") + " y end)"); break;
                case 2: g.line("check(function() return x == y, x ~= y, x < y, x <= y, x > y, x >= y end)"); break;
                case 3: g.line("check(function() return -x, ~x, #x end)"); break;
                case 4: g.line("check(function() return x.extra, x.v, x.other, rawget(x, 'other') end)"); break;
                case 5: g.line("check(function() x.w = " + value() + " return rawget(x, 'w') end)"); break;
                case 6: g.line("check(function() return x(1, 2) end)"); break;
                case 7: g.line("check(function() return getmetatable(x) == mt, getmetatable(x), setmetatable(x, nil) end)"); break;
                default: g.line("check(function() return x == x, rawequal(x, y), rawlen(x), x == 1 end)"); break;
            }
        }
        if (tostring) {
            g.line("check(function() return (tostring(x):gsub('^table: .*', 'table')), (tostring(y):gsub('^table: .*', 'table')) end)");
        }
        if (close) {
            g.line("check(function() local a <close> = x local b <close> = y " + g.pick("", "error('inside')", "return 'done'") + " end)");
        }
        g.line("check(function() local z <close> = " + g.pick("nil", "false", "42", "{}") + " return 'ok' end)");
    }

    /** continue-style gotos, backward gotos, jumps out of nested loops. */
    void gotos() {
        String out = g.fresh("out");
        g.line("local " + out + " = {}");
        switch (g.below(3)) {
            case 0:
                g.line("for i = 1, " + (1 + g.below(12)) + " do");
                g.line("  if i % " + (2 + g.below(3)) + " == 0 then goto continue end");
                g.line("  " + out + "[#" + out + " + 1] = i");
                g.line("  ::continue::");
                g.line("end");
                break;
            case 1:
                g.line("local i = " + g.pick("1", "3", "-5"));
                g.line("::again::");
                g.line(out + "[#" + out + " + 1] = i");
                g.line("i = i * " + g.pick("2", "3", "-2"));
                g.line("if i > -100 and i < 100 then goto again end");
                break;
            default:
                g.line("for a = 1, " + (1 + g.below(5)) + " do");
                g.line("  for b = 1, " + (1 + g.below(5)) + " do");
                g.line("    if a * b >= " + (1 + g.below(12)) + " then goto done end");
                g.line("    " + out + "[#" + out + " + 1] = a * 10 + b");
                g.line("  end");
                g.line("end");
                g.line("::done::");
                break;
        }
        g.line("show(#" + out + ", table.concat(" + out + ", ' '))");
    }

    private static final String[] FAILURES = {
        "error('msg')", "error('msg', 0)", "error('msg', 2)", "error({code = 1})", "error()", "error(42)",
        "local x; return x.y", "return undefinedglobal.y", "local t = {} return t.a.b", "return ('x')()",
        "local s = 'a' return s:nomethod()", "return 1 < '2'", "return {} < {}", "return #nil", "return -{}",
        "return math.floor('x')", "return string.sub()", "return setmetatable(1, {})", "return tostring()",
        "return select(0)", "return 1 // 0", "return 1 % 0", "return 1.5 | 0",
        "return 'abc' + 1", "return '10' + 1, '3' * '4', 10 .. 20", "local a = {} return a.b.c.d",
        "local up = nil; return (function() return up.x end)()", "return math.huge // 1, -math.huge % 2",
        "return string.rep('x', -1), ('x'):byte(10)", "return ipairs()", "return next({}, 'nokey')",
        "return setmetatable({}, {__index = function() error('in index') end}).x", "return string.char(256)",
        "return ('%d'):format(1.5)", "return table.concat({1, {}, 3})", "return utf8.char(-1)",
        "return load('x =')()", "return load('return ...')(1, 2)", "return string.format('%d', '10')",
        "return tonumber('10', 99)", "return ('x'):find('(')", "return rawset({}, nil, 1)",
    };

    /** Errors of every kind, their messages with positions and variable names, and the handlers. */
    void errors() {
        int count = 1 + g.below(6);
        for (int i = 0; i < count; i++) {
            g.line("check(function() " + g.pick(FAILURES) + " end)");
        }
        switch (g.below(5)) {
            case 0: g.line("show(xpcall(function() " + g.pick(FAILURES) + " end, function(m) return 'handled: ' .. (type(m) == 'string' and m or type(m)) end))"); break;
            case 1: g.line("show(xpcall(function() error('first') end, function(m) error('second') end))"); break;
            case 2: g.line("show(pcall(pcall, error, " + value() + "))"); break;
            case 3: g.line("show(pcall(error))"); break;
            default: g.line("show(select('#', pcall(error, nil)), pcall(function(...) return ... end, 1, nil))"); break;
        }
    }

    /** Generators, values passed both ways, status, yields across pcall and metamethods, C boundaries. */
    void coroutines() {
        switch (g.below(6)) {
            case 0: {
                int n = g.below(5);
                g.line("local gen = coroutine.wrap(function(n) for i = 1, n do coroutine.yield(i, i * " + e.literal() + ") end return 'done' end)");
                g.line("check(gen, " + n + ")");
                for (int i = 0; i < n + 1; i++) {
                    g.line("check(gen)");
                }
                break;
            }
            case 1:
                g.line("local co = coroutine.create(function(a, b)");
                g.line("  show('start', a, b)");
                // Not "//": lua5.4 (5.4.4) reports an integer division by zero at the line of the last call
                // before it, a bug fixed in 5.4.5 that Crescent does not copy (docs/FUZZING.md).
                g.line("  local c, d = coroutine.yield(a " + g.pick("+", "..", "*", "-") + " b)");
                g.line("  show('got', c, d)");
                g.line("  " + g.pick("return c, d", "error('boom')", "error({})", "coroutine.yield(c)", "return a + c"));
                g.line("end)");
                g.line("show(coroutine.resume(co, " + e.literal() + ", " + e.literal() + "))");
                g.line("show(coroutine.status(co))");
                g.line("show(coroutine.resume(co, " + e.literal() + ", " + e.literal() + "))");
                g.line("show(coroutine.status(co), coroutine.resume(co))");
                break;
            case 2:
                g.line("local co = coroutine.wrap(function()");
                g.line("  local ok, err = pcall(function() local x = coroutine.yield('in pcall') " + g.pick("error('after ' .. x)", "return x", "error(x, 0)") + " end)");
                g.line("  coroutine.yield(ok, err)");
                g.line("  return 'end'");
                g.line("end)");
                g.line("check(co) check(co, " + value() + ") check(co) check(co)");
                break;
            case 3:
                g.line("local mt = {__add = function(a, b) return coroutine.yield('adding') end, __index = function(t, k) return coroutine.yield(k) end}");
                g.line("local co = coroutine.create(function() local o = setmetatable({}, mt) local r = o + 1 local s = o.field return r, s end)");
                g.line("show(coroutine.resume(co)) show(coroutine.resume(co, " + value() + ")) show(coroutine.resume(co, " + value() + ")) show(coroutine.resume(co))");
                break;
            case 4:
                g.line("show(pcall(coroutine.wrap(function() " + g.pick(
                        "table.sort({3, 2, 1}, function(x, y) coroutine.yield() return x < y end)",
                        "string.gsub('abc', '%w', function(c) coroutine.yield(c) end)",
                        "load(function() coroutine.yield() end)",
                        "return select(2, coroutine.yield(1, 2))") + " end)))");
                g.line("show(coroutine.isyieldable(), coroutine.status(coroutine.running()), select(2, coroutine.running()))");
                g.line("show(coroutine.resume(coroutine.running()))");
                g.line("show(coroutine.resume(coroutine.create(function() return coroutine.isyieldable(), coroutine.status(coroutine.running()) end)))");
                break;
            default:
                g.line("local co = coroutine.create(function() local x <close> = setmetatable({}, {__close = function(_, e) print('closing', e) end}) coroutine.yield(1) " + g.pick("error('late')", "return 2") + " end)");
                g.line("show(coroutine.resume(co))");
                g.line(g.pick("show(coroutine.close(co))", "show(coroutine.resume(co))"));
                g.line("show(coroutine.status(co), coroutine.close(co))");
                g.line("check(coroutine.close, coroutine.running())");
                break;
        }
    }

    /** Numeric for loops at the integer limits, with float steps, and their errors; while and repeat. */
    void loops() {
        String n = g.fresh("n"), sum = g.fresh("sum");
        g.line("local " + n + ", " + sum + " = 0, 0");
        String start = g.pick(g.pick(Expressions.INTEGERS), g.pick(Expressions.FLOATS), "1", "math.maxinteger - 2", "math.mininteger + 1");
        String limit = g.pick(g.pick(Expressions.INTEGERS), g.pick(Expressions.FLOATS), "10", "math.maxinteger", "3.5", "'5'");
        String step = g.pick("", ", 1", ", -1", ", 2", ", 0.25", ", -3", ", 0", ", math.maxinteger", ", math.mininteger", ", 1e308", ", 0.1");
        g.line("check(function() for i = " + start + ", " + limit + step + " do " + n + " = " + n + " + 1 " + sum + " = " + sum + " + i if " + n + " >= 20 then break end end return " + n + ", " + sum + " end)");
        g.line("local k = " + g.below(10));
        g.line("while k > 0 do k = k - " + g.pick("1", "2", "1.5") + " end");
        g.line("repeat local z = k * 2 k = k + 1 until z > " + g.below(8));
        g.line("show(k, " + n + ")");
    }
}
