package org.crescent.fuzz;

/**
 * The text-heavy sections of a generated program (see {@link Sections}): number formatting
 * and conversion both ways, string.format's conversions and their errors, string.pack, utf8,
 * and syntax errors from {@code load}, whose messages (with the chunk's quoted name) must
 * match lua5.4's exactly.
 */
final class TextSections {
    private static final String[] NUMERALS = {
        "'10'", "'\\t10\\n'", "'1e+'", "'0x'", "'.5'", "'5.'", "'0x.1'", "'1e-400'", "'1e400'", "'-0'",
        "'0x1p-1074'", "'0x7fffffffffffffff'", "'0x8000000000000000'", "'-0x1'", "'1 2'", "'0b1'",
        "'9223372036854775807'", "'9223372036854775808'", "'-9223372036854775808'", "'-9223372036854775809'",
        "'92233720368547758070'", "'1e308'", "'2e308'", "'0x1P+4'", "'  -0x.8p1  '", "'inf'", "'- 1'",
        "'1e1e1'", "'0x1e'", "'00012'", "'1__0'", "'+.1e-1'",
    };
    private static final String[] FORMAT_SPECS = {
        "'%d'", "'%99d'", "'%100d'", "'%.100f'", "'%.99f'", "'%#d'", "'%-+ 05d'", "'%+.3e'", "'%#.0f'",
        "'%#x'", "'%#X'", "'%#o'", "'%.0e'", "'%g'", "'%#g'", "'%10.3g'", "'%-10.2a|'", "'%A'", "'%q'",
        "'%5q'", "'%i'", "'%c'", "'%s'", "'%-5s|'", "'%.1s'", "'%y'", "'%'", "'%5'", "'%.3d'", "'%x'",
    };
    private static final String[] FORMAT_VALUES = {
        "0", "1", "-1", "255", "math.maxinteger", "math.mininteger", "0.5", "-0.0", "1e300", "1/0",
        "-1/0", "0/0", "-(0/0)", "2^63", "3.0", "1e-5", "123456789.125", "'10'", "'x'", "'0x10'", "5e-324",
        "0.1", "100", "65",
    };
    private static final String[] TOKENS = {
        "x", "=", "==", "local", "function", "end", "(", ")", "{", "}", "[", "]", "1", "'s'", "..", "...",
        "if", "then", "else", "return", "goto", "::l::", "break", "for", "in", "do", "while", "<const>",
        "<close>", "#", "~", "+", "0x", "1e", "'unfinished", "[[", "--[[", "\\n", ";", ":", ",", ".", "@",
        "$", "9223372036854775808", "\\\"", "until", "repeat", "and", "or", "not", "nil", "<", "//",
    };

    private final ProgramGenerator g;

    TextSections(ProgramGenerator generator) {
        this.g = generator;
    }

    /** Strings to numbers and back: tonumber, coercion in arithmetic and concatenation, math.tointeger. */
    void conversions() {
        int count = 1 + g.below(6);
        for (int i = 0; i < count; i++) {
            String numeral = g.pick(NUMERALS);
            switch (g.below(5)) {
                case 0: g.line("check(function() return tonumber(" + numeral + ") end)"); break;
                case 1: g.line("check(function() return " + numeral + " + 0, " + numeral + " * 1 end)"); break;
                case 2: g.line("check(function() return math.tointeger(" + numeral + "), math.type(tonumber(" + numeral + ")) end)"); break;
                case 3: g.line("check(function() return tostring(tonumber(" + numeral + ")) .. '|', " + numeral + " // 1 end)"); break;
                default: g.line("check(function() return " + g.pick(Expressions.FLOATS) + " .. '', " + g.pick(Expressions.INTEGERS) + " .. '' end)"); break;
            }
        }
    }

    /** string.format with every conversion, flag, width and precision, valid or not. */
    void formatting() {
        int count = 1 + g.below(6);
        for (int i = 0; i < count; i++) {
            g.line("check(string.format, " + g.pick(FORMAT_SPECS) + ", " + g.pick(FORMAT_VALUES) + ")");
        }
        if (g.chance(2)) {
            g.line("check(string.format, '%s %d %5.1f %q', " + g.pick(Expressions.STRINGS) + ", " + g.pick(FORMAT_VALUES) + ", "
                    + g.pick(FORMAT_VALUES) + ", " + g.pick(Expressions.STRINGS) + ")");
        }
    }

    /** string.pack and unpack round trips and size errors; utf8 encoding and decoding. */
    void binary() {
        String format = g.pick("'i4'", "'<i8'", "'>I2'", "'b'", "'B'", "'h'", "'j'", "'J'", "'d'", "'n'", "'f'", "'s1'",
                "'z'", "'<i3'", "'i16'", "'!4 i1 i4'", "'>s2'", "'c3'", "'i0'", "'x i2 Xi4'");
        String value = g.pick("0", "1", "-1", "127", "128", "255", "256", "65535", "-32768", "math.maxinteger",
                "math.mininteger", "0.5", "'abc'", "''", "1e300", "3.0", "2^31");
        g.line("check(function() local s = string.pack(" + format + ", " + value + ") return #s, string.unpack(" + format + ", s) end)");
        g.line("check(string.packsize, " + format + ")");
        String text = g.pick("'h\\u{E9}llo'", "'\\u{10FFFF}'", "'\\xff'", "'abc'", "''", "'\\u{7FF}\\u{800}'", "'\\xe4\\xb8'",
                "'\\u{7FFFFFFF}'", "'a\\0b'");
        switch (g.below(5)) {
            case 0: g.line("check(utf8.len, " + text + ")"); break;
            case 1: g.line("check(utf8.codepoint, " + text + ", 1, -1)"); break;
            case 2: g.line("check(utf8.char, " + g.pick("72", "233, 8364", "0x10FFFF", "0x7FFFFFFF", "-1", "0x80000000") + ")"); break;
            case 3: g.line("check(utf8.offset, " + text + ", " + g.pick("1", "2", "-1", "0", "5") + ")"); break;
            default: g.line("check(function() local r = {} for p, c in utf8.codes(" + text + ") do r[#r + 1] = p .. ':' .. c end return table.concat(r, ' ') end)"); break;
        }
    }

    private static final String[] BAD_VALUES = {"nil", "{}", "'abc'", "true", "print", "1.5", "'10'", "2^63"};
    private static final String[] OPERATIONS = {
        "X()", "X.field", "X[1]", "X:method()", "X + 1", "1 - X", "X .. 'x'", "'x' .. X", "X & 1", "~X", "X < 1",
        "1 <= X", "#X", "-X", "X.a.b", "X[X]", "X(1)(2)", "string.rep(X)", "X >> 1", "X // 0", "X % 0",
        "for i = X, 2 do end", "for i = 1, X do end", "for i = 1, 2, X do end", "for k in X do end",
        "X.field = 1", "X[nil] = 1", "X = X + X",
    };

    /**
     * Errors whose messages name the culprit: a local, an upvalue, a global, a field, a method,
     * a constant, in every operation that can fail (lua5.4's variable-name heuristics).
     */
    void names() {
        int count = 1 + g.below(6);
        for (int i = 0; i < count; i++) {
            String operation = g.pick(OPERATIONS);
            String value = g.pick(BAD_VALUES);
            if (operation.startsWith("for ") && value.equals("2^63")) {
                value = "3.5";  // for i = 1, 2^63 would run (practically) forever
            }
            switch (g.below(5)) {
                case 0: g.line("check(function() local X = " + value + " " + statement(operation, "X") + " end)"); break;
                case 1: g.line("do local U = " + value + " check(function() " + statement(operation, "U") + " end) end"); break;
                case 2: g.line("G = " + value + " check(function() " + statement(operation, "G") + " end) G = nil"); break;
                case 3: g.line("do local t = {f = " + value + "} check(function() " + statement(operation, "t.f") + " end) end"); break;
                default: g.line("do local t = {inner = {f = " + value + "}} check(function() " + statement(operation, "t.inner.f") + " end) end"); break;
            }
        }
    }

    private static String statement(String operation, String name) {
        String code = operation.replace("X", name);
        return operation.startsWith("for ") || operation.contains(" = ") ? code : "return " + code;
    }

    /** Chunks that do not compile: load's message names the chunk and the offending token. */
    void syntaxErrors() {
        int count = 1 + g.below(4);
        for (int i = 0; i < count; i++) {
            StringBuilder chunk = new StringBuilder();
            int tokens = 1 + g.below(8);
            for (int t = 0; t < tokens; t++) {
                chunk.append(t == 0 ? "" : " ").append(g.pick(TOKENS));
            }
            String quoted = "'" + chunk.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
            String name = g.pick("", ", 'name'", ", '=name'", ", '@file.lua'", ", '" + "long name ".repeat(8) + "'");
            g.line("show(load(" + quoted + name + "))");
        }
    }
}
